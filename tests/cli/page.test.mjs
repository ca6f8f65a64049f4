// `trade-widget page`: the build's step that writes the default view into the widget page, in a
// language and a layout; wrong usage and a template without its marker are refused.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { run, tempDir } from './cli.mjs';

const work = tempDir('tw-page-');
after(() => fs.rmSync(work, { recursive: true, force: true }));
const data = 'public/data/china-rare-earths-2025.json';

test('the page carries the default view, its language, state and layout', () => {
  const out = path.join(work, 'zh.html');
  const r = run(['page', data, '--template', 'web/index.html', '--lang', 'zh', '--other-page', 'index.html', '-o', out]);
  assert.equal(r.code, 0, r.stderr);
  const html = fs.readFileSync(out, 'utf8');
  assert.match(html, /^<!doctype html>\n<html lang="zh-Hans" data-tw-state="#flow=export&amp;view=volumes&amp;lang=zh" data-tw-page-en="index.html">/);
  assert.match(html, /<title>2025年1–9月中国稀土进出口<\/title>/);
  assert.match(html, /<main id="widget" class="tw" data-dataset="data\/china-rare-earths-2025\.json"><div class="tw-layout tw-embed">/);
  assert.match(html, /<p class="tw-narrative"[^>]*>稀土出口48,355\.7吨，同比增长12\.6%（推算）。<\/p>/);
  assert.match(html, /<\/div><\/main>/);

  const full = path.join(work, 'full.html');
  assert.equal(run(['page', data, '--template', 'web/index.html', '--layout', 'full', '-o', full]).code, 0);
  const report = fs.readFileSync(full, 'utf8');
  assert.match(report, /<html lang="en" data-tw-state="[^"]*" data-tw-layout="full">/);
  assert.match(report, /<div class="tw-layout tw-full">/);
  // Never over an existing file without --force.
  const again = run(['page', data, '--template', 'web/index.html', '-o', full]);
  assert.equal(again.code, 1);
  assert.equal(fs.readFileSync(full, 'utf8'), report);
});

test('wrong usage is exit code 2; a template without <main id="widget"> is exit code 1', () => {
  assert.equal(run(['page', data, '--template', 'web/index.html']).code, 2);
  assert.equal(run(['page', data, '-o', path.join(work, 'x.html')]).code, 2);
  assert.equal(run(['page', data, '--template', 'web/index.html', '--lang', 'fr', '-o', path.join(work, 'x.html')]).code, 2);
  assert.equal(run(['page', data, '--template', 'web/index.html', '--layout', 'wide', '-o', path.join(work, 'x.html')]).code, 2);
  const bare = path.join(work, 'bare.html');
  fs.writeFileSync(bare, '<!doctype html><html lang="en"><head><title>x</title></head><body></body></html>');
  const r = run(['page', data, '--template', bare, '-o', path.join(work, 'y.html')]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /no <main id="widget"> element/);
  assert.ok(!fs.existsSync(path.join(work, 'y.html')));
});
