#!/usr/bin/env node
// What the page's module weighs with only some of its calls: the page module relinked from the
// objects `make build` compiled (build/wasm, same flags as trade_widget.wasm), each time with the
// Embind registrations of a few of its calls only. The linker then drops whatever those calls do
// not reach, so each row is the least a page offering those calls can fetch with today's core.
// Issue 10 asks for at most 120 KiB gzip for the whole interactive page: this is the floor the
// module sets under it. Writes JSON for bench/report.mjs.
//
//   node bench/module-floor.mjs [--build build/wasm] [--out build/bench/floor.json]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSize, brotliSize } from './sizes.mjs';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
  if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1]]);
  return acc;
}, []));
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const build = path.resolve(args.build || path.join(root, 'build/wasm'));
const outFile = path.resolve(args.out || path.join(root, 'build/bench/floor.json'));
const objects = path.join(build, 'wasm-bindings/CMakeFiles/trade_widget.dir');
const library = path.join(build, 'wasm-bindings/libtw_core_page.a');

// Each row adds calls to the one before. The page calls describe, loadDataset and widget to
// show any state, csv and view + chartImage for its downloads; chart and memoryStats are there
// for the tests and the benchmarks.
const ROWS = [
  { name: 'loading a dataset only', calls: ['allocate', 'release', 'loadDataset'] },
  { name: '+ drawing every state a reader reaches (describe, widget)', calls: ['describe', 'widget'] },
  { name: '+ the downloads (csv, view, chartImage)', calls: ['csv', 'view', 'chartImage'] },
  { name: '+ the calls for tests (chart, memoryStats): the shipped module', calls: ['chart', 'memoryStats'] },
];
const SOURCES = ['bindings.cpp', 'chart_bindings.cpp'];

/** The binding file with only the registrations of `calls`; fails if one is not found. */
function bindingsWith(source, calls) {
  const text = fs.readFileSync(path.join(root, 'wasm-bindings', source), 'utf8');
  const block = text.match(/EMSCRIPTEN_BINDINGS\(\w+\) \{\n([\s\S]*?)\n\}/);
  if (!block) throw new Error(`wasm-bindings/${source}: no EMSCRIPTEN_BINDINGS block`);
  const lines = block[1].split('\n');
  const kept = lines.filter((line) => calls.some((c) => line.includes(`emscripten::function("${c}",`)));
  const body = text.replace(block[1], kept.join('\n'));
  // Functions no longer registered are unused: the warning is expected here.
  return `#pragma clang diagnostic ignored "-Wunused-function"\n#line 1 "${source}"\n${body}`;
}

function sizes(file) {
  const body = fs.readFileSync(file);
  return { raw: body.length, gzip: gzipSize(body), brotli: brotliSize(body) };
}

async function main() {
  for (const f of [library, path.join(objects, 'snprintf.cpp.o'), path.join(objects, 'strtod.cpp.o')]) {
    if (!fs.existsSync(f)) throw new Error(`${path.relative(root, f)} is missing: run make build first`);
  }
  const includes = fs.readFileSync(path.join(objects, 'includes_CXX.rsp'), 'utf8').trim();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tw-floor-'));
  const env = { ...process.env, NODE_PATH: '/usr/share/nodejs' }; // emcc's optimising link needs Debian's acorn
  const calls = [];
  const rows = [];
  for (const [i, row] of ROWS.entries()) {
    calls.push(...row.calls);
    const dir = path.join(work, `row${i}`);
    fs.mkdirSync(dir);
    const linked = [];
    for (const source of SOURCES) {
      const file = path.join(dir, source);
      fs.writeFileSync(file, bindingsWith(source, calls));
      // The flags of trade_widget's binding files (wasm-bindings/CMakeLists.txt).
      await run('em++', [...includes.split(/\s+/).map((a) => a.replace(/^"|"$/g, '')), `-I${path.join(root, 'wasm-bindings')}`,
        '-Oz', '-flto', '-std=c++17', '-c', file, '-o', `${file}.o`], { env });
      linked.push(`${file}.o`);
    }
    await run('em++', ['--bind', '-sMODULARIZE=1', '-sEXPORT_NAME=createTradeWidget', '-sALLOW_MEMORY_GROWTH=1',
      '-sENVIRONMENT=web,worker,node', '-sDYNAMIC_EXECUTION=0', '-sFILESYSTEM=0', '-Oz', '-flto', '-sMALLOC=emmalloc',
      ...linked, path.join(objects, 'snprintf.cpp.o'), path.join(objects, 'strtod.cpp.o'), library,
      '-o', path.join(dir, 'module.js')], { env, maxBuffer: 1 << 24 });
    rows.push({ name: row.name, calls: [...calls], ...sizes(path.join(dir, 'module.wasm')) });
    console.log(`floor: ${row.name}: ${rows[i].raw} bytes, gzip ${rows[i].gzip}`);
  }
  const shipped = sizes(path.join(build, 'wasm-bindings/trade_widget.wasm'));
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, JSON.stringify({ rows, shipped }, null, 1));
  console.log(`floor: wrote ${path.relative(root, outFile)}`);
}

main().catch((e) => {
  console.error(`module-floor: ${e.stderr || e.message}`);
  process.exit(1);
});
