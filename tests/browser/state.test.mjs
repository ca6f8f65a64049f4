// The URL hash holds the reader's view (a link reproduces it; Back and Forward walk through it)
// and the language comes from the hash, ?lang=, the host (via embed.js) or the browser.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch } from './harness.mjs';
import { siteDir, ready, cards, chosenProducts } from './widget-page.mjs';

let server;
let browser;
before(async () => { server = await serve(siteDir); browser = await launch(); });
after(async () => { await browser.close(); await server.close(); });

const checked = (page, name) => page.$eval(`input[name="tw-${name}"]:checked`, (i) => i.value);
const pressed = chosenProducts;

test('a link with a hash reproduces the view, in its language', async () => {
  const { page, consoleErrors } = browser;
  const hash = '#flow=import&products=oxides,magnets&view=yoy&lang=zh';
  await page.goto(server.url + hash);
  await ready(page, hash);
  assert.equal(await checked(page, 'flow'), 'import');
  assert.equal(await checked(page, 'view'), 'yoy');
  assert.deepEqual(await pressed(page), ['oxides', 'magnets']);
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hans');
  assert.equal(await page.textContent('h1'), '2025年1–9月中国稀土进出口');
  assert.equal(await page.textContent('.tw-narrative'), '稀土氧化物进口41,346.6吨，同比下降0.4%，其中缅甸占61.8%。');
  assert.deepEqual((await cards(page))[0].lines, ['数量 41,346.6吨', '同比 ▼ −0.4%', '最大伙伴 缅甸 61.8%']);
  assert.equal(await page.textContent('label:has(input[value="yoy"])'), '同比变化');
  assert.match(await page.textContent('.tw-table thead'), /产品.*流向.*伙伴.*时期.*指标.*数值.*来源/);
  assert.equal(await page.title(), '2025年1–9月中国稀土进出口');
  assert.deepEqual(consoleErrors, []);
});

test('Back and Forward step through the reader\'s choices', async () => {
  const { page } = browser;
  await page.goto(server.url);
  await ready(page);
  await page.click('label:has(input[value="import"])');
  await ready(page, '#flow=import&view=volumes&lang=en');
  await page.click('label:has(input[value="monthly"])');
  await ready(page, '#flow=import&view=monthly&lang=en');
  assert.equal(page.url(), server.url + '#flow=import&view=monthly&lang=en');
  await page.goBack();
  await ready(page, '#flow=import&view=volumes&lang=en');
  assert.equal(await checked(page, 'view'), 'volumes');
  await page.goBack();
  await ready(page, '#flow=export&view=volumes&lang=en');
  assert.equal(await checked(page, 'flow'), 'export');
  assert.match(await page.textContent('.tw-narrative'), /^Exports of rare earths/);
  await page.goForward();
  await ready(page, '#flow=import&view=volumes&lang=en');
  assert.match(await page.textContent('.tw-narrative'), /^Imports of rare earths/);
});

test('the language switch rebuilds every string; ?lang= and the browser choose the first one', async () => {
  const { page, context } = browser;
  await page.goto(server.url + '?lang=zh');
  await ready(page);
  assert.equal(await page.textContent('.tw-narrative'), '稀土出口48,355.7吨，同比增长12.6%（推算）。');
  assert.equal(await page.textContent('.tw-lang'), 'English');
  await page.click('.tw-lang');
  await ready(page, '#flow=export&view=volumes&lang=en');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.textContent('.tw-narrative'), 'Exports of rare earths rose 12.6% year on year (implied) to 48,355.7 t.');
  assert.equal(await page.textContent('.tw-part[data-part="download"] > summary'), '⤓ Download');
  assert.equal(await page.textContent('.tw-csv'), '⤓ Download CSV');
  assert.equal(await page.getAttribute('.tw-csv', 'title'), 'The table as a spreadsheet file');
  assert.equal(await page.textContent('legend >> nth=0'), 'Flow');
  assert.equal(await page.textContent('.tw-ms-button'), 'Products all 7');

  // No ?lang= and no hash: the browser's languages decide.
  const zhPage = await context.newPage();
  await zhPage.addInitScript(() => Object.defineProperty(navigator, 'languages', { get: () => ['zh-CN', 'en'] }));
  await zhPage.goto(server.url);
  await ready(zhPage);
  assert.equal(await zhPage.getAttribute('html', 'lang'), 'zh-Hans');
  assert.equal(await zhPage.textContent('.tw-lang'), 'English');
  await zhPage.close();
});

test('settings a link gets wrong are ignored, listed, and the rest still applies', async () => {
  const { page } = browser;
  await page.goto(server.url + '#flow=sideways&products=oxides,gold&view=yoy&zoom=2');
  await ready(page);
  assert.equal(await checked(page, 'flow'), 'export');
  assert.equal(await checked(page, 'view'), 'yoy');
  assert.deepEqual(await pressed(page), ['oxides']);
  assert.equal(await page.textContent('.tw-notice'),
    'Some settings in the link were not recognised and were ignored: flow=sideways, products=gold, zoom=2');
});
