// The embed layout (the default): one phone screen (at most 720 px tall) from 320 to 414 px wide
// and at most 640 px from 768 px, in both languages, with every feature one click away in the
// footer line; several charts share one strip that scrolls sideways; ?layout=full keeps the
// whole report. One browser and one server for the file; states change by the hash.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, saveScreenshot } from './harness.mjs';
import { siteDir, ready, cards, tableRows } from './widget-page.mjs';

let server;
let browser;
before(async () => { server = await serve(siteDir); browser = await launch(); });
after(async () => { await browser.close(); await server.close(); });

const WIDTHS = [320, 360, 414, 768, 1024];
const limit = (width) => (width < 768 ? 720 : 640);
const pageHeight = (page) => page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

for (const lang of ['en', 'zh']) {
  for (const width of WIDTHS) {
    test(`the default view fits: ${lang}, ${width} px`, async () => {
      const { page, consoleErrors } = browser;
      await page.setViewportSize({ width, height: 800 });
      await page.goto(server.url + '?lang=' + lang);
      await ready(page);
      const height = await pageHeight(page);
      assert.ok(height <= limit(width), `${height} px tall, limit ${limit(width)}`);
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), width, 'no horizontal scrolling');
      // Title, dek, controls, chart and the key sentence are on screen; the rest is in the footer.
      for (const selector of ['h1', '.tw-page-subtitle', '.tw-controls', 'svg.tw-chart:visible', '.tw-narrative', '.tw-foot']) {
        assert.ok(await page.isVisible(selector), selector + ' is shown');
      }
      assert.equal(await page.isVisible('.tw-card'), false, 'the cards wait behind "Key figures"');
      // The drawing shown is drawn for this width: scaled by at most 10% either way.
      if (width < 768) {
        const scale = await page.$eval('svg.tw-chart:visible', (svg) => svg.getBoundingClientRect().width / Number(svg.getAttribute('width')));
        assert.ok(scale > 0.9 && scale <= 1.1, `chart drawn at ${scale.toFixed(2)}x its size`);
      }
      if (width !== 768) await page.screenshot({ path: saveScreenshot(`layout-embed-${lang}-${width}.png`), fullPage: true });
      assert.deepEqual(consoleErrors, []);
    });
  }
}

/** The page's height with the tallest chart of a strip in view (the strip takes the height of
 *  the chart shown, web/chart-strip.js): the most a reader sees of this state. */
const worstHeight = (page) => page.evaluate(() => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  const strip = document.querySelector('.tw-chart-list');
  if (!strip || strip.children.length < 2) return height;
  return height - strip.offsetHeight + Math.max(...[...strip.children].map((f) => f.offsetHeight));
});

/** Shows a state as a link (or Back) would, and waits for it. */
async function show(page, hash) {
  await page.evaluate((h) => { location.hash = h; }, hash);
  await ready(page, hash);
}

