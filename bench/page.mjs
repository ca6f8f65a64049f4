// The page benchmark, in headless Chromium on 127.0.0.1 (tests/browser/harness.mjs): bytes the
// default page fetches (raw, gzip and brotli, per file; in all and before the first complete
// view), navigation -> first chart in the DOM, and toggle -> DOM updated over many toggles; the
// same for public/standalone.html from file://; and the height of the default view at phone to
// desktop widths for each layout of the page.
// Every figure is a median (and p95 for toggles) after a warm-up. Anything the page does not
// offer is reported as not measured, with the reason, rather than failing the whole benchmark.
//
//   node bench/page.mjs --out FILE.json [--site DIR] [--navigations 10] [--toggles 200]
//        [--layouts ",?layout=full"] [--widths 320,360,414,768,1024]
import fs from 'node:fs';
import path from 'node:path';
import { gzipSize, brotliSize } from './sizes.mjs';
import { pathToFileURL } from 'node:url';
import { serve, launch, publicDir } from '../tests/browser/harness.mjs';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
  if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1]]);
  return acc;
}, []));
const site = path.resolve(args.site || publicDir);
const navigations = Number(args.navigations || 10);
const toggles = Number(args.toggles || 200);

// What the widget puts in the DOM (web/charts.js, web/app.js, web/controls.js): a chart the core
// drew sits in figure.tw-chart-figure; #widget gets data-state after every render.
const CHART = '#widget .tw-chart-figure svg';
const STATE = 'data-state';
const TOGGLES = 'input[name="tw-view"], input[name="tw-flow"]';

const median = (xs) => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const percentile = (xs, q) => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};
// The page's layouts, as query strings of index.html ('' is the default). A layout the page does
// not know shows the default one: the heights then repeat, which the report says.
const layouts = (args.layouts ?? ',?layout=full').split(',');
const widths = (args.widths || '320,360,414,768,1024').split(',').map(Number);

// Runs in the page before any of its scripts: notes when the first chart enters the DOM, in ms
// since the navigation started (performance.now()'s origin).
const firstChartProbe = `(() => {
  const sel = ${JSON.stringify(CHART)};
  const check = () => {
    if (window.__twFirstChart === undefined && document.querySelector(sel)) {
      window.__twFirstChart = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
})();`;

async function firstChart(page, url) {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__twFirstChart !== undefined, null, { timeout: 15000 });
  return page.evaluate(() => window.__twFirstChart);
}

/** Clicks radios in turn (each click changes the state) and times click -> data-state changed. */
async function toggleTimes(page, count) {
  return page.evaluate(async ({ count, selector, attr }) => {
    const root = document.getElementById('widget');
    const times = [];
    for (let i = 0; i < count; ++i) {
      const inputs = [...document.querySelectorAll(selector)];
      const next = inputs.filter((x) => !x.checked)[i % Math.max(1, inputs.length - 2)];
      if (!next) return { times, error: 'no control to toggle (' + selector + ')' };
      const before = root.getAttribute(attr);
      const t0 = performance.now();
      const changed = new Promise((resolve) => {
        const timer = setTimeout(() => { observer.disconnect(); resolve(null); }, 5000);
        const observer = new MutationObserver(() => {
          if (root.getAttribute(attr) !== before) {
            clearTimeout(timer);
            observer.disconnect();
            resolve(performance.now());
          }
        });
        observer.observe(root, { attributes: true, attributeFilter: [attr] });
      });
      next.click();
      const t1 = await changed;
      if (t1 === null) return { times, error: 'the state did not change within 5 s of a click' };
      times.push(t1 - t0);
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));  // let it paint
    }
    return { times, error: null };
  }, { count, selector: TOGGLES, attr: STATE });
}

