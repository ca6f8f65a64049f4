// The default page as a reader meets it: first render, every toggle, tooltips, CSV, print, theme.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serve, launch, saveScreenshot } from './harness.mjs';
import { siteDir, ready, cards, tableRows, foreign, toggleProduct, chosenProducts } from './widget-page.mjs';

let server;
let browser;
before(async () => { server = await serve(siteDir); browser = await launch(); });
after(async () => { await browser.close(); await server.close(); });

const card = (all, title) => all.find((c) => c.title === title);
const narrative = (page) => page.textContent('.tw-narrative');
// Each chart is written at several widths and one is shown: the titles of the ones shown.
const chartTitles = (page) => page.$$eval('.tw-chart-figure svg > title', (t) => t.filter((x) => x.parentElement.checkVisibility()).map((x) => x.textContent));
const state = (page) => page.getAttribute('#widget', 'data-state');

test('first render of the full report: title, narrative, cards, chart, table, sources and notes', async () => {
  const { page, consoleErrors, requests } = browser;
  await page.goto(server.url + '?layout=full');
  await ready(page);
  assert.equal(await page.textContent('h1'), "China's rare-earth trade, January–September 2025");
  assert.match(await narrative(page), /Exports of rare earth oxides rose 38\.0% year on year to 24,151\.3 t; the United States was the largest of those reported, with 40%; the others are not reported\./);
  assert.equal(await page.getAttribute('.tw-narrative', 'aria-live'), 'polite');
  const all = await cards(page);
  assert.deepEqual(all.map((c) => c.title), ['Rare earths (customs total) Exports', 'Separation products Exports',
    'Metals and alloys Exports', 'Oxides Exports', 'Permanent magnets Exports']);
  assert.deepEqual(card(all, 'Oxides Exports').lines, ['Volume 24,151.3 t', 'Year on year ▲ +38.0%', 'Largest of those reported United States 40% (others not reported)']);
  // A derived figure says so.
  assert.deepEqual(card(all, 'Rare earths (customs total) Exports').lines, ['Volume 48,355.7 t[1]', 'Year on year ▲ +12.6% implied']);
  // Each note mark carries its note's text and is read as "note 1" (the page numbers its notes).
  assert.equal(await page.getAttribute('.tw-card[data-product="rare-earths"] .tw-note-mark [title]', 'title'),
    (await page.textContent('.tw-notes-list li:first-child')));
  assert.equal(await page.textContent('.tw-card[data-product="rare-earths"] .tw-note-mark .tw-sr'), ' note 1');
  assert.match(await page.getAttribute('.tw-card[data-product="rare-earths"] .tw-implied', 'title'), /48,355\.7 t \(Jan–Sep 2025\), 42,936 t \(Jan–Sep 2024\)/);
  assert.deepEqual(await chartTitles(page), ['Exports by product, Jan–Sep 2025']);
  assert.equal((await tableRows(page)).length, 13);
  // Sources: only http(s) links, opened without telling the target about the page.
  const links = await page.$$eval('.tw-sources a', (a) => a.map((x) => [x.href, x.rel, x.target]));
  assert.ok(links.length >= 4);
  for (const [href, rel, target] of links) {
    assert.match(href, /^https?:\/\//);
    assert.equal(rel, 'noopener noreferrer');
    assert.equal(target, '_blank');
  }
  assert.match(await page.textContent('.tw-sources'), /Liberty Times Net, 2025-10-20/);
  assert.match(await page.textContent('.tw-notes'), /The two figures are counted on different bases/);
  await page.screenshot({ path: saveScreenshot('widget-1024.png'), fullPage: true });
  await page.setViewportSize({ width: 360, height: 800 });
  await page.waitForFunction(() => document.querySelector('.tw-cw[data-width="320"]').checkVisibility());
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 360, 'no horizontal scrolling at 360 px');
  await page.screenshot({ path: saveScreenshot('widget-360.png'), fullPage: true });
  await page.setViewportSize({ width: 1024, height: 800 });
  assert.deepEqual(consoleErrors, []);
  assert.deepEqual(foreign(requests, server.url), []);
});

