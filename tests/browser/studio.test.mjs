// The editors' studio (public/studio.html): the bundled dataset's CSV pair in, an edit that the
// preview follows, a located error that leads to its cell, the zip that equals the CLI's bundle
// and renders once served, and the studio from file://. One browser, one server (for the
// unpacked zip and the served studio).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { root, publicDir, serve, launch, saveScreenshot, axeViolations } from './harness.mjs';

const require = createRequire(import.meta.url);
const fflate = require('fflate');
const cli = path.join(root, 'bin/trade-widget');
const NAME = 'china-rare-earths-2025';

let work;
let browser;
let server;
let csvFile;
let metaFile;

function trade(args) {
  const r = spawnSync(cli, args, { cwd: work, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

before(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'tw-studio-'));
  // The bundled dataset's CSV pair, as export-csv writes it.
  const exported = trade(['export-csv', path.join(publicDir, 'data', `${NAME}.json`), '-o', `${NAME}.csv`]);
  assert.equal(exported.code, 0, exported.stderr);
  csvFile = path.join(work, `${NAME}.csv`);
  metaFile = path.join(work, `${NAME}.meta.json`);
  fs.mkdirSync(path.join(work, 'served'));
  fs.copyFileSync(path.join(publicDir, 'studio.html'), path.join(work, 'served/studio.html'));
  server = await serve(path.join(work, 'served'));
  browser = await launch({ width: 1280, height: 900 });
});

after(async () => {
  await browser.close();
  await server.close();
  fs.rmSync(work, { recursive: true, force: true });
});

async function openStudio(url) {
  const { page } = browser;
  await page.goto(url);
  await page.waitForSelector('html[data-studio-ready]');
}

async function loadPair() {
  const { page } = browser;
  await page.setInputFiles('#st-files', [csvFile, metaFile]);
  await page.waitForFunction(() => /: valid, /.test(document.getElementById('st-status').textContent));
}

const frameTitle = (id) => browser.page.frameLocator(`#${id}`).locator('h1');

test('the CSV pair loads, and the preview follows an edit of the title (both widths)', async () => {
  await openStudio(server.url + 'studio.html');
  await loadPair();
  const { page } = browser;
  assert.match(await page.textContent('#st-status'),
    new RegExp(`^${NAME}\\.json: valid, \\d+ observations, 2 flows, `));
  assert.equal(await page.textContent('#st-problems-none'), 'No problems: the dataset is valid.');
  await frameTitle('st-frame-narrow').waitFor();
  assert.equal(await frameTitle('st-frame-wide').textContent(), 'China\'s rare-earth trade, January–September 2025');
  assert.equal(await page.inputValue('#st-f-title-zh'), '2025年1–9月中国稀土进出口');

  await page.fill('#st-f-title-en', 'Rare earths: what China sold');
  for (const id of ['st-frame-narrow', 'st-frame-wide']) {
    await page.waitForFunction((frameId) => {
      const doc = document.getElementById(frameId).contentDocument;
      const h1 = doc && doc.querySelector('h1');
      return h1 && h1.textContent === 'Rare earths: what China sold';
    }, id);
  }
  // The meta file's text follows the form, and a missing translation is flagged.
  assert.match(await page.inputValue('#st-meta'), /"en": "Rare earths: what China sold"/);
  await page.fill('#st-f-title-zh', '');
  await page.waitForSelector('#st-f-title-zh-missing:has-text("The Chinese text is missing.")');
  // Chinese, dark: the page written in Chinese, in the dark theme.
  await page.fill('#st-f-title-zh', '中国稀土出口');
  await page.selectOption('#st-pv-lang', 'zh');
  await page.selectOption('#st-pv-theme', 'dark');
  await page.waitForFunction(() => {
    const doc = document.getElementById('st-frame-narrow').contentDocument;
    const h1 = doc && doc.querySelector('h1');
    return h1 && h1.textContent === '中国稀土出口' && doc.documentElement.getAttribute('data-theme') === 'dark';
  });
  await page.screenshot({ path: saveScreenshot('studio-edit-1280.png'), fullPage: true });

  // A note added in the form: it goes into the meta file, in both languages, and the full
  // report shows it; removed again, it is gone.
  const notes = await page.$$eval('[id^="st-f-note-"][id$="-en"]', (l) => l.length);
  await page.click('#st-meta-form details:has(#st-f-note-0-en) > summary');
  await page.click('#st-meta-form details:has(#st-f-note-0-en) button:text-is("Add a note")');
  const added = `#st-f-note-${notes}`;
  assert.equal(await page.evaluate(() => document.activeElement.id), `st-f-note-${notes}-en`);
  await page.fill(`${added}-en`, 'Added in the studio.');
  await page.fill(`${added}-zh`, '在工作室中添加。');
  await page.selectOption('#st-pv-layout', 'full');
  await page.selectOption('#st-pv-lang', 'en');
  await page.waitForFunction(() => {
    const doc = document.getElementById('st-frame-wide').contentDocument;
    return doc && doc.body && doc.body.textContent.includes('Added in the studio.');
  });
  const meta = JSON.parse(await page.inputValue('#st-meta')).meta;
  assert.deepEqual(meta.notes.at(-1), { id: `note-${notes + 1}`, text: { en: 'Added in the studio.', zh: '在工作室中添加。' } });
  assert.equal(await page.getAttribute(`#st-meta-form fieldset:has(${added}-en) > button`, 'aria-label'), `Remove: Note ${notes + 1}`);
  await page.click(`#st-meta-form fieldset:has(${added}-en) > button`);
  await page.waitForFunction((n) => JSON.parse(document.getElementById('st-meta').value).meta.notes.length === n, notes);
});

