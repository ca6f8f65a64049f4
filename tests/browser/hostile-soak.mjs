// Toggles in a row: does the widget leak? Every toggle changes the state (next view, next flow, a
// product checkbox off and on, the language there and back) and waits for the re-render; one cycle of
// toggles returns to the same state, so the wasm heap (module.HEAPU8.length) and the DOM node
// count after a warm-up and at the end of the run are comparable as they are, with no tolerance.
//
//   node tests/browser/hostile-soak.mjs [TOGGLES]      (default 10000; results for
//   TW_PUBLIC_DIR=dir ...                               docs/reliability.md, "Leaks")
//
// tests/browser/soak.test.mjs runs a 500-toggle version of the same measurement in `make test`.
import { fileURLToPath } from 'node:url';
import { serve, launch } from './harness.mjs';
import { siteDir, ready } from './widget-page.mjs';

/** Keeps a handle on the module the page creates (the page itself never exposes it). */
export async function captureModule(context) {
  await context.addInitScript(() => {
    Object.defineProperty(window, 'createTradeWidget', {
      configurable: true,
      get() { return undefined; },
      set(factory) {
        Object.defineProperty(window, 'createTradeWidget', {
          configurable: true, writable: true,
          value: async (...args) => {
            const module = await factory(...args);
            window.__twModule = module;
            return module;
          },
        });
      },
    });
  });
}

/** Wasm heap bytes, DOM nodes (all kinds, whole document) and, via DevTools, the JS heap after GC. */
export async function measure(page, cdp) {
  const inPage = await page.evaluate(() => {
    let nodes = 0;
    const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
    while (walker.nextNode()) ++nodes;
    return { wasmHeap: window.__twModule.HEAPU8.length, nodes, state: location.hash };
  });
  if (!cdp) return inPage;
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return { ...inPage, jsHeap: usedSize };
}

/**
 * Runs `count` toggles inside the page, each awaited until the widget has re-rendered. Returns the
 * cycle length; the caller keeps count a multiple of it to compare equal states.
 */
export function toggles(page, count) {
  return page.evaluate(async (n) => {
    const root = document.getElementById('widget');
    const nextRadio = (name) => {
      const inputs = [...root.querySelectorAll(`input[name="${name}"]`)];
      const at = inputs.findIndex((i) => i.checked);
      return inputs[(at + 1) % inputs.length];
    };
    const views = root.querySelectorAll('input[name="tw-view"]').length;
    const flows = root.querySelectorAll('input[name="tw-flow"]').length;
    const chips = root.querySelectorAll('input[name="tw-products"]').length;
    const cycle = [];
    for (let i = 0; i < views; ++i) cycle.push(() => nextRadio('tw-view').click());
    for (let i = 0; i < flows; ++i) cycle.push(() => nextRadio('tw-flow').click());
    for (let c = 0; c < chips; ++c) {
      for (let k = 0; k < 2; ++k) cycle.push(() => root.querySelectorAll('input[name="tw-products"]')[c].click());
    }
    for (let k = 0; k < 2; ++k) cycle.push(() => root.querySelector('.tw-lang').click());
    for (let i = 0; i < n; ++i) {
      const done = new Promise((resolve) => root.addEventListener('tw:rendered', resolve, { once: true }));
      cycle[i % cycle.length]();
      await done;
    }
    return cycle.length;
  }, count);
}

/** The cycle length of the page's toggles (without toggling). */
export function cycleLength(page) {
  return page.evaluate(() => {
    const root = document.getElementById('widget');
    return root.querySelectorAll('input[name="tw-view"]').length +
      root.querySelectorAll('input[name="tw-flow"]').length +
      2 * root.querySelectorAll('input[name="tw-products"]').length + 2;
  });
}

async function main() {
  const requested = Number(process.argv[2] || 10000);
  const server = await serve(siteDir);
  const browser = await launch();
  await captureModule(browser.context);
  const { page } = browser;
  const cdp = await browser.context.newCDPSession(page);
  await page.goto(server.url);
  await ready(page);
  const cycle = await cycleLength(page);
  const warmup = cycle * 10;
  const total = Math.ceil(requested / cycle) * cycle;
  const start = await measure(page, cdp);
  const t0 = Date.now();
  await toggles(page, warmup);
  const afterWarmup = await measure(page, cdp);
  const samples = [];
  let done = warmup;
  const step = cycle * Math.max(1, Math.round(1000 / cycle));
  while (done < total) {
    const n = Math.min(step, total - done);
    await toggles(page, n);
    done += n;
    samples.push({ toggles: done, ...(await measure(page, cdp)) });
  }
  const seconds = (Date.now() - t0) / 1000;
  const end = samples[samples.length - 1];
  console.log(JSON.stringify({ cycle, warmup, total, seconds, start, afterWarmup, samples }, null, 1));
  console.log(`${total} toggles (cycle ${cycle}, warm-up ${warmup}) in ${seconds.toFixed(0)} s`);
  console.log(`wasm heap: ${start.wasmHeap} at start, ${afterWarmup.wasmHeap} after warm-up, ${end.wasmHeap} at the end`);
  console.log(`DOM nodes: ${start.nodes} at start, ${afterWarmup.nodes} after warm-up, ${end.nodes} at the end`);
  console.log(`JS heap after GC: ${start.jsHeap} at start, ${afterWarmup.jsHeap} after warm-up, ${end.jsHeap} at the end`);
  console.log(`console errors: ${browser.consoleErrors.length}`);
  await browser.close();
  await server.close();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
