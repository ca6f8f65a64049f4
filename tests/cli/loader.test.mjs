// Every command that reads a dataset refuses an invalid one with its messages (issue 12: a file
// that validated with 0 flows crashed render), and messages never carry raw control characters.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { check, run, tempDir } from './cli.mjs';

const overflow = 'tests/cli/fixtures/overflow-everywhere.json';
const work = tempDir('tw-loader-');
after(() => fs.rmSync(work, { recursive: true, force: true }));

test('numbers a double cannot hold: validate, render, summary and bundle all refuse, exit code 1', () => {
  check('loader-overflow-validate.txt', ['validate', overflow], 1);
  check('loader-overflow-render.txt', ['render', overflow], 1);
  check('loader-overflow-summary.txt', ['summary', overflow], 1);
  const out = path.join(work, 'site');
  const bundled = run(['bundle', overflow, '--out', out]);
  assert.equal(bundled.code, 1);
  assert.match(bundled.stderr,
    /overflow-everywhere\.json: format: the number 1e400 is too large for a double \(at most about 1\.8e308\) \(line 1, column 12\)/);
  assert.ok(!fs.existsSync(path.join(out, 'index.html')), 'no bundle from an invalid dataset');
});

test('NUL, newline and ANSI escapes in keys are printed escaped, one warning per line', () => {
  const r = check('loader-control-characters.txt',
    ['validate', 'tests/cli/fixtures/control-characters-in-keys.json'], 0);
  assert.doesNotMatch(r.stderr, /[\u0000-\u0008\u000b-\u001f\u007f]/);
  const lines = r.stderr.trim().split('\n');
  assert.equal(lines.length, 3);
  // In key order, as meta's tree holds them.
  assert.match(lines[0], /meta\.\\u001b\[2J\\u001b\[31mred: unknown field \(ignored\)$/);
  assert.match(lines[1], /meta\.nul\\u0000key: unknown field \(ignored\)$/);
  assert.match(lines[2], /meta\.two\\nlines: unknown field \(ignored\)$/);
});
