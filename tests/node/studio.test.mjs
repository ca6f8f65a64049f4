// The studio's module (trade_widget_studio.js) under Node: the replies web/studio/ reads, for the
// walk-through's spreadsheet, a broken cell, a dataset JSON with a mistake, and the bundle.
// TW_WASM_DIR picks another build folder (default: build/wasm/wasm-bindings).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const wasmDir = path.resolve(root, process.env.TW_WASM_DIR || 'build/wasm/wasm-bindings');
const require = createRequire(import.meta.url);
const examples = path.join(root, 'docs/examples');
const csv = fs.readFileSync(path.join(examples, 'customs-2025-11.csv'), 'utf8');
const meta = fs.readFileSync(path.join(examples, 'customs.meta.json'), 'utf8');

let m;
before(async () => {
  m = await require(path.join(wasmDir, 'trade_widget_studio.js'))();
});

test('the walk-through\'s spreadsheet imports: the dataset, its counts, the new items', () => {
  const r = m.importCsv(csv, meta, 'customs-2025-11.csv', 'customs.meta.json', null);
  assert.equal(r.ok, true, JSON.stringify(r.errors));
  assert.deepEqual(r.counts, { observations: 68, flows: 2, products: 2, partners: 1, periods: 26 });
  assert.equal(r.newItems.length, 26);
  assert.deepEqual(r.newItems[0], { dimension: 'period', id: '2024-01/2024-02', en: 'Jan–Feb 2024', zh: '2024年1–2月', line: 2 });
  const v = m.validate(r.json, 'customs.json');
  assert.equal(v.ok, true);
  assert.deepEqual(v.errors, []);
});

test('a broken cell: the CLI\'s message, and the cell\'s place on its line', () => {
  const lines = csv.split('\n');
  const cells = lines[3].split(',');
  cells[5] = '"4,343.5"';
  lines[3] = cells.join(',');
  const r = m.importCsv(lines.join('\n'), meta, 'customs-2025-11.csv', 'customs.meta.json', null);
  assert.equal(r.ok, false);
  assert.equal(r.errors.length, 1);
  const e = r.errors[0];
  assert.equal(e.text, 'customs-2025-11.csv:4: column "value": expected a number or empty, got "4,343.5" ' +
    '(write the number without thousands separators, with a decimal point: 1234.5)');
  const first = cells.slice(0, 5).join(',').length + 2;
  assert.deepEqual(e.cell, { line: 4, column: 'value', first, last: first + cells[5].length });
});

test('a dataset JSON with a mistake: its JSON path, line and column', () => {
  const json = fs.readFileSync(path.join(root, 'public/data/china-rare-earths-2025.json'), 'utf8')
    .replace('"format": "trade-widget/1"', '"format": "trade-widget/9"');
  const r = m.validate(json, 'x.json');
  assert.equal(r.ok, false);
  assert.equal(r.errors[0].line, 2);
  assert.match(r.errors[0].text, /^x\.json: format: /);
  assert.equal(r.errors[0].cell, undefined);
});

test('pasted cells become CSV; export gives the CSV pair back', () => {
  assert.equal(m.csvFromPastedCells('a\tb\n1\t2,5\n'), 'a,b\r\n1,"2,5"\r\n');
  const r = m.importCsv(csv, meta, 'c.csv', 'm.json', null);
  const pair = m.exportCsv(r.json);
  assert.equal(pair.ok, true);
  assert.ok(pair.csv instanceof Uint8Array);
  const text = Buffer.from(pair.csv).toString('utf8');
  assert.ok(text.startsWith('\uFEFFflow,product,partner,period,measure,value,'), text.slice(0, 40));
  assert.equal(JSON.parse(pair.meta).observations.length, 0);
});

test('the bundle: bytes in and out (a binary file kept), the snippets, errors as data', () => {
  const r = m.importCsv(csv, meta, 'c.csv', 'm.json', null);
  m.clearSite();
  const binary = new Uint8Array([0, 97, 115, 109, 255, 254, 0, 1]);
  m.addSiteFile('app/trade_widget.wasm', binary);
  const noIndex = m.bundle(r.json, 'customs.json', '');
  assert.equal(noIndex.ok, false);
  assert.equal(noIndex.errors[0].text, 'the site has no index.html');
  m.addSiteFile('index.html', '<html lang="en"><head><title>x</title></head><body><main id="widget" data-dataset="data/a.json"></main></body></html>');
  const b = m.bundle(r.json, 'my customs.json', 'https://news.example/w/');
  assert.equal(b.ok, true, JSON.stringify(b.errors));
  assert.equal(b.datasetFile, 'data/my-customs.json');
  const byPath = Object.fromEntries(b.files.map((f) => [f.path, f]));
  assert.deepEqual([...byPath['app/trade_widget.wasm'].bytes], [...binary]);
  assert.equal(new TextDecoder().decode(byPath['data/my-customs.json'].bytes), r.json);
  assert.equal(byPath['embed-snippets.txt'].compressedCopies, false);
  assert.match(new TextDecoder().decode(byPath['embed-snippets.txt'].bytes), /<script src="https:\/\/news\.example\/w\/embed\.js" async/);
  m.clearSite();
});
