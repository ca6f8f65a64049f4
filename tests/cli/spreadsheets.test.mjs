// What LibreOffice Calc and openpyxl do to an exported CSV, and what import-csv makes of it:
// opened and saved with no edit (as Windows-1252, with the "UTF-8, comma" options, and with the
// documented Text columns), and edited through the documented steps. Each path gives the
// same dataset back, or a refusal that names file, line, column and cell. docs/editors.md
// ("Opening and saving the CSV in a spreadsheet") shows the options tested here.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { check, root, run, tempDir } from './cli.mjs';
import {
  csvFilter, options, requireLibreOffice, requireOpenpyxl, runPython, soffice, sofficeCommand,
  textColumns,
} from './spreadsheet.mjs';

const bundled = path.join(root, 'public/data/china-rare-earths-2025.json');
const doc = fs.readFileSync(path.join(root, 'docs/editors.md'), 'utf8');
const work = tempDir('tw-spreadsheets-');
after(() => fs.rmSync(work, { recursive: true, force: true }));

// The guide's own command line for a check without the window, run as it is written.
const guideCommand = doc.split('\n').find((l) => l.startsWith('$ soffice '))?.slice(2);
const guideImport = 'import-csv my-widget/saved/customs.csv --meta my-widget/customs.meta.json';

const read = (f) => fs.readFileSync(path.join(work, f), 'utf8');
const at = (f) => path.join(work, f);

// The openpyxl edit of the documented steps: fill in November's export figure (5,493.9 t,
// United Daily News: `udn`) and add December's (4,392 t, udn), copying November's row.
const edit = `
import sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
sheet = book.active
rows = list(sheet.iter_rows())
col = {c.value: i for i, c in enumerate(rows[0])}
def key(r): return tuple(r[col[k]].value for k in ('flow', 'product', 'partner', 'period', 'measure'))
nov = next(r for r in rows if key(r) == ('export', 'rare-earths', 'world', '2025-11', 'volume'))
nov[col['value']].value = 5493.9
nov[col['decimals']].value = 1
nov[col['source']].value = 'udn'
dec = [c.value for c in nov]
dec[col['period']] = '2025-12'
dec[col['value']] = 4392
dec[col['decimals']] = 0
dec[col['period_label_en']] = 'Dec 2025'
dec[col['period_label_zh']] = '2025年12月'
sheet.append(dec)
book.save(sys.argv[1])
`;

/** Runs jobs with at most `width` at once (each LibreOffice start costs seconds). */
async function pool(jobs, width = 3) {
  const queue = [...jobs];
  const workers = Array.from({ length: width }, async () => {
    while (queue.length) await queue.shift()();
  });
  await Promise.all(workers);
}

/** A copy of `file` in `dir`, saved by LibreOffice into `dir/saved/` with the given options. */
function roundTrip(file, dir, infilter, outfilter) {
  fs.mkdirSync(at(dir), { recursive: true });
  fs.copyFileSync(at(file), at(`${dir}/${file}`));
  return () => soffice({
    inputs: [at(`${dir}/${file}`)], infilter: `${csvFilter}:${infilter}`,
    convertTo: `csv:${csvFilter}:${outfilter}`, outdir: at(`${dir}/saved`),
  });
}

