// The Embind module as the page uses it, run under Node against the built files: values in,
// JSON out, errors as data, nothing left behind in the module's memory or Embind's handle table.
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
const bundled = fs.readFileSync(path.join(root, 'public/data/china-rare-earths-2025.json'));
const broken = fs.readFileSync(path.join(root, 'tests/fixtures/broken-dataset.json'));

/** A fresh module instance (each has its own memory and its own loaded dataset). */
async function instance(file = 'trade_widget.js') {
  const factory = require(path.join(wasmDir, file));
  const options = file === 'trade_widget.js'
    ? { wasmBinary: fs.readFileSync(path.join(wasmDir, 'trade_widget.wasm')) } : {};
  return factory(options);
}

/** Loads bytes the way the page does: copy into module memory, load, release. */
function load(m, bytes, lang = 'en') {
  const address = m.allocate(bytes.length);
  m.HEAPU8.set(bytes, address);
  const reply = JSON.parse(m.loadDataset(address, bytes.length, lang));
  m.release(address);
  return reply;
}

let m;
before(async () => {
  m = await instance();
  assert.equal(load(m, bundled).ok, true);
});

test('loading the bundled dataset describes it for the controls', () => {
  const reply = load(m, bundled, 'zh');
  assert.equal(reply.ok, true);
  assert.deepEqual(reply.warnings, []);
  assert.equal(reply.dataset.title, '2025年1–9月中国稀土进出口');
  assert.equal(reply.dataset.defaultFlow, 'export');
  assert.deepEqual(reply.dataset.flows.map((f) => f.label), ['进口', '出口']);
  assert.deepEqual(reply.dataset.views, ['volumes', 'yoy', 'shares', 'monthly']);
});

test('view gives the narrative, the cards and the table of a selection', () => {
  const reply = JSON.parse(m.view(JSON.stringify({ flows: ['import'], products: ['concentrates'], lang: 'en' })));
  assert.equal(reply.ok, true);
  const v = reply.view;
  assert.equal(v.narrative, 'Imports of rare earth concentrates fell 45.6% year on year to 23,537.7 t; the United States accounted for 99.3%.');
  assert.equal(v.cards.length, 1);
  assert.equal(v.cards[0].volume.text, '23,537.7 t');
  assert.equal(v.cards[0].yoy.text, '\u221245.6%');
  assert.equal(v.cards[0].topPartner, 'United States');
  assert.equal(v.cards[0].topShare.text, '99.3%');
  assert.deepEqual(v.rows.map((r) => r.text), ['23,537.7 t', '\u221245.6%', '99.3%']);
  assert.deepEqual(v.notes.map((n) => n.id), ['concentrates-us-gaps']);
});

test('view in Chinese, both flows', () => {
  const v = JSON.parse(m.view(JSON.stringify({ flows: ['import', 'export'], products: ['oxides'], lang: 'zh' }))).view;
  assert.equal(v.narrative, '稀土氧化物进口41,346.6吨，同比下降0.4%，其中缅甸占61.8%。稀土氧化物出口24,151.3吨，同比增长38.0%，已报告的伙伴中美国占比最大，为40%，其他伙伴未报告。');
});

test('a bad request is an error reply naming the field, never an exception', () => {
  const cases = [
    ['not json', 'request'],
    [JSON.stringify({ view: 'pie' }), 'request.view'],
    [JSON.stringify({ products: ['gold'] }), 'selection.products[0]'],
    [JSON.stringify({ flows: 'export' }), 'request.flows'],
  ];
  for (const [request, where] of cases) {
    const reply = JSON.parse(m.view(request));
    assert.equal(reply.ok, false, request);
    assert.equal(reply.errors[0].path, where, request);
    assert.ok(reply.errors[0].message.length > 0);
    const csv = JSON.parse(m.csv(request));
    assert.equal(csv.ok, false);
    assert.equal(csv.errors[0].path, where);
  }
});

test('csv writes the rows of the view as tidy CSV', () => {
  const request = JSON.stringify({ flows: ['export'], products: ['rare-earths'], view: 'monthly', lang: 'en' });
  const view = JSON.parse(m.view(request)).view;
  const reply = JSON.parse(m.csv(request));
  assert.equal(reply.ok, true);
  assert.equal(reply.rows, view.rows.length);
  const lines = reply.csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
  assert.match(lines[0], /^flow,product,partner,period,measure,value,source,ref,note/);
  assert.equal(lines.length, view.rows.length + 1);
  assert.match(lines[1], /^export,rare-earths,world,2024-01\/2024-02,volume,8774,br24,/);
  // A stated gap stays empty, never 0.
  assert.match(lines[2], /^export,rare-earths,world,2024-03,volume,,/);
});