// The states a reader reaches with the controls: each flow (and both) with each view and every
// product, and in the volumes view each period and each partner the core offers. Still taller
// (listed in docs/embedding.md), each with the most it may measure: in English, both flows at
// once in two or three views on a phone and the partner shares at 768 px (the strip of the two flows'
// charts, each with its flow's sentence under it, under the combined direction; in the partner
// shares no chart is of a flow's total, so both flows' sentences stay under the strip). The test
// fails if any other state exceeds the limit, or one of these grows.
const TALLER = {
  'en-320': { '#flow=both&view=yoy': 723, '#flow=both&view=shares': 758 },
  'en-360': { '#flow=both&view=yoy': 753, '#flow=both&view=shares': 786, '#flow=both&view=monthly': 742 },
  'en-414': { '#flow=both&view=yoy': 747, '#flow=both&view=shares': 747, '#flow=both&view=monthly': 738 },
  'en-768': { '#flow=both&view=shares': 642 },
};
for (const lang of ['en', 'zh']) {
  for (const width of [320, 360, 414, 768, 1024]) {
    test(`the states a reader reaches with the controls fit: ${lang}, ${width} px`, async () => {
      const { page, consoleErrors } = browser;
      await page.setViewportSize({ width, height: 800 });
      await page.goto(server.url + '?lang=' + lang);
      await ready(page);
      const hashes = [];
      for (const flow of ['import', 'export', 'both']) {
        for (const view of ['volumes', 'yoy', 'shares', 'monthly']) hashes.push(`#flow=${flow}&view=${view}&lang=${lang}`);
        await show(page, `#flow=${flow}&view=volumes&lang=${lang}`);
        const offered = await page.evaluate(() => ({
          periods: [...document.querySelectorAll('#tw-period option:not([selected])')].map((o) => o.value),
          partners: [...document.querySelectorAll('#tw-partner option')].map((o) => o.value).filter(Boolean),
        }));
        assert.ok(offered.periods.length > 3 && offered.partners.length > 0, 'periods and partners to choose from');
        for (const p of offered.periods) hashes.push(`#flow=${flow}&period=${encodeURIComponent(p)}&view=volumes&lang=${lang}`);
        for (const p of offered.partners) hashes.push(`#flow=${flow}&partner=${p}&view=volumes&lang=${lang}`);
      }
      const over = {};
      for (const hash of hashes) {
        await show(page, hash);
        const height = await worstHeight(page);
        if (height > limit(width)) over[hash.replace(`&lang=${lang}`, '')] = height;
      }
      const taller = TALLER[`${lang}-${width}`] || {};
      assert.deepEqual(Object.keys(over), Object.keys(taller), `limit ${limit(width)} px: ${JSON.stringify(over)}`);
      for (const [hash, height] of Object.entries(over)) assert.ok(height <= taller[hash], `${hash}: ${height} px, at most ${taller[hash]} px`);
      assert.deepEqual(consoleErrors, []);
    });
  }
}

test('several charts share one strip: its buttons step through it, and it takes the height of the chart shown', async () => {
  const { page, consoleErrors } = browser;
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(server.url + '#flow=export&view=shares&lang=en');
  await ready(page, '#flow=export&view=shares&lang=en');
  assert.equal(await page.textContent('.tw-chart-count'), '5 charts side by side');
  const strip = () => page.$eval('.tw-chart-list', (l) => {
    const figures = [...l.children];
    const shown = figures.findIndex((f) => Math.abs(f.getBoundingClientRect().left - l.getBoundingClientRect().left) < 2);
    return { shown, height: l.offsetHeight, heights: figures.map((f) => f.offsetHeight), title: figures[shown] && figures[shown].querySelector('svg:not([hidden])') && [...figures[shown].querySelectorAll('svg')].find((s) => s.checkVisibility()).querySelector('title').textContent };
  });
  let s = await strip();
  assert.equal(s.shown, 0);
  assert.equal(s.height, s.heights[0], 'the strip is as tall as the first chart');
  assert.match(s.title, /^Shares by partner: Metals and alloys/);
  await page.click('.tw-chart-step[data-step="1"]');
  await page.waitForFunction(() => document.querySelector('.tw-chart-list').scrollLeft > 0 && document.querySelector('.tw-chart-list').scrollLeft % 1 === 0);
  await page.waitForTimeout(700); // the smooth scroll ends
  s = await strip();
  assert.equal(s.shown, 1);
  assert.equal(s.height, s.heights[1]);
  await page.click('.tw-chart-step[data-step="-1"]');
  await page.waitForFunction(() => document.querySelector('.tw-chart-list').scrollLeft === 0);
  await page.waitForTimeout(200);
  assert.equal((await strip()).shown, 0);
  // The keyboard: a mark of the last chart takes the focus, and its chart comes into view whole.
  await page.evaluate(() => {
    const last = document.querySelector('.tw-chart-list').lastElementChild;
    [...last.querySelectorAll('svg')].find((svg) => svg.checkVisibility()).querySelector('[tabindex]').focus();
  });
  await page.waitForTimeout(300);
  s = await strip();
  assert.equal(s.height, s.heights[4]);
  assert.equal(await page.$eval('.tw-chart-list', (l) => l.scrollTop), 0);
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 360, 'the strip scrolls, not the page');
  await page.screenshot({ path: saveScreenshot('layout-strip-360.png'), fullPage: true });
  // Print: every chart, one under the other, no pager.
  await page.emulateMedia({ media: 'print' });
  const lefts = await page.$$eval('.tw-chart-list > .tw-chart-figure', (l) => l.map((f) => Math.round(f.getBoundingClientRect().left)));
  assert.equal(new Set(lefts).size, 1, 'the printed charts are in one column');
  assert.equal(await page.isVisible('.tw-chart-pager'), false);
  await page.emulateMedia({ media: 'screen' });
  // One chart: no strip and no pager.
  await show(page, '#flow=export&view=volumes&lang=en');
  assert.equal(await page.isVisible('.tw-chart-pager'), false);
  assert.deepEqual(consoleErrors, []);
});