before(async () => {
  requireLibreOffice();
  requireOpenpyxl();
  assert.equal(run(['export-csv', bundled, '-o', 'bundled.csv'], { cwd: work }).code, 0);
  assert.equal(run(['export-csv', path.join(root, 'tests/cli/fixtures/small.json'), '-o', 'small.csv'],
    { cwd: work }).code, 0);
  // The widget as first published: November's export figure not yet reported.
  const november = fs.readFileSync(path.join(root, 'docs/examples/customs-2025-11.csv'), 'utf8')
    .replace('export,rare-earths,world,2025-11,volume,5493.9,udn,', 'export,rare-earths,world,2025-11,volume,,,');
  fs.writeFileSync(at('november.csv'), november);
  fs.copyFileSync(path.join(root, 'docs/examples/customs-2025-11.csv'), at('example.csv'));
  fs.copyFileSync(path.join(root, 'docs/examples/customs.meta.json'), at('example.meta.json'));
  assert.equal(run(['import-csv', 'november.csv', '--meta', path.join(root, 'docs/examples/customs.meta.json'),
    '-o', 'base.json'], { cwd: work }).code, 0);
  assert.equal(run(['export-csv', 'base.json', '-o', 'base.csv'], { cwd: work }).code, 0);
  fs.mkdirSync(at('guide/my-widget'), { recursive: true });
  assert.equal(run(['export-csv', '../base.json', '-o', 'my-widget/customs.csv'], { cwd: at('guide') }).code, 0);
  assert.ok(guideCommand, 'docs/editors.md shows a soffice command');
  fs.mkdirSync(at('edited/saved'), { recursive: true });
  fs.mkdirSync(at('edited1252/saved'), { recursive: true });

  await pool([
    () => sofficeCommand(guideCommand, at('guide')),
    roundTrip('bundled.csv', 'text', options.utf8Text, options.utf8),
    roundTrip('bundled.csv', 'documented', options.utf8, options.utf8),
    roundTrip('bundled.csv', 'defaults', options.windows1252, options.windows1252),
    roundTrip('bundled.csv', 'defaults-text', options.windows1252Text, options.windows1252),
    roundTrip('bundled.csv', 'mixed', options.windows1252, options.utf8),
    roundTrip('bundled.csv', 'semicolon', options.utf8Text, options.utf8Semicolon),
    roundTrip('example.csv', 'mixed-no-mark', options.windows1252, options.utf8),
    roundTrip('small.csv', 'chinese-1252', options.utf8Text, options.windows1252),
    async () => {  // CSV -> workbook (documented import), openpyxl edit, workbook -> CSV
      const [book] = await soffice({
        inputs: [at('base.csv')], infilter: `${csvFilter}:${options.utf8Text}`, convertTo: 'xlsx',
        outdir: at('edited'),
      });
      runPython(edit, [book]);
      await Promise.all([
        soffice({ inputs: [book], convertTo: `csv:${csvFilter}:${options.utf8}`, outdir: at('edited/saved') }),
        soffice({ inputs: [book], convertTo: `csv:${csvFilter}:${options.windows1252}`, outdir: at('edited1252/saved') }),
      ]);
    },
  ]);
});

test('the guide\'s LibreOffice command, run as written, gives the same dataset back', () => {
  assert.ok(guideCommand.includes(`--infilter="${csvFilter}:${options.utf8Text}"`), 'the Text-column import');
  assert.ok(guideCommand.includes(`--convert-to "csv:${csvFilter}:${options.utf8}"`), 'the UTF-8 save');
  assert.ok(textColumns.startsWith('1/2/2/2/3/2/4/2/5/2/7/2'));
  assert.ok(doc.includes(`\`${guideImport}\``), guideImport);
  const r = run([...guideImport.split(' '), '-o', 'again.json'], { cwd: at('guide') });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(read('guide/again.json'), read('base.json'));
});

test('LibreOffice, opened as UTF-8 with the text columns as Text and saved as UTF-8: the same dataset, byte for byte', () => {
  const saved = read('text/saved/bundled.csv');
  // The spreadsheet stored numbers: 38.0 came back as 38. The decimals column restores it.
  assert.match(saved, /"export","oxides","world","2025-01\/2025-09","yoy",38,/);
  const r = run(['import-csv', 'text/saved/bundled.csv', '--meta', 'bundled.meta.json', '-o', 'text.json'], { cwd: work });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(read('text.json'), fs.readFileSync(bundled, 'utf8'));
});

test('LibreOffice with the documented "UTF-8, comma" options only: every month label turned into a date is refused, located', () => {
  const r = check('spreadsheet-documented-dates.txt',
    ['import-csv', 'documented/saved/bundled.csv', '--meta', 'bundled.meta.json', '-o', 'never.json'], 1, { cwd: work });
  // One refusal per month period whose English label LibreOffice read as a date (24 of them).
  const periods = JSON.parse(fs.readFileSync(bundled, 'utf8')).dimensions.period
    .filter((p) => /^[A-Z][a-z]{2} \d{4}$/.test(p.label.en));
  assert.equal((r.stderr.match(/ is a date the spreadsheet made of the label /g) || []).length, periods.length);
  assert.ok(!fs.existsSync(at('never.json')));
});

