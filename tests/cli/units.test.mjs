// Units per product and complete partners from the editors' side: `validate` says which products
// are in which unit, `summary` writes each figure in its own unit, `render` draws the products
// chart on one scale with the conversion, and the CSV pair carries units and statements both ways.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { check, root, run, tempDir } from './cli.mjs';

const mixed = 'tests/fixtures/datasets/mixed-units.json';
const complete = 'tests/fixtures/datasets/complete-partners.json';
const derived = 'tests/fixtures/datasets/derived-notes.json';

test('validate lists the units and the products in each, with the conversion', () => {
  check('validate-mixed-units.txt', ['validate', mixed], 0);
  const r = run(['validate', mixed]);
  assert.match(r.stdout, /\nunits: t; kg for gallium, germanium \(1 t = 1,000 kg\)\n$/);
  // A file without other units prints its one line, as before.
  assert.equal(run(['validate', complete]).stdout.split('\n').length, 2);
});

test('a bad conversion or an unknown unit names the JSON path and the value: exit code 1', () => {
  check('validate-unit-factor.txt', ['validate', 'tests/fixtures/bad/unit-factor-below-one.json'], 1);
  check('validate-undefined-unit.txt', ['validate', 'tests/fixtures/bad/undefined-unit.json'], 1);
  check('validate-complete-partners-other.txt',
    ['validate', 'tests/fixtures/bad/complete-partners-other-partner.json'], 1);
  check('validate-derived-note-on-stated.txt',
    ['validate', 'tests/fixtures/bad/derived-note-on-stated.json'], 1);
});

test('summary writes each product in its own unit, in English and Chinese', () => {
  const en = run(['summary', mixed]);
  assert.equal(en.code, 0, en.stderr);
  assert.match(en.stdout, /5\.15 t/);
  assert.match(en.stdout, /3,500 kg/);
  assert.doesNotMatch(en.stdout, /5,150/);
  const zh = run(['summary', mixed, '--lang', 'zh']);
  assert.match(zh.stdout, /3,500千克/);
  const only = run(['summary', complete]);
  assert.match(only.stdout, /Japan accounted for 60\.6% \(implied\); .* names only Japan and South Korea/);
});

test('render draws the products chart in t with the conversion; each label in its own unit', () => {
  const dir = tempDir();
  const r = run(['render', path.join(root, mixed), '--chart', 'volumes', '--period', '2025',
    '-o', path.join(dir, 'v.svg')]);
  assert.equal(r.code, 0, r.stderr);
  const svg = fs.readFileSync(path.join(dir, 'v.svg'), 'utf8');
  assert.match(svg, /Volume, drawn in t \(1 t = 1,000 kg; each figure in its source(&#39;|&#x27;|')s unit\)/);
  assert.match(svg, /3,500 kg/);
  assert.match(svg, /5\.15 t/);
  fs.rmSync(dir, { recursive: true });
});

test('the CSV pair carries the units, the complete partners and the derived notes, and gives the file back', () => {
  for (const file of [mixed, complete, derived]) {
    const dir = tempDir();
    const original = fs.readFileSync(path.join(root, file), 'utf8');
    assert.equal(run(['export-csv', path.join(root, file), '-o', 'x.csv'], { cwd: dir }).code, 0);
    const csv = fs.readFileSync(path.join(dir, 'x.csv'), 'utf8');
    const meta = JSON.parse(fs.readFileSync(path.join(dir, 'x.meta.json'), 'utf8'));
    const imported = run(['import-csv', 'x.csv', '-o', 'again.json'], { cwd: dir });
    assert.equal(imported.code, 0, imported.stderr);
    const again = JSON.parse(fs.readFileSync(path.join(dir, 'again.json'), 'utf8'));
    const o = JSON.parse(original);
    assert.deepEqual(again.meta, o.meta, file);
    assert.deepEqual(again.dimensions, o.dimensions, file);
    assert.deepEqual(again.observations, o.observations, file);
    if (file === mixed) {
      assert.match(csv, /\r\nexport,gallium,world,2025,volume,3500,fixture,,,kg,0,/);
      assert.match(csv, /\r\nexport,magnets,world,2025,volume,5\.15,fixture,,,t,2,/);
      assert.deepEqual(meta.meta.units.others, [{ id: 'kg', label: { en: 'kg', zh: '千克' }, per_volume_unit: 1000 }]);
    } else if (file === complete) {
      assert.equal(meta.meta.complete_partners[0].partners.join(' '), 'jp kr');
    } else {
      assert.equal(meta.meta.derived_notes[0].note, 'base-revised');
    }
    fs.rmSync(dir, { recursive: true });
  }
});
