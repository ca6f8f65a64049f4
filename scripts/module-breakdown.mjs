// What the page's module is made of: the code section's function bodies, grouped by origin
// (the core by stage, libc++ templates by kind, nlohmann/json, Embind, exceptions, the C
// library by part), from a link of the page module with a name section (--profiling-funcs).
// The core's functions are told apart by stage through the objects that define them (llvm-nm
// over the page core's objects); a function the optimiser merged or inlined elsewhere counts
// where its remaining body is.
//
//   node scripts/module-breakdown.mjs --wasm FILE.wasm [--objects DIR,DIR] [--top N] [--markdown]
//        [--json OUT.json] [--before EARLIER.json]
//
// --json writes the groups for a later comparison; --before prints the table with an earlier
// run's figures beside these (docs/embedding.md, "What the module is made of").
// `make module-breakdown` links the module with names (build/wasm-names/) and runs this script.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { spawnSync } from 'node:child_process';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
  if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1] && !all[i + 1].startsWith('--') ? all[i + 1] : true]);
  return acc;
}, []));
if (!args.wasm) {
  console.error('usage: node scripts/module-breakdown.mjs --wasm FILE.wasm [--objects DIR] [--top N] [--markdown]');
  process.exit(2);
}

// ---- the wasm file: sections, function bodies, names
const bytes = fs.readFileSync(args.wasm);
let pos = 8;
const leb = () => {
  let result = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[pos++];
    result += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (!(b & 0x80)) return result;
  }
};
const sections = [];
const lebLength = (x) => { let n = 1; while (x >= 128) { x = Math.floor(x / 128); n++; } return n; };
let importedFunctions = 0;
const bodies = [];
const names = new Map();
while (pos < bytes.length) {
  const id = bytes[pos++];
  const size = leb();
  const start = pos;
  let name = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start', 'element', 'code', 'data', 'datacount'][id];
  if (id === 0) {
    const len = leb();
    name = bytes.subarray(pos, pos + len).toString('utf8');
    pos += len;
    if (name === 'name') {
      while (pos < start + size) {
        const sub = bytes[pos++];
        const subSize = leb();
        const subEnd = pos + subSize;
        if (sub === 1) {
          for (let n = leb(); n > 0; n--) {
            const index = leb();
            const l = leb();
            names.set(index, bytes.subarray(pos, pos + l).toString('utf8'));
            pos += l;
          }
        }
        pos = subEnd;
      }
    }
  } else if (id === 2) {
    for (let n = leb(); n > 0; n--) {
      const moduleLength = leb();
      pos += moduleLength;
      const fieldLength = leb();
      pos += fieldLength;
      const kind = bytes[pos++];
      if (kind === 0) { leb(); importedFunctions++; } else if (kind === 1) { pos++; const f = leb(); leb(); if (f & 1) leb(); } else if (kind === 2) { const f = leb(); leb(); if (f & 1) leb(); } else if (kind === 3) { pos += 2; } else if (kind === 4) { pos++; leb(); }
    }
  } else if (id === 10) {
    for (let n = leb(); n > 0; n--) {
      const bodySize = leb();
      bodies.push(bytes.subarray(pos, pos + bodySize));
      pos += bodySize;
    }
  }
  sections.push({ name, size, from: start - 1 - lebLength(size), to: start + size });
  pos = start + size;
}

// ---- names: the name section holds demangled names already (c++filt passes those through)
const functions = bodies.map((body, i) => ({ name: names.get(importedFunctions + i) || `function ${importedFunctions + i}`, body }));
const demangled = spawnSync('c++filt', { input: functions.map((f) => f.name.replace(/\.llvm\.\d+$/, '')).join('\n'), maxBuffer: 1 << 28 })
  .stdout.toString().split('\n');
functions.forEach((f, i) => { f.name = demangled[i] || f.name; });

/** The qualified name of a function without its return type and parameters. */
function qualified(name) {
  let depth = 0;
  let start = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name[i];
    if (c === '<') depth++;
    else if (c === '>') depth--;
    else if (c === ' ' && depth === 0 && !name.startsWith('(anonymous namespace)', i + 1) && !/^operator/.test(name.slice(start))) start = i + 1;
    else if (c === '(' && depth === 0) {
      if (name.startsWith('(anonymous namespace)', i)) { i += 20; continue; }
      return name.slice(start, i);
    }
  }
  return name.slice(start);
}

