// The scale benchmark: bytes of a trade-widget/1 file -> loaded -> rolled up, for each dataset
// size, in ONE Node process: the core as wasm (bytes copied into the heap), plain JavaScript,
// arquero and d3-array; the same core built natively runs as a subprocess in the same rounds.
// Rounds interleave the implementations so that noise from a shared machine hits all of them;
// the first round is a warm-up and is not counted. Prints progress; writes JSON results.
//
//   node --expose-gc bench/scale.mjs --data DIR --wasm FILE.js --native FILE [--page FILE.js]
//        [--runs N] [--sizes 10000,100000,1000000] --out FILE.json
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { plainJs, arquero, d3Array, compareDigests } from './peers.mjs';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
  if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1]]);
  return acc;
}, []));
const runs = Number(args.runs || 5);
const sizes = (args.sizes || '10000,100000,1000000').split(',').map(Number);
const require = createRequire(import.meta.url);
const gc = globalThis.gc || (() => {});

// The query: the last 12 months of the generated data (2025) against 2024; toggles re-query
// other ranges of the loaded data, as a reader switching the period would.
const month = (y, m) => y * 12 + m - 1;
const request = { start: month(2025, 1), end: month(2025, 12), top: 10 };
const toggles = [[month(2024, 1), month(2024, 12)], [month(2023, 1), month(2023, 12)], [month(2025, 1), month(2025, 9)],
  [month(2022, 1), month(2022, 12)], [month(2025, 7), month(2025, 12)]];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const time = (fn) => {
  const t0 = performance.now();
  const out = fn();
  return [performance.now() - t0, out];
};

/** A fresh instance of the benchmark module (a fresh heap: "heap after load" is per size). */
function wasmModule() {
  const create = require(path.resolve(args.wasm));
  const wasmBinary = fs.readFileSync(path.resolve(args.wasm).replace(/\.js$/, '.wasm'));
  return create({ wasmBinary });
}

