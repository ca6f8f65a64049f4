// trade-widget render --image: the picture to share, byte for byte the core's image export that
// the page downloads (the golden files of tests/unit/test_golden.cpp).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { run, root } from './cli.mjs';

const data = 'public/data/china-rare-earths-2025.json';
const golden = (name) => fs.readFileSync(path.join(root, 'tests/golden', name), 'utf8');

test('render --image writes the story title, theme, notes and source line', () => {
  const r = run(['render', data, '--image']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, golden('image-volumes-en-800.svg'));
  assert.match(r.stdout, />China&#39;s rare-earth trade, January–September 2025<\/text>/);
  assert.match(r.stdout, /<text class="tw-source"[^>]*>Sources: /);
});

test('render --image follows the period, product and language', () => {
  const r = run(['render', data, '--image', '--chart', 'partners', '--product', 'magnets',
    '--period', '2025-01/2025-06', '--lang', 'zh', '--width', '360']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, golden('image-partners-single-zh-360.svg'));
});

test('render without --image stays the page\'s chart (no story title)', () => {
  const r = run(['render', data]);
  assert.equal(r.code, 0, r.stderr);
  assert.doesNotMatch(r.stdout, /January–September 2025<\/text>/);
  assert.doesNotMatch(r.stdout, /tw-background/);
});
