// The format's extensions (docs/dataset.md): the JSON Schema and the loader agree on the
// format-*.json fixtures (test data, not real figures) and on each broken variant of them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { root, run } from './cli.mjs';

const schema = JSON.parse(fs.readFileSync(path.join(root, 'docs/dataset.schema.json'), 'utf8'));
const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
const dir = path.join(root, 'tests/fixtures/datasets');
const fixtures = fs.readdirSync(dir).filter((f) => /^format-.*\.json$/.test(f));

/** {schema, loader} verdicts for a dataset object. */
function verdicts(dataset) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tw-format-'));
  const file = path.join(tmp, 'dataset.json');
  fs.writeFileSync(file, JSON.stringify(dataset, null, 1));
  const r = run(['validate', file]);
  fs.rmSync(tmp, { recursive: true });
  return { schema: validate(dataset), loader: r.code === 0, message: r.stdout + r.stderr };
}

test("the editors' walk-through example is valid for both, and says it is an example", () => {
  const data = JSON.parse(fs.readFileSync(path.join(root, 'docs/examples/minor-metals-example.json'), 'utf8'));
  assert.match(data.meta.title.en, /^Example — not real figures/);
  const v = verdicts(data);
  assert.deepEqual([v.schema, v.loader], [true, true], v.message);
});

test('every format fixture is valid for both the schema and the loader', () => {
  assert.ok(fixtures.length >= 1);
  for (const f of fixtures) {
    const data = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
    assert.match(data.meta.title.en, /^Test fixture — not real figures/, f);
    const v = verdicts(data);
    assert.deepEqual([v.schema, v.loader], [true, true], `${f}: ${v.message} ${JSON.stringify(validate.errors)}`);
  }
});

/** Each variant breaks one row of format-qualifiers.json; both checks must refuse it. */
const broken = {
  'unknown qualifier': (v) => ({ value: v.value, qualifier: 'roughly' }),
  'no qualifier': (v) => ({ value: v.value }),
  'no value': (v) => ({ qualifier: v.qualifier }),
  'null value': (v) => ({ value: null, qualifier: v.qualifier }),
  'another field': (v) => ({ ...v, unit: 't' }),
  'value as text': (v) => ({ value: String(v.value), qualifier: v.qualifier }),
};

for (const [name, change] of Object.entries(broken)) {
  test(`a qualified value with ${name} is refused by both`, () => {
    const data = JSON.parse(fs.readFileSync(path.join(dir, 'format-qualifiers.json'), 'utf8'));
    data.observations[0][5] = change(data.observations[0][5]);
    const v = verdicts(data);
    assert.deepEqual([v.schema, v.loader], [false, false], v.message);
    assert.match(v.message, /observations\[0\]\[5\] \(value\)/);
  });
}

test('a qualified share above 100% is refused by both', () => {
  const data = JSON.parse(fs.readFileSync(path.join(dir, 'format-qualifiers.json'), 'utf8'));
  data.observations[2][5] = { value: 120, qualifier: 'about' };
  const v = verdicts(data);
  assert.deepEqual([v.schema, v.loader], [false, false], v.message);
});