// ---- the stage of each of the core's functions, from the objects that define it
const stageOf = new Map();
if (args.objects) {
  const objects = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith('.o')) objects.push(full);
    }
  };
  for (const dir of String(args.objects).split(',')) walk(dir);
  const weak = new Map();
  for (const object of objects) {
    const m = object.match(/\/core\/src\/(?:([a-z]+)\/)?[^/]+\.cpp\.o$/);
    const stage = /wasm-bindings\/CMakeFiles\/trade_widget/.test(object) ? 'bindings' : m ? (m[1] || 'root') : 'other';
    const nm = spawnSync('llvm-nm', ['-C', '--defined-only', object], { maxBuffer: 1 << 26 });
    for (const line of nm.stdout.toString().split('\n')) {
      const hit = line.match(/^\S+ ([TtWw]) (.*)$/);
      if (!hit) continue;
      const target = /[Tt]/.test(hit[1]) ? stageOf : weak;
      if (!target.has(hit[2])) target.set(hit[2], stage);
    }
  }
  for (const [sym, stage] of weak) if (!stageOf.has(sym)) stageOf.set(sym, stage);
}

// ---- groups
const printf = /^(printf_core|fmt_fp|fmt_u|fmt_x|fmt_o|pop_arg|pad|getint|out|vsnprintf|snprintf|vfprintf|sn_write|__fwritex|frexp|frexpl|__towrite|wctomb|wcrtomb|fprintf|vsniprintf|sniprintf|__small_\w*printf|fiprintf|__lockfile|__unlockfile|__ofl_\w*|fputs|fwrite|__stdio_\w*)$/;
const softFloat = /^(__(add|sub|mul|div)tf3|__extenddftf2|__trunctfdf2|__(fix|fixuns)tf[sd]i|__float(un)?[sd]itf|__(eq|ne|lt|le|gt|ge|unord)tf2|__ashlti3|__lshrti3|__multi3|__udivti3|__umodti3|__divti3|__modti3|scalbnl|fmodl|copysignl|__fpclassifyl|__signbitl|ldexpl|long_double_not_supported)$/;
function group(f) {
  const q = qualified(f.name);
  const stage = stageOf.get(f.name);
  if (/^nlohmann::/.test(q)) return 'nlohmann/json (its own functions)';
  if (/^std::/.test(q)) {
    if (/^std::__2::(__)?(stable_sort|sort|inplace_merge|merge_move_\w+|insertion_sort\w*|sort[345]|introsort|buffered_inplace_merge|__merge\w*|partial_sort|nth_element|rotate\w*)\b/.test(q)) return 'libc++: sort';
    if (/^std::__2::(__function|function)/.test(q)) return 'libc++: std::function';
    if (/^std::__2::(__tree|map|set|multimap|__map\w*)/.test(q)) return 'libc++: map/set';
    if (/^std::__2::(__hash|unordered)/.test(q)) return 'libc++: unordered';
    if (/^std::__2::(__variant|variant)/.test(q)) return 'libc++: variant';
    if (/^std::__2::(basic_string|__basic_string|to_string|char_traits|basic_string_view)/.test(q)) return 'libc++: string';
    if (/^std::__2::(vector|__split_buffer|__vector)/.test(q)) return 'libc++: vector';
    if (/locale|ios_base|basic_ios|stream|num_put|num_get|ctype|codecvt|__num_|punct|time_put|time_get|collate|messages/.test(q)) return 'libc++: iostream/locale';
    if (/exception|bad_|logic_error|runtime_error|length_error|out_of_range|invalid_argument|terminate|__libcpp_refstring|type_info/.test(q)) return 'exceptions and RTTI';
    return 'libc++: other';
  }
  if (/^(__cxa_|__cxxabiv1|_Unwind|__gxx_personality|abort_message|__cxx_|demangle)/.test(q)) return 'exceptions and RTTI';
  if (/^(emscripten::|_embind|embind_|__embind)/.test(q)) return 'Embind';
  if (stage === 'bindings') return 'bindings (wasm-bindings/)';
  if (stage && stage !== 'other') return `core: ${stage}`;
  if (/^(\(anonymous namespace\)::)?tw::/.test(q)) return 'core: (not found in an object)';
  if (/^fast_float::/.test(q)) return 'fast_float';
  if (printf.test(q)) return 'libc: printf';
  if (softFloat.test(q)) return 'libc: 128-bit float';
  if (/^(malloc|free|calloc|realloc|emmalloc_\w+|sbrk|aligned_alloc|posix_memalign|memalign|mallinfo|emscripten_builtin_\w+|claim_more_memory|attempt_allocate|\w*_region\w*|\w*_block\w*|compute_free_list_bucket)$/.test(q) || /emmalloc/.test(q)) return 'libc: malloc';
  if (/^operator (new|delete)/.test(q)) return 'libc++: operator new/delete';
  if (/^(mem|str|wmem|wcs|__mem|__str|isdigit|isspace|tolower|toupper)/.test(q)) return 'libc: strings, memory, ctype';
  if (/^(function \d+|dynCall_|stackAlloc|stackSave|stackRestore|__wasm_|__errno|_emscripten_|emscripten_|__emscripten|legalstub|legalfunc|byn\$)/.test(q)) return 'runtime, glue, merged';
  return 'libc: other';
}
for (const f of functions) f.group = group(f);

