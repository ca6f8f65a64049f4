// Every fixture dataset (tests/fixtures/datasets/, the whole folder) loaded through ?data= at
// 320, 360 and 1,024 px: every view the page offers shows something (a chart with marks, or a
// sentence saying what is not reported), and no text overlaps another, neither in the charts'
// SVG nor among the page's text blocks (boxes measured in the DOM). One browser, one server.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, root, saveScreenshot } from './harness.mjs';

const fixtureDir = 'tests/fixtures/datasets';
const fixtures = fs.readdirSync(path.join(root, fixtureDir)).filter((f) => f.endsWith('.json')).sort();
const SCREENSHOTS = new Set(['combined-periods.json', 'long-labels.json', 'sixty-partners.json', 'stated-zeros.json']);

let server;
let browser;
// The worktree's root: the page under /public/, the fixtures under /tests/ (same site).
before(async () => { server = await serve(root); browser = await launch(); });
after(async () => { await browser.close(); await server.close(); });

/** What the shown view draws and says, and every pair of texts whose boxes overlap. */
function inspect() {
  const shown = (el) => el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
  // Text kept for screen readers only: clipped to a 1 px box (the .tw-sr pattern of the CSS).
  const readerOnly = (el) => {
    for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
      const r = e.getBoundingClientRect();
      if (getComputedStyle(e).overflow === 'hidden' && (r.width <= 1 || r.height <= 1)) return true;
    }
    return false;
  };
  const svgs = [...document.querySelectorAll('#widget svg.tw-chart')].filter(shown);
  const marks = svgs.reduce((n, svg) => n + svg.querySelectorAll('.tw-mark, .tw-not-reported').length, 0);
  const boxes = [];
  // SVG texts, each as one box.
  for (const svg of svgs) {
    for (const t of svg.querySelectorAll('text')) {
      const r = t.getBoundingClientRect();
      if (r.width > 0 && r.height > 0 && t.textContent.trim()) boxes.push({ text: t.textContent, r, where: 'svg' });
    }
  }
  // The page's text: each line of each text node (a Range's rectangles), outside the SVGs and
  // screen-reader-only text.
  const walker = document.createTreeWalker(document.getElementById('widget'), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!node.textContent.trim() || el.closest('svg, .tw-sr, option, [hidden]') || !shown(el) || readerOnly(el)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const r of range.getClientRects()) {
      if (r.width > 0.5 && r.height > 0.5) boxes.push({ text: node.textContent.trim().slice(0, 60), r, where: 'page', node });
    }
  }
  const overlaps = [];
  const inset = 1; // glyph boxes of adjacent lines may touch by a pixel
  for (let i = 0; i < boxes.length; ++i) {
    for (let j = i + 1; j < boxes.length; ++j) {
      const a = boxes[i].r;
      const b = boxes[j].r;
      if (boxes[i].node && boxes[i].node === boxes[j].node) continue; // lines of one text
      const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (x > inset && y > inset) overlaps.push(`"${boxes[i].text}" / "${boxes[j].text}"`);
    }
  }
  const narrative = (document.querySelector('#widget .tw-narrative') || {}).textContent || '';
  return { charts: svgs.length, marks, overlaps, narrative: narrative.trim(),
    scrollWidth: document.documentElement.scrollWidth,
    views: [...document.querySelectorAll('input[name="tw-view"]')].map((i) => i.value),
    error: !!document.querySelector('#widget .tw-error') };
}

for (const file of fixtures) {
  test(`${file}: every offered view shows something, no text overlaps (320, 360, 1,024 px)`, async () => {
    const { page, consoleErrors } = browser;
    consoleErrors.length = 0;
    for (const width of [320, 360, 1024]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${server.url}public/?data=../${fixtureDir}/${file}`);
      await page.waitForSelector('#widget[data-state], #widget .tw-error', { timeout: 15000 });
      const first = await page.evaluate(inspect);
      assert.equal(first.error, false, `${file} shows an error card`);
      assert.ok(first.views.length >= 1);
      for (const view of first.views) {
        if (view !== first.views[0]) {
          await page.check(`input[name="tw-view"][value="${view}"]`);
          await page.waitForFunction((v) => (document.getElementById('widget').getAttribute('data-state') || '').includes('view=' + v), view);
        }
        const seen = await page.evaluate(inspect);
        const where = `${file}, ${view}, ${width} px`;
        assert.ok(seen.charts >= 1 && seen.marks >= 1, `${where}: nothing drawn (${seen.charts} charts, ${seen.marks} marks)`);
        assert.ok(seen.narrative.length > 0, `${where}: no sentence`);
        assert.deepEqual(seen.overlaps, [], `${where}: texts overlap`);
        assert.equal(seen.scrollWidth, width, `${where}: the page scrolls sideways`);
        if (width === 360 && SCREENSHOTS.has(file)) {
          await page.screenshot({ path: saveScreenshot(`fixture-${path.basename(file, '.json')}-${view}-360.png`), fullPage: true });
        }
      }
    }
    assert.deepEqual(consoleErrors, []);
  });
}
