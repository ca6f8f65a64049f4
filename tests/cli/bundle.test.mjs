// `trade-widget bundle`: a spreadsheet becomes a folder that works in a browser, and the error
// paths of the command.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { check, golden, root, run, tempDir, transcript } from './cli.mjs';
import { serve, launch, saveScreenshot } from '../browser/harness.mjs';

let work;
let browser;
before(async () => {
  work = tempDir('tw-bundle-');
  fs.cpSync(path.join(root, 'docs/examples'), path.join(work, 'examples'), { recursive: true });
  browser = await launch({ width: 1024, height: 900 });
});
after(async () => {
  await browser.close();
  fs.rmSync(work, { recursive: true, force: true });
});

test('a CSV becomes a bundle whose page renders the narrative of the new dataset', async () => {
  const imported = run(['import-csv', 'examples/customs-2025-11.csv', '--meta',
    'examples/customs.meta.json', '-o', 'customs.json'], { cwd: work });
  assert.equal(imported.code, 0, imported.stderr);
  const args = ['bundle', 'customs.json', '--out', 'site'];
  const bundled = run(args, { cwd: work });
  golden('bundle-customs.txt', transcript(args, bundled));
  assert.equal(bundled.code, 0, bundled.stderr);
  const dir = path.join(work, 'site');
  for (const file of ['index.html', 'index.zh.html', 'data/customs.json', 'app/widget.js', 'app/trade_widget.wasm',
    'app/fallback-en.svg', 'app/fallback-zh.svg']) {
    assert.ok(fs.existsSync(path.join(dir, file)), file);
  }
  assert.ok(!fs.existsSync(path.join(dir, 'data/china-rare-earths-2025.json')), 'only the new dataset');
  assert.match(fs.readFileSync(path.join(dir, 'app/fallback-en.svg'), 'utf8'),
    /<desc>Exports of rare earths rose 24\.4% year on year \(implied\) to 5,493\.9 t\./);

  // The new dataset's default view is written into both pages, and nothing of the site's own.
  const written = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  assert.match(written, /<p class="tw-narrative"[^>]*>Exports of rare earths rose 24\.4% year on year \(implied\) to 5,493\.9 t\.<\/p>/);
  assert.ok(!written.includes('48,355.7'), 'no figure of the site\'s own dataset');
  assert.match(fs.readFileSync(path.join(dir, 'index.zh.html'), 'utf8'), /<html lang="zh-Hans"/);

  const server = await serve(dir);
  try {
    const { page, consoleErrors, requests } = browser;
    await page.goto(server.url);
    await page.waitForSelector('.tw-narrative');
    assert.equal(await page.textContent('h1'), "China's rare-earth trade: monthly customs figures");
    assert.match(await page.textContent('.tw-narrative'),
      /Exports of rare earths rose 24\.4% year on year \(implied\) to 5,493\.9 t\./);
    await page.goto(server.url + '?layout=full');
    await page.waitForSelector('#widget[data-state]');
    assert.match(await page.textContent('.tw-narrative'),
      /Exports of rare earth permanent magnets totalled 6,150 t\./);
    await page.screenshot({ path: saveScreenshot('bundle-customs-1024.png'), fullPage: true });
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(requests.filter((u) => !u.startsWith(server.url)), [], 'no request leaves the site');
  } finally {
    await server.close();
  }
});

test('the bundle\'s standalone.html carries the new dataset and works from file://', async (t) => {
  const file = path.join(work, 'site/standalone.html');
  if (!fs.existsSync(file)) {
    t.skip('the site has no standalone.html');
    return;
  }
  const html = fs.readFileSync(file, 'utf8');
  assert.ok(!html.includes('china-rare-earths-2025'), 'no trace of the site\'s own dataset');
  assert.match(html, /<title>China's rare-earth trade: monthly customs figures<\/title>/);
  assert.match(html, /<script type="application\/json" id="tw-data" data-name="customs\.json">\{/);
  const { page, consoleErrors } = browser;
  consoleErrors.length = 0;
  await page.goto('file://' + file);
  await page.waitForSelector('.tw-narrative');
  assert.match(await page.textContent('.tw-narrative'),
    /Exports of rare earths rose 24\.4% year on year \(implied\) to 5,493\.9 t\./);
  assert.deepEqual(consoleErrors, []);
});

test('bundle refuses an invalid dataset and writes nothing: exit code 1', () => {
  const args = ['bundle', 'tests/cli/fixtures/value-as-text.json', '--out', path.join(work, 'bad')];
  const r = run(args);
  golden('bundle-invalid.txt', transcript(args, r).replace(work, '$WORK'));
  assert.equal(r.code, 1);
  assert.ok(!fs.existsSync(path.join(work, 'bad')));
});

test('bundle never writes into a folder that is not empty without --force: exit code 1', () => {
  fs.mkdirSync(path.join(work, 'busy'));
  fs.writeFileSync(path.join(work, 'busy/notes.txt'), 'mine\n');
  check('bundle-not-empty.txt', ['bundle', 'customs.json', '--out', 'busy'], 1, { cwd: work });
  const forced = run(['bundle', 'customs.json', '--out', 'busy', '--force'], { cwd: work });
  assert.equal(forced.code, 0, forced.stderr);
  assert.match(forced.stdout, /^Left as it was \(not part of this bundle\): busy\/notes\.txt$/m);
  assert.equal(fs.readFileSync(path.join(work, 'busy/notes.txt'), 'utf8'), 'mine\n');
  assert.ok(fs.existsSync(path.join(work, 'busy/index.html')));
});

test('bundle without a built site, or without --out: exit codes 1 and 2', () => {
  check('bundle-no-site.txt', ['bundle', 'customs.json', '--out', 'x', '--site', 'no-such-site'], 1, { cwd: work });
  assert.ok(!fs.existsSync(path.join(work, 'x')));
  check('bundle-no-out.txt', ['bundle', 'customs.json'], 2, { cwd: work });
});