test('every toggle recomputes summary, narrative, charts and table together', async () => {
  const { page, consoleErrors } = browser;
  await page.goto(server.url);
  await ready(page);

  await page.click('label:has(input[name="tw-flow"][value="import"])');
  await ready(page, '#flow=import&view=volumes&lang=en');
  assert.match(await narrative(page), /^Imports of rare earths fell 23\.0% year on year \(implied\) to 78,898\.4 t\./);
  let all = await cards(page);
  assert.deepEqual(card(all, 'Concentrates Imports').lines, ['Volume 23,537.7 t', 'Year on year ▼ −45.6%', 'Top partner United States 99.3%[1]']);
  assert.deepEqual(card(all, 'Metals and alloys Imports').lines, ['Volume 129.5 t[2]', 'Year on year ▼ −57.8%', 'Top partner Vietnam 81%']);
  assert.deepEqual(card(all, 'Oxides Imports').lines, ['Volume 41,346.6 t', 'Year on year ▼ −0.4%', 'Top partner Myanmar 61.8%']);
  assert.deepEqual(card(all, 'Compounds Imports').lines, ['Volume not reported', 'Year on year not reported', 'Top partner Malaysia 64.3%']);
  assert.deepEqual(await chartTitles(page), ['Imports by product, Jan–Sep 2025']);
  assert.ok((await tableRows(page)).some((r) => r.join('|').startsWith('Concentrates|Imports|United States|Jan–Sep 2025|Share of the flow|99.3%')));

  await page.click('label:has(input[name="tw-flow"][value="both"])');
  await ready(page, '#flow=both&view=volumes&lang=en');
  assert.equal((await cards(page)).length, 10);
  // The embed draws each flow's chart, side by side in its strip, each with its flow's sentence.
  assert.deepEqual(await chartTitles(page), ['Imports by product, Jan–Sep 2025', 'Exports by product, Jan–Sep 2025']);
  assert.deepEqual(await page.$$eval('figure.tw-chart-figure > figcaption', (l) => l.map((c) => c.textContent)), [
    'Imports of rare earths fell 23.0% year on year (implied) to 78,898.4 t.',
    'Exports of rare earths rose 12.6% year on year (implied) to 48,355.7 t.',
  ]);
  // The key sentence changed in place (the same live region), with the combined note's mark;
  // the notes part lists that note.
  assert.match(await narrative(page), /^Imports and exports of rare earths together fell 12\.5% .* \(implied\)\. note (\d+)\1$/);
  const mark = await page.$eval('.tw-narrative .tw-note-mark', (m) => ({ n: m.querySelector('[aria-hidden]').textContent, title: m.firstElementChild.title }));
  assert.match(mark.title, /the two are not merged\.$/);
  assert.equal(await page.$eval(`.tw-notes-list li[value="${mark.n}"]`, (l) => l.textContent), mark.title);
  assert.equal(await page.isHidden('.tw-part[data-part="notes"]'), false);

  await page.click('label:has(input[name="tw-flow"][value="export"])');
  for (const id of ['rare-earths', 'separation-products', 'concentrates', 'metals-alloys', 'compounds']) {
    await toggleProduct(page, id);
  }
  await ready(page, '#flow=export&products=oxides,magnets&view=volumes&lang=en');
  assert.deepEqual(await chosenProducts(page), ['oxides', 'magnets']);
  // The key sentence: the lead figure of the selection (the first product chosen).
  assert.equal(await narrative(page), 'Exports of rare earth oxides rose 38.0% year on year to 24,151.3 t; the United States was the largest of those reported, with 40%; the others are not reported.');
  assert.equal((await cards(page)).length, 2);

  await page.click('label:has(input[name="tw-view"][value="yoy"])');
  await ready(page, '#flow=export&products=oxides,magnets&view=yoy&lang=en');
  assert.deepEqual(await page.$$eval('.tw-chart-figure', (f) => f.map((x) => x.dataset.chart)), ['yoy']);
  // Partner-level figures of the seed are in the table.
  assert.ok((await tableRows(page)).some((r) => r.join('|').startsWith('Permanent magnets|Exports|United States|Jan–Sep 2025|Change year on year|−24.0%')));

  await page.click('label:has(input[name="tw-view"][value="shares"])');
  await ready(page, '#flow=export&products=oxides,magnets&view=shares&lang=en');
  assert.deepEqual(await page.$$eval('.tw-chart-figure', (f) => f.map((x) => x.dataset.chart)), ['shares', 'partners', 'partners', 'partners']);
  assert.ok((await tableRows(page)).some((r) => r.join('|').startsWith('Permanent magnets|Exports|Germany|Sep 2025|Volume|1,288 t')));
  assert.match(await page.textContent('.tw-table caption'), /Jan–Sep 2025, H1 2025, 2025, Sep 2025/);

  await page.click('label:has(input[name="tw-view"][value="monthly"])');
  await ready(page, '#flow=export&products=oxides,magnets&view=monthly&lang=en');
  assert.deepEqual(await chartTitles(page), ['Permanent magnets: monthly exports, 2024 and 2025']);
  const months = await tableRows(page);
  assert.equal(months.length, 24);
  assert.deepEqual(months.find((r) => r[3] === 'May 2025').slice(0, 6), ['Permanent magnets', 'Exports', 'World', 'May 2025', 'Volume', '1,238.47 t']);
  assert.equal(months.find((r) => r[3] === 'Feb 2025')[5], 'not reported');

  // The separation products' partner figure (+14.0% to the US) is one checkbox away.
  await toggleProduct(page, 'separation-products');
  await ready(page, '#flow=export&products=separation-products,oxides,magnets&view=monthly&lang=en');
  await page.click('label:has(input[name="tw-view"][value="volumes"])');
  await ready(page, '#flow=export&products=separation-products,oxides,magnets&view=volumes&lang=en');
  assert.ok((await tableRows(page)).some((r) => r.join('|').startsWith('Separation products|Exports|United States|Jan–Sep 2025|Change year on year|+14.0%')));

  for (const id of ['separation-products', 'oxides', 'magnets']) await toggleProduct(page, id);
  await ready(page, '#flow=export&products=&view=volumes&lang=en');
  assert.equal(await narrative(page), 'Choose at least one product.');
  assert.equal((await cards(page)).length, 0);
  assert.deepEqual(consoleErrors, []);
});

