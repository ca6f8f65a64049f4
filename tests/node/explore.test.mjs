// The explore bindings under Node: the period and partner of a view request, and the image
// export byte for byte the same as the native golden file (tests/unit/test_golden.cpp).
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

let m;
before(async () => {
  m = await require(path.join(wasmDir, 'trade_widget.js'))({ wasmBinary: fs.readFileSync(path.join(wasmDir, 'trade_widget.wasm')) });
  const address = m.allocate(bundled.length);
  m.HEAPU8.set(bundled, address);
  assert.equal(JSON.parse(m.loadDataset(address, bundled.length, 'en')).ok, true);
  m.release(address);
});

const view = (request) => {
  const r = JSON.parse(m.view(JSON.stringify(request)));
  assert.equal(r.ok, true, JSON.stringify(r.errors));
  return r.view;
};

test('a view request carries the period and the partner', () => {
  const h1 = view({ flows: ['export'], products: ['separation-products'], period: '2025-01/2025-06' });
  assert.equal(h1.cards[0].volume.text, '32,000 t');
  assert.equal(h1.cards[0].yoy.text, '+11.3%');
  const us = view({ flows: ['export'], partner: 'us' });
  assert.deepEqual(us.cards.map((c) => c.product + ' ' + c.yoy.text),
    ['separation-products +14.0%', 'oxides not reported', 'magnets \u221224.0%']);
  const bad = JSON.parse(m.view(JSON.stringify({ partner: 'atlantis' })));
  assert.equal(bad.ok, false);
  assert.equal(bad.errors[0].path, 'selection.partner');
});

test('chartImage is the native image export, byte for byte', () => {
  const reply = JSON.parse(m.chartImage(JSON.stringify({ chart: 'partners', flows: ['export'], products: ['magnets'],
    period: '2025-01/2025-06', lang: 'zh', width: 360 })));
  assert.equal(reply.ok, true);
  assert.equal(reply.svg, fs.readFileSync(path.join(root, 'tests/golden/image-partners-single-zh-360.svg'), 'utf8'));
});

test('the CSV follows the chosen period and partner', () => {
  const csv = (request) => {
    const r = JSON.parse(m.csv(JSON.stringify(request)));
    assert.equal(r.ok, true);
    return r.csv;
  };
  const h1 = csv({ flows: ['export'], period: '2025-01/2025-06' });
  assert.match(h1, /2025-01\/2025-06/);
  assert.match(h1, /32000/);
  assert.doesNotMatch(h1, /2025-01\/2025-09/);
  const us = csv({ flows: ['export'], partner: 'us' });
  const partners = new Set(us.trim().split('\n').slice(1).map((line) => line.split(',')[2]));
  assert.deepEqual([...partners].sort(), ['us', 'world']);
});
