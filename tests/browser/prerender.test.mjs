// The default view is complete in the HTML the build writes (trade-widget page, the same core
// code the live page calls): readable with JavaScript off and with the module blocked; the
// module loads after the first paint and takes the view over without changing one node or
// moving anything (CLS 0); and the markup it writes is the markup the build wrote.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, saveScreenshot } from './harness.mjs';
import { siteDir, ready, tableRows } from './widget-page.mjs';

let server;
before(async () => { server = await serve(siteDir); });
after(async () => { await server.close(); });

// The embed's key sentence: the lead figure of the default flow.
const NARRATIVE_EN = 'Exports of rare earths rose 12.6% year on year (implied) to 48,355.7 t.';
const NARRATIVE_ZH = '稀土出口48,355.7吨，同比增长12.6%（推算）。';

/**
 * Whether the live #widget is the same DOM as the #widget of a built page (Node.isEqualNode:
 * the same elements, attributes in any order, texts); on a difference, where it starts.
 */
function sameAsWritten(page, file) {
  const html = fs.readFileSync(path.join(siteDir, file), 'utf8');
  return page.evaluate((text) => {
    const written = new DOMParser().parseFromString(text, 'text/html').getElementById('widget');
    const live = document.getElementById('widget');
    if (written.childNodes.length === live.childNodes.length &&
        [...written.childNodes].every((n, i) => n.isEqualNode(live.childNodes[i]))) return 'same';
    const a = live.innerHTML;
    const b = written.innerHTML;
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    return 'live: ' + a.slice(Math.max(0, i - 80), i + 80) + '\nwritten: ' + b.slice(Math.max(0, i - 80), i + 80);
  }, html);
}

test('JavaScript off: the whole default view is in the page, in both languages', async () => {
  const browser = await launch({ javaScriptEnabled: false, width: 360 });
  try {
    const { page, consoleErrors } = browser;
    for (const [file, title, narrative, rowsLabel] of [
      ['index.html', "China's rare-earth trade, January–September 2025", NARRATIVE_EN, 'Table'],
      ['index.zh.html', '2025年1–9月中国稀土进出口', NARRATIVE_ZH, '数据表']]) {
      await page.goto(server.url + file);
      assert.equal(await page.textContent('h1'), title);
      assert.equal(await page.textContent('.tw-narrative'), narrative);
      assert.equal(await page.$$eval('.tw-chart-figure svg', (l) => l.filter((s) => s.checkVisibility()).length), 1, 'one chart drawn for this width');
      assert.equal(await page.isVisible('.tw-controls'), false, 'no controls that could not work');
      assert.equal(await page.isVisible('.tw-loading'), false);
      // The footer's parts open without JavaScript: figures, table, sources, notes.
      for (const part of ['figures', 'table', 'sources', 'notes']) await page.click(`[data-part="${part}"] > summary`);
      assert.equal((await tableRows(page)).length, 13);
      assert.equal(await page.$$eval('.tw-card', (l) => l.length), 5);
      assert.ok(await page.isVisible('.tw-source-list a'));
      assert.ok(await page.isVisible('.tw-notes-list li'));
      assert.match(await page.textContent(`[data-part="table"] > summary`), new RegExp('^' + rowsLabel));
      await page.screenshot({ path: saveScreenshot(`prerender-nojs-${file.replace(/\W+/g, '-')}360.png`), fullPage: true });
    }
    assert.deepEqual(consoleErrors, []);
  } finally {
    await browser.close();
  }
});

test('module blocked: the written view stays; a change says the widget could not start', async () => {
  const browser = await launch({ width: 1024 });
  try {
    const { page } = browser;
    await page.route('**/*.wasm', (route) => route.abort());
    await page.goto(server.url);
    assert.equal(await page.textContent('.tw-narrative'), NARRATIVE_EN);
    assert.ok(await page.isVisible('svg.tw-chart:visible'));
    assert.ok(await page.isVisible('.tw-controls'));
    await page.click('label:has(input[value="import"])');
    await page.waitForSelector('.tw-error');
    assert.match(await page.textContent('.tw-error h2'), /could not start/);
    assert.equal(await page.textContent('.tw-narrative'), NARRATIVE_EN, 'the default view is still there');
  } finally {
    await browser.close();
  }
});

