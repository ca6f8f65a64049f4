// The "Size" table of docs/embedding.md: every file of the built site (public/) with its bytes
// and the bytes of the .gz and .br copies beside it (scripts/compress.mjs writes them at build).
// tests/node/doc-sizes.test.mjs checks the doc's table against the built files.
//
//   node scripts/size-table.mjs [--site public] [--write docs/embedding.md]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const BEGIN = '<!-- sizes: written by scripts/size-table.mjs; checked by tests/node/doc-sizes.test.mjs -->';
export const END = '<!-- sizes: end -->';

const int = (x) => (x === null ? '–' : x.toLocaleString('en-US'));

function* files(dir, base = dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full, base);
    else if (entry.isFile() && !/\.(gz|br)$/.test(entry.name)) yield path.relative(base, full).split(path.sep).join('/');
  }
}

/** [{file, bytes, gzip, brotli}] of the site; gzip/brotli are null when the copy is missing. */
export function siteSizes(site) {
  const size = (f) => (fs.existsSync(f) ? fs.statSync(f).size : null);
  return [...files(site)].map((file) => {
    const full = path.join(site, file);
    return { file, bytes: size(full), gzip: size(`${full}.gz`), brotli: size(`${full}.br`) };
  });
}

export function table(sizes) {
  return [
    '| file | bytes | `.gz` copy | `.br` copy |',
    '|---|---:|---:|---:|',
    ...sizes.map((s) => `| \`${s.file}\` | ${int(s.bytes)} | ${int(s.gzip)} | ${int(s.brotli)} |`),
  ].join('\n');
}

/** The rows of the doc's table, parsed back: [{file, bytes, gzip, brotli}]. */
export function docSizes(markdown) {
  const start = markdown.indexOf(BEGIN);
  const end = markdown.indexOf(END);
  if (start < 0 || end < start) return null;
  const num = (s) => (s.trim() === '–' ? null : Number(s.replace(/[,\s]/g, '')));
  return markdown.slice(start + BEGIN.length, end).split('\n')
    .map((line) => line.match(/^\| `([^`]+)` \|([^|]+)\|([^|]+)\|([^|]+)\|$/))
    .filter(Boolean)
    .map((m) => ({ file: m[1], bytes: num(m[2]), gzip: num(m[3]), brotli: num(m[4]) }));
}

export function rewrite(markdown, sizes) {
  const start = markdown.indexOf(BEGIN);
  const end = markdown.indexOf(END);
  if (start < 0 || end < start) throw new Error(`no "${BEGIN}" ... "${END}" section`);
  return markdown.slice(0, start + BEGIN.length) + '\n' + table(sizes) + '\n' + markdown.slice(end);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
  const sizes = siteSizes(opt('site', 'public'));
  const doc = opt('write', null);
  if (doc) {
    fs.writeFileSync(doc, rewrite(fs.readFileSync(doc, 'utf8'), sizes));
    console.log(`size-table: wrote ${sizes.length} files into ${doc}`);
  } else {
    console.log(table(sizes));
  }
}
