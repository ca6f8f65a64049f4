// Shared by the CLI tests: runs bin/trade-widget and compares transcripts with golden files.
// TW_CLI=/path/to/trade-widget runs another build; UPDATE_GOLDEN=1 rewrites the golden files
// (look at `git diff tests/cli/golden` afterwards). A mismatch also writes the new transcript to
// tests/output/cli/NAME-changed.txt for a person to compare.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const cli = process.env.TW_CLI || path.join(root, 'bin/trade-widget');
export const goldenDir = path.join(root, 'tests/cli/golden');
export const fixtures = path.join(root, 'tests/cli/fixtures');
const changedDir = path.join(root, 'tests/output/cli');

if (!fs.existsSync(cli)) {
  throw new Error(`${cli} does not exist: run \`make build\` first (or set TW_CLI)`);
}

/** Runs the CLI; returns {code, stdout, stderr}. */
export function run(args, { cwd = root, env = {} } = {}) {
  const r = spawnSync(cli, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function shellWord(a) {
  return /^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`;
}

/** What a person sees in a terminal: the command, its exit code, stdout and stderr. */
export function transcript(args, result) {
  return [
    `$ trade-widget ${args.map(shellWord).join(' ')}`,
    `[exit ${result.code}]`,
    '[stdout]',
    result.stdout.replace(/\n$/, ''),
    '[stderr]',
    result.stderr.replace(/\n$/, ''),
    '',
  ].join('\n');
}

/** Compares text with tests/cli/golden/NAME (or writes it under UPDATE_GOLDEN=1). */
export function golden(name, text) {
  const file = path.join(goldenDir, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    fs.writeFileSync(file, text);
    return;
  }
  const expected = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
  if (expected === text) return;
  fs.mkdirSync(changedDir, { recursive: true });
  const ext = path.extname(name);
  const changed = path.join(changedDir, `${path.basename(name, ext)}-changed${ext}`);
  fs.writeFileSync(changed, text);
  assert.equal(text, expected,
    `${name} differs from the golden file; the new output is in ${path.relative(root, changed)}`);
}

/** Runs the CLI and checks exit code and transcript against a golden file. */
export function check(name, args, expectedCode, options) {
  const result = run(args, options);
  golden(name, transcript(args, result));
  assert.equal(result.code, expectedCode, `exit code of trade-widget ${args.join(' ')}`);
  return result;
}

/** A fresh empty folder, removed by the caller's cleanup (or left in the OS temp folder). */
export function tempDir(prefix = 'tw-cli-') {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}
