// The host's history is left alone: inside an iframe a change replaces the URL state instead of
// adding an entry to the article's Back list; every change is shown at once (two changes within
// one task both count); and embed.js asks for the height again when the frame comes into view.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, servePages, launch } from './harness.mjs';
import { siteDir, ready } from './widget-page.mjs';

let site;
let host;
let browser;
before(async () => {
  site = await serve(siteDir);
  const article = (middle) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>An article</title><link rel="icon" href="data:,"></head>
<body><h1>An article</h1><p>Text before the chart.</p>${middle}
<script src="${site.url}embed.js" data-title="China's rare-earth trade"></script>
<div id="below" style="height:3000px">Text after the chart.</div></body></html>`;
  host = await servePages({ 'index.html': article('') });
  browser = await launch({ width: 1024, height: 800 });
});
after(async () => {
  await browser.close();
  await host.close();
  await site.close();
});

async function widgetFrame(page) {
  const iframe = await page.waitForSelector('iframe');
  const frame = await iframe.contentFrame();
  await ready(frame);
  return frame;
}

test('toggles inside an iframe add no entry to the host\'s history', async () => {
  const { page, consoleErrors } = browser;
  await page.goto(host.url);
  const frame = await widgetFrame(page);
  const length = await page.evaluate(() => history.length);
  await frame.click('label:has(input[value="import"])');
  await ready(frame, '#flow=import&view=volumes&lang=en');
  await frame.click('label:has(input[value="yoy"])');
  await ready(frame, '#flow=import&view=yoy&lang=en');
  await frame.click('.tw-lang');
  await ready(frame, '#flow=import&view=yoy&lang=zh');
  assert.equal(await page.evaluate(() => history.length), length, 'three toggles, no new history entry');
  // The state is still in the frame's URL, so a reload (or a copied frame address) keeps it.
  assert.equal(new URL(frame.url()).hash, '#flow=import&view=yoy&lang=zh');
  assert.deepEqual(consoleErrors, []);
});

test('two changes within one task are both applied and both kept in the URL', async () => {
  const { page } = browser;
  await page.goto(site.url);
  await ready(page);
  await page.evaluate(() => {
    document.querySelector('input[name="tw-flow"][value="import"]').click();
    document.querySelector('input[name="tw-view"][value="monthly"]').click();
  });
  await ready(page, '#flow=import&view=monthly&lang=en');
  assert.equal(new URL(page.url()).hash, '#flow=import&view=monthly&lang=en');
  assert.equal(await page.$eval('input[name="tw-flow"]:checked', (i) => i.value), 'import');
  assert.match(await page.textContent('.tw-narrative'), /^Imports of /);
  // A page of its own keeps Back working: one entry per change.
  await page.goBack();
  await ready(page, '#flow=import&view=volumes&lang=en');
});

test('a frame that changed while out of view gets its height right when it comes back', async () => {
  const { page } = browser;
  await page.goto(host.url);
  const frame = await widgetFrame(page);
  const content = () => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  const frameHeight = () => page.$eval('iframe', (f) => f.getBoundingClientRect().height);
  await page.waitForFunction(async (h) => Math.abs(document.querySelector('iframe').getBoundingClientRect().height - h) <= 1, await content());
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  // Out of view, the reader's state changes (a link in the frame, or a script): both flows and
  // the partner-shares view, a much taller view.
  await frame.evaluate(() => {
    document.querySelector('input[name="tw-flow"][value="both"]').click();
    document.querySelector('input[name="tw-view"][value="shares"]').click();
  });
  await ready(frame, '#flow=both&view=shares&lang=en');
  await page.evaluate(() => window.scrollTo(0, 0));
  const grown = await content();
  await page.waitForFunction((h) => Math.abs(document.querySelector('iframe').getBoundingClientRect().height - h) <= 1, grown, { timeout: 5000 });
  assert.ok(Math.abs((await frameHeight()) - grown) <= 1);
});
