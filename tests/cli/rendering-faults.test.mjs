// The validator's and the summary's part of issue 13's rendering faults, as golden transcripts
// on the fixture datasets (tests/fixtures/datasets/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { check, run, tempDir } from './cli.mjs';

test('fault 9: a sole partner not flagged aggregate is a warning naming it; summary shows its figures', () => {
  const file = 'tests/fixtures/datasets/sole-world-unflagged.json';
  const v = check('fault-9-validate-sole-unflagged.txt', ['validate', file], 0);
  assert.match(v.stderr, /dimensions\.partner\[0\]: the only partner, "world", is not marked "aggregate": true/);
  const s = check('fault-9-summary-sole-unflagged.txt', ['summary', file], 0);
  assert.match(s.stdout, /644 t/);
  check('fault-9-summary-sole-unflagged-zh.txt', ['summary', file, '--lang', 'zh'], 0);
  // Flagged: no warning.
  const flagged = run(['validate', 'tests/fixtures/datasets/sole-world-aggregate.json']);
  assert.equal(flagged.stderr, '');
});

test('fault 9: summary never prints a blank line and succeeds when there is nothing to say', () => {
  // A period defined in the file without any row: nothing to tell, said on stderr, exit 1.
  const dir = tempDir();
  const data = JSON.parse(fs.readFileSync('tests/fixtures/datasets/one-of-each.json', 'utf8'));
  data.dimensions.period.push({ id: '2023', label: { en: '2023', zh: '2023年' }, start: '2023-01', end: '2023-12' });
  const file = path.join(dir, 'no-rows-for-2023.json');
  fs.writeFileSync(file, JSON.stringify(data));
  const r = run(['summary', file, '--period', '2023']);
  assert.equal(r.code, 1);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr, `${file}: no figures for export in 2023\n`);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('fault 11: one flow, one product, one partner are counted in the singular', () => {
  const r = check('fault-11-validate-one-of-each.txt', ['validate', 'tests/fixtures/datasets/one-of-each.json'], 0);
  assert.match(r.stdout, /: valid, 3 observations, 1 flow, 1 product, 1 partner, 2 periods\n$/);
});
