// Retakes the screenshots of docs/editors.md's studio section: opens public/studio.html from
// file:// (as an editor does), loads the walk-through's November spreadsheet and meta file,
// shows a mistake and its cell, the form with an annotation added, the preview in both
// languages (the dark one on the monthly charts, with the annotation), and the downloaded bundle
// embedded in a blank article page. Run after `make build`:  node docs/studio/screenshots.mjs
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { root, publicDir, serve, launch } from '../../tests/browser/harness.mjs';

const require = createRequire(path.join(root, 'tests/package.json'));
const fflate = require('fflate');
const out = path.join(root, 'docs/studio');
const examples = path.join(root, 'docs/examples');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tw-studio-shots-'));
const server = await serve(work);
const browser = await launch({ width: 1280, height: 900 });
const { page } = browser;
const shot = (name, options = {}) => page.screenshot({ path: path.join(out, name), ...options });
const section = async (name, id) => (await page.$(`section[aria-labelledby="${id}"]`)).screenshot({ path: path.join(out, name) });
try {
  await page.goto('file://' + path.join(publicDir, 'studio.html'));
  await page.waitForSelector('html[data-studio-ready]');
  await shot('studio-start.png');
  await page.setInputFiles('#st-files', [path.join(examples, 'customs-2025-11.csv'), path.join(examples, 'customs.meta.json')]);
  await page.waitForFunction(() => /: valid, /.test(document.getElementById('st-status').textContent));
  await page.frameLocator('#st-frame-wide').locator('.tw-narrative').waitFor();
  await page.waitForTimeout(500);
  await shot('studio-loaded.png', { fullPage: true });
  // The studio's own words in Chinese (the button at the top right), then back.
  await page.click('#st-ui-lang');
  await shot('studio-zh.png');
  await page.click('#st-ui-lang');

  // A mistake: a thousands separator typed into a value.
  const csv = await page.inputValue('#st-csv');
  const lines = csv.split('\n');
  // Line 5 (May 2024): 6217 t, typed as "6,217".
  const cells = lines[4].split(',');
  cells[5] = `"${Number(cells[5]).toLocaleString('en')}"`;
  lines[4] = cells.join(',');
  await page.fill('#st-csv', lines.join('\n'));
  await page.waitForSelector('#st-errors li');
  await page.click('#st-errors li button');
  await section('studio-problem.png', 'st-h-input');
  await section('studio-problem-list.png', 'st-h-problems');
  await page.fill('#st-csv', csv);
  await page.waitForFunction(() => /: valid, /.test(document.getElementById('st-status').textContent));

  await page.fill('#st-f-subtitle-en', 'Monthly customs volumes of rare earths and magnets, 2024–2025');
  // An annotation added in the form: Zawya's headline (source zw of the meta file, 2025-05-09),
  // as the bundled dataset words it, on April 2025's exports.
  await page.click('#st-meta-form details[data-group="annotations"] > summary');
  await page.click('#st-meta-form details[data-group="annotations"] > button');
  await page.fill('#st-f-an-0-en', 'China\'s export controls see April rare earth shipments tumble on month');
  await page.fill('#st-f-an-0-zh', '中国出口管制致4月稀土出货量环比大幅下降');
  await page.selectOption('#st-f-an-0-period', '2025-04');
  await page.selectOption('#st-f-an-0-flow', 'export');
  await page.selectOption('#st-f-an-0-product', 'rare-earths');
  await page.selectOption('#st-f-an-0-source', 'zw');
  await page.focus('#st-url');
  await page.waitForFunction(() => /: valid, /.test(document.getElementById('st-status').textContent));
  await page.waitForTimeout(1200);
  await section('studio-form.png', 'st-h-meta');
  await page.selectOption('#st-pv-lang', 'zh');
  await page.waitForTimeout(1200);
  await section('studio-preview-zh.png', 'st-h-preview');
  await page.selectOption('#st-pv-lang', 'en');
  await page.selectOption('#st-pv-theme', 'dark');
  // The monthly charts, where the annotation added above is drawn.
  await page.selectOption('#st-pv-view', 'monthly');
  await page.waitForTimeout(1500);
  await section('studio-preview-dark.png', 'st-h-preview');

  const zipFor = async (url) => {
    await page.fill('#st-url', url);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#st-zip')]);
    const file = path.join(work, 'bundle.zip');
    await download.saveAs(file);
    await page.waitForFunction((u) => document.getElementById('st-snippets').value.includes(u), url);
    return file;
  };
  await zipFor('https://news.example.org/widgets/rare-earth-customs/');
  await section('studio-publish.png', 'st-h-publish');
  // The article below is served here: its zip names this server's address.
  const zip = await zipFor(`${server.url}customs-2025-11/`);
  for (const [name, bytes] of Object.entries(fflate.unzipSync(fs.readFileSync(zip)))) {
    if (name.endsWith('/')) continue;
    fs.mkdirSync(path.dirname(path.join(work, name)), { recursive: true });
    fs.writeFileSync(path.join(work, name), bytes);
  }
  const snippet = fs.readFileSync(path.join(work, 'customs-2025-11/embed-snippets.txt'), 'utf8').split('\n').find((l) => l.startsWith('<script '));
  fs.writeFileSync(path.join(work, 'article.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">' +
    '<title>An article</title><style>body{font:18px/1.5 Georgia,serif;max-width:40rem;margin:2rem auto;padding:0 1rem}</style></head><body>' +
    `<h1>Rare earths: the customs figures</h1><p>A paragraph of the article, then the widget.</p>${snippet}<p>The article goes on.</p></body></html>`);
  await page.setViewportSize({ width: 900, height: 1000 });
  await page.goto(server.url + 'article.html');
  await page.frameLocator('iframe').locator('.tw-narrative').waitFor();
  await page.waitForTimeout(800);
  await shot('studio-article.png');
} finally {
  await browser.close();
  await server.close();
  fs.rmSync(work, { recursive: true, force: true });
}