test('an invalid dataset gives the validation messages with path, line and column', async () => {
  const fresh = await instance();
  const reply = load(fresh, broken);
  assert.equal(reply.ok, false);
  assert.deepEqual(reply.errors.map((e) => [e.path, e.line, e.column]), [
    ['observations[0][5] (value)', 21, 53],
    ['observations[1][1] (product)', 22, 16],
  ]);
  assert.equal(reply.errors[0].message, 'expected a number or null, got "12,3"');
  // Nothing is loaded after a failure: the other calls say so instead of using stale data.
  const view = JSON.parse(fresh.view('{}'));
  assert.equal(view.ok, false);
  assert.equal(view.errors[0].message, 'no dataset is loaded');
  assert.equal(JSON.parse(fresh.describe('en')).errors[0].message, 'no dataset is loaded');
});

test('numbers a double cannot hold are refused with their place, and chart() then has no dataset', async () => {
  // Issue 12: the module accepted this file (0 flows), and chart('{}') read an empty vector.
  const fresh = await instance();
  const reply = load(fresh, fs.readFileSync(path.join(root, 'tests/cli/fixtures/overflow-everywhere.json')));
  assert.equal(reply.ok, false);
  assert.deepEqual(reply.errors.map(({ path: p, line, column, message }) => [p, line, column, message]),
    [['format', 1, 12, 'the number 1e400 is too large for a double (at most about 1.8e308)']]);
  const chart = JSON.parse(fresh.chart('{}'));
  assert.equal(chart.ok, false);
  assert.equal(chart.errors[0].message, 'no dataset is loaded');
});

test('control characters in keys reach the page escaped', async () => {
  const fresh = await instance();
  const reply = load(fresh, fs.readFileSync(path.join(root, 'tests/cli/fixtures/control-characters-in-keys.json')));
  assert.equal(reply.ok, true);
  assert.deepEqual(reply.warnings.map((w) => w.path),
    ['meta.\\u001b[2J\\u001b[31mred', 'meta.nul\\u0000key', 'meta.two\\nlines']);
});

test('bytes that are not JSON at all are an error, not a crash', async () => {
  const fresh = await instance();
  for (const bytes of [Buffer.from(''), Buffer.from('{"format": '), Buffer.from([0xff, 0xfe, 0x00])]) {
    const reply = load(fresh, bytes);
    assert.equal(reply.ok, false);
    assert.ok(reply.errors.length > 0);
  }
});

test('calls return plain values and leave no handle or memory behind', async () => {
  const fresh = await instance();
  for (const name of ['allocate', 'release', 'loadDataset', 'describe', 'view', 'csv', 'memoryStats']) {
    assert.equal(typeof fresh[name], 'function', name);
  }
  const cycle = () => {
    load(fresh, bundled);
    for (const view of ['volumes', 'yoy', 'shares', 'monthly']) {
      for (const lang of ['en', 'zh']) {
        const request = JSON.stringify({ flows: ['import', 'export'], view, lang });
        assert.equal(typeof fresh.view(request), 'string');
        assert.equal(typeof fresh.csv(request), 'string');
      }
    }
    load(fresh, broken);
    fresh.view('not json');
  };
  cycle(); // warm-up: first-use allocations (locale tables, registries)
  const handles = fresh.count_emval_handles();
  const before = JSON.parse(fresh.memoryStats());
  for (let i = 0; i < 40; i++) cycle();
  const after = JSON.parse(fresh.memoryStats());
  assert.equal(fresh.count_emval_handles(), handles);
  assert.equal(after.allocated, before.allocated, 'bytes still allocated after 40 load/view/csv cycles');
  assert.equal(after.heap, before.heap);
});

test('the single-file build (used by standalone.html) gives the same view', async () => {
  const single = await instance('trade_widget_single.js');
  assert.equal(load(single, bundled).ok, true);
  assert.equal(single.view('{"lang":"zh"}'), m.view('{"lang":"zh"}'));
});
