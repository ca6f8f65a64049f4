// Loading speed of two or more builds of the page module on the same file, in one Node process,
// rounds interleaved (a shared machine's noise hits every build alike); the first round is a
// warm-up. For decisions on the page module's flags (wasm-bindings/CMakeLists.txt).
//
//   node --max-old-space-size=4096 bench/compare-page-modules.mjs --data FILE.json --runs N \
//        [--clock cpu] MODULE.js [MODULE.js ...]
//
// --clock cpu times the loads in the process's CPU time (user + system) instead of wall time:
// on a machine whose load average is above its cores, wall time is mostly the wait for a core.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const [value] = argv.splice(i, 2).slice(1);
  return value;
};
const data = option('data');
const runs = Number(option('runs', '5'));
const cpuClock = option('clock', 'wall') === 'cpu';
const now = () => {
  if (!cpuClock) return performance.now();
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const modules = argv;
const require = createRequire(import.meta.url);
const bytes = fs.readFileSync(data);
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

const instances = [];
for (const file of modules) {
  const create = require(path.resolve(file));
  instances.push(await create({ wasmBinary: fs.readFileSync(path.resolve(file).replace(/\.js$/, '.wasm')) }));
}
const times = modules.map(() => []);
for (let round = 0; round <= runs; round++) {
  instances.forEach((m, i) => {
    const t0 = now();
    const address = m.allocate(bytes.length);
    m.HEAPU8.set(bytes, address);
    const reply = m.loadDataset(address, bytes.length, 'en');
    m.release(address);
    const ms = now() - t0;
    if (!reply.startsWith('{"ok":true')) throw new Error(`${modules[i]}: ${reply.slice(0, 200)}`);
    if (round > 0) times[i].push(ms);
  });
}
console.log(`${path.basename(data)} (${bytes.length.toLocaleString('en-US')} bytes), median of ${runs} loads after a warm-up (${cpuClock ? 'CPU' : 'wall'} time):`);
modules.forEach((file, i) => {
  const ms = median(times[i]);
  console.log(`  ${file}: ${ms.toFixed(0)} ms (${(ms / median(times[0])).toFixed(2)}x the first)`);
});
