// docs/editors.md, followed step by step in a fresh folder: the November widget from a
// spreadsheet, then December's update. Every command's output must appear in the document as
// printed here, so the walk-through cannot drift from what the tool does.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { golden, root, run, tempDir, transcript } from './cli.mjs';

const doc = fs.readFileSync(path.join(root, 'docs/editors.md'), 'utf8');
const work = tempDir('tw-walkthrough-');
fs.cpSync(path.join(root, 'docs/examples'), path.join(work, 'docs/examples'), { recursive: true });
fs.mkdirSync(path.join(work, 'my-widget'));
const url = 'https://news.example.org/widgets/rare-earth-customs/';
after(() => fs.rmSync(work, { recursive: true, force: true }));

/** Runs one step as the document shows it, in the work folder. */
function step(name, line, expectedCode) {
  const args = line.split(' ');
  const r = run(args, { cwd: work });
  golden(`walkthrough-${name}.txt`, transcript(args, r));
  assert.equal(r.code, expectedCode, r.stderr);
  const block = `$ bin/trade-widget ${line}\n${r.stderr}${r.stdout}`.replace(/\n$/, '');
  assert.ok(doc.includes(block), `docs/editors.md shows this step as printed:\n${block}`);
  return r;
}

const read = (f) => fs.readFileSync(path.join(work, f), 'utf8');
const write = (f, text) => fs.writeFileSync(path.join(work, f), text);

test('November: a spreadsheet and a meta file become a dataset, then a folder to upload', () => {
  step('1-import', 'import-csv docs/examples/customs-2025-11.csv --meta docs/examples/customs.meta.json -o my-widget/customs.json', 0);
  step('2-validate', 'validate my-widget/customs.json', 0);
  step('3-bundle', `bundle my-widget/customs.json --out my-widget/site --url ${url}`, 0);
  assert.match(read('my-widget/site/index.html'), /data-dataset="data\/customs\.json"/);
});

test('December: export, add the new rows, fix what import-csv reports, import, bundle again', () => {
  step('4-export', 'export-csv my-widget/customs.json -o my-widget/customs.csv', 0);
  // In the spreadsheet: the six rows of docs/examples/customs-2025-12-rows.csv are added at the end.
  const rows = fs.readFileSync(path.join(work, 'docs/examples/customs-2025-12-rows.csv'), 'utf8');
  write('my-widget/customs.csv', read('my-widget/customs.csv') + rows.slice(rows.indexOf('\n') + 1));

  step('5-exists', 'import-csv my-widget/customs.csv -o my-widget/customs.json', 1);
  step('6-unknown-source', 'import-csv my-widget/customs.csv -o my-widget/customs.json --force', 1);
  assert.match(read('my-widget/customs.json'), /"period": "2025-11"/, 'nothing written on error');

  // In a text editor, the three changes that docs/editors.md shows.
  let meta = read('my-widget/customs.meta.json');
  const edits = [
    ['"coverage": {"en": "January 2024 – November 2025", "zh": "2024年1月至2025年11月"}',
      '"coverage": {"en": "January 2024 – December 2025", "zh": "2024年1月至2025年12月"}'],
    ['"default": {"flow": "export", "period": "2025-11"}',
      '"default": {"flow": "export", "period": "2025-12"}'],
    ['"sources": [\n',
      '"sources": [\n      {"id": "gs", "publisher": "GoldSea", "author": null, "title": null, "date": "2026-01-19", "url": "https://goldsea.com/public/index.php/article_details/china-rare-earth-exports-to-us-japan-fell-in-december"},\n'],
  ];
  for (const [from, to] of edits) {
    assert.ok(meta.includes(from), from);
    meta = meta.replace(from, to);
    const shown = to.replace(from.trim() === '"sources": [' ? from : '', '').trim();
    assert.ok(doc.includes(shown), `docs/editors.md shows the edit ${shown}`);
  }
  write('my-widget/customs.meta.json', meta);

  step('7-import', 'import-csv my-widget/customs.csv -o my-widget/customs.json --force', 0);
  const dataset = read('my-widget/customs.json');
  assert.ok(dataset.includes('["export", "rare-earths", "world", "2025-12", "volume", 4392, "udn", null, null]'));
  assert.ok(dataset.includes('["import", "rare-earths", "world", "2025-12", "volume", null, null, null, null]'));
  assert.ok(dataset.includes('["export", "magnets", "world", "2025", "volume", 57392, "gs", null, null]'));
  step('8-bundle', `bundle my-widget/customs.json --out my-widget/site --url ${url} --force`, 0);
  assert.match(read('my-widget/site/app/fallback-en.svg'), /<title>Exports by product, Dec 2025<\/title>/);
});
