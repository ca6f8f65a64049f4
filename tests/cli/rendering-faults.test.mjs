// The validator's and the summary's part of issue 13's rendering faults, as golden transcripts
// on the fixture datasets (tests/fixtures/datasets/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { check, run, tempDir } from './cli.mjs';

test('fault 11: one flow, one product, one partner are counted in the singular', () => {
  const r = check('fault-11-validate-one-of-each.txt', ['validate', 'tests/fixtures/datasets/one-of-each.json'], 0);
  assert.match(r.stdout, /: valid, 3 observations, 1 flow, 1 product, 1 partner, 2 periods\n$/);
});