/** Waits until the wide preview's page passes `check(doc)` (a function's source text). */
async function previewShows(check, frameId = 'st-frame-wide') {
  await browser.page.waitForFunction(([id, body]) => {
    const doc = document.getElementById(id).contentDocument;
    return !!(doc && doc.body && new Function('doc', body)(doc));
  }, [frameId, check]);
}
const metaNow = async () => JSON.parse(await browser.page.inputValue('#st-meta')).meta;
// The callouts' texts in the preview's charts (a callout is wrapped over several lines).
const calloutsHave = (text, without = null) => "const all = [...doc.querySelectorAll('.tw-annotation')].map((t) => t.textContent).join(' '); " +
  `return all.includes(${JSON.stringify(text)})${without ? ` && !all.includes(${JSON.stringify(without)})` : ''};`;
const openGroup = (key) => browser.page.evaluate((k) => { document.querySelector(`#st-meta-form details[data-group="${k}"]`).open = true; }, key);

test('the form edits key points, annotations and sources (added, changed, removed); the preview follows', async () => {
  const { page } = browser;
  await openStudio(server.url + 'studio.html');
  await loadPair();
  await page.selectOption('#st-pv-layout', 'full');
  const before = await metaNow();

  // A key point's text and its place in the source: the meta file and the report follow.
  await openGroup('key_points');
  await page.fill('#st-f-kp-0-en', 'Edited key point, as the source words it.');
  await page.fill('#st-f-kp-0-ref', '[2]');
  await previewShows("return doc.querySelector('.tw-key-point') && doc.querySelector('.tw-key-point').textContent.includes('Edited key point, as the source words it.')");
  assert.deepEqual((await metaNow()).key_points[0], { ...before.key_points[0], text: { en: 'Edited key point, as the source words it.', zh: before.key_points[0].text.zh }, ref: '[2]' });

  // A new source, typed in the form; the key point then quotes it, and the report names it.
  await openGroup('sources');
  const n = before.sources.length;
  await page.click('#st-meta-form details[data-group="sources"] > button:text-is("Add a source")');
  assert.equal(await page.evaluate(() => document.activeElement.id), `st-f-src-${n}-id`);
  await page.fill(`#st-f-src-${n}-id`, 'studio-wire');
  await page.fill(`#st-f-src-${n}-publisher-en`, 'Studio Test Wire');
  await page.fill(`#st-f-src-${n}-date`, '2025-10-14');
  await page.fill(`#st-f-src-${n}-url`, 'https://example.org/studio-wire');
  await page.waitForFunction((i) => {
    const s = JSON.parse(document.getElementById('st-meta').value).meta.sources[i];
    return s && s.url === 'https://example.org/studio-wire';
  }, n);
  assert.deepEqual((await metaNow()).sources[n],
    { id: 'studio-wire', publisher: 'Studio Test Wire', author: null, title: null, date: '2025-10-14', url: 'https://example.org/studio-wire' });
  // A publisher is a name: one language is enough (no flag); an article's title is flagged.
  assert.equal(await page.textContent(`#st-f-src-${n}-publisher-zh-missing`), '');
  await page.fill(`#st-f-src-${n}-title-en`, 'A headline in English only');
  assert.equal(await page.textContent(`#st-f-src-${n}-title-zh-missing`), 'The Chinese text is missing.');
  await page.fill(`#st-f-src-${n}-title-en`, '');
  // The form is drawn again when the check comes back with the focus outside it.
  await page.focus('#st-url');
  await page.waitForFunction(() => document.querySelector('#st-f-kp-0-source option[value="studio-wire"]'));
  await page.selectOption('#st-f-kp-0-source', 'studio-wire');
  await previewShows("const k = doc.querySelector('.tw-key-point'); return k && k.textContent.includes('Studio Test Wire')");
  assert.equal(await page.textContent('#st-status').then((x) => /: valid, /.test(x)), true);

  // An annotation: its text changed, then a new one for June's exports, first in English only
  // (flagged), then in both languages; the chart draws both, removed it is gone.
  // The monthly chart draws them (the preview's Chart choice, as a reader's #view=monthly).
  await page.selectOption('#st-pv-view', 'monthly');
  await openGroup('annotations');
  await page.fill('#st-f-an-0-en', 'Export controls: April shipments tumble');
  await previewShows(calloutsHave('Export controls: April shipments tumble'));
  const added = before.annotations.length;
  // From the keyboard: Enter on "Add an annotation", then typing and Tab through the fields.
  await page.focus('#st-meta-form details[data-group="annotations"] > button:text-is("Add an annotation")');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), `st-f-an-${added}-en`);
  await page.keyboard.type('June exports recover');
  assert.equal(await page.textContent(`#st-f-an-${added}-zh-missing`), 'The Chinese text is missing.');
  assert.match(await page.textContent('#st-meta-form details[data-group="annotations"] > summary'), /1 missing translation/);
  await page.keyboard.press('Tab');
  await page.keyboard.type('6月出口回升');
  assert.equal(await page.textContent(`#st-f-an-${added}-zh-missing`), '');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), `st-f-an-${added}-period`);
  await page.selectOption(`#st-f-an-${added}-period`, '2025-06');
  await page.selectOption(`#st-f-an-${added}-flow`, 'export');
  await page.selectOption(`#st-f-an-${added}-product`, 'rare-earths');
  await page.selectOption(`#st-f-an-${added}-source`, 'studio-wire');
  await page.waitForFunction((i) => {
    const a = JSON.parse(document.getElementById('st-meta').value).meta.annotations[i];
    return a && a.source === 'studio-wire';
  }, added);
  assert.deepEqual((await metaNow()).annotations[added],
    { text: { en: 'June exports recover', zh: '6月出口回升' }, period: '2025-06', flow: 'export', product: 'rare-earths', source: 'studio-wire', ref: null });
  await previewShows(calloutsHave('June exports recover'));
  await page.selectOption('#st-pv-lang', 'zh');
  await previewShows(calloutsHave('6月出口回升'));
  await page.selectOption('#st-pv-lang', 'en');
  // "every flow": the field is left out, as the format has it.
  await page.selectOption(`#st-f-an-${added}-flow`, '');
  await page.waitForFunction((i) => !('flow' in JSON.parse(document.getElementById('st-meta').value).meta.annotations[i]), added);
  await page.click(`#st-meta-form fieldset:has(#st-f-an-${added}-en) > button`);
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Annotations on charts (1)');
  await page.waitForFunction((k) => JSON.parse(document.getElementById('st-meta').value).meta.annotations.length === k, added);
  await previewShows(calloutsHave('Export controls: April shipments tumble', 'June exports recover'));

  // The new source removed again (the key point back on its own): the meta file is as it was
  // but for the edited texts, and the dataset stays valid.
  await page.selectOption('#st-f-kp-0-source', before.key_points[0].source);
  assert.equal(await page.getAttribute(`#st-meta-form fieldset:has(#st-f-src-${n}-id) > button`, 'aria-label'), 'Remove: Source ' + (n + 1) + ' (studio-wire)');
  await page.click(`#st-meta-form fieldset:has(#st-f-src-${n}-id) > button`);
  await page.waitForFunction((k) => JSON.parse(document.getElementById('st-meta').value).meta.sources.length === k, n);
  const after = await metaNow();
  assert.deepEqual(after.sources, before.sources);
  assert.equal(after.annotations[0].text.en, 'Export controls: April shipments tumble');
  await page.focus('#st-url');
  await page.waitForFunction(() => /: valid, /.test(document.getElementById('st-status').textContent));
  // A source removed that rows still name: the core says where, as import-csv does.
  await page.click('#st-meta-form fieldset:has(#st-f-src-0-id) > button');
  await page.waitForSelector('#st-errors li');
  assert.match(await page.textContent('#st-errors'), /antaike/);
});

