// postMessage: only the documented message is acted on. embed.js resizes its iframe on
// {type: "trade-widget:height", version: 1, height} from that iframe's window and the widget's
// origin, with a usable height; anything else (another frame, another origin, the host itself,
// another type, a bad height) is ignored. The widget page acts on no message at all.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, servePages, launch } from './harness.mjs';
import { siteDir, ready } from './widget-page.mjs';

let site;
let host;
let intruder;
let browser;
before(async () => {
  site = await serve(siteDir);
  intruder = await servePages({
    'index.html': '<!doctype html><title>another site</title><link rel="icon" href="data:,"><p>ad</p>',
  });
  // The embed, a plain iframe of the same widget (it posts heights too), and a frame of a third site.
  host = await servePages({ 'index.html': `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head>
<body><script src="${site.url}embed.js" data-title="embedded"></script>
<iframe id="plain" src="${site.url}index.html" style="height:300px"></iframe>
<iframe id="intruder" src="${intruder.url}index.html"></iframe></body></html>` });
  browser = await launch();
});
after(async () => {
  await browser.close();
  await Promise.all([host.close(), intruder.close(), site.close()]);
});

const embedded = (page) => page.$eval('iframe.trade-widget-frame', (f) => f.getBoundingClientRect().height);

/** Posts each message from a window and checks the embed's height did not move. */
async function ignored(page, from, messages, height) {
  for (const m of messages) {
    await from.evaluate((msg) => window.parent.postMessage(msg, '*'), m);
    await page.waitForTimeout(50);
    assert.equal(await embedded(page), height, JSON.stringify(m));
  }
}

test('embed.js acts only on the documented message from its own frame', async () => {
  const { page, consoleErrors } = browser;
  await page.goto(host.url);
  await page.waitForSelector('iframe.trade-widget-frame');
  const widget = await (await page.$('iframe.trade-widget-frame')).contentFrame();
  const plain = await (await page.$('#plain')).contentFrame();
  const other = await (await page.$('#intruder')).contentFrame();
  await ready(widget);
  await ready(plain);
  // Settled: the embed is as tall as the widget's content.
  const content = await widget.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  await page.waitForFunction((h) => Math.abs(document.querySelector('iframe.trade-widget-frame')
    .getBoundingClientRect().height - h) <= 1, content);
  const height = await embedded(page);
  const documented = { type: 'trade-widget:height', version: 1, height: 50 };

  // The right message from the wrong window: another site, the plain iframe of the same widget
  // (same origin, not this embed's frame), the host page itself.
  await ignored(page, other, [documented], height);
  await ignored(page, plain, [documented], height);
  await page.evaluate((m) => window.postMessage(m, '*'), documented);
  await page.waitForTimeout(50);
  assert.equal(await embedded(page), height);

  // The right window, a message that is not the documented one.
  await ignored(page, widget, [
    { type: 'trade-widget:resize', height: 50 }, { type: 'TRADE-WIDGET:HEIGHT', height: 50 },
    'trade-widget:height', ['trade-widget:height', 50], null, 50,
    { type: 'trade-widget:height' }, { type: 'trade-widget:height', height: -50 },
    { type: 'trade-widget:height', height: 0 }, { type: 'trade-widget:height', height: 'abc' },
    { type: 'trade-widget:height', height: NaN }, { type: 'trade-widget:height', height: Infinity },
    { type: 'trade-widget:height', height: null }, { type: 'trade-widget:height', height: '50px' },
  ], height);

  // The documented message from the embed's own frame is acted on; an absurd height is capped.
  await widget.evaluate(() => window.parent.postMessage({ type: 'trade-widget:height', version: 1, height: 400.2 }, '*'));
  await page.waitForFunction(() => document.querySelector('iframe.trade-widget-frame').getBoundingClientRect().height === 401);
  await widget.evaluate(() => window.parent.postMessage({ type: 'trade-widget:height', version: 1, height: 1e12 }, '*'));
  await page.waitForFunction(() => document.querySelector('iframe.trade-widget-frame').getBoundingClientRect().height === 100000);
  assert.deepEqual(consoleErrors, []);
});

test('the widget page acts on no message: its state, text and host page stay as they were', async () => {
  const { page, consoleErrors } = browser;
  await page.goto(host.url);
  await page.waitForSelector('iframe.trade-widget-frame');
  const widget = await (await page.$('iframe.trade-widget-frame')).contentFrame();
  await ready(widget);
  const before = await widget.evaluate(() => ({
    state: document.getElementById('widget').getAttribute('data-state'),
    text: document.getElementById('widget').textContent,
  }));
  const messages = [
    { type: 'trade-widget:height', version: 1, height: 10 },
    { type: 'trade-widget:state', state: 'flow=import&view=yoy' },
    { type: 'trade-widget:load', data: 'https://example.com/evil.json' },
    '#flow=import&view=shares', '<img src=x onerror=window.__pwned=1>',
    { html: '<img src=x onerror=window.__pwned=1>' },
  ];
  for (const m of messages) {
    await page.evaluate((msg) => document.querySelector('iframe.trade-widget-frame').contentWindow.postMessage(msg, '*'), m);
  }
  await page.waitForTimeout(200);
  const afterwards = await widget.evaluate(() => ({
    state: document.getElementById('widget').getAttribute('data-state'),
    text: document.getElementById('widget').textContent,
  }));
  assert.deepEqual(afterwards, before);
  assert.equal(await widget.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.title(), 'Host');
  assert.equal((await page.$$('iframe')).length, 3, 'the host page keeps exactly its own frames');
  assert.deepEqual(consoleErrors, []);
});
