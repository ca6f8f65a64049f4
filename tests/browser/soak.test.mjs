// 500 toggles in a row (the short version of tests/browser/hostile-soak.mjs): after a warm-up, the
// wasm heap and the DOM node count are the same at the end as after the warm-up, in the same
// state. Counts are compared, never times.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch } from './harness.mjs';
import { siteDir, ready } from './widget-page.mjs';
import { captureModule, measure, toggles, cycleLength } from './hostile-soak.mjs';

let server;
let browser;
before(async () => {
  server = await serve(siteDir);
  browser = await launch();
  await captureModule(browser.context);
});
after(async () => { await browser.close(); await server.close(); });

test('500 toggles: the wasm heap and the DOM node count stay flat after a warm-up', async () => {
  const { page, consoleErrors } = browser;
  await page.goto(server.url);
  await ready(page);
  const cycle = await cycleLength(page);
  assert.ok(cycle >= 8, 'views, flows, products and the language are all toggled');
  const warmup = cycle * 3;
  await toggles(page, warmup);
  const before = await measure(page);
  const rest = Math.ceil((500 - warmup) / cycle) * cycle;
  assert.equal(await toggles(page, rest), cycle);
  const end = await measure(page);
  assert.equal(end.state, before.state, 'a whole number of cycles returns to the same state');
  assert.equal(end.wasmHeap, before.wasmHeap);
  assert.equal(end.nodes, before.nodes);
  assert.ok(end.nodes > 100, 'the widget is rendered');
  assert.deepEqual(consoleErrors, []);
});
