// `trade-widget bundle` writes a .gz and a .br copy beside every file of the folder (what static
// hosts send as they are, docs/embedding.md), made from the bundle's own files: the rewritten
// index.html and standalone.html, the new dataset and its fallback charts included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { root, run, tempDir } from './cli.mjs';

function* files(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else yield full;
  }
}

test('every file of a bundle has .gz and .br copies of its own bytes, and no stale copy', () => {
  // embed-snippets.txt is for the editor (the embed code), not served: it has no copies.
  const work = tempDir('tw-bundle-gz-');
  try {
    fs.copyFileSync(path.join(root, 'tests/cli/fixtures/small.json'), path.join(work, 'small.json'));
    const bundled = run(['bundle', 'small.json', '--out', 'site'], { cwd: work });
    assert.equal(bundled.code, 0, bundled.stderr);
    const all = [...files(path.join(work, 'site'))].map((f) => path.relative(path.join(work, 'site'), f));
    assert.ok(all.includes('embed-snippets.txt') && !all.includes('embed-snippets.txt.gz'));
    const originals = all.filter((f) => !/\.(gz|br)$/.test(f) && f !== 'embed-snippets.txt');
    assert.ok(originals.includes('index.html') && originals.includes('data/small.json'), originals.join(' '));
    assert.equal(all.length, originals.length * 3 + 1, 'exactly a .gz and a .br per file');
    for (const f of originals) {
      const body = fs.readFileSync(path.join(work, 'site', f));
      assert.ok(zlib.gunzipSync(fs.readFileSync(path.join(work, 'site', `${f}.gz`))).equals(body), `${f}.gz`);
      assert.ok(zlib.brotliDecompressSync(fs.readFileSync(path.join(work, 'site', `${f}.br`))).equals(body), `${f}.br`);
    }
    // The copies are of the bundle's files, not the site's: index.html names the new dataset.
    const index = zlib.brotliDecompressSync(fs.readFileSync(path.join(work, 'site/index.html.br'))).toString();
    assert.match(index, /data\/small\.json/);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
});

test('make build\'s copies in public/ are byte for byte the CLI\'s copies of the same files', () => {
  // scripts/compress.mjs (pako's gzip, Node's brotli) and the CLI (zlib, libbrotli) give the same
  // bytes, so a site and a bundle made from it serve the same copies. Compared: every file that
  // the bundle copies unchanged from public/ (the module, the scripts, embed.js, ...).
  const work = tempDir('tw-bundle-same-');
  try {
    const publicDir = path.join(root, 'public');
    fs.copyFileSync(path.join(publicDir, 'data/china-rare-earths-2025.json'), path.join(work, 'd.json'));
    const bundled = run(['bundle', 'd.json', '--out', 'site'], { cwd: work });
    assert.equal(bundled.code, 0, bundled.stderr);
    const site = path.join(work, 'site');
    const same = [...files(site)].map((f) => path.relative(site, f)).filter((f) => !/\.(gz|br)$/.test(f) &&
      fs.existsSync(path.join(publicDir, `${f}.gz`)) &&
      fs.readFileSync(path.join(site, f)).equals(fs.readFileSync(path.join(publicDir, f))));
    assert.ok(same.includes('app/trade_widget.wasm') && same.includes('app/widget.js') && same.includes('embed.js'), same.join(' '));
    for (const f of same) {
      for (const copy of [`${f}.gz`, `${f}.br`]) {
        const mine = fs.readFileSync(path.join(publicDir, copy));
        const cli = fs.readFileSync(path.join(site, copy));
        assert.ok(mine.equals(cli), `public/${copy}: ${mine.length} bytes, the CLI's ${cli.length}`);
      }
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
});