test('an error is listed with its line and column, as the CLI says it; a click shows the cell', async () => {
  const { page } = browser;
  await openStudio(server.url + 'studio.html');
  await loadPair();
  const lines = (await page.inputValue('#st-csv')).split('\n');
  // Line 5 of the file: its value cell (the sixth) becomes "n/a".
  const cells = lines[4].split(',');
  assert.match(cells[5], /^-?\d/, `line 5 has a plain number: ${lines[4]}`);
  cells[5] = 'n/a';
  lines[4] = cells.join(',');
  await page.fill('#st-csv', lines.join('\n'));
  await page.waitForSelector('#st-errors li');
  const errors = await page.$$eval('#st-errors li', (li) => li.map((x) => x.textContent));
  assert.equal(errors.length, 1, errors.join('\n'));
  assert.match(errors[0], /^line 5, column value: /);
  // The same message as `trade-widget import-csv` for the same files.
  const brokenDir = path.join(work, 'broken');
  fs.mkdirSync(brokenDir);
  fs.writeFileSync(path.join(brokenDir, `${NAME}.csv`), await page.inputValue('#st-csv'));
  fs.copyFileSync(metaFile, path.join(brokenDir, `${NAME}.meta.json`));
  const r = spawnSync(cli, ['import-csv', `${NAME}.csv`, '--meta', `${NAME}.meta.json`], { cwd: brokenDir, encoding: 'utf8' });
  assert.equal(r.status, 1);
  const cliErrors = r.stderr.split('\n').filter((l) => l && !l.startsWith('import-csv:') && !l.startsWith('warning:'));
  assert.deepEqual(await page.$$eval('#st-errors li code', (c) => c.map((x) => x.textContent)), cliErrors);
  assert.equal(cliErrors[0], `${NAME}.csv:5: column "value": expected a number or empty, got "n/a" (leave the cell empty when no source gives the figure)`);
  assert.ok(await page.isDisabled('#st-zip'), 'no bundle of an invalid dataset');

  await page.click('#st-errors li button');
  const selected = await page.evaluate(() => {
    const a = document.getElementById('st-csv');
    return { focused: document.activeElement === a, text: a.value.slice(a.selectionStart, a.selectionEnd) };
  });
  assert.deepEqual(selected, { focused: true, text: 'n/a' });
  assert.equal(await page.textContent('#st-cell mark'), 'n/a');
  assert.match(await page.textContent('#st-cell'), new RegExp(`^${NAME}\\.csv, line 5, column “value”: n/a$`));
  await page.screenshot({ path: saveScreenshot('studio-error-1280.png'), fullPage: false });
});

