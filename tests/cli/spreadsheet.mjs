// Shared by the spreadsheet round-trip tests: LibreOffice Calc (headless, Debian's
// libreoffice-calc-nogui) and openpyxl (Debian's python3-openpyxl), both installed by
// scripts/setup.sh. A missing program fails the test with the fix: these tests never skip.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The CSV filter of LibreOffice; options are documented in docs/editors.md. */
export const csvFilter = 'Text - txt - csv (StarCalc)';
/** Ids, periods, labels and every other text column as Text (format 2); value (6) and
 * decimals (11) as numbers. Column numbers follow csv_columns(). */
export const textColumns = [1, 2, 3, 4, 5, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17, 18, 19]
  .map((c) => `${c}/2`).join('/');
/** Character sets: 76 is UTF-8, 1 is Windows-1252 (LibreOffice's default on a Western system). */
export const options = {
  utf8: '44,34,76,1',
  utf8Text: `44,34,76,1,${textColumns}`,
  windows1252: '44,34,1,1',
  windows1252Text: `44,34,1,1,${textColumns}`,
  utf8Semicolon: '59,34,76,1',
};

// Debian's python3, which has openpyxl (the python3 on PATH may be another one).
export const python = '/usr/bin/python3';

export function requireLibreOffice() {
  const r = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    throw new Error('LibreOffice is missing (`soffice --version` failed): run `make setup`, which ' +
      'installs Debian\'s libreoffice-calc-nogui');
  }
  return r.stdout.trim();
}

export function requireOpenpyxl() {
  const r = spawnSync(python, ['-c', 'import openpyxl; print(openpyxl.__version__)'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    throw new Error(`openpyxl is missing (${python} -c "import openpyxl" failed): run \`make setup\`, ` +
      'which installs Debian\'s python3-openpyxl');
  }
  return r.stdout.trim();
}

/**
 * One headless LibreOffice run: opens each input (with `infilter` for CSV inputs) and saves it
 * to outdir as `convertTo` ("csv:FILTER:OPTIONS" or "xlsx"). Each run has its own profile so that
 * runs can go in parallel. Resolves with the output paths; rejects when one is missing.
 */
export function soffice({ inputs, infilter, convertTo, outdir }) {
  const args = ['--headless'];
  if (infilter) args.push(`--infilter=${infilter}`);
  args.push('--convert-to', convertTo, '--outdir', outdir, ...inputs);
  return sofficeRun(args, { inputs, convertTo, outdir });
}

/**
 * A command line as docs/editors.md shows it ("soffice --headless ... FILE"), run in cwd with a
 * profile of its own. Resolves with the output paths.
 */
export function sofficeCommand(line, cwd) {
  const words = line.match(/"[^"]*"|[^\s"]+(?:"[^"]*")?/g).map((w) => w.replace(/"/g, ''));
  assert.equal(words[0], 'soffice', line);
  const args = words.slice(1);
  const value = (name) => args[args.indexOf(name) + 1];
  const inputs = args.filter((a, i) => i > args.indexOf('--outdir') + 1);
  return sofficeRun(args, { inputs, convertTo: value('--convert-to'), outdir: value('--outdir'), cwd });
}

function sofficeRun(commandArgs, { inputs, convertTo, outdir, cwd = process.cwd() }) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-profile-'));
  const args = [`-env:UserInstallation=file://${profile}`, ...commandArgs];
  return new Promise((resolve, reject) => {
    const child = spawn('soffice', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => { output += d; });
    child.stderr.on('data', (d) => { output += d; });
    child.on('error', reject);
    child.on('close', () => {
      fs.rmSync(profile, { recursive: true, force: true });
      const ext = convertTo.split(':')[0];
      const outs = inputs.map((f) => path.resolve(cwd, outdir, `${path.basename(f, path.extname(f))}.${ext}`));
      const missing = outs.filter((f) => !fs.existsSync(f));
      if (missing.length) reject(new Error(`soffice ${args.join(' ')} wrote no ${missing.join(', ')}:\n${output}`));
      else resolve(outs);
    });
  });
}

/** Runs a Python script (text) with Debian's python3 and the given arguments. */
export function runPython(script, args) {
  const r = spawnSync(python, ['-c', script, ...args], { encoding: 'utf8' });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${python} failed:\n${r.stderr}`);
  return r.stdout;
}
