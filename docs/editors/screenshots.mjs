// Retakes the screenshots of docs/editors.md: follows the walk-through (November CSV, then the
// December rows and meta edits), bundles the result and photographs the page in headless
// Chromium. Run from the repository after `make build`:  node docs/editors/screenshots.mjs
// (TW_CLI and TRADE_WIDGET_SITE select another build, as for tests/cli).
import fs from 'node:fs';
import path from 'node:path';
import { run, root, tempDir } from '../../tests/cli/cli.mjs';
import { serve, launch } from '../../tests/browser/harness.mjs';

const work = tempDir('tw-screenshots-');
const out = path.join(root, 'docs/editors');
const cli = (line) => {
  const r = run(line.split(' '), { cwd: work });
  if (r.code !== 0) throw new Error(`trade-widget ${line}\n${r.stderr}`);
};
const file = (f) => path.join(work, f);
const examples = path.join(root, 'docs/examples');

cli(`import-csv ${examples}/customs-2025-11.csv --meta ${examples}/customs.meta.json -o customs.json`);
cli('export-csv customs.json -o customs.csv');
const rows = fs.readFileSync(path.join(examples, 'customs-2025-12-rows.csv'), 'utf8');
fs.appendFileSync(file('customs.csv'), rows.slice(rows.indexOf('\n') + 1));
const meta = fs.readFileSync(file('customs.meta.json'), 'utf8')
  .replace('"January 2024 – November 2025", "zh": "2024年1月至2025年11月"',
    '"January 2024 – December 2025", "zh": "2024年1月至2025年12月"')
  .replace('"period": "2025-11"}', '"period": "2025-12"}')
  .replace('"sources": [\n', '"sources": [\n      {"id": "gs", "publisher": "GoldSea", "author": null, ' +
    '"title": null, "date": "2026-01-19", "url": "https://goldsea.com/public/index.php/article_details/' +
    'china-rare-earth-exports-to-us-japan-fell-in-december"},\n');
fs.writeFileSync(file('customs.meta.json'), meta);
cli('import-csv customs.csv -o customs.json --force');
cli('bundle customs.json --out site');

const server = await serve(file('site'));
const browser = await launch({ width: 1024, height: 1100 });
try {
  const shots = [['customs-2025-12.png', ''], ['customs-2025-12-monthly.png', '#view=monthly']];
  for (const [name, hash] of shots) {
    await browser.page.goto(server.url + hash);
    await browser.page.waitForSelector('.tw-narrative');
    await browser.page.waitForSelector('.tw-chart');
    await browser.page.screenshot({ path: path.join(out, name), fullPage: false });
    console.log(`docs/editors/${name}`);
  }
  if (browser.consoleErrors.length) throw new Error(browser.consoleErrors.join('\n'));
} finally {
  await browser.close();
  await server.close();
  fs.rmSync(work, { recursive: true, force: true });
}