async function measure(name, url, fileSizes) {
  const result = { name, url: url.replace(/^http:\/\/127\.0\.0\.1:\d+/, 'http://127.0.0.1:PORT') };
  const browser = await launch();
  try {
    const { page, context } = browser;
    await context.addInitScript(firstChartProbe);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });  // every visit fetches all

    // Bytes: what one visit fetches, file by file.
    const fetched = [];
    const onResponse = async (response) => {
      try {
        const body = await response.body();
        fetched.push({ url: response.url(), status: response.status(), raw: body.length, gzip: gzipSize(body), brotli: brotliSize(body) });
      } catch { /* a redirect or an aborted request has no body */ }
    };
    page.on('response', onResponse);
    const times = [];
    try {
      times.push(await firstChart(page, url));
    } catch (e) {
      result.error = `no chart appeared (${CHART}): ${String(e.message || e).split('\n')[0]}`;
      return result;
    }
    await page.waitForLoadState('networkidle');
    page.off('response', onResponse);
    // Which responses had ended when the first chart was in the DOM (resource timing, the same
    // clock as the probe's): the bytes before the first complete view.
    const ended = await page.evaluate(() => Object.fromEntries(
      [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
        .map((e) => [e.name, e.responseEnd])));
    const firstView = times[0];
    const local = (u) => u.replace(/^http:\/\/127\.0\.0\.1:\d+\//, '') || 'index.html';
    result.files = (fileSizes ? fileSizes() : fetched.map((f) => ({
      ...f, url: local(f.url), before_first_view: ended[f.url] !== undefined && ended[f.url] <= firstView,
    }))).sort((a, b) => b.gzip - a.gzip);
    const sum = (files) => ({
      raw: files.reduce((s, f) => s + f.raw, 0), gzip: files.reduce((s, f) => s + f.gzip, 0),
      brotli: files.reduce((s, f) => s + f.brotli, 0), files: files.length,
    });
    result.total = sum(result.files);
    result.before_first_view = sum(result.files.filter((f) => f.before_first_view));

    // Navigation -> first chart: the first visit above is the warm-up.
    times.length = 0;
    for (let i = 0; i < navigations; ++i) times.push(await firstChart(page, url));
    result.first_chart_ms = { median: median(times), p95: percentile(times, 0.95), runs: times };

    // Toggle -> DOM updated: 10 warm-up toggles, then the measured ones.
    await toggleTimes(page, 10);
    const t = await toggleTimes(page, toggles);
    if (t.error) result.toggle_error = t.error;
    result.toggle_ms = { median: median(t.times), p95: percentile(t.times, 0.95), count: t.times.length };
  } finally {
    await browser.close();
  }
  return result;
}

/**
 * The height of the default view, complete (first chart drawn, state set, fonts loaded), at each
 * width, for each layout: the document's scroll height (what an iframe must give it) and the
 * widget root's own height. The viewport is only 100 px tall, so that the document's height is
 * its content's, never the viewport's.
 */
async function heights(base) {
  const rows = [];
  const browser = await launch({ width: widths[0], height: 100 });
  try {
    const { page } = browser;
    for (const layout of layouts) {
      for (const width of widths) {
        await page.setViewportSize({ width, height: 100 });
        await page.goto(base + layout, { waitUntil: 'load' });
        // One of the chart's width variants is shown (container queries): attached, not all visible.
        await page.waitForSelector(CHART, { state: 'attached', timeout: 15000 });
        await page.waitForFunction((attr) => document.getElementById('widget')?.hasAttribute(attr), STATE, { timeout: 15000 });
        const h = await page.evaluate(async () => {
          await document.fonts.ready;
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          const root = document.getElementById('widget');
          return {
            document: document.documentElement.scrollHeight,
            root: Math.ceil(root.getBoundingClientRect().height),
            // The layout the page says it shows, if it says so.
            shown: root.getAttribute('data-layout') || document.documentElement.getAttribute('data-layout') || null,
          };
        });
        rows.push({ ...h, layout: layout || '(default)', width });
      }
    }
  } finally {
    await browser.close();
  }
  return rows;
}

async function main() {
  const results = { site: path.relative(process.cwd(), site) || '.', pages: [] };
  const index = path.join(site, 'index.html');
  if (fs.existsSync(index)) {
    const server = await serve(site);
    try {
      results.pages.push(await measure('default page (index.html)', server.url, null));
      try {
        results.heights = await heights(server.url);
      } catch (e) {
        results.heights_error = String(e.message || e).split('\n')[0];
      }
    } finally {
      await server.close();
    }
  } else {
    results.pages.push({ name: 'default page (index.html)', error: `${index} does not exist (run make build)` });
  }
  const standalone = path.join(site, 'standalone.html');
  if (fs.existsSync(standalone)) {
    const body = fs.readFileSync(standalone);
    results.pages.push(await measure('standalone.html (file://)', pathToFileURL(standalone).href,
      () => [{ url: 'standalone.html', status: 200, raw: body.length, gzip: gzipSize(body), brotli: brotliSize(body), before_first_view: true }]));
  } else {
    results.pages.push({ name: 'standalone.html (file://)', error: `${standalone} does not exist` });
  }
  for (const p of results.pages) {
    console.log(p.error ? `${p.name}: not measured: ${p.error}`
      : `${p.name}: ${p.total.gzip} B gzip, ${p.total.brotli} B brotli (${p.total.raw} raw; before the first view ${p.before_first_view.gzip} B gzip), first chart ${p.first_chart_ms.median.toFixed(1)} ms, ` +
        `toggle ${p.toggle_ms.median?.toFixed(2)} ms median, ${p.toggle_ms.p95?.toFixed(2)} ms p95 (${p.toggle_ms.count})` +
        (p.toggle_error ? ` (${p.toggle_error})` : ''));
  }
  for (const h of results.heights || []) console.log(`height ${h.layout} at ${h.width} px: ${h.document} px (widget ${h.root} px)`);
  if (results.heights_error) console.log(`heights: not measured: ${results.heights_error}`);
  if (args.out) fs.writeFileSync(args.out, JSON.stringify(results, null, 1));
}

main().catch((e) => { console.error(e.stack || String(e)); process.exit(1); });
