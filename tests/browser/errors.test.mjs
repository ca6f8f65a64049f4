// What a reader sees when something is wrong: an error card with the core's messages, never a
// blank page; and ?data= loads nothing from another site.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { serve, launch, root } from './harness.mjs';
import { siteDir, ready, foreign } from './widget-page.mjs';

let server;
let browser;
before(async () => {
  server = await serve(siteDir);
  browser = await launch();
  // The broken fixture is served as if it were a dataset of the site.
  const broken = fs.readFileSync(path.join(root, 'tests/fixtures/broken-dataset.json'));
  await browser.page.route(server.url + 'data/broken.json', (route) =>
    route.fulfill({ body: broken, contentType: 'application/json' }));
});
after(async () => { await browser.close(); await server.close(); });

const card = (page) => page.$eval('.tw-error', (c) => ({
  role: c.getAttribute('role'),
  title: c.querySelector('h2').textContent,
  text: c.textContent,
  items: [...c.querySelectorAll('li')].map((li) => li.textContent),
}));

test('an invalid dataset shows the validation messages with path, line and column', async () => {
  const { page, consoleErrors } = browser;
  await page.goto(server.url + '?data=data/broken.json');
  await ready(page);
  const c = await card(page);
  assert.equal(c.role, 'alert');
  assert.equal(c.title, 'This dataset cannot be shown');
  assert.match(c.text, /File: broken\.json/);
  assert.deepEqual(c.items, [
    'observations[0][5] (value): expected a number or null, got "12,3" (line 21, column 53)',
    'observations[1][1] (product): "magnets" is not a product defined in dimensions.product (line 22, column 16)',
  ]);
  assert.deepEqual(consoleErrors, []);

  await page.goto(server.url + '?data=data/broken.json&lang=zh');
  await ready(page);
  const zh = await card(page);
  assert.equal(zh.title, '无法显示此数据集');
  assert.match(zh.items[0], /\(第21行第53列\)$/);
});

test('a dataset that is not there says so', async () => {
  const { page } = browser;
  await page.goto(server.url + '?data=data/missing.json');
  await ready(page);
  const c = await card(page);
  assert.equal(c.title, 'The dataset could not be loaded');
  assert.match(c.text, /data\/missing\.json: HTTP 404/);
});

test('?data= from another site, or with a scheme, is refused before any request', async () => {
  const { page, requests } = browser;
  for (const address of ['https://example.com/data.json', '//example.com/data.json', 'javascript:alert(1)',
    '\\\\example.com\\data.json', 'http://127.0.0.1:1/data.json']) {
    requests.length = 0;
    await page.goto(server.url + '?data=' + encodeURIComponent(address));
    await ready(page);
    const c = await card(page);
    assert.equal(c.title, 'This dataset address is not allowed', address);
    assert.match(c.text, /Only a dataset on this site can be loaded/);
    assert.ok(c.text.includes(address), address);
    assert.deepEqual(foreign(requests, server.url), [], address);
  }
});

test('a dataset from another folder of the same site is allowed', async () => {
  const { page } = browser;
  await page.goto(server.url + '?data=' + encodeURIComponent('./data/china-rare-earths-2025.json'));
  await ready(page);
  assert.equal(await page.$('.tw-error'), null);
  assert.match(await page.textContent('.tw-narrative'), /^Exports of rare earths rose 12\.6%/);
});

test('without WebAssembly the written view stays, with a message', async () => {
  const { context } = browser;
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript(() => { delete window.WebAssembly; });
  await page.goto(server.url);
  await page.waitForSelector('.tw-error');
  assert.equal(await page.isVisible('svg.tw-chart:visible'), true);
  assert.match(await page.textContent('.tw-narrative'), /^Exports of rare earths rose 12\.6%/);
  assert.equal(await page.textContent('.tw-error p'), 'This browser cannot run the interactive version: what is shown is the default view.');
  assert.deepEqual(errors, []);
  await page.close();
});

test('when the module cannot start, an error card appears above the written view', async () => {
  const { context } = browser;
  const page = await context.newPage();
  await page.route('**/app/trade_widget.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto(server.url);
  await ready(page);
  const c = await card(page);
  assert.equal(c.title, 'The widget could not start');
  assert.equal(await page.isVisible('svg.tw-chart:visible'), true);
  assert.equal(await page.$('.tw-loading'), null);
  await page.close();
});

// The page's module is built without C++ exceptions (wasm-bindings/CMakeLists.txt): running out of
// memory aborts the instance. Here the module's memory cannot grow while window.__twGrowBlocked is
// set, and the bundled dataset's address serves a generated one of 100,000 observations (6.7 MB),
// which fits the module's first 16 MB as bytes but not once loaded.
test('out of memory: an error card above the written view, and the next choice starts a new instance', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tw-memory-'));
  const generated = spawnSync(process.execPath, [path.join(root, 'bench/generate.mjs'), dir, '100000']);
  assert.equal(generated.status, 0, String(generated.stderr));
  const big = fs.readFileSync(path.join(dir, 'trade-100000.json'));
  fs.rmSync(dir, { recursive: true });
  const { context } = browser;
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.route('**/data/china-rare-earths-2025.json', (route) => route.fulfill({ body: big, contentType: 'application/json' }));
  await page.addInitScript(() => {
    window.__twGrowBlocked = true;
    const grow = WebAssembly.Memory.prototype.grow;
    WebAssembly.Memory.prototype.grow = function (pages) {
      if (window.__twGrowBlocked) throw new RangeError('the test allows no more memory');
      return grow.call(this, pages);
    };
  });
  await page.goto(server.url);
  await page.waitForSelector('.tw-error', { timeout: 15000 });
  const c = await card(page);
  assert.equal(c.title, 'This dataset cannot be shown');
  assert.deepEqual(c.items, ['the widget ran out of memory or stopped']);
  // Never blank: the view written into the page stays under the card.
  assert.equal(await page.isVisible('svg.tw-chart:visible'), true);
  assert.match(await page.textContent('.tw-narrative'), /^Exports of rare earths rose 12\.6%/);

  // With memory again, the reader's next choice loads a new instance, which shows that choice.
  await page.evaluate(() => { window.__twGrowBlocked = false; });
  await page.click('label:has(input[name="tw-flow"][value="import"])');
  await page.waitForFunction(() => !document.querySelector('.tw-error') && /flow=import/.test(document.getElementById('widget').getAttribute('data-state') || ''), null, { timeout: 20000 });
  // The key sentence is the new instance's, for the generated data (the page's parts that a
  // change swaps; the title stays the written one, as the address names the bundled dataset).
  assert.match(await page.textContent('.tw-narrative'), /^Imports of /);
  assert.doesNotMatch(await page.textContent('.tw-narrative'), /rare earth/);
  assert.equal(await page.$eval('input[name="tw-flow"][value="import"]', (i) => i.checked), true);
  assert.deepEqual(errors, []);
  await page.close();
});