test('LibreOffice, opened and saved as Windows-1252 ("Western Europe"): dates refused; with Text columns the bytes survive', () => {
  const saved = fs.readFileSync(at('defaults/saved/bundled.csv'));
  assert.deepEqual([...saved.subarray(0, 4)], [0x22, 0xEF, 0xBB, 0xBF], 'the byte-order mark inside the first quotes');
  const r = check('spreadsheet-defaults-dates.txt',
    ['import-csv', 'defaults/saved/bundled.csv', '--meta', 'bundled.meta.json'], 1, { cwd: work });
  assert.match(r.stderr, /^defaults\/saved\/bundled.csv:34: column "period_label_en": "03\/01\/24" is a date the spreadsheet made of the label "Mar 2024" of period "2024-03": /m);
  const kept = run(['import-csv', 'defaults-text/saved/bundled.csv', '--meta', 'bundled.meta.json', '-o', 'defaults.json'], { cwd: work });
  assert.equal(kept.code, 0, kept.stderr);
  assert.equal(read('defaults.json'), fs.readFileSync(bundled, 'utf8'));
});

test('opened as Windows-1252 and saved as UTF-8: the garbled byte-order mark names the cause', () => {
  assert.ok(read('mixed/saved/bundled.csv').startsWith('"ï»¿flow"'));
  check('spreadsheet-mixed-encoding.txt', ['import-csv', 'mixed/saved/bundled.csv', '--meta', 'bundled.meta.json'], 1, { cwd: work });
});

test('a file without a byte-order mark opened as Windows-1252 and saved as UTF-8: each garbled label is told back', () => {
  const r = check('spreadsheet-mixed-no-mark.txt',
    ['import-csv', 'mixed-no-mark/saved/example.csv', '--meta', 'example.meta.json'], 1, { cwd: work });
  assert.match(r.stderr, /^mixed-no-mark\/saved\/example.csv:2: column "period_label_zh": "2024å¹´1â€“2æœˆ" is "2024年1–2月" read in the wrong character set: /m);
});

test('saved with ; between cells (and quotes around every text cell): recognised and said so', () => {
  assert.ok(read('semicolon/saved/bundled.csv').startsWith('"flow";"product";'));
  check('spreadsheet-semicolon-quoted.txt', ['import-csv', 'semicolon/saved/bundled.csv', '--meta', 'bundled.meta.json'], 1, { cwd: work });
});

test('Chinese saved as Windows-1252 becomes ?: each Chinese label is refused with its line and column', () => {
  const saved = read('chinese-1252/saved/small.csv');
  assert.ok(!/[^\x00-\x7f]/.test(saved), 'only ASCII is left');
  check('spreadsheet-chinese-1252.txt', ['import-csv', 'chinese-1252/saved/small.csv', '--meta', 'small.meta.json'], 1, { cwd: work });
});

test('edited with openpyxl through the documented steps: exactly the changed figure and the new month come back', () => {
  const r = run(['import-csv', 'edited/saved/base.csv', '--meta', 'base.meta.json', '-o', 'edited.json'], { cwd: work });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /^import-csv: new period "2025-12" \(Dec 2025 \/ 2025年12月\) from edited\/saved\/base.csv:70$/m);
  const before = JSON.parse(read('base.json'));
  const after = JSON.parse(read('edited.json'));
  assert.deepEqual(after.meta, before.meta);
  assert.deepEqual(after.dimensions.period.slice(0, -1), before.dimensions.period);
  assert.deepEqual(after.dimensions.period.at(-1),
    { id: '2025-12', label: { en: 'Dec 2025', zh: '2025年12月' }, start: '2025-12', end: '2025-12' });
  const key = (o) => o.slice(0, 5).join('|');
  const old = new Map(before.observations.map((o) => [key(o), o]));
  const changed = after.observations.filter((o) => JSON.stringify(o) !== JSON.stringify(old.get(key(o))));
  assert.deepEqual(changed, [
    ['export', 'rare-earths', 'world', '2025-11', 'volume', 5493.9, 'udn', null, null],
    ['export', 'rare-earths', 'world', '2025-12', 'volume', 4392, 'udn', null, null],
  ]);
  assert.equal(after.observations.length, before.observations.length + 1);
  assert.ok(read('edited.json').includes('["export", "rare-earths", "world", "2025-11", "volume", 5493.9, "udn", null, null]'));
});

test('the edited workbook saved as Windows-1252: refused at its first byte that is not UTF-8, with line, column and cell', () => {
  check('spreadsheet-edited-1252.txt', ['import-csv', 'edited1252/saved/base.csv', '--meta', 'base.meta.json'], 1, { cwd: work });
});