for (const width of [360, 1024]) {
  test(`the module takes over after the first paint, changing nothing and moving nothing (${width} px)`, async () => {
    const browser = await launch({ width });
    try {
      const { page, consoleErrors } = browser;
      await page.addInitScript(() => {
        window.__shifts = [];
        new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__shifts.push(e.value); })
          .observe({ type: 'layout-shift', buffered: true });
        window.__mutations = 0;
        document.addEventListener('DOMContentLoaded', () => {
          const root = document.getElementById('widget');
          new MutationObserver((list) => {
            // The root's own attributes (aria-busy, data-state) say the module is there.
            window.__mutations += list.filter((m) => m.type !== 'attributes' || m.target !== root).length;
          }).observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
        });
      });
      await page.goto(server.url);
      await ready(page);
      await page.waitForTimeout(300);
      assert.equal(await page.evaluate(() => window.__mutations), 0, 'the written view is the module\'s view');
      const cls = await page.evaluate(() => window.__shifts.reduce((a, b) => a + b, 0));
      assert.equal(cls, 0, 'cumulative layout shift');
      // The module was fetched after the page had painted.
      const timing = await page.evaluate(() => ({
        paint: performance.getEntriesByName('first-contentful-paint')[0].startTime,
        wasm: performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm')).startTime,
      }));
      assert.ok(timing.wasm > timing.paint, `module requested at ${timing.wasm} ms, first paint at ${timing.paint} ms`);
      assert.deepEqual(consoleErrors, []);
    } finally {
      await browser.close();
    }
  });
}

test('the markup the module writes is the markup the build wrote: both languages, both layouts', async () => {
  const browser = await launch({ width: 1024 });
  try {
    const { page } = browser;
    await page.goto(server.url);
    await ready(page);
    // A language switch rebuilds the whole widget from the module's markup.
    await page.click('.tw-lang');
    await ready(page, '#flow=export&view=volumes&lang=zh');
    assert.equal(await sameAsWritten(page, 'index.zh.html'), 'same');
    await page.click('.tw-lang');
    await ready(page, '#flow=export&view=volumes&lang=en');
    assert.equal(await sameAsWritten(page, 'index.html'), 'same');
    // A change and back: the parts the module swapped are the written ones again.
    await page.click('label:has(input[value="yoy"])');
    await ready(page, '#flow=export&view=yoy&lang=en');
    await page.click('label:has(input[value="volumes"])');
    await ready(page, '#flow=export&view=volumes&lang=en');
    assert.equal(await sameAsWritten(page, 'index.html'), 'same');
    // The full report: the module's markup for ?layout=full is standalone.html's.
    await page.goto(server.url + '?layout=full');
    await ready(page);
    assert.equal(await sameAsWritten(page, 'standalone.html'), 'same');
  } finally {
    await browser.close();
  }
});

test('?data= shows no text of the bundled dataset while the other one loads', async () => {
  const browser = await launch({ width: 1024 });
  try {
    const { page } = browser;
    const other = JSON.parse(fs.readFileSync(path.join(siteDir, 'data/china-rare-earths-2025.json'), 'utf8'));
    other.meta.title = { en: 'Another dataset', zh: '另一个数据集' };
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route('**/data/other.json', async (route) => {
      await held;
      await route.fulfill({ contentType: 'application/json', body: JSON.stringify(other) });
    });
    await page.goto(server.url + '?data=data/other.json');
    await page.waitForSelector('.tw-loading');
    const text = await page.evaluate(() => document.body.innerText);
    assert.doesNotMatch(text, /rare-earth trade|24,151\.3|Exports/);
    assert.match(text, /Loading/);
    release();
    await ready(page);
    assert.equal(await page.textContent('h1'), 'Another dataset');
    assert.ok(await page.isVisible('.tw-narrative'));
  } finally {
    await browser.close();
  }
});
