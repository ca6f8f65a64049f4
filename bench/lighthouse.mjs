// Lighthouse 12.2.3 (tests/node_modules) on the page as a static host serves it, compressed
// copies included (scripts/serve.mjs on 127.0.0.1): mobile preset (Lighthouse's default: a
// Moto G Power-sized screen, simulated slow 4G and a 4x slower CPU), Debian's Chromium, each
// layout RUNS times (default 3); the report gives the median of each figure.
//
//   node bench/lighthouse.mjs --out FILE.json [--site public] [--runs 3] [--layouts ",?layout=full"]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { serveSite } from '../scripts/serve.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
  if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1]]);
  return acc;
}, []));
const site = path.resolve(args.site || path.join(root, 'public'));
const runs = Number(args.runs || 3);
const layouts = (args.layouts ?? ',?layout=full').split(',');
const lighthouse = path.join(root, 'tests/node_modules/.bin/lighthouse');

const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  if (!s.length) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// Asynchronous: the server answering Lighthouse's Chromium runs in this process.
async function once(url) {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tw-lh-')), 'report.json');
  try {
    // The flags TOOLCHAIN.md gives (more of them made Lighthouse fail to start its Chromium).
    await promisify(execFile)(lighthouse, [url, '--output=json', `--output-path=${out}`,
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu'],
    { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, timeout: 180000, maxBuffer: 1 << 26 });
  } catch (e) {
    // Lighthouse exits non-zero when some audits error (Chromium 156, TOOLCHAIN.md) but still
    // writes the report; only a missing report is a failure.
    if (!fs.existsSync(out)) throw new Error(`lighthouse failed: ${String(e.stderr || e.message).trim().split('\n').slice(-3).join(' ')}`);
  }
  const r = JSON.parse(fs.readFileSync(out, 'utf8'));
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
  const score = (c) => (r.categories[c]?.score ?? null) === null ? null : Math.round(r.categories[c].score * 100);
  const num = (a) => r.audits[a]?.numericValue ?? null;
  return {
    performance: score('performance'), accessibility: score('accessibility'),
    best_practices: score('best-practices'), seo: score('seo'),
    lcp_ms: num('largest-contentful-paint'), tbt_ms: num('total-blocking-time'),
    cls: num('cumulative-layout-shift'), fcp_ms: num('first-contentful-paint'),
    benchmark_index: r.environment?.benchmarkIndex ?? null,
    form_factor: r.configSettings?.formFactor, lighthouse: r.lighthouseVersion,
    user_agent: r.environment?.hostUserAgent,
  };
}

async function main() {
  if (!fs.existsSync(lighthouse)) throw new Error(`${lighthouse} not found (npm ci in tests/)`);
  const { url, close } = await serveSite(site, 0);
  const results = { runs, layouts: [] };
  try {
    for (const layout of layouts) {
      const all = [];
      for (let i = 0; i < runs; ++i) all.push(await once(url + layout));
      const keys = ['performance', 'accessibility', 'best_practices', 'seo', 'lcp_ms', 'tbt_ms', 'cls', 'fcp_ms', 'benchmark_index'];
      const med = Object.fromEntries(keys.map((k) => [k, median(all.map((r) => r[k]))]));
      results.layouts.push({ layout: layout || '(default)', median: med, runs: all });
      console.log(`lighthouse ${layout || '(default)'}: performance ${med.performance}, accessibility ${med.accessibility}, ` +
        `best practices ${med.best_practices}, SEO ${med.seo}, LCP ${Math.round(med.lcp_ms)} ms, TBT ${Math.round(med.tbt_ms)} ms, ` +
        `CLS ${med.cls?.toFixed(3)}, benchmarkIndex ${med.benchmark_index} (median of ${runs})`);
    }
  } finally {
    await close();
  }
  if (args.out) fs.writeFileSync(args.out, JSON.stringify(results, null, 1));
}

main().catch((e) => { console.error(e.stack || String(e)); process.exit(1); });