function files(dir, prefix = '') {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory()
    ? files(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`])).sort();
}

test('the zip equals the CLI\'s bundle of the same pair; served, its snippet embeds it in a blank page', async (t) => {
  const { page } = browser;
  const URL_ONLINE = `${server.url}zip/`;
  await openStudio(server.url + 'studio.html');
  await loadPair();
  await page.fill('#st-url', URL_ONLINE);
  // What the publish line says while the copies are compressed (seconds: brotli at quality 11).
  await page.evaluate(() => {
    window.publishLines = [];
    const line = document.getElementById('st-publish-status');
    new MutationObserver(() => window.publishLines.push(line.textContent)).observe(line, { childList: true, characterData: true, subtree: true });
  });
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#st-zip')]);
  assert.equal(download.suggestedFilename(), `${NAME}.zip`);
  const lines = await page.evaluate(() => window.publishLines);
  const zipPath = path.join(work, `${NAME}.zip`);
  await download.saveAs(zipPath);
  assert.match(await page.inputValue('#st-snippets'), new RegExp(`<script src="${URL_ONLINE}embed\\.js" async`));

  // The CLI from the same input: import-csv, then bundle.
  assert.equal(trade(['import-csv', `${NAME}.csv`, '-o', `${NAME}.json`]).code, 0);
  const bundled = trade(['bundle', `${NAME}.json`, '--out', 'cli-site', '--url', URL_ONLINE]);
  assert.equal(bundled.code, 0, bundled.stderr);
  const cliDir = path.join(work, 'cli-site');
  const cliFiles = files(cliDir);

  const unzipped = fflate.unzipSync(fs.readFileSync(zipPath));
  const zipDir = path.join(work, 'served', 'zip');
  const zipFiles = Object.keys(unzipped).filter((k) => !k.endsWith('/')).map((k) => {
    assert.ok(k.startsWith(`${NAME}/`), k);
    const rel = k.slice(NAME.length + 1);
    fs.mkdirSync(path.dirname(path.join(zipDir, rel)), { recursive: true });
    fs.writeFileSync(path.join(zipDir, rel), unzipped[k]);
    return rel;
  }).sort();
  // Every file the CLI writes, the compressed copies included, and byte for byte the CLI's: the
  // .br copies too (the studio module compiles the CLI's libbrotli version); each .br also
  // decompresses to the file beside it.
  assert.deepEqual(zipFiles, cliFiles);
  assert.ok(cliFiles.includes('standalone.html') && cliFiles.includes('embed-snippets.txt') && cliFiles.includes(`data/${NAME}.json`));
  assert.ok(cliFiles.includes('app/trade_widget.wasm.gz') && cliFiles.includes('app/trade_widget.wasm.br'));
  const brotliCopies = zipFiles.filter((f) => f.endsWith('.br'));
  assert.ok(brotliCopies.length > 1, brotliCopies.join(' '));
  for (const f of zipFiles) {
    const mine = fs.readFileSync(path.join(zipDir, f));
    const cliBytes = fs.readFileSync(path.join(cliDir, f));
    assert.ok(mine.equals(cliBytes), `${f} differs from the CLI's (${mine.length} bytes, the CLI's ${cliBytes.length})`);
    if (f.endsWith('.br')) {
      const plain = fs.readFileSync(path.join(cliDir, f.slice(0, -3)));
      assert.ok(zlib.brotliDecompressSync(mine).equals(plain), `${f} decompresses to the file beside it`);
    }
  }
  // The publish line counted the compressed files, then named the zip with its files.
  const compressed = cliFiles.filter((f) => f.endsWith('.gz')).length;
  assert.equal(lines[0], 'Making the bundle…');
  assert.ok(lines.includes(`Making the bundle: compressed copies of 0 of ${compressed} files…`) &&
    lines.includes(`Making the bundle: compressed copies of ${compressed - 1} of ${compressed} files…`), lines.join(' | '));
  assert.equal(lines.at(-1), `${NAME}.zip: ${cliFiles.length} files.`);

  // The dataset JSON and the CSV pair, for versioning: the CLI's import-csv and export-csv bytes.
  const [json] = await Promise.all([page.waitForEvent('download'), page.click('#st-dl-json')]);
  assert.equal(json.suggestedFilename(), `${NAME}.json`);
  assert.ok(fs.readFileSync(await json.path()).equals(fs.readFileSync(path.join(work, `${NAME}.json`))), 'the JSON download');
  const pair = [];
  page.on('download', (d) => pair.push(d));
  await page.click('#st-dl-csv');
  while (pair.length < 2) await new Promise((r) => setTimeout(r, 100));
  assert.deepEqual(pair.map((d) => d.suggestedFilename()).sort(), [`${NAME}.csv`, `${NAME}.meta.json`]);
  for (const d of pair) {
    const expected = d.suggestedFilename().endsWith('.csv') ? csvFile : metaFile;
    assert.ok(fs.readFileSync(await d.path()).equals(fs.readFileSync(expected)), `${d.suggestedFilename()} as export-csv writes it`);
  }

  await page.goto(server.url + 'zip/index.html?layout=full');
  await page.waitForSelector('#widget[data-state]');
  assert.equal(await page.textContent('h1'), 'China\'s rare-earth trade, January–September 2025');
  assert.match(await page.textContent('.tw-narrative'), /\d/);
  assert.ok(await page.$('#widget svg'), 'a chart is drawn');

  // A blank host page with the script snippet from the zip: the widget shows in its frame.
  const snippet = fs.readFileSync(path.join(zipDir, 'embed-snippets.txt'), 'utf8').split('\n').find((l) => l.startsWith('<script '));
  fs.writeFileSync(path.join(work, 'served/host.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
    `<title>An article</title></head><body><h1>An article</h1><p>Before the widget.</p>${snippet}<p>After.</p></body></html>`);
  await page.goto(server.url + 'host.html');
  const widget = page.frameLocator('iframe').locator('.tw-narrative');
  await widget.waitFor();
  assert.match(await widget.textContent(), /\d/);
});

test('a dataset JSON: a wrong value listed with its JSON path, line and column, as validate says it', async () => {
  const { page } = browser;
  await openStudio(server.url + 'studio.html');
  const text = fs.readFileSync(path.join(publicDir, 'data', `${NAME}.json`), 'utf8').split('\n');
  // The second observation (one per line after "observations"): its value becomes the text "12,3".
  const index = text.findIndex((l) => l.trim().startsWith('"observations"')) + 2;
  const lineNo = index + 1;
  text[index] = text[index].replace(/("volume"|"yoy"|"share"), -?[0-9.]+,/, '$1, "12,3",');
  const file = path.join(work, 'wrong-value.json');
  fs.writeFileSync(file, text.join('\n'));
  await page.setInputFiles('#st-files', [file]);
  await page.waitForSelector('#st-errors li');
  const r = spawnSync(cli, ['validate', 'wrong-value.json'], { cwd: work, encoding: 'utf8' });
  assert.equal(r.status, 1);
  const shown = await page.$$eval('#st-errors li code', (c) => c.map((x) => x.textContent));
  assert.deepEqual(shown, r.stderr.trim().split('\n'));
  assert.match(shown[0], new RegExp(String.raw`^wrong-value\.json: observations\[1\]\[5\] \(value\): expected a number or null, got "12,3" \(line ${lineNo}, column \d+\)$`));
  assert.match(await page.textContent('#st-errors li .st-place'), new RegExp(String.raw`^line ${lineNo}, column \d+: $`));
  await page.click('#st-errors li button');
  const selected = await page.evaluate(() => {
    const a = document.getElementById('st-json');
    const line = a.value.slice(0, a.selectionStart).split('\n').length;
    return { focused: document.activeElement === a, line, text: a.value.slice(a.selectionStart, a.selectionEnd) };
  });
  assert.deepEqual(selected, { focused: true, line: lineNo, text: '"12,3"' });
});

test('cells pasted from a spreadsheet replace the CSV: the same dataset as import-csv of those cells', async () => {
  const { page } = browser;
  await openStudio(server.url + 'studio.html');
  await loadPair();
  // The spreadsheet's rows, with line 5's value changed to 12345 (a plain number there).
  const lines = fs.readFileSync(csvFile, 'utf8').replace(/^\uFEFF/, '').split('\r\n');
  const cells = lines[4].split(',');
  assert.match(cells[5], /^-?\d/);
  cells[5] = '12345';
  lines[4] = cells.join(',');
  const csv = lines.join('\r\n');
  fs.mkdirSync(path.join(work, 'pasted'));
  fs.writeFileSync(path.join(work, 'pasted', `${NAME}.csv`), csv);
  // What a spreadsheet copies: tabs between the cells (a cell with a comma stays in quotes here,
  // as spreadsheets quote a cell that holds a tab or a line break).
  let tsv = '';
  let quoted = false;
  for (const c of csv) {
    if (c === '"') quoted = !quoted;
    tsv += c === ',' && !quoted ? '\t' : c;
  }
  await page.click('.st-paste summary');
  await page.fill('#st-paste-text', tsv);
  const checked = Number(await page.getAttribute('html', 'data-studio-checked'));
  await page.click('#st-paste-use');
  await page.waitForFunction((n) => Number(document.documentElement.dataset.studioChecked) > n, checked);
  assert.match(await page.inputValue('#st-csv').then((v) => v.split('\n')[4]), /,12345,/);
  assert.match(await page.textContent('#st-status'), /: valid, /);
  const r = spawnSync(cli, ['import-csv', `${NAME}.csv`, '--meta', metaFile, '-o', 'out.json'], { cwd: path.join(work, 'pasted'), encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const [json] = await Promise.all([page.waitForEvent('download'), page.click('#st-dl-json')]);
  const mine = fs.readFileSync(await json.path());
  assert.ok(mine.includes('12345'));
  assert.ok(mine.equals(fs.readFileSync(path.join(work, 'pasted', 'out.json'))), 'the same bytes as import-csv');
});

test('a dataset JSON whose title is edited in the form: the preview follows; it becomes its CSV pair', async () => {
  const { page } = browser;
  await openStudio(server.url + 'studio.html');
  await page.setInputFiles('#st-files', [path.join(publicDir, 'data', `${NAME}.json`)]);
  await page.waitForFunction(() => /: valid, /.test(document.getElementById('st-status').textContent));
  await page.fill('#st-f-title-en', 'A dataset JSON, edited');
  await page.waitForFunction(() => {
    const doc = document.getElementById('st-frame-wide').contentDocument;
    const h1 = doc && doc.querySelector('h1');
    return h1 && h1.textContent === 'A dataset JSON, edited';
  });
  assert.equal(await page.textContent('#st-csv-label'), `${NAME}.csv`);
  assert.equal(await page.textContent('#st-meta-label'), `${NAME}.meta.json`);
  assert.ok(await page.isHidden('#st-json-box'));
  assert.match(await page.textContent('#st-status'), new RegExp(`^${NAME}\\.json: valid, 116 observations`));
});


test('from the keyboard: files chosen, a problem shown; no axe violation, in both UI languages', async () => {
  const { page } = browser;
  await openStudio(server.url + 'studio.html');
  // Listening early: Playwright turns on its file chooser interception asynchronously.
  const chooser = new Promise((resolve) => page.once('filechooser', resolve));
  // Tab to "Choose files…" (after the language button) and press Enter: the file chooser opens.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'st-ui-lang');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'st-choose');
  await page.keyboard.press('Enter');
  await (await chooser).setFiles([csvFile, metaFile]);
  await page.waitForFunction(() => /: valid, /.test(document.getElementById('st-status').textContent));
  // A warning-free, error-free start; then an error to reach by keyboard.
  const text = await page.inputValue('#st-csv');
  await page.fill('#st-csv', text.replace(/\r?\n[^\n]*$/, '\nexport,nowhere\n'));
  await page.waitForSelector('#st-errors li button');
  await page.focus('#st-errors li button');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'st-csv');
  // Every folded part open: the paste box, notes, key points, sources and their buttons.
  await page.evaluate(() => { for (const d of document.querySelectorAll('details')) d.open = true; });
  assert.deepEqual(await axeViolations(page), []);
  await page.click('#st-ui-lang');
  assert.equal(await page.textContent('#st-h-input'), '1. 数据');
  assert.match(await page.textContent('#st-h-errors'), /个错误/);
  assert.deepEqual(await axeViolations(page), []);
});

test('the studio runs from file://: a pair in, a preview out, nothing fetched', async () => {
  const { page, consoleErrors, requests } = browser;
  consoleErrors.length = 0;
  requests.length = 0;
  await openStudio('file://' + path.join(publicDir, 'studio.html'));
  await loadPair();
  await frameTitle('st-frame-narrow').waitFor();
  assert.equal(await frameTitle('st-frame-narrow').textContent(), 'China\'s rare-earth trade, January–September 2025');
  // The UI in Chinese.
  await page.click('#st-ui-lang');
  assert.equal(await page.textContent('#st-h-problems'), '2. 问题');
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hans');
  assert.deepEqual(consoleErrors, []);
  assert.deepEqual(requests.filter((u) => !/^(file|blob|data):/.test(u)), [], 'nothing leaves the browser');
});

test('the walk-through: docs/editors.md\'s spreadsheet to a working embed in a blank host page, with the studio alone', async () => {
  // The editor's path of docs/editors.md, with no terminal: studio.html opened from disk, the
  // meta file chosen, the spreadsheet's cells pasted, the titles typed in the form, the zip
  // downloaded, unpacked and put online, the studio's iframe code pasted into a blank page.
  const { page, consoleErrors } = browser;
  const examples = path.join(root, 'docs/examples');
  await openStudio('file://' + path.join(publicDir, 'studio.html'));
  await page.setInputFiles('#st-files', [path.join(examples, 'customs.meta.json')]);
  await page.waitForFunction(() => document.getElementById('st-status').textContent.startsWith('customs.meta.json needs its CSV'));
  // What a spreadsheet copies from docs/examples/customs-2025-11.csv: its cells with tabs between.
  const cells = fs.readFileSync(path.join(examples, 'customs-2025-11.csv'), 'utf8').replaceAll(',', '\t');
  await page.click('.st-paste summary');
  await page.fill('#st-paste-text', cells);
  await page.click('#st-paste-use');
  await page.waitForFunction(() => /: valid, /.test(document.getElementById('st-status').textContent));
  assert.equal(await page.textContent('#st-status'), 'customs.json: valid, 68 observations, 2 flows, 2 products, 1 partner, 26 periods');

  const TITLE = { en: 'Rare earths at China\'s customs, month by month', zh: '中国海关稀土月度数据' };
  const DEK = { en: 'Exports and imports of rare earths and exports of magnets, in tonnes', zh: '稀土进出口量及永磁体出口量（吨）' };
  await page.fill('#st-f-title-en', TITLE.en);
  await page.fill('#st-f-title-zh', TITLE.zh);
  await page.fill('#st-f-subtitle-en', DEK.en);
  await page.fill('#st-f-subtitle-zh', DEK.zh);
  await previewShows(`return doc.querySelector('h1') && doc.querySelector('h1').textContent === ${JSON.stringify(TITLE.en)}`);

  const online = `${server.url}widgets/customs/`;
  await page.fill('#st-url', online);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#st-zip')]);
  assert.equal(download.suggestedFilename(), 'customs.zip');
  const iframe = (await page.inputValue('#st-snippets')).split('\n').find((l) => l.startsWith('<iframe '));
  assert.ok(iframe && iframe.includes(`src="${online}index.html"`), iframe);

  // Unpacked and uploaded: the folder's contents at the address typed above.
  const site = path.join(work, 'served/widgets/customs');
  for (const [name, bytes] of Object.entries(fflate.unzipSync(fs.readFileSync(await download.path())))) {
    if (name.endsWith('/')) continue;
    assert.ok(name.startsWith('customs/'), name);
    fs.mkdirSync(path.dirname(path.join(site, name.slice('customs/'.length))), { recursive: true });
    fs.writeFileSync(path.join(site, name.slice('customs/'.length)), bytes);
  }
  // (The icon link: a host page's own favicon is not the widget's concern.)
  fs.writeFileSync(path.join(work, 'served/article.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
    `<link rel="icon" href="data:,"><title>An article</title></head><body><h1>An article</h1><p>Before the widget.</p>\n${iframe}\n<p>After.</p></body></html>`);
  consoleErrors.length = 0;
  const missing = [];
  const onResponse = (r) => { if (r.status() >= 400) missing.push(`${r.status()} ${r.url()}`); };
  page.on('response', onResponse);
  await page.goto(server.url + 'article.html');
  const widget = page.frameLocator('iframe');
  await widget.locator('.tw-narrative').waitFor();
  assert.equal(await widget.locator('h1').textContent(), TITLE.en);
  assert.match(await widget.locator('.tw-narrative').textContent(), /\d/);
  assert.ok(await widget.locator('svg').count() > 0, 'a chart is drawn');
  // The Chinese page of the same folder carries the Chinese title.
  await page.goto(online + 'index.zh.html');
  await page.waitForSelector('#widget[data-state]');
  assert.equal(await page.textContent('h1'), TITLE.zh);
  page.off('response', onResponse);
  assert.deepEqual(missing, []);
  assert.deepEqual(consoleErrors, []);
});
