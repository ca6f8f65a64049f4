// public/standalone.html opened from file:// (double-click): module, script, styles and data are
// inside the one file, so it renders, toggles and exports CSV with no request at all.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, saveScreenshot } from './harness.mjs';
import { siteDir, ready, cards } from './widget-page.mjs';

const file = path.join(siteDir, 'standalone.html');
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

test('the standalone file is one file', () => {
  const html = fs.readFileSync(file, 'utf8');
  assert.doesNotMatch(html, /<script[^>]+src=/);
  assert.doesNotMatch(html, /<link[^>]+stylesheet/);
  assert.doesNotMatch(html, /\son[a-z]+\s*=\s*["']/i, 'no inline event handlers');
  assert.match(html, /<script type="application\/json" id="tw-data"/);
});

test('from file:// it renders, toggles and exports CSV without any request', async () => {
  const { page, consoleErrors, requests } = browser;
  const url = pathToFileURL(file).href;
  await page.goto(url);
  await ready(page);
  assert.equal(await page.$('.tw-error'), null);
  assert.match(await page.textContent('.tw-narrative'), /Exports of rare earth oxides rose 38\.0% year on year to 24,151\.3 t/);
  assert.equal(await page.$eval('.tw-chart-figure svg > title', (t) => t.textContent), 'Exports by product, Jan–Sep 2025');
  assert.ok(await page.isVisible('.tw-card'), 'the full report: the cards are shown');
  await page.click('label:has(input[value="import"])');
  await ready(page, '#flow=import&view=volumes&lang=en');
  assert.deepEqual((await cards(page)).find((c) => c.title === 'Metals and alloys Imports').lines,
    ['Volume 129.5 t[2]', 'Year on year ▼ −57.8%', 'Top partner Vietnam 81%']);
  await page.click('.tw-lang');
  await ready(page, '#flow=import&view=volumes&lang=zh');
  assert.match(await page.textContent('.tw-narrative'), /稀土金属及合金进口129\.5吨，同比下降57\.8%，其中越南占81%。/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('.tw-csv')]);
  const csv = fs.readFileSync(await download.path(), 'utf8');
  assert.ok(csv.includes('import,metals-alloys,vn,2025-01/2025-09,share,81,antaike'));
  await page.screenshot({ path: saveScreenshot('standalone-1024.png'), fullPage: true });
  assert.deepEqual(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('blob:') && !u.startsWith('data:')), []);
  assert.deepEqual(consoleErrors, []);
});

test('the standalone file refuses ?data= (it carries its own data)', async () => {
  const { page } = browser;
  await page.goto(pathToFileURL(file).href + '?data=data/other.json');
  await ready(page);
  assert.equal(await page.textContent('.tw-error h2'), 'This dataset address is not allowed');
});
