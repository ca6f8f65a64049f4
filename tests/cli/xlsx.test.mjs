// `trade-widget export-xlsx`: a workbook that keeps types (text cells for ids, periods and labels
// in columns formatted as Text; figures as numbers shown with their stated decimals), checked
// with openpyxl, and saved as CSV by LibreOffice: import-csv gives the same dataset back.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { check, root, run, tempDir } from './cli.mjs';
import { csvFilter, options, requireLibreOffice, requireOpenpyxl, runPython, soffice } from './spreadsheet.mjs';

const bundled = path.join(root, 'public/data/china-rare-earths-2025.json');
const doc = fs.readFileSync(path.join(root, 'docs/editors.md'), 'utf8');
const work = tempDir('tw-xlsx-');
after(() => fs.rmSync(work, { recursive: true, force: true }));
const at = (f) => path.join(work, f);

// Every cell of the sheet as [value, type, number format], row by row.
const cellsOf = `
import sys, json, openpyxl
sheet = openpyxl.load_workbook(sys.argv[1]).active
print(json.dumps([[[c.value, c.data_type, c.number_format] for c in r] for r in sheet.iter_rows()]))
`;

test('export-xlsx: ids and labels are text cells in Text columns, figures are numbers with their decimals, nulls are empty', () => {
  requireOpenpyxl();
  const r = run(['export-xlsx', path.join(root, 'tests/cli/fixtures/small.json'), '-o', 'small.xlsx'], { cwd: work });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stderr, 'export-xlsx: wrote 5 rows to small.xlsx, meta and dimensions to small.meta.json\n');
  const rows = JSON.parse(runPython(cellsOf, [at('small.xlsx')]));
  const header = rows[0].map((c) => c[0]);
  assert.equal(header.join(','), run(['export-csv', path.join(root, 'tests/cli/fixtures/small.json')])
    .stdout.split('\r\n')[0].replace(/^\uFEFF/, ''));
  const col = (name) => header.indexOf(name);
  const yoy = rows[2];
  assert.deepEqual(yoy[col('period')], ['2025', 's', '@'], 'a period id stays text');
  assert.deepEqual(yoy[col('value')], [38, 'n', '0.0'], '38.0 is the number 38 shown with one decimal');
  assert.deepEqual(yoy[col('decimals')], [1, 'n', 'General']);
  assert.deepEqual(rows[3][col('value')][0], null, 'a null value is an empty cell, never 0');
  assert.deepEqual(rows[3][col('decimals')][0], null);
  const hostile = rows[5];
  assert.deepEqual(hostile[col('product_label_en')], ['=HYPERLINK("http://x")', 's', '@'], 'text, never a formula');
  assert.deepEqual(hostile[col('value')], [-0.4, 'n', '0.00']);
  assert.ok(fs.existsSync(at('small.meta.json')));
});

test('workbooks from export-xlsx, saved as CSV by LibreOffice: import-csv gives each dataset back, byte for byte', async () => {
  requireLibreOffice();
  assert.equal(run(['export-xlsx', bundled, '-o', 'bundled.xlsx'], { cwd: work }).code, 0);
  // Text that looks like a formula, or starts with a guard apostrophe already, comes back as it was.
  const hostile = JSON.parse(fs.readFileSync(path.join(root, 'tests/cli/fixtures/small.json'), 'utf8'));
  hostile.observations[0][7] = "'-already";
  fs.writeFileSync(at('hostile.json'), JSON.stringify(hostile));
  assert.equal(run(['export-xlsx', 'hostile.json', '-o', 'hostile.xlsx'], { cwd: work }).code, 0);
  const [csv] = await soffice({
    inputs: [at('bundled.xlsx'), at('hostile.xlsx')], convertTo: `csv:${csvFilter}:${options.utf8}`, outdir: at('saved'),
  });
  const back = run(['import-csv', 'saved/hostile.csv', '--meta', 'hostile.meta.json', '-o', 'hostile-again.json'], { cwd: work });
  assert.equal(back.code, 0, back.stderr);
  const again = JSON.parse(fs.readFileSync(at('hostile-again.json'), 'utf8'));
  assert.deepEqual(again.observations, hostile.observations);
  assert.deepEqual(again.dimensions, hostile.dimensions);
  assert.equal(again.observations[0][7], "'-already");
  assert.equal(again.dimensions.product[1].label.en, '=HYPERLINK("http://x")');
  assert.match(fs.readFileSync(csv, 'utf8'), /"export","oxides","world","2025-01\/2025-09","yoy",38.0,/, 'figures saved as shown');
  const r = run(['import-csv', 'saved/bundled.csv', '--meta', 'bundled.meta.json', '-o', 'again.json'], { cwd: work });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(fs.readFileSync(at('again.json'), 'utf8'), fs.readFileSync(bundled, 'utf8'));
});

test('the guide shows export-xlsx as it prints', () => {
  // The walk-through's November dataset, as step 1 builds it.
  fs.mkdirSync(at('guide/my-widget'), { recursive: true });
  assert.equal(run(['import-csv', path.join(root, 'docs/examples/customs-2025-11.csv'), '--meta',
    path.join(root, 'docs/examples/customs.meta.json'), '-o', 'my-widget/customs.json'], { cwd: at('guide') }).code, 0);
  const line = 'export-xlsx my-widget/customs.json -o my-widget/customs.xlsx';
  const r = run(line.split(' '), { cwd: at('guide') });
  assert.equal(r.code, 0, r.stderr);
  const block = `$ bin/trade-widget ${line}\n${r.stderr}`.replace(/\n$/, '');
  assert.ok(doc.includes(block), `docs/editors.md shows:\n${block}`);
});

test('export-xlsx refuses to overwrite without --force, and needs -o', () => {
  check('export-xlsx-no-out.txt', ['export-xlsx', 'tests/cli/fixtures/small.json'], 2);
  fs.writeFileSync(at('taken.xlsx'), 'mine\n');
  check('export-xlsx-exists.txt', ['export-xlsx', 'tests/cli/fixtures/small.json', '-o', 'taken.xlsx'], 1, { cwd: work });
  assert.equal(fs.readFileSync(at('taken.xlsx'), 'utf8'), 'mine\n');
});
