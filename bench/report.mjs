// Writes docs/benchmarks.md from the results of bench/scale.mjs, bench/page.mjs and
// bench/lighthouse.mjs: the tables, the targets of issues 5 and 10 (met or not, from the same
// run), and the machine it ran on. A part whose results are not given (bench/run.sh with
// BENCH_PARTS) keeps its section, and its rows of the targets, from the existing report.
//
//   node bench/report.mjs [--scale FILE.json] [--page FILE.json] [--lighthouse FILE.json]
//        [--floor FILE.json]
//        --module DIR --out docs/benchmarks.md
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSize, brotliSize } from './sizes.mjs';
import { execFileSync } from 'node:child_process';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
  if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1]]);
  return acc;
}, []));
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const readJson = (f) => (f && fs.existsSync(f) ? JSON.parse(fs.readFileSync(f, 'utf8')) : null);
const scale = readJson(args.scale);
const page = readJson(args.page);
const lighthouse = readJson(args.lighthouse);
const floor = readJson(args.floor);

// The existing report, split at its "## " headings, for the parts not run this time.
const previous = args.out && fs.existsSync(args.out) ? fs.readFileSync(args.out, 'utf8') : '';
const previousSection = (heading) => {
  const start = previous.indexOf(`\n## ${heading}`);
  if (start < 0) return null;
  const end = previous.indexOf('\n## ', start + 4);
  return previous.slice(start + 1, end < 0 ? previous.length : end).trimEnd().split('\n');
};
const previousTargets = (match) => (previousSection('Targets') || [])
  .filter((line) => line.startsWith('| ') && match.test(line))
  .map((line) => line.split(' | ').map((c) => c.replace(/^\| |\s*\|$/g, '')))
  .map(([what, value, ok]) => [what.endsWith('(not re-run)') ? what : `${what} (not re-run)`, value, ok === '**met**']);
