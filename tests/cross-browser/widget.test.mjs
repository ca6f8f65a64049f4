// The widget in the two other engines readers use (Firefox, and WebKit as in Safari): the default
// view the build wrote is the one the module takes over with, a toggle redraws, two changes in one
// task both count (the first was lost in WebKit before), Chinese, and the embed inside a host
// article leaves the article's Back history alone and keeps the iframe as tall as the widget.
// One browser per engine and one server for the whole file.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, servePages } from '../browser/harness.mjs';
import { siteDir } from '../browser/widget-page.mjs';
import { openFirefox, openWebKit } from './drivers.mjs';

/** The key sentence as the build wrote it into a page (tags dropped). */
function writtenNarrative(page) {
  const html = fs.readFileSync(path.join(siteDir, page), 'utf8');
  const match = html.match(/<p class="tw-narrative"[^>]*>([\s\S]*?)<\/p>/);
  assert.ok(match, `${page} holds the key sentence`);
  return match[1].replace(/<[^>]+>/g, '').trim();
}

const stateIs = (hash) => document.getElementById('widget').getAttribute('data-state') === hash;
const narrative = () => document.querySelector('.tw-narrative').textContent.trim();
const errorCard = () => (document.querySelector('.tw-error') || { textContent: '' }).textContent;

let site;
let host;
before(async () => {
  site = await serve(siteDir);
  // The article's column is a phone's width: WebKitGTK's window cannot be made that narrow.
  host = await servePages({ 'index.html': `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>An article</title><link rel="icon" href="data:,"></head>
<body style="margin:0"><main style="width:360px"><h1>An article</h1><p>Text before the chart.</p>
<script src="${site.url}embed.js" data-title="China's rare-earth trade"></script>
<div style="height:2000px">Text after the chart.</div></main></body></html>` });
});
after(async () => {
  await host.close();
  await site.close();
});

for (const open of [openFirefox, openWebKit]) {
  describe(open.name.replace('open', ''), () => {
    let b;
    before(async () => { b = await open(); });
    after(async () => { if (b) await b.close(); });

    test('the view written into the page is the one the module takes over with', async () => {
      await b.size(1024, 800);
      await b.goto(`${site.url}index.html`);
      await b.waitFor(() => document.getElementById('widget').hasAttribute('data-state'));
      assert.equal(await b.run(errorCard), '', `no error card in ${b.name} ${b.version}`);
      assert.equal(await b.run(narrative), writtenNarrative('index.html'));
      assert.ok(await b.run(() => document.querySelectorAll('svg.tw-chart rect, svg.tw-chart path').length) > 5, 'the chart has marks');
      // At most 640 px at 1,024 px, as in Chromium (tests/browser/layout.test.mjs).
      assert.ok(await b.run(() => document.documentElement.getBoundingClientRect().height) <= 640);
    });

    test('a toggle redraws, and two changes within one task both count', async () => {
      await b.goto(`${site.url}index.html`);
      await b.waitFor(() => document.getElementById('widget').hasAttribute('data-state'));
      await b.click('label:has(input[name="tw-flow"][value="import"])');
      await b.waitFor(stateIs, '#flow=import&view=volumes&lang=en');
      assert.match(await b.run(narrative), /^Imports of rare earths /);
      await b.run(() => {
        document.querySelector('input[name="tw-flow"][value="export"]').click();
        document.querySelector('input[name="tw-view"][value="monthly"]').click();
      });
      await b.waitFor(stateIs, '#flow=export&view=monthly&lang=en');
      assert.equal(await b.run(() => new URL(location.href).hash), '#flow=export&view=monthly&lang=en');
      assert.match(await b.run(narrative), /^Exports of rare earths /);
    });

    test('the Chinese page', async () => {
      await b.goto(`${site.url}index.zh.html`);
      await b.waitFor(() => document.getElementById('widget').hasAttribute('data-state'));
      assert.equal(await b.run(() => document.documentElement.lang), 'zh-Hans');
      assert.equal(await b.run(narrative), writtenNarrative('index.zh.html'));
      assert.match(await b.run(narrative), /^稀土出口/);
    });

    test('in a phone-wide article column: one screen, no Back entries, the iframe as tall as the widget', async () => {
      await b.size(1024, 800);
      await b.goto(host.url);
      const length = await b.run(() => history.length);
      await b.enterFrame('iframe');
      await b.waitFor(() => document.getElementById('widget').hasAttribute('data-state'));
      assert.equal(await b.run(() => window.innerWidth), 360);
      // One phone screen (at most 720 px at 360 px wide), as in Chromium.
      assert.ok(await b.run(() => document.documentElement.getBoundingClientRect().height) <= 720);
      await b.click('label:has(input[name="tw-flow"][value="import"])');
      await b.waitFor(stateIs, '#flow=import&view=volumes&lang=en');
      await b.click('label:has(input[name="tw-view"][value="yoy"])');
      await b.waitFor(stateIs, '#flow=import&view=yoy&lang=en');
      const content = await b.run(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      await b.leaveFrame();
      assert.equal(await b.run(() => history.length), length, 'two toggles, no entry in the article\'s history');
      await b.waitFor((h) => Math.abs(document.querySelector('iframe').getBoundingClientRect().height - h) <= 1, content);
    });
  });
}
