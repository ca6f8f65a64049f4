// What a file weighs compressed, as the benchmarks report it: gzip level 9, and brotli quality
// 11 with the size hint, as scripts/compress.mjs writes the .br copies.
import zlib from 'node:zlib';

export const gzipSize = (buf) => zlib.gzipSync(buf, { level: 9 }).length;
export const brotliSize = (buf) => zlib.brotliCompressSync(buf, {
  params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
}).length;