const STALE = '_Not re-run by the last `make bench` (BENCH_PARTS): figures of an earlier run._';
const keep = (heading) => {
  const lines = previousSection(heading);
  if (!lines) return false;
  // A section kept twice keeps one marker.
  while (lines.length && (lines[lines.length - 1] === STALE || lines[lines.length - 1] === '')) lines.pop();
  for (const line of lines) w(line);
  w();
  w(STALE);
  w();
  return true;
};
let commit = 'unknown';
try {
  commit = execFileSync('git', ['-C', root, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
} catch { /* not a checkout */ }

const KiB = 1024;
const ms = (x) => (x === null || x === undefined ? '–' : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const int = (x) => x.toLocaleString('en-US');
const kib = (bytes) => `${(bytes / KiB).toFixed(1)} KiB`;
const ratio = (x) => `${x.toFixed(2)}×`;
const verdict = (ok) => (ok ? '**met**' : '**not met**');

function command(cmd, argv) {
  try {
    return execFileSync(cmd, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split('\n')[0].trim();
  } catch {
    return 'not found';
  }
}

function machine() {
  const cpu = (fs.readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/) || [])[1] || os.cpus()[0]?.model || 'unknown';
  const mem = Number((fs.readFileSync('/proc/meminfo', 'utf8').match(/MemTotal:\s*(\d+)/) || [])[1] || 0) * 1024;
  const pkg = (name) => {
    try {
      return JSON.parse(fs.readFileSync(path.join(root, 'tests/node_modules', name, 'package.json'), 'utf8')).version;
    } catch {
      return 'not installed';
    }
  };
  return [
    ['processors (nproc)', command('nproc', [])],
    ['CPU model', cpu],
    ['memory', `${(mem / 2 ** 30).toFixed(1)} GiB`],
    ['load average when the report was written', os.loadavg().map((x) => x.toFixed(2)).join(', ')],
    ['OS', command('sh', ['-c', '. /etc/os-release && echo "$PRETTY_NAME"'])],
    ['Node', process.version],
    ['emscripten', (command('emcc', ['--version']).match(/\d+\.\d+\.\d+/) || ['not found'])[0]],
    ['g++', command('g++', ['--version'])],
    ['Chromium', command('chromium', ['--version'])],
    ['arquero / d3-array', `${pkg('arquero')} / ${pkg('d3-array')}`],
  ];
}

function moduleSizes(dir) {
  const rows = [];
  for (const name of ['trade_widget.wasm', 'trade_widget.js', 'trade_widget_single.js']) {
    const file = path.join(dir, name);
    if (!fs.existsSync(file)) continue;
    const body = fs.readFileSync(file);
    rows.push(`| ${name} | ${int(body.length)} | ${int(gzipSize(body))} | ${int(brotliSize(body))} |`);
  }
  return rows;
}

const out = [];
const w = (line = '') => out.push(line);
w('# Benchmarks');
w();
w('Written by `make bench` (`bench/run.sh`); do not edit by hand. Every time is the median of');
w(`${scale ? scale.runs : (previous.match(/median of\s+(\d+) runs/) || [])[1] || 'several'} runs after a warm-up run; every comparison is a ratio of times measured in the same`);
w('run, with the implementations interleaved round by round, because our machines are shared and noisy.');
w('No timing is asserted by `make test`.');
w();

const targets = [];
if (!scale && keep('Scale: bytes → loaded → aggregated')) {
  targets.push(...previousTargets(/1M observations/));
}
if (scale) {
  w('## Scale: bytes → loaded → aggregated');
  w();
  w('Synthetic datasets in the project\'s own format (`bench/generate.mjs`, deterministic): 2 flows ×');
  w('K products × P partners (+ "world") × 60 months with volumes, year-on-year changes and partner');
  w('shares, and nulls. The query (`core/include/trade_widget/rollup.h`): volumes of the last 12 months');
  w('and of the 12 months before, summed by flow × product and by flow × partner (aggregates never');
  w('added), the year-on-year change per group where both years are complete, and the top-10');
  w('partners\' share per flow. Each implementation starts from the file\'s bytes in memory:');
  w();
  w('- **wasm**: the core as the page ships it (`tw_core_page`: `-Oz`, the large-data path at `-O2`,');
  w('  link-time optimisation; `bench/bench_wasm.cpp`), bytes copied into its heap with `HEAPU8.set`,');
  w('  loaded (with full validation), rolled up, digest read back as JSON;');
  w('- **native**: the same C++ built with g++ `-O3` (`bench/bench_native.cpp`), run as a subprocess;');
  w('- **plain JS**: `JSON.parse` and one loop; **arquero** and **d3-array**: `JSON.parse`, then the');
  w('  libraries\' group-by (`bench/peers.mjs`). The JavaScript peers validate nothing.');
  w();
  w('All five give the same figures (every group\'s sums and counts, year-on-year changes, top');
  w('partners and shares are compared; sums to 1e-9 relative) or the benchmark fails.');
  w();
  w('| observations | input | wasm | native | plain JS | arquero | d3-array | fastest JS ÷ wasm | wasm ÷ native | re-query, wasm | wasm heap after load | page module, load only |');
  w('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const s of scale.sizes) {
    const m = s.median_ms;
    const fastest = Math.min(m.js, m.arquero, m.d3);
    w(`| ${int(s.size)} | ${(s.bytes / 2 ** 20).toFixed(1)} MiB | ${ms(m.wasm)} ms | ${ms(m.native)} ms | ${ms(m.js)} ms | ` +
      `${ms(m.arquero)} ms | ${ms(m.d3)} ms | ${ratio(fastest / m.wasm)} | ${ratio(m.wasm / m.native)} | ` +
      `${ms(s.toggle_ms.wasm)} ms | ${(s.wasm_heap_after_load / 2 ** 20).toFixed(1)} MiB (${ratio(s.wasm_heap_after_load / s.bytes)}) | ` +
      `${m.page_load === undefined ? '–' : `${ms(m.page_load)} ms`} |`);
  }
  w();
  const big = scale.sizes.find((s) => s.size === 1000000) || scale.sizes[scale.sizes.length - 1];
  if (big) {
    const m = big.median_ms;
    w(`At ${int(big.size)} observations the wasm time splits into copying the bytes into the heap`);
    w(`${ms(m.wasm_copy)} ms, loading ${ms(m.wasm_load)} ms and the rollup ${ms(m.wasm_rollup)} ms (native: load`);
    w(`${ms(m.native_load)} ms, rollup ${ms(m.native_rollup)} ms). "Re-query" is the rollup of other ranges of the`);
    w(`loaded data (median of ${scale.toggles.length * 3}; p95 ${ms(big.toggle_ms.wasm_p95)} ms), as a reader toggling the period`);
    w('causes. "Wasm heap after load" is the module\'s whole memory after the first load (the input');
    w('copy is freed but the heap never shrinks). "Page module" is the module the page ships');
    w('(`trade_widget.js`, its own link flags) loading the same bytes through its `loadDataset` binding.');
    w();
    const fastest = Math.min(m.js, m.arquero, m.d3);
    const name = fastest === m.js ? 'plain JS' : fastest === m.arquero ? 'arquero' : 'd3-array';
    targets.push([`1M observations, bytes → aggregates: wasm ≥ 2× faster than the fastest JS peer`,
      `${name} ${ms(fastest)} ms ÷ wasm ${ms(m.wasm)} ms = ${ratio(fastest / m.wasm)}`, fastest / m.wasm >= 2]);
    targets.push([`1M observations: wasm within 1.5× of native`, `${ms(m.wasm)} ÷ ${ms(m.native)} ms = ${ratio(m.wasm / m.native)}`,
      m.wasm / m.native <= 1.5]);
    targets.push([`1M observations: re-query of loaded data ≤ 50 ms`, `${ms(big.toggle_ms.wasm)} ms median, ${ms(big.toggle_ms.wasm_p95)} ms p95`,
      big.toggle_ms.wasm <= 50]);
    targets.push([`1M observations: wasm heap ≤ 3× the input`, `${(big.wasm_heap_after_load / 2 ** 20).toFixed(1)} MiB ÷ ${(big.bytes / 2 ** 20).toFixed(1)} MiB = ${ratio(big.wasm_heap_after_load / big.bytes)}`,
      big.wasm_heap_after_load / big.bytes <= 3]);
  }
}

if (!page && keep('Page')) {
  targets.unshift(...previousTargets(/payload|first chart|Toggle|before the first complete view|whole interactive page/));
}
if (!page && keep('Height of the default view')) { /* kept as it was */ }
if (page) {
  w('## Page');
  w();
  w(`Measured on commit \`${commit}\`. Headless Chromium (Debian's) with the cache disabled, the site`);
  w('served on 127.0.0.1 by `tests/browser/harness.mjs`; `standalone.html` opened from `file://`.');
  w('Gzip and brotli sizes are what zlib makes of each file at gzip level 9 and brotli quality 11:');
  w('the `.gz` and `.br` copies beside each file of `public/`, which a host can send as they are');
  w('(docs/embedding.md). "Before the first view": the responses that had ended when the first chart');
  w('the core drew (`.tw-chart-figure svg`) entered the DOM, the first complete view. "First chart":');
  w('navigation start → that moment. "Toggle": a click on a view or flow control → the widget\'s');
  w('`data-state` changed (the DOM is updated in the same task).');
  w();
  for (const p of page.pages) {
    w(`### ${p.name}`);
    w();
    if (p.error) {
      w(`Not measured: ${p.error}.`);
      w();
      continue;
    }
    const brotli = (f) => (f.brotli === undefined ? '–' : int(f.brotli));
    w('| file | bytes | gzip | brotli | before the first view |');
    w('|---|---:|---:|---:|:---:|');
    for (const f of p.files) w(`| ${f.url || 'index.html'} | ${int(f.raw)} | ${int(f.gzip)} | ${brotli(f)} | ${f.before_first_view ? 'yes' : ''} |`);
    w(`| **total** | **${int(p.total.raw)}** (${kib(p.total.raw)}) | **${int(p.total.gzip)}** (${kib(p.total.gzip)}) | **${brotli(p.total)}**${p.total.brotli === undefined ? '' : ` (${kib(p.total.brotli)})`} | |`);
    if (p.before_first_view) {
      const b = p.before_first_view;
      w(`| **before the first view** (${b.files} files) | ${int(b.raw)} (${kib(b.raw)}) | ${int(b.gzip)} (${kib(b.gzip)}) | ${int(b.brotli)} (${kib(b.brotli)}) | |`);
    }
    w();
    w(`First chart: ${ms(p.first_chart_ms.median)} ms median (p95 ${ms(p.first_chart_ms.p95)} ms, ${p.first_chart_ms.runs.length} navigations).`);
    w(`Toggle → DOM: ${ms(p.toggle_ms.median)} ms median, ${ms(p.toggle_ms.p95)} ms p95 over ${p.toggle_ms.count} toggles` +
      `${p.toggle_error ? ` (stopped: ${p.toggle_error})` : ''}.`);
    w();
    if (p.name.startsWith('default')) {
      targets.unshift([`Default page payload ≤ 100 KiB gzip (goal 80)`, kib(p.total.gzip), p.total.gzip <= 100 * KiB]);
      targets.splice(1, 0, [`Navigation → first chart ≤ 100 ms median (loopback)`, `${ms(p.first_chart_ms.median)} ms`, p.first_chart_ms.median <= 100]);
      targets.splice(2, 0, [`Toggle → DOM ≤ 16 ms (bundled data)`, `${ms(p.toggle_ms.median)} ms median, ${ms(p.toggle_ms.p95)} ms p95`, p.toggle_ms.median <= 16]);
      if (p.before_first_view) {
        targets.push([`Issue 10: bytes before the first complete view ≤ 30 KiB gzip`, `${kib(p.before_first_view.gzip)} gzip, ${kib(p.before_first_view.brotli)} brotli`, p.before_first_view.gzip <= 30 * KiB]);
      }
      targets.push([`Issue 10: the whole interactive page ≤ 120 KiB gzip (aim 100)`, `${kib(p.total.gzip)} gzip${p.total.brotli === undefined ? '' : `, ${kib(p.total.brotli)} brotli`}`, p.total.gzip <= 120 * KiB]);
    }
  }
  if (page.heights?.length) {
    w('## Height of the default view');
    w();
    w('The document\'s scroll height (what an iframe must give the page; the viewport is 100 px tall,');
    w('so this is the content\'s height) and the widget root\'s (`#widget`) once the default view is');
    w('complete (first chart drawn, `data-state` set, fonts loaded), per layout (a query string of');
    w('`index.html`) and viewport width. A layout the page does not offer shows the default one.');
    w();
    const ws = [...new Set(page.heights.map((h) => h.width))];
    w(`| layout | ${ws.map((x) => `${x} px`).join(' | ')} |`);
    w(`|---|${ws.map(() => '---:').join('|')}|`);
    for (const layout of [...new Set(page.heights.map((h) => h.layout))]) {
      const cells = ws.map((x) => page.heights.find((h) => h.layout === layout && h.width === x))
        .map((h) => (h ? `${int(h.document)} (${int(h.root)})` : '–'));
      w(`| \`${layout === '(default)' ? 'index.html' : layout}\` | ${cells.join(' | ')} |`);
    }
    w();
    w('Each cell: document height (widget root height), in CSS pixels.');
    w();
  } else if (page.heights_error) {
    w('## Height of the default view');
    w();
    w(`Not measured: ${page.heights_error}.`);
    w();
  }
}

if (!lighthouse && keep('Lighthouse')) {
  targets.push(...previousTargets(/Lighthouse/));
}
if (lighthouse) {
  w('## Lighthouse');
  w();
  w(`Lighthouse ${lighthouse.layouts[0]?.runs[0]?.lighthouse || '12.2.3'} (\`tests/node_modules\`, \`bench/lighthouse.mjs\`) on commit \`${commit}\`, mobile preset`);
  w('(Lighthouse\'s default: simulated slow 4G and a 4× slower CPU), Debian\'s Chromium, the site served');
  w('as a static host should (`scripts/serve.mjs`: the `.br` copies with `Content-Encoding`). Median of');
  w(`${lighthouse.runs} runs per layout, each figure on its own. With Chromium 156 a few audits error (TOOLCHAIN.md);`);
  w('the scores and metrics still come. `benchmarkIndex` is Lighthouse\'s measure of the machine\'s');
  w('speed at the time (higher is faster; our machines are shared).');
  w();
  w('| layout | performance | accessibility | best practices | SEO | LCP | TBT | CLS | FCP | benchmarkIndex |');
  w('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  const sec = (x) => (x === null ? '–' : `${(x / 1000).toFixed(2)} s`);
  for (const l of lighthouse.layouts) {
    const m = l.median;
    w(`| \`${l.layout === '(default)' ? 'index.html' : l.layout}\` | ${m.performance} | ${m.accessibility} | ${m.best_practices} | ${m.seo} | ` +
      `${sec(m.lcp_ms)} | ${m.tbt_ms === null ? '–' : `${Math.round(m.tbt_ms)} ms`} | ${m.cls === null ? '–' : m.cls.toFixed(3)} | ${sec(m.fcp_ms)} | ${m.benchmark_index === null ? '–' : Math.round(m.benchmark_index)} |`);
  }
  w();
  const d = lighthouse.layouts[0]?.median;
  if (d) {
    targets.push([`Issue 10, Lighthouse (index.html): performance ≥ 95`, `${d.performance}`, d.performance >= 95]);
    targets.push([`Issue 10, Lighthouse: accessibility 100, best practices 100`, `${d.accessibility}, ${d.best_practices}`, d.accessibility === 100 && d.best_practices === 100]);
    targets.push([`Issue 10, Lighthouse: SEO ≥ 90`, `${d.seo}`, d.seo >= 90]);
    targets.push([`Issue 10, Lighthouse: LCP ≤ 1.5 s, TBT ≤ 50 ms, CLS ≤ 0.01`, `${sec(d.lcp_ms)}, ${Math.round(d.tbt_ms)} ms, ${d.cls.toFixed(3)}`,
      d.lcp_ms <= 1500 && d.tbt_ms <= 50 && d.cls <= 0.01]);
  }
}

if (!floor) keep('What the page\'s calls weigh (issue 10)');
if (floor) {
  w('## What the page\'s calls weigh (issue 10)');
  w();
  w('`bench/module-floor.mjs`: the page module relinked from the objects of `make build` (same flags),');
  w('each row with the Embind registrations of a few more of its calls; the linker drops what those');
  w('calls do not reach, so each row is the least a page offering them fetches with today\'s core.');
  w();
  w('| the module with | .wasm bytes | gzip | brotli |');
  w('|---|---:|---:|---:|');
  for (const r of floor.rows) w(`| ${r.name} | ${int(r.raw)} | ${int(r.gzip)} | ${int(r.brotli)} |`);
  w();
  const index = page && page.pages.find((p) => /index\.html/.test(p.name));
  const wasm = index && index.files.find((f) => /trade_widget\.wasm$/.test(f.url));
  const reader = floor.rows[1];
  if (index && wasm && reader) {
    const others = index.total.gzip - wasm.gzip;
    w(`The page's other files (index.html, its scripts and styles, the loader, the dataset) are ${kib(others)} gzip`);
    w(`in this run, so a page that loads its dataset and draws every state, and nothing more, fetches`);
    w(`${kib(others + reader.gzip)} gzip (${kib(others + reader.gzip - 120 * KiB)} over the 120 KiB of issue 10); the module would have to`);
    w(`be at most ${kib(120 * KiB - others)} gzip, ${Math.round(100 * (1 - (120 * KiB - others) / reader.gzip))}% less than the code those calls reach today.`);
    w();
  }
}

if (args.module) {
  const rows = moduleSizes(args.module);
  if (rows.length) {
    w('## The module the page uses');
    w();
    w('Compile and link flags in `wasm-bindings/CMakeLists.txt` (the reasons are given there and in');
    w('"Choosing the flags" below); sizes of this build.');
    w();
    w('| file | bytes | gzip | brotli |');
    w('|---|---:|---:|---:|');
    for (const r of rows) w(r);
    w();
  }
}

if (targets.length) {
  w('## Targets');
  w();
  w('| target | this run | |');
  w('|---|---|---|');
  for (const [what, value, ok] of targets) w(`| ${what} | ${value} | ${verdict(ok)} |`);
  w();
}

// Not re-measured by `make bench` (each line is a rebuild of the core): the measurements behind
// the flags in wasm-bindings/CMakeLists.txt, kept here so the choice stays visible.
w('## Choosing the flags');
w();
w('Measured once, on 2026-11-28, on the code of that day (charts included), on this kind of machine:');
w('the page module built with each set of flags; "1M load" is the CPU time of its `loadDataset` on');
w('the 1,000,000-observation file, "per toggle" the core\'s time for one view plus its charts.');
w();
w('| flags | .wasm bytes | gzip | 1M load | per toggle |');
w('|---|---:|---:|---:|---:|');
w('| `-O3` (before) | 571,020 | 212,773 | 350 ms | 1.5 ms |');
w('| `-Os` | 367,692 | 157,849 | 1,600 ms | 5 ms |');
w('| `-Oz`, link-time optimisation | 328,538 | 143,553 | 1,400 ms | 5–7 ms |');
w('| same, large-data path (4 files) at `-O2` | 361,373 | 155,583 | 370 ms | 5–7 ms |');
w('| same, emmalloc (**chosen**) | 353,895 | 152,456 | 370 ms | 5–7 ms |');
w('| chosen + `-fno-rtti` | 351,348 | 151,886 | | |');
w('| chosen without exceptions | 294,646 | 132,992 | | |');
w();
w('`--closure=1` (npm `google-closure-compiler@20220104.0.0`) took the loader from 8,918 to 6,201');
w('bytes gzip, and the module without exceptions was 19.5 KB smaller; both were first left out and');
w('are taken since 2026-12-01 (below: the page\'s abort handling makes an out-of-memory error an error');
w('card, not a blank widget). The core\'s extra time per toggle is small next to the page\'s own (layout).');
w();
w('## Cutting the module (issue 10)');
w();
w('Measured once, on 2026-12-01, each step on top of the one before (`trade_widget.wasm` of the page,');
w('same flags; gzip -9 and brotli 11 of the file). A `--profiling-funcs` relink of the first build');
w('showed where the code goes: the core 54%, nlohmann/json 19%, libc++ 18%, the C library 9%; of the');
w('C library, the 128-bit `long double` arithmetic (`__divtf3`, `__multf3`, `__addtf3`, `fmodl`,');
w('`scalbnl`) came from `strtod`, called by nlohmann\'s lexer, not from `printf`.');
w();
w('| step | .wasm bytes | gzip | brotli |');
w('|---|---:|---:|---:|');
w('| before (with the 3:1 chart theme) | 354,408 | 154,062 | 126,526 |');
w('| numbers through the core\'s exact decimal writer, not `snprintf` | 356,701 | 155,010 | 127,239 |');
w('| one nlohmann parser (`parse_json`: the DOM parser without a callback) | 348,325 | 152,729 | 125,528 |');
w('| `strtod` on fast_float in the page module (`wasm-bindings/strtod.cpp`) | 330,689 | 144,680 | 118,955 |');
w('| the bindings write their replies\' outer object as text | 328,120 | 143,499 | 118,351 |');
w();
w('The decimal writer costs 2.3 KB: `printf` stays in the module, as nlohmann/json\'s lexer (error');
w('messages) and serializer (control characters) and the loader\'s messages call `snprintf`, so the');
w('writer only pays once none does. `widget.js` and `widget.css` are minified by esbuild at build');
w('(`scripts/assemble-public.sh`): 44,685 → 25,841 bytes (13,859 → 9,233 gzip) and 15,627 → 11,943');
w('bytes (4,516 → 3,261 gzip).');
w();
w('### Towards 120 KiB (issue 10, item 3)');
w();
w('Measured on 2026-12-01 on the code of that day (the embed layout included), each step on top of');
w('the one before; gzip -9 of `trade_widget.wasm`. What each group of functions weighs, before and');
w('after, is in `docs/embedding.md` ("What the module is made of", `make module-breakdown`).');
w();
w('| step | .wasm bytes | gzip | loader `.js` bytes (gzip) |');
w('|---|---:|---:|---:|');
w('| before (commit e740440) | 414,422 | 176,387 | 31,950 (8,967) |');
w('| without `-fwasm-exceptions` (the page handles an abort) | 331,171 | 149,700 | |');
w('| bindings without try/catch, one nlohmann parser for widget requests, CSV numbers through `decimal.h`, `wasm-bindings/snprintf.cpp`; the loader through Closure | 321,210 | 146,268 | 16,236 (6,456) |');
w('| the year of a date read without `std::stoi` (libc++ reported its errors through `fprintf`): the C library\'s `printf` leaves | 315,985 | 143,306 | 15,871 (6,363) |');
w();
w('The whole interactive page (index.html, boot.js, widget.js, widget.css, the loader, the module');
w('and the bundled dataset, their `.gz` copies) went from 206.4 to 172.1 KiB gzip (145.8 KiB brotli).');
w('The -O2 files of the large-data path are kept: all at -Oz, the module is 290,026 bytes (133,911');
w('gzip, 9.4 KB less), and loading the 1,000,000-observation file took 7,671 ms against 2,770 ms');
w('(2.8x) and 2,495 ms for the module before these steps, medians of 5 in one run of');
w('`bench/compare-page-modules.mjs` (a machine under a load average of 13, so the times are long; a');
w('second run with the order swapped gave 2,104 ms for this build and 2,575 ms for the one before:');
w('no loss from the steps above).');
w();
w('## The large-data path');
w();
w('The format stays one compact JSON array per row (readable, and what editors write). The loader');
w('never builds a JSON tree for the rows: `core/src/data/json_cursor.cpp` reads them in one pass over the');
w('bytes (numbers with `tw::read_decimal`, not `strtod`, which emulates `long double` in wasm), ids are');
w('looked up without allocating, and the row count is estimated before the first row so that');
w('nothing regrows. nlohmann/json reads only the small `meta` and `dimensions` members. Bytes reach');
w('the module through `HEAPU8.set` into a buffer the module allocated (a `std::string` through');
w('Embind copies character by character). The rollup (`core/src/query/rollup.cpp`) is one pass over the');
w('observations when the periods of a range do not overlap.');
w();
w('## Machine');
w();
w('| | |');
w('|---|---|');
for (const [k, v] of machine()) w(`| ${k} | ${v} |`);
w();
fs.writeFileSync(args.out, out.join('\n'));
console.log(`report: wrote ${args.out}`);
