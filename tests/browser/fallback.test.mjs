// With JavaScript off, the page still shows the title and the static chart of the default view.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, saveScreenshot } from './harness.mjs';
import { siteDir } from './widget-page.mjs';

let server;
let browser;
before(async () => { server = await serve(siteDir); browser = await launch({ javaScriptEnabled: false }); });
after(async () => { await browser.close(); await server.close(); });

test('no JavaScript: title, static chart and the noscript note', async () => {
  const { page, consoleErrors } = browser;
  await page.goto(server.url);
  assert.equal(await page.textContent('h1'), "China's rare-earth trade, January–September 2025");
  const img = await page.$eval('img.tw-fallback-chart', (i) => ({ ok: i.complete && i.naturalWidth > 0, alt: i.alt, width: i.naturalWidth }));
  assert.ok(img.ok, 'the fallback chart loaded');
  assert.equal(img.width, 800);
  assert.match(img.alt, /exports by product/);
  assert.match(await page.textContent('noscript'), /needs JavaScript/);
  assert.equal(await page.isVisible('.tw-loading'), false, 'no "Loading" that never ends');
  await page.screenshot({ path: saveScreenshot('fallback-noscript-1024.png'), fullPage: true });
  assert.deepEqual(consoleErrors, []);
});
