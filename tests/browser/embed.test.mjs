// embed.js on a blank host page of another origin: one script tag inserts the widget's iframe,
// passes the host's language, and keeps the iframe as tall as the widget, trusting only the
// widget's own messages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, servePages, launch } from './harness.mjs';
import { siteDir, ready, foreign } from './widget-page.mjs';

let site;
let host;
let browser;
before(async () => {
  site = await serve(siteDir);
  host = await servePages({ 'index.html': `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>A news article</title><link rel="icon" href="data:,"></head>
<body><h1>An article</h1><p>Text before the chart.</p>
<script src="${site.url}embed.js" data-title="China's rare-earth trade" data-state="flow=import&amp;view=yoy"></script>
<p id="after">Text after the chart.</p></body></html>` });
  browser = await launch();
});
after(async () => {
  await browser.close();
  await host.close();
  await site.close();
});

const frameHeight = (page) => page.$eval('iframe', (f) => f.getBoundingClientRect().height);

test('one script tag inserts the widget and keeps its height right', async () => {
  const { page, consoleErrors, requests } = browser;
  await page.goto(host.url);
  const iframe = await page.waitForSelector('iframe');
  assert.equal(await iframe.getAttribute('title'), "China's rare-earth trade");
  assert.equal(await page.evaluate(() => document.querySelector('iframe').nextElementSibling.id), 'after');
  const src = new URL(await iframe.getAttribute('src'));
  assert.equal(src.origin + '/', site.url);
  assert.equal(src.searchParams.get('lang'), 'zh', 'the host page\'s <html lang> is passed on');
  const frame = await iframe.contentFrame();
  await ready(frame, '#flow=import&view=yoy&lang=zh');
  assert.equal(await frame.textContent('.tw-narrative'), '稀土进口78,898.4吨，同比下降23.0%（推算）。');
  assert.equal(new URL(frame.url()).pathname, '/index.zh.html', 'the page written in Chinese');

  const content = () => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  await page.waitForFunction(async (h) => Math.abs(document.querySelector('iframe').getBoundingClientRect().height - h) <= 1, await content());
  const before = await frameHeight(page);

  // The reader chooses both flows: twice the cards, and the frame grows with them.
  await frame.click('label:has(input[value="both"])');
  await ready(frame, '#flow=both&view=yoy&lang=zh');
  const grown = await content();
  assert.ok(grown > before);
  await page.waitForFunction((h) => Math.abs(document.querySelector('iframe').getBoundingClientRect().height - h) <= 1, grown);

  // A message from anything but the widget's frame is ignored.
  await page.evaluate(() => window.postMessage({ type: 'trade-widget:height', version: 1, height: 50 }, '*'));
  await page.waitForTimeout(100);
  assert.ok(Math.abs((await frameHeight(page)) - grown) <= 1);

  assert.deepEqual(foreign(requests, site.url).filter((u) => !u.startsWith(host.url)), []);
  assert.deepEqual(consoleErrors, []);
});
