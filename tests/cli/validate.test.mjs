// `trade-widget validate`: the one-line summary of a valid file, and every kind of error with its
// JSON path, line and column, as golden transcripts.
import { test } from 'node:test';
import { check } from './cli.mjs';

test('the bundled dataset is valid: one line with its counts, exit code 0', () => {
  check('validate-bundled.txt', ['validate', 'public/data/china-rare-earths-2025.json'], 0);
});

test('a value written as text, an unknown source and an undefined product: exit code 1', () => {
  check('validate-value-as-text.txt', ['validate', 'tests/cli/fixtures/value-as-text.json'], 1);
});

test('a duplicate row and a figure without a source: exit code 1', () => {
  check('validate-duplicate-row.txt', ['validate', 'tests/cli/fixtures/duplicate-row.json'], 1);
});

test('a truncated file names the line and column where it stops: exit code 1', () => {
  check('validate-truncated.txt', ['validate', 'tests/cli/fixtures/truncated.json'], 1);
});

test('a misspelt field is a warning, and the file stays valid: exit code 0', () => {
  check('validate-misspelt-field.txt', ['validate', 'tests/cli/fixtures/misspelt-field.json'], 0);
});

test('a missing file: exit code 1', () => {
  check('validate-missing-file.txt', ['validate', 'tests/cli/fixtures/no-such-file.json'], 1);
});

test('no file: usage on stderr, exit code 2', () => {
  check('validate-no-file.txt', ['validate'], 2);
});

test('--help: usage on stdout, exit code 0', () => {
  check('validate-help.txt', ['validate', '--help'], 0);
});