const gz = (buffers) => zlib.gzipSync(Buffer.concat(buffers), { level: 9 }).length;
const groups = new Map();
for (const f of functions) {
  if (!groups.has(f.group)) groups.set(f.group, { group: f.group, count: 0, bytes: 0, buffers: [] });
  const g = groups.get(f.group);
  g.count++;
  g.bytes += f.body.length;
  g.buffers.push(f.body);
}
const code = functions.reduce((s, f) => s + f.body.length, 0);
const rows = [...groups.values()].map((g) => ({ ...g, gzip: gz(g.buffers) })).sort((a, b) => b.bytes - a.bytes);
const pct = (x, total) => `${((100 * x) / total).toFixed(1)}%`;
const int = (x) => x.toLocaleString('en-US');

// The module as shipped has no name section: its size without it.
const named = sections.find((s) => s.name === 'name');
const shipped = named ? Buffer.concat([bytes.subarray(0, named.from), bytes.subarray(named.to)]) : bytes;
const data = sections.find((s) => s.name === 'data');
const dataGzip = data ? zlib.gzipSync(bytes.subarray(data.from, data.to), { level: 9 }).length : 0;
const summary = { bytes: shipped.length, gzip: zlib.gzipSync(shipped, { level: 9 }).length, code, data: data ? data.size : 0, dataGzip, groups: Object.fromEntries(rows.map((r) => [r.group, { count: r.count, bytes: r.bytes, gzip: r.gzip }])) };
if (args.json) fs.writeFileSync(String(args.json), JSON.stringify(summary, null, 1) + '\n');
if (args.before) {
  const before = JSON.parse(fs.readFileSync(String(args.before), 'utf8'));
  const names = [...new Set([...Object.keys(before.groups), ...rows.map((r) => r.group)])]
    .sort((a, b) => ((before.groups[b] || {}).bytes || 0) - ((before.groups[a] || {}).bytes || 0));
  const cell = (g) => (g ? `${int(g.bytes)} | ${int(g.gzip)}` : '– | –');
  console.log('| group | code bytes before | gzip alone before | code bytes after | gzip alone after |');
  console.log('|---|---:|---:|---:|---:|');
  for (const name of names) console.log(`| ${name} | ${cell(before.groups[name])} | ${cell(summary.groups[name])} |`);
  console.log(`| **code section** | ${int(before.code)} | | ${int(code)} | |`);
  console.log(`| **data section** | ${int(before.data)} | ${int(before.dataGzip)} | ${int(summary.data)} | ${int(dataGzip)} |`);
  console.log(`| **module (gzip -9)** | ${int(before.bytes)} | ${int(before.gzip)} | ${int(summary.bytes)} | ${int(summary.gzip)} |`);
} else if (args.markdown) {
  console.log(`Module without its name section: ${int(shipped.length)} bytes, gzip -9 ${int(zlib.gzipSync(shipped, { level: 9 }).length)}; code section ${int(code)} bytes in ${int(functions.length)} functions; data section ${int(data ? data.size : 0)} bytes (gzip alone ${int(dataGzip)}).`);
  console.log('');
  console.log('| group | functions | code bytes | share | gzip of the group alone |');
  console.log('|---|---:|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.group} | ${int(r.count)} | ${int(r.bytes)} | ${pct(r.bytes, code)} | ${int(r.gzip)} |`);
  const other = sections.filter((s) => s.name !== 'code' && s.name !== 'name' && !/^(producers|target_features)$/.test(s.name));
  console.log('');
  console.log(`Other sections: ${other.map((s) => `${s.name} ${int(s.size)}`).join(', ')}.`);
} else {
  console.log(`${args.wasm}: ${int(shipped.length)} bytes without names (gzip -9 ${int(zlib.gzipSync(shipped, { level: 9 }).length)}), code ${int(code)} in ${functions.length} functions, data gzip ${int(dataGzip)}`);
  for (const r of rows) console.log(`${r.group.padEnd(34)} ${String(r.count).padStart(5)} ${int(r.bytes).padStart(9)} ${pct(r.bytes, code).padStart(6)}  gz ${int(r.gzip)}`);
  for (const s of sections) console.log(`  section ${s.name}: ${int(s.size)}`);
}
const top = Number(args.top || 0);
if (top) {
  console.log('');
  for (const f of [...functions].sort((a, b) => b.body.length - a.body.length).slice(0, top)) {
    console.log(`${String(f.body.length).padStart(7)}  ${f.group.padEnd(28)} ${f.name.slice(0, 160)}`);
  }
}
