// The studio's zip of the bundled dataset: time from pressing "Download the bundle (.zip)" to the
// download, three runs, with the main thread's longest task meanwhile (the bundle and its
// compressed copies are made in the worker: pako level 9, the studio module's libbrotli at
// quality 11). After `make build`, from the repository:
//   node bench/studio-zip.mjs
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { root, publicDir, launch } from '../tests/browser/harness.mjs';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tw-studio-zip-'));
const exported = spawnSync(path.join(root, 'bin/trade-widget'),
  ['export-csv', path.join(publicDir, 'data/china-rare-earths-2025.json'), '-o', path.join(work, 'd.csv')], { encoding: 'utf8' });
if (exported.status !== 0) throw new Error(exported.stderr);
const browser = await launch({ width: 1280, height: 900 });
const { page } = browser;
try {
  await page.goto('file://' + path.join(publicDir, 'studio.html'));
  await page.waitForSelector('html[data-studio-ready]');
  await page.setInputFiles('#st-files', [path.join(work, 'd.csv'), path.join(work, 'd.meta.json')]);
  await page.waitForFunction(() => /: valid, /.test(document.getElementById('st-status').textContent));
  console.log(`os.loadavg() at the start: ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  console.log('| run | press to download (s) | zip bytes | longest main-thread task (ms) |');
  console.log('|---|---|---|---|');
  for (let run = 1; run <= 3; run++) {
    await page.evaluate(() => {
      window.benchLongest = 0;
      new PerformanceObserver((l) => { for (const e of l.getEntries()) window.benchLongest = Math.max(window.benchLongest, e.duration); })
        .observe({ type: 'longtask', buffered: false });
    });
    const start = Date.now();
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#st-zip')]);
    const seconds = (Date.now() - start) / 1000;
    const bytes = fs.statSync(await download.path()).size;
    const longest = await page.evaluate(() => window.benchLongest);
    console.log(`| ${run} | ${seconds.toFixed(1)} | ${bytes.toLocaleString('en')} | ${Math.round(longest)} |`);
  }
} finally {
  await browser.close();
  fs.rmSync(work, { recursive: true, force: true });
}
