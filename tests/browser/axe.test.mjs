// axe-core 4.10.3 (WCAG 2.0–2.2 A/AA and best practice) over the widget's states: both layouts,
// both languages, light and dark, 360 and 1,024 px, with the footer parts and the products list
// open, and the other views (with the strip of charts, a period and a partner chosen) in light
// and dark at both widths. Chart text comes back "incomplete" for contrast (axe cannot compute
// colours inside SVG); chart-mark contrast is checked by the core's own test.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, axeViolations } from './harness.mjs';
import { siteDir, ready } from './widget-page.mjs';


let server;
let browser;
before(async () => { server = await serve(siteDir); browser = await launch(); });
after(async () => { await browser.close(); await server.close(); });


/** Opens every disclosure of the page: the footer parts, the table and the products list. */
const openAll = (page) => page.evaluate(() => { for (const d of document.querySelectorAll('#widget details')) d.open = true; });

const STATES = [];
for (const layout of ['embed', 'full']) {
  for (const lang of ['en', 'zh']) {
    for (const theme of ['light', 'dark']) {
      for (const width of [360, 1024]) STATES.push({ layout, lang, theme, width, hash: '', open: width === 360 });
    }
  }
}
// The other views (several charts in the embed's strip, both flows' charts with their captions
// and the combined sentence's note mark, partner breakdowns, monthly lines, a period and a
// partner chosen), opened, in light and dark, at both widths.
for (const hash of ['#flow=both&view=shares', '#flow=both&view=monthly', '#flow=import&partner=us&view=monthly&lang=zh',
  '#flow=export&period=2025-01%2F2025-06&view=yoy']) {
  for (const theme of ['light', 'dark']) {
    for (const width of [360, 1024]) STATES.push({ layout: 'embed', lang: 'en', theme, width, hash, open: true });
  }
}

test('no axe violation in any state', async () => {
  const { page } = browser;
  const failures = [];
  for (const s of STATES) {
    await page.setViewportSize({ width: s.width, height: 800 });
    const query = `?lang=${s.lang}&theme=${s.theme}` + (s.layout === 'full' ? '&layout=full' : '');
    await page.goto('about:blank');
    await page.goto(server.url + query + s.hash);
    await ready(page);
    if (s.open) await openAll(page);
    for (const v of await axeViolations(page)) failures.push({ state: query + s.hash + ' @' + s.width + (s.open ? ' (open)' : ''), ...v });
  }
  assert.deepEqual(failures, []);
});

test("both flows: each flow's chart is a figure named by its caption; the note mark reads as a note", async () => {
  const { page } = browser;
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(server.url + '?lang=en#flow=both&view=monthly&lang=en');
  await ready(page, '#flow=both&view=monthly&lang=en');
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const figures = nodes.filter((n) => n.role && n.role.value === 'figure' && n.name && n.name.value).map((n) => n.name.value);
  assert.ok(figures.includes('Imports of rare earths fell 23.0% year on year (implied) to 78,898.4 t.'), JSON.stringify(figures));
  assert.ok(figures.includes('Exports of rare earths rose 12.6% year on year (implied) to 48,355.7 t.'), JSON.stringify(figures));
  const mark = await page.$eval('.tw-narrative .tw-note-mark .tw-sr', (s) => s.textContent);
  assert.match(mark, /^ note \d+$/);
});

test('the language button is named by the text it shows', async () => {
  const { page } = browser;
  await page.setViewportSize({ width: 1024, height: 800 });
  await page.goto(server.url + '?lang=en');
  await ready(page);
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const button = nodes.find((n) => n.role && n.role.value === 'button' && n.name && /中文/.test(n.name.value));
  assert.ok(button, 'a button whose accessible name contains 中文');
  assert.equal(await page.getAttribute('.tw-lang', 'title'), 'Switch to Chinese');
  assert.equal(await page.getAttribute('.tw-lang span', 'lang'), 'zh-Hans');
});