test('the footer line opens each part in place, and the products list in the controls', async () => {
  const { page } = browser;
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(server.url);
  await ready(page);
  const parts = await page.$$eval('.tw-foot > :not([hidden])', (l) => l.map((p) => p.dataset.part || p.className));
  assert.deepEqual(parts, ['sources', 'figures', 'notes', 'table', 'choices', 'download']);
  assert.equal(await page.textContent('.tw-part[data-part="sources"] > summary'), 'Source: cnyes.com, MINING.COM, Zhitong Finance, Liberty Times Net');
  await page.click('.tw-part[data-part="sources"] > summary');
  assert.ok(await page.isVisible('.tw-source-list a'));
  await page.click('.tw-part[data-part="figures"] > summary');
  assert.deepEqual((await cards(page)).find((c) => c.title === 'Oxides Exports').lines,
    ['Volume 24,151.3 t', 'Year on year ▲ +38.0%', 'Largest of those reported United States 40% (others not reported)']);
  await page.click('.tw-part[data-part="table"] > summary');
  assert.equal((await tableRows(page)).length, 13);
  await page.click('.tw-part[data-part="notes"] > summary');
  assert.match(await page.textContent('.tw-notes-list'), /The two figures are counted on different bases/);
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 360, 'the open table scrolls in its part, not the page');
  await page.screenshot({ path: saveScreenshot('layout-embed-open-360.png'), fullPage: true });

  // The products: one button; its list of checkboxes opens below the other controls.
  assert.equal(await page.textContent('.tw-ms-button'), 'Products all 7');
  await page.click('.tw-ms-button');
  await page.click('label:has(input[name="tw-products"][value="rare-earths"])');
  await ready(page, '#flow=export&products=separation-products,concentrates,metals-alloys,oxides,compounds,magnets&view=volumes&lang=en');
  assert.equal(await page.textContent('.tw-ms-count'), '6 of 7');
  assert.equal(await page.isVisible('.tw-ms-list'), true, 'the list stays open while the reader chooses');
  // Parts stay open across a change of view.
  await page.click('label:has(input[value="yoy"])');
  await ready(page, '#flow=export&products=separation-products,concentrates,metals-alloys,oxides,compounds,magnets&view=yoy&lang=en');
  assert.equal(await page.isVisible('.tw-table'), true);
  await page.keyboard.press('Escape');
});

test('?layout=full is the whole report: cards, table, sources and notes shown', async () => {
  const { page, consoleErrors } = browser;
  await page.setViewportSize({ width: 1024, height: 800 });
  await page.goto(server.url + '?layout=full');
  await ready(page);
  assert.equal(await page.$('.tw-embed'), null);
  assert.ok(await page.$('.tw-full'));
  assert.equal((await cards(page)).length, 5);
  assert.ok(await page.isVisible('.tw-card'));
  assert.ok(await page.isVisible('.tw-sources a'));
  assert.ok(await page.isVisible('.tw-table-wrap > summary'));
  assert.equal(await page.textContent('.tw-period'), 'Jan–Sep 2025');
  await page.screenshot({ path: saveScreenshot('layout-full-1024.png'), fullPage: true });
  assert.deepEqual(consoleErrors, []);
});