test('a tooltip gives the full reading of a mark under the pointer and after a tap', async () => {
  const { page } = browser;
  await page.goto(server.url);
  await ready(page);
  const mark = page.locator('.tw-chart-figure svg [tabindex="0"][aria-label]:visible').first();
  const label = await mark.getAttribute('aria-label');
  assert.match(label, /t/);
  await mark.hover();
  await page.waitForSelector('.tw-tooltip:not([hidden])');
  assert.equal(await page.textContent('.tw-tooltip'), label);
  await page.mouse.move(2, 2);
  await page.waitForSelector('.tw-tooltip[hidden]', { state: 'attached' });
  // A tap (touch pointer) opens it; a second tap on the same mark closes it.
  const tap = () => mark.evaluate((el) => {
    const r = el.getBoundingClientRect();
    el.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerType: 'touch', clientX: r.x + 2, clientY: r.y + 2 }));
  });
  await tap();
  assert.equal(await page.isVisible('.tw-tooltip'), true);
  assert.equal(await page.textContent('.tw-tooltip'), label);
  await tap();
  assert.equal(await page.isVisible('.tw-tooltip'), false);
});

test('the CSV download holds the rows of the current table, written by the core', async () => {
  const { page } = browser;
  await page.goto(server.url + '#flow=import&products=concentrates,oxides&view=volumes&lang=en');
  await ready(page, '#flow=import&products=concentrates,oxides&view=volumes&lang=en');
  const rows = await tableRows(page);
  await page.click('.tw-part[data-part="download"] > summary'); // the embed's footer: Download opens in place
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('.tw-csv')]);
  assert.equal(download.suggestedFilename(), 'china-rare-earths-2025-import-volumes-2025-01_2025-09.csv');
  const text = fs.readFileSync(await download.path(), 'utf8');
  assert.ok(text.startsWith('\uFEFF'), 'a byte-order mark, so that spreadsheets read UTF-8');
  const lines = text.slice(1).trimEnd().split('\r\n');
  assert.match(lines[0], /^flow,product,partner,period,measure,value,source,ref,note/);
  assert.equal(lines.length, rows.length + 1);
  assert.ok(lines.some((l) => l.startsWith('import,concentrates,us,2025-01/2025-09,share,99.3,antaike,[2][3],concentrates-us-gaps')));
  assert.ok(lines.some((l) => l.startsWith('import,oxides,world,2025-01/2025-09,yoy,-0.4,antaike')));
});

test('print shows the current view and its table without the controls', async () => {
  const { page } = browser;
  await page.goto(server.url + '#flow=import&view=yoy&lang=en');
  await ready(page, '#flow=import&view=yoy&lang=en');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible('.tw-controls'), false);
  assert.equal(await page.isVisible('.tw-csv'), false);
  assert.equal(await page.isVisible('.tw-lang'), false);
  assert.equal(await page.isVisible('svg.tw-chart:visible'), true);
  assert.equal(await page.isVisible('.tw-table tbody tr'), true);
  // The embed's footer parts print open: the key figures, the sources and the notes.
  assert.equal(await page.isVisible('.tw-card'), true);
  assert.equal(await page.isVisible('.tw-source-list a'), true);
  await page.emulateMedia({ media: 'screen' });
});

test('?theme=dark and ?transparent=1 set the colours through custom properties', async () => {
  const { page } = browser;
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.goto(server.url + '?theme=dark');
  await ready(page);
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
  assert.equal(await bg(), 'rgb(17, 20, 24)');
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.tw-chart-figure svg text')).fill), 'rgb(230, 237, 243)');
  await page.goto(server.url + '?theme=light&transparent=1');
  await ready(page);
  assert.equal(await page.getAttribute('html', 'data-theme'), 'light');
  assert.equal(await bg(), 'rgba(0, 0, 0, 0)');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(server.url + '?theme=auto');
  await ready(page);
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.waitForFunction(() => document.documentElement.getAttribute('data-theme') === 'light');
});
