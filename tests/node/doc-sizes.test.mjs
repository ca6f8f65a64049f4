// docs/embedding.md's "Size" table gives the sizes of the built site's files and of their
// pre-compressed copies: checked against public/ as `make build` leaves it. When the build
// changes, rewrite the table with `node scripts/size-table.mjs --write docs/embedding.md`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { siteSizes, docSizes } from '../../scripts/size-table.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const site = path.join(root, 'public');
const doc = fs.readFileSync(path.join(root, 'docs/embedding.md'), 'utf8');
const rewrite = 'run `node scripts/size-table.mjs --write docs/embedding.md`';

// Builds on other machines differ by a few bytes (the page's files are rebuilt by each build);
// a figure off by more than 1% (or 64 bytes for small files) is out of date.
const close = (documented, built) => documented === built || Math.abs(documented - built) <= Math.max(64, built * 0.01);

test('docs/embedding.md lists every file of the built site with its true sizes', () => {
  const built = siteSizes(site);
  const listed = docSizes(doc);
  assert.ok(listed, 'docs/embedding.md has no sizes section');
  assert.deepEqual(listed.map((r) => r.file), built.map((r) => r.file), `the files differ from public/'s: ${rewrite}`);
  for (const b of built) {
    const d = listed.find((r) => r.file === b.file);
    for (const what of ['bytes', 'gzip', 'brotli']) {
      assert.ok(b[what] !== null, `public/${b.file}: its ${what} copy is missing (make public writes .gz and .br)`);
      assert.ok(close(d[what], b[what]), `${b.file}: the doc says ${d[what]} ${what}, the build has ${b[what]}: ${rewrite}`);
    }
  }
});

test('every file of the site has a .gz and a .br copy that decompress to the file', () => {
  for (const { file } of siteSizes(site)) {
    const body = fs.readFileSync(path.join(site, file));
    assert.ok(zlib.gunzipSync(fs.readFileSync(path.join(site, `${file}.gz`))).equals(body), `${file}.gz`);
    assert.ok(zlib.brotliDecompressSync(fs.readFileSync(path.join(site, `${file}.br`))).equals(body), `${file}.br`);
  }
});
