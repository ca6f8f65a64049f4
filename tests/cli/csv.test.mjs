// `trade-widget export-csv` and `import-csv`: the round trip of the bundled dataset, golden
// outputs, and every error path with its exit code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { check, golden, root, run, tempDir, transcript } from './cli.mjs';

const bundled = path.join(root, 'public/data/china-rare-earths-2025.json');
const exampleMeta = 'docs/examples/customs.meta.json';

test('import-csv(export-csv(bundled)) gives back the bundled file, byte for byte', () => {
  const dir = tempDir();
  const original = fs.readFileSync(bundled, 'utf8');
  const o = JSON.parse(original);
  const rows = o.observations.length;
  const exported = run(['export-csv', bundled, '-o', 'bundled.csv'], { cwd: dir });
  assert.equal(exported.code, 0, exported.stderr);
  assert.equal(exported.stderr,
    `export-csv: wrote ${rows} rows to bundled.csv, meta and dimensions to bundled.meta.json\n`);
  const imported = run(['import-csv', 'bundled.csv', '-o', 'again.json'], { cwd: dir });
  assert.equal(imported.code, 0, imported.stderr);
  assert.match(imported.stderr, new RegExp(`^import-csv: wrote again.json: valid, ${rows} observations, `));
  const again = fs.readFileSync(path.join(dir, 'again.json'), 'utf8');
  assert.equal(again, original);
  // The same in terms a reader cares about: rows, values with their digits, labels, notes.
  const a = JSON.parse(again);
  assert.deepEqual(a.observations, o.observations);
  assert.deepEqual(a.dimensions, o.dimensions);
  assert.deepEqual(a.meta, o.meta);
  assert.ok(again.includes('["export", "oxides", "world", "2025-01/2025-09", "yoy", 38.0, "antaike", "[9][11]", null]'));
  fs.rmSync(dir, { recursive: true });
});

test('export-csv writes the tidy CSV: quoting, formula guard, digits as written and counted, empty cells for null', () => {
  const args = ['export-csv', 'tests/cli/fixtures/small.json'];
  const r = run(args);
  assert.equal(r.code, 0);
  golden('export-small.csv', r.stdout);
  assert.equal(r.stderr, 'export-csv: wrote 5 rows to standard output\n');
  const lines = r.stdout.split('\r\n');
  assert.equal(lines[0], '\uFEFFflow,product,partner,period,measure,value,source,ref,note,unit,decimals,' +
    'flow_label_en,flow_label_zh,product_label_en,product_label_zh,partner_label_en,partner_label_zh,' +
    'period_label_en,period_label_zh');
  assert.equal(lines[2], 'export,oxides,world,2025,yoy,38.0,s1,[9][11],,%,1,Exports,出口,"Oxides, all kinds",氧化物,World,全球,2025,2025年');
  assert.equal(lines[3], 'export,oxides,world,2024,volume,,,,,t,,Exports,出口,"Oxides, all kinds",氧化物,World,全球,2024,2024年');
  assert.equal(lines[5], 'export,hostile,world,2025,yoy,-0.40,s1,\'+1,,%,2,Exports,出口,"\'=HYPERLINK(""http://x"")",\'@稀土,World,全球,2025,2025年');
});

test('the small fixture survives export and import unchanged, hostile cells included', () => {
  const dir = tempDir();
  const fixture = path.join(root, 'tests/cli/fixtures/small.json');
  assert.equal(run(['export-csv', fixture, '-o', 'small.csv'], { cwd: dir }).code, 0);
  const imported = run(['import-csv', 'small.csv', '-o', 'small.json'], { cwd: dir });
  assert.equal(imported.code, 0, imported.stderr);
  assert.equal(fs.readFileSync(path.join(dir, 'small.json'), 'utf8'), fs.readFileSync(fixture, 'utf8'));
  fs.rmSync(dir, { recursive: true });
});

test('import-csv of the example spreadsheet: new periods are listed, empty cells become null', () => {
  const args = ['import-csv', 'docs/examples/customs-2025-11.csv', '--meta', exampleMeta];
  const r = run(args);
  golden('import-customs-2025-11.txt', transcript(args, { ...r, stdout: '(the dataset, in import-customs-2025-11.json)' }));
  golden('import-customs-2025-11.json', r.stdout);
  assert.equal(r.code, 0);
  assert.ok(r.stdout.includes('    ["export", "rare-earths", "world", "2024-03", "volume", null, null, null, null],\n'));
  assert.ok(r.stdout.includes('    ["export", "magnets", "world", "2025-05", "volume", 1238.47, "sm", null, null],\n'));
  assert.ok(!/"volume", 0[,.]/.test(r.stdout), 'no figure became 0');
});

