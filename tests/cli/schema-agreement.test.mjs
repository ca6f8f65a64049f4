// docs/dataset.schema.json (JSON Schema 2020-12, checked with ajv) and the loader
// (`trade-widget validate`) agree: every fixture dataset (tests/fixtures/datasets/, the whole
// folder) passes both; every bad input (tests/fixtures/bad/) is refused by the loader, and the
// schema refuses it too unless its fault is one a schema cannot see, listed below with why.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { root, run } from './cli.mjs';

const schema = JSON.parse(fs.readFileSync(path.join(root, 'docs/dataset.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

/** The schema's verdict on a file's bytes: true, false or 'not JSON' (the bytes stage too). */
function schemaAccepts(file) {
  let doc;
  try {
    doc = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(file)));
  } catch {
    return 'not JSON';
  }
  return validate(doc);
}

function jsonFiles(dir) {
  return fs.readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.json')).sort()
    .map((f) => path.join(dir, f));
}

// Bad inputs that are well-formed JSON of the right shape: only the loader's checks across
// fields, rows and text can refuse them.
const beyondSchema = {
  'duplicate-field.json': 'a field written twice: JSON.parse keeps the last, the schema sees one',
  'duplicate-id.json': 'ids unique within a list (a schema compares whole items, not one field)',
  'duplicate-observation.json': 'one row per key (flow, product, partner, period, measure)',
  'huge-value.json': 'the 1e15 bound on every figure',
  'overflowing-value.json': 'a number a double cannot hold parses as Infinity, which is a number',
  'lone-surrogate-escape.json': 'a \\ud800 escape is valid JSON text but not a character',
  'negative-volume.json': 'the range of a value depends on the row\'s measure',
  'yoy-below-minus-100.json': 'the range of a value depends on the row\'s measure',
  'partner-shares-over-100.json': 'a sum across rows',
  'period-ends-before-start.json': 'a comparison of two fields',
  'undefined-default-period.json': 'a reference to an id defined elsewhere in the file',
  'undefined-note.json': 'a reference to an id defined elsewhere in the file',
  'undefined-partner.json': 'a reference to an id defined elsewhere in the file',
  'undefined-period.json': 'a reference to an id defined elsewhere in the file',
  'undefined-product.json': 'a reference to an id defined elsewhere in the file',
  'undefined-source.json': 'a reference to an id defined elsewhere in the file',
  'undefined-unit.json': 'a reference to an id defined elsewhere in the file',
  'complete-partners-other-partner.json': 'a check across rows against a statement in meta',
  'derived-note-on-stated.json': 'a check across rows against a key in meta',
};

test('every fixture dataset passes the schema and the loader', () => {
  const files = jsonFiles('tests/fixtures/datasets');
  assert.ok(files.length >= 11, `only ${files.length} fixtures`);
  for (const file of files) {
    const verdict = schemaAccepts(path.join(root, file));
    assert.equal(verdict, true, `${file}: the schema refuses it: ${JSON.stringify(validate.errors)}`);
    const r = run(['validate', file]);
    assert.equal(r.code, 0, `${file}: the loader refuses it:\n${r.stderr}`);
    assert.match(r.stdout, /: valid, /);
  }
});

test('every bad input is refused by the loader, and by the schema unless a schema cannot see it', () => {
  const files = jsonFiles('tests/fixtures/bad');
  assert.ok(files.length > 40);
  const schemaBlind = [];
  for (const file of files) {
    const r = run(['validate', file]);
    assert.equal(r.code, 1, `${file}: the loader accepts it`);
    const name = path.basename(file);
    if (schemaAccepts(path.join(root, file)) === true) schemaBlind.push(name);
  }
  // Exactly the listed ones: a new bad input the schema should catch, or a list entry the
  // schema now catches, shows here.
  assert.deepEqual(schemaBlind, Object.keys(beyondSchema).filter((n) => files.some((f) => path.basename(f) === n)).sort());
});
