// The studio with a large CSV pair: time from choosing the files to the "valid" line and to the
// preview, whether the progress bar showed, and the main thread's longest task meanwhile (the
// import runs in the worker). From the repository after `make build`:
//   node bench/generate.mjs /tmp/tw-big 100000 1000000
//   for n in 100000 1000000; do bin/trade-widget export-csv /tmp/tw-big/trade-$n.json -o /tmp/tw-big/trade-$n.csv; done
//   node bench/studio.mjs /tmp/tw-big/trade-100000.csv /tmp/tw-big/trade-1000000.csv
import path from 'node:path';
import fs from 'node:fs';
import { publicDir, launch } from '../tests/browser/harness.mjs';

const browser = await launch({ width: 1280, height: 900 });
const { page } = browser;
console.log('| CSV | bytes | to "valid" (s) | to preview (s) | progress shown | longest main-thread task (ms) |');
console.log('|---|---|---|---|---|---|');
for (const csv of process.argv.slice(2)) {
  await page.goto('file://' + path.join(publicDir, 'studio.html'));
  await page.waitForSelector('html[data-studio-ready]');
  await page.evaluate(() => {
    window.benchLongest = 0;
    window.benchProgress = false;
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.benchLongest = Math.max(window.benchLongest, e.duration); })
      .observe({ type: 'longtask', buffered: false });
    new MutationObserver(() => { if (!document.getElementById('st-progress-line').hidden) window.benchProgress = true; })
      .observe(document.getElementById('st-progress-line'), { attributes: true });
  });
  const meta = csv.replace(/\.csv$/, '.meta.json');
  const start = Date.now();
  await page.setInputFiles('#st-files', [csv, meta]);
  await page.waitForFunction(() => /: valid, /.test(document.getElementById('st-status').textContent), null, { timeout: 600000 });
  const valid = (Date.now() - start) / 1000;
  await page.frameLocator('#st-frame-wide').locator('.tw-narrative').waitFor({ timeout: 600000 });
  const preview = (Date.now() - start) / 1000;
  const { longest, progress } = await page.evaluate(() => ({ longest: window.benchLongest, progress: window.benchProgress }));
  console.log(`| ${path.basename(csv)} | ${fs.statSync(csv).size.toLocaleString('en')} | ${valid.toFixed(1)} | ${preview.toFixed(1)} | ${progress ? 'yes' : 'no'} | ${Math.round(longest)} |`);
}
await browser.close();