test('a value that is not a number names the file, line and column: exit code 1', () => {
  check('import-bad-value.txt',
    ['import-csv', 'tests/cli/fixtures/bad-value.csv', '--meta', exampleMeta, '-o', 'never-written.json'], 1);
  assert.ok(!fs.existsSync(path.join(root, 'never-written.json')));
});

test('every problem of a spreadsheet is listed with its line: exit code 1', () => {
  check('import-bad-rows.txt', ['import-csv', 'tests/cli/fixtures/bad-rows.csv', '--meta', exampleMeta], 1);
});

test('a file saved with ; between cells: exit code 1', () => {
  check('import-semicolon.txt', ['import-csv', 'tests/cli/fixtures/semicolon.csv', '--meta', exampleMeta], 1);
});

test('ids and labels that a spreadsheet turned into dates, and Chinese turned into ?: each named, exit code 1', () => {
  check('import-spreadsheet-labels.txt',
    ['import-csv', 'tests/cli/fixtures/spreadsheet-labels.csv', '--meta', exampleMeta], 1);
});

test('a broken meta file names its line and column: exit code 1', () => {
  check('import-broken-meta.txt',
    ['import-csv', 'tests/cli/fixtures/bad-value.csv', '--meta', 'tests/cli/fixtures/broken.meta.json'], 1);
});

test('a missing CSV file, and a missing meta file: exit code 1', () => {
  check('import-missing-csv.txt', ['import-csv', 'tests/cli/fixtures/no-such.csv', '--meta', exampleMeta], 1);
  check('import-missing-meta.txt', ['import-csv', 'tests/cli/fixtures/bad-value.csv'], 1);
  check('import-missing-meta-option.txt',
    ['import-csv', 'docs/examples/customs-2025-11.csv', '--meta', 'tests/cli/fixtures/no-such.meta.json'], 1);
});

test('never overwrites without --force: exit code 1 and the file unchanged; --force replaces it', () => {
  const dir = tempDir();
  fs.copyFileSync(path.join(root, 'docs/examples/customs-2025-11.csv'), path.join(dir, 'customs.csv'));
  fs.copyFileSync(path.join(root, exampleMeta), path.join(dir, 'customs.meta.json'));
  fs.writeFileSync(path.join(dir, 'customs.json'), 'last month\n');
  check('import-exists.txt', ['import-csv', 'customs.csv', '-o', 'customs.json'], 1, { cwd: dir });
  assert.equal(fs.readFileSync(path.join(dir, 'customs.json'), 'utf8'), 'last month\n');
  const forced = run(['import-csv', 'customs.csv', '-o', 'customs.json', '--force'], { cwd: dir });
  assert.equal(forced.code, 0, forced.stderr);
  assert.match(fs.readFileSync(path.join(dir, 'customs.json'), 'utf8'), /^\{\n  "format": "trade-widget\/1",/);

  check('export-exists.txt', ['export-csv', 'customs.json', '-o', 'customs.csv'], 1, { cwd: dir });
  assert.ok(fs.readFileSync(path.join(dir, 'customs.csv'), 'utf8').startsWith('flow,'), 'CSV unchanged');
  assert.equal(run(['export-csv', 'customs.json', '-o', 'customs.csv', '--force'], { cwd: dir }).code, 0);
  assert.ok(fs.readFileSync(path.join(dir, 'customs.csv'), 'utf8').startsWith('\uFEFFflow,'));
  fs.rmSync(dir, { recursive: true });
});

test('export-csv of an invalid dataset prints the core\'s errors: exit code 1', () => {
  check('export-invalid.txt', ['export-csv', 'tests/cli/fixtures/value-as-text.json'], 1);
});

test('wrong usage: exit code 2 with the usage on stderr', () => {
  check('import-no-file.txt', ['import-csv'], 2);
  check('import-option-without-value.txt', ['import-csv', 'data.csv', '-o'], 2);
  check('export-two-files.txt', ['export-csv', 'a.json', 'b.json'], 2);
});
