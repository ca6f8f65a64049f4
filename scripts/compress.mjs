// Writes a .gz (gzip level 9) and a .br (brotli quality 11) copy beside every file of a folder,
// for static hosts that serve pre-compressed files (docs/embedding.md, "Compressed copies").
// Copies of files that no longer exist are removed; the copies are deterministic (no time stamp
// in the gzip header), so an unchanged file gives unchanged copies.
// The copies are byte for byte those of `trade-widget bundle` (core/cli/compressed_copies.cpp:
// zlib level 9, memLevel 8; brotli quality 11, default window): the .gz from pako, which is
// zlib's deflate in JavaScript (Node's own zlib is a fork whose level 9 output differs), the .br
// from Node's brotli, which is the same encoder as the CLI's libbrotli.
//
//   node scripts/compress.mjs DIR
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(path.join(path.dirname(fileURLToPath(import.meta.url)), '../tests/package.json'));
const pako = require('pako');

const dir = process.argv[2];
if (!dir || !fs.existsSync(dir)) {
  console.error('usage: node scripts/compress.mjs DIR');
  process.exit(2);
}
const compressed = (name) => name.endsWith('.gz') || name.endsWith('.br');

function* files(folder) {
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (entry.isFile()) yield full;
  }
}

let written = 0;
for (const file of [...files(dir)]) {
  if (compressed(file)) {
    if (!fs.existsSync(file.slice(0, -3))) fs.rmSync(file);  // its original is gone
    continue;
  }
  const body = fs.readFileSync(file);
  fs.writeFileSync(`${file}.gz`, pako.gzip(body, { level: 9 }));
  fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(body, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  }));
  written += 1;
}
console.log(`compress: .gz and .br beside ${written} files of ${dir}`);
