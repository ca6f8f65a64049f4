// A reader explores: another period (and Back), one partner, the story's partner findings in the
// default view, the key points, and the chart downloaded as SVG and PNG (also from file://).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve, launch } from './harness.mjs';
import { siteDir, ready, cards } from './widget-page.mjs';

let server;
let browser;
before(async () => { server = await serve(siteDir); browser = await launch(); });
after(async () => { await browser.close(); await server.close(); });

const card = (all, title) => all.find((c) => c.title === title);

/** Width and height from a PNG's IHDR chunk; throws unless the bytes are a PNG. */
function pngSize(bytes) {
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  assert.equal(bytes.subarray(12, 16).toString('latin1'), 'IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(await file.path()) };
}

test('choosing H1 2025 shows 32,000 t and +11.3%, and Back returns to Jan–Sep', async () => {
  const { page, consoleErrors } = browser;
  await page.goto(server.url + '?layout=full');
  await ready(page);
  const offered = await page.$$eval('#tw-period option', (o) => o.map((x) => x.textContent));
  assert.ok(offered.includes('H1 2025') && offered.includes('2025') && offered.includes('Jan–Sep 2025'));
  assert.deepEqual(await page.$$eval('#tw-period optgroup', (g) => g.map((x) => x.label)), ['Full years', 'Parts of a year', 'Months']);
  await page.selectOption('#tw-period', '2025-01/2025-06');
  await ready(page, '#flow=export&period=2025-01%2F2025-06&view=volumes&lang=en');
  assert.equal(await page.textContent('.tw-period'), 'H1 2025');
  const h1 = card(await cards(page), 'Separation products Exports');
  assert.deepEqual(h1.lines.slice(0, 2), ['Volume 32,000 t', 'Year on year ▲ +11.3%']);
  assert.match(await page.textContent('.tw-narrative'), /rose 11\.3% year on year to 32,000 t/);
  assert.match(await page.textContent('.tw-chart-figure svg > title'), /H1 2025/);
  await page.goBack();
  await ready(page, '#flow=export&view=volumes&lang=en');
  assert.equal(await page.textContent('.tw-period'), 'Jan–Sep 2025');
  assert.equal(await page.inputValue('#tw-period'), '2025-01/2025-09');
  assert.deepEqual(consoleErrors, []);
});

test('the partner choice shows the United States figures, in both languages', async () => {
  const { page } = browser;
  await page.goto(server.url + '?layout=full');
  await ready(page);
  await page.selectOption('#tw-partner', 'us');
  await ready(page, '#flow=export&partner=us&view=volumes&lang=en');
  const all = await cards(page);
  assert.match(card(all, 'Permanent magnets Exports to United States').lines.join(' | '), /Year on year ▼ −24\.0%.*\(Antaike, \[18\]\[21\]\)/);
  assert.match(card(all, 'Separation products Exports to United States').lines.join(' | '), /Year on year ▲ \+14\.0%/);
  assert.match(card(all, 'Oxides Exports to United States').lines.join(' | '), /Share of the flow 40%/);
  assert.match(await page.textContent('.tw-narrative'),
    /Exports of rare earth permanent magnets to the United States fell 24\.0% year on year \(Antaike, \[18\]\[21\]\); the volume is not reported\./);
  // A link reproduces it, in Chinese too.
  const hash = '#flow=export&partner=us&view=volumes&lang=zh';
  await page.goto(server.url + '?layout=full' + hash);
  await ready(page, hash);
  assert.equal(await page.inputValue('#tw-partner'), 'us');
  assert.match(await page.textContent('.tw-narrative'), /稀土永磁体对美国出口同比下降24\.0%/);
  assert.match(await page.textContent('.tw-narrative'), /稀土分离产品对美国出口同比增长14\.0%/);
});

test('the default export view shows −24.0% and +14.0% to the US without opening the table', async () => {
  const { page } = browser;
  await page.goto(server.url + '?layout=full');
  await ready(page);
  assert.equal(await page.$eval('.tw-data details', (d) => d.open), false);
  const all = await cards(page);
  assert.ok(card(all, 'Permanent magnets Exports').lines.includes('To United States ▼ −24.0% (Antaike, [18][21])'));
  assert.ok(card(all, 'Separation products Exports').lines.includes('To United States ▲ +14.0%[2] (Antaike, [18])') ||
    card(all, 'Separation products Exports').lines.some((l) => /^To United States ▲ \+14\.0%.*\(Antaike, \[18\]\)$/.test(l)));
  assert.ok(await page.isVisible('text=−24.0%'));
  // The story's own findings, attributed, above the computed narrative.
  const points = await page.$$eval('.tw-key-point', (l) => l.map((x) => x.textContent));
  assert.equal(points.length, 5);
  assert.match(points[0], /import and export volumes showed a year-on-year decline.*\(Antaike, \[1\]\[21\]\)$/);
  const order = await page.evaluate(() => {
    const k = document.querySelector('.tw-key-points');
    const n = document.querySelector('.tw-narrative');
    return Boolean(k.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  assert.ok(order, 'key points come before the narrative');
});

test('both flows: the combined direction, implied, beside the story\'s own statement', async () => {
  const { page } = browser;
  const hash = '#flow=both&products=rare-earths&view=volumes&lang=en';
  await page.goto(server.url + hash);
  await ready(page, hash);
  // The embed: "(implied)", marked with the note that says how the sum is made and that the
  // story's own statement is not merged with it (in the notes part, and the mark's title).
  const note = "Imports and exports together (implied): the sum of each flow's stated total. The source's own statement on imports and exports, among the key points, counts products on another basis; the two are not merged.";
  assert.match(await page.textContent('.tw-narrative'),
    /^Imports and exports of rare earths together fell 12\.5% year on year to 127,254\.1 t, from 145,425\.1 t in Jan–Sep 2024 \(implied\)\. note (\d+)\1$/);
  assert.equal(await page.getAttribute('.tw-narrative .tw-note-mark > span', 'title'), note);
  await page.click('.tw-part[data-part="notes"] > summary');
  assert.equal(await page.textContent('.tw-notes-list li:last-child'), note);
  // Each flow's lead sentence goes with its chart in the strip.
  assert.deepEqual(await page.$$eval('.tw-chart-caption', (l) => l.map((c) => c.textContent)), [
    'Imports of rare earths fell 23.0% year on year (implied) to 78,898.4 t.',
    'Exports of rare earths rose 12.6% year on year (implied) to 48,355.7 t.',
  ]);
  // The full report keeps the whole sentence.
  await page.goto(server.url + '?layout=full' + hash);
  await ready(page, hash);
  assert.match(await page.textContent('.tw-narrative'),
    /^Imports and exports of rare earths together fell 12\.5% year on year to 127,254\.1 t, from 145,425\.1 t in Jan–Sep 2024 \(implied: the sum of each flow's stated total\)\. The source's own statement on imports and exports, among the key points, counts products on another basis; the two are not merged\./);
});

async function checkDownloads(page, expectedBase) {
  // Each chart is written at several widths: the image is as wide as the one shown.
  const svgWidth = await page.$$eval('.tw-chart-figure svg', (l) => Number(l.find((s) => s.checkVisibility()).getAttribute('width')));
  const svg = await download(page, '.tw-image-svg');
  assert.equal(svg.name, expectedBase + '.svg');
  const text = svg.bytes.toString('utf8');
  assert.match(text, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assert.match(text, /<style>/);
  assert.match(text, /China&#39;s rare-earth trade, January–September 2025<\/text>/);
  assert.match(text, /<text class="tw-source"/);
  const height = Number(/<svg[^>]*\sheight="(\d+)"/.exec(text)[1]);
  assert.equal(Number(/<svg[^>]*\swidth="(\d+)"/.exec(text)[1]), svgWidth);
  const png = await download(page, '.tw-image-png');
  assert.equal(png.name, expectedBase + '.png');
  assert.deepEqual(pngSize(png.bytes), { width: svgWidth * 2, height: height * 2 });
}

test('the chart downloads as SVG and as a PNG at 2x, named after the view', async () => {
  const { page, consoleErrors } = browser;
  await page.goto(server.url + '#flow=export&period=2025-01%2F2025-06&view=volumes&lang=en');
  await ready(page, '#flow=export&period=2025-01%2F2025-06&view=volumes&lang=en');
  await page.click('.tw-part[data-part="download"] > summary'); // the embed's footer: Download opens in place
  await checkDownloads(page, 'china-rare-earths-2025-export-volumes-2025-01_2025-06');
  assert.deepEqual(consoleErrors, []);
});

test('the downloads work from standalone.html on file://', async () => {
  const { page } = browser;
  await page.goto(pathToFileURL(path.join(siteDir, 'standalone.html')).href);
  await ready(page);
  await checkDownloads(page, 'china-rare-earths-2025-export-volumes-2025-01_2025-09');
});

test('the embed: key points with the key figures, period and partner from the footer line', async () => {
  const { page } = browser;
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(server.url);
  await ready(page);
  assert.equal(await page.isVisible('.tw-key-point'), false, 'the key points wait behind "Key figures"');
  await page.click('.tw-part[data-part="figures"] > summary');
  const shown = await page.$$eval('.tw-key-point', (l) => l.filter((x) => x.checkVisibility()).map((x) => x.textContent));
  assert.equal(shown.length, 1);
  assert.match(shown[0], /import and export volumes showed a year-on-year decline.*\(Antaike, \[1\]\[21\]\)$/);
  assert.equal(await page.textContent('.tw-key-points-more > summary'), '4 more points from the story');
  // The footer names the period shown; it opens the period and partner choices in place.
  assert.equal(await page.textContent('.tw-part[data-part="choices"] > summary'), 'Jan–Sep 2025');
  await page.click('.tw-part[data-part="choices"] > summary');
  await page.focus('#tw-period');
  await page.selectOption('#tw-period', '2025-01/2025-06');
  await ready(page, '#flow=export&period=2025-01%2F2025-06&view=volumes&lang=en');
  assert.equal(await page.textContent('.tw-choice-label'), 'H1 2025');
  assert.equal(await page.inputValue('#tw-period'), '2025-01/2025-06');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'tw-period', 'the choice keeps the focus');
  await page.selectOption('#tw-partner', 'us');
  await ready(page, '#flow=export&period=2025-01%2F2025-06&partner=us&view=volumes&lang=en');
  assert.match(await page.textContent('.tw-choice-label'), /United States/);
  await page.setViewportSize({ width: 1280, height: 800 });
});