async function main() {
  const results = { request, toggles, runs, node: process.version, sizes: [] };
  for (const size of sizes) {
    const file = path.join(args.data, `trade-${size}.json`);
    const bytes = fs.readFileSync(file);
    const M = await wasmModule();
    const timings = { wasm: [], wasm_copy: [], wasm_load: [], wasm_rollup: [], js: [], arquero: [], d3: [], native: [], native_load: [], native_rollup: [], page_load: [] };
    const digests = {};
    let heapAfterLoad = 0;
    let nativeToggles = [];
    let nativeRss = 0;
    let wasmToggles = [];
    const pageModule = args.page ? await pageFactory() : null;

    for (let round = 0; round <= runs; ++round) {
      const keep = round > 0;
      // wasm: copy the bytes into the heap, load, roll up, read the digest back.
      gc();
      M._bench_unload();
      const t0 = performance.now();
      const ptr = M._bench_alloc(bytes.length);
      M.HEAPU8.set(bytes, ptr);
      const t1 = performance.now();
      const n = M._bench_load(ptr, bytes.length);
      M._bench_free(ptr);
      const t2 = performance.now();
      if (n < 0) throw new Error(`wasm load of ${file}: ${M.UTF8ToString(M._bench_text())}`);
      const digest = JSON.parse(M.UTF8ToString(M._bench_rollup(request.start, request.end, request.top)));
      const t3 = performance.now();
      if (!keep) {
        heapAfterLoad = M.HEAPU8.length;
        digests.wasm = digest;
      } else {
        timings.wasm.push(t3 - t0); timings.wasm_copy.push(t1 - t0);
        timings.wasm_load.push(t2 - t1); timings.wasm_rollup.push(t3 - t2);
      }
      if (round === runs) {
        for (let pass = 0; pass < 3; ++pass) {
          for (const [s, e] of toggles) {
            const [ms] = time(() => JSON.parse(M.UTF8ToString(M._bench_rollup(s, e, 10))));
            wasmToggles.push(ms);
          }
        }
      }

      for (const [name, fn] of [['js', plainJs], ['arquero', arquero], ['d3', d3Array]]) {
        gc();
        const [ms, out] = time(() => fn(bytes, request));
        if (keep) timings[name].push(ms); else digests[name] = out;
      }

      if (pageModule) {
        gc();
        const [ms, ok] = time(() => pageModule(bytes));
        if (!ok) throw new Error('the page module did not load the dataset');
        if (keep) timings.page_load.push(ms);
      }

      // Native: one warm-up and one timed run per round, in a subprocess.
      const rangeArgs = round === runs ? toggles.map(([s, e]) => `${s}:${e}`) : [];
      const native = spawnSync(args.native, [file, '1', String(request.start), String(request.end), ...rangeArgs],
        { encoding: 'utf8', maxBuffer: 64 << 20 });
      if (native.status !== 0) throw new Error(`native: ${native.stderr}`);
      const nr = JSON.parse(native.stdout);
      if (keep) {
        timings.native.push(nr.total_ms[0]);
        timings.native_load.push(nr.load_ms[0]);
        timings.native_rollup.push(nr.rollup_ms[0]);
      } else {
        digests.native = nr.digest;
      }
      if (round === runs) { nativeToggles = nr.toggle_ms; nativeRss = nr.max_rss_kb; }
      process.stdout.write(`  ${size}: round ${round}${keep ? '' : ' (warm-up)'} done\n`);
    }
    M._bench_unload();

    const agreement = {};
    for (const name of ['native', 'js', 'arquero', 'd3']) {
      agreement[name] = compareDigests(digests.wasm, digests[name]) || 'same figures';
      if (agreement[name] !== 'same figures') throw new Error(`${size}: ${name} differs from wasm: ${agreement[name]}`);
    }
    const med = Object.fromEntries(Object.entries(timings).filter(([, v]) => v.length).map(([k, v]) => [k, median(v)]));
    const yoyGroups = digests.wasm.by_product.filter((g) => g[8] !== null).length + digests.wasm.by_partner.filter((g) => g[8] !== null).length;
    results.sizes.push({
      size, bytes: bytes.length, observations: size, median_ms: med, timings,
      toggle_ms: { wasm: median(wasmToggles), wasm_p95: percentile(wasmToggles, 0.95), native: median(nativeToggles) },
      wasm_heap_after_load: heapAfterLoad, native_max_rss_kb: nativeRss,
      groups: { by_product: digests.wasm.by_product.length, by_partner: digests.wasm.by_partner.length, with_yoy: yoyGroups },
      agreement,
    });
    const fastestJs = Math.min(med.js, med.arquero, med.d3);
    console.log(`${size}: wasm ${med.wasm.toFixed(1)} ms, native ${med.native.toFixed(1)}, js ${med.js.toFixed(1)}, ` +
      `arquero ${med.arquero.toFixed(1)}, d3 ${med.d3.toFixed(1)}; fastest JS / wasm = ${(fastestJs / med.wasm).toFixed(2)}, ` +
      `wasm / native = ${(med.wasm / med.native).toFixed(2)}; heap ${(heapAfterLoad / 2 ** 20).toFixed(1)} MiB ` +
      `(${(heapAfterLoad / bytes.length).toFixed(2)}x input); toggle ${median(wasmToggles).toFixed(2)} ms`);
  }
  fs.writeFileSync(args.out, JSON.stringify(results, null, 1));
}

function percentile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
}

/** The page's own module (its link flags): allocate, HEAPU8.set, loadDataset, release. */
async function pageFactory() {
  const create = require(path.resolve(args.page));
  const M = await create({ wasmBinary: fs.readFileSync(path.resolve(args.page).replace(/\.js$/, '.wasm')) });
  return (bytes) => {
    const ptr = M.allocate(bytes.length);
    M.HEAPU8.set(bytes, ptr);
    const reply = JSON.parse(M.loadDataset(ptr, bytes.length, 'en'));
    M.release(ptr);
    return reply.ok === true;
  };
}

main().catch((e) => { console.error(e.stack || String(e)); process.exit(1); });
