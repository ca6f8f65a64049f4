// The command itself: overall help, and wrong usage (exit code 2). The list of commands is not a
// golden file, so that a new command elsewhere does not break these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './cli.mjs';

const editors = ['bundle', 'export-csv', 'export-xlsx', 'import-csv', 'validate'];

test('no command: the list of commands on stderr, exit code 2', () => {
  const r = run([]);
  assert.equal(r.code, 2);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^Usage: trade-widget <command> \[options\]\n\nCommands:\n/);
});

test('--help lists every command on stdout, exit code 0', () => {
  const r = run(['--help']);
  assert.equal(r.code, 0);
  for (const name of editors) assert.match(r.stdout, new RegExp(`^  ${name} +\\S`, 'm'));
});

test('an unknown command: exit code 2', () => {
  const r = run(['imprt-csv', 'data.csv']);
  assert.equal(r.code, 2);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^trade-widget: unknown command 'imprt-csv'\n\nUsage: trade-widget <command>/);
});

test('every editors\' command has --help (exit code 0) and refuses an unknown option (exit code 2)', () => {
  for (const name of ['import-csv', 'export-csv', 'export-xlsx', 'bundle', 'validate', 'summary']) {
    const help = run([name, '--help']);
    assert.equal(help.code, 0, name);
    assert.match(help.stdout, new RegExp(`^Usage: trade-widget ${name} `));
    const wrong = run([name, 'x', '--frce']);
    assert.equal(wrong.code, 2, name);
    assert.match(wrong.stderr, new RegExp(`^trade-widget ${name}: unknown option --frce\n`));
    assert.equal(wrong.stdout, '');
  }
});
