#!/usr/bin/env node
// Renders each golden chart SVG (tests/golden/*.svg) in headless Chromium with the default
// chart stylesheet (core/src/chart/chart-theme.css) and writes docs/charts/<name>.png. It also
// measures the texts as the browser lays them out and reports any two that overlap or any that
// leave the viewBox, so the core's approximate text widths are checked against a real font.
//
//   node scripts/screenshot-charts.mjs [SVG_DIR [PNG_DIR]]
import fs from 'node:fs';
import path from 'node:path';
import { launch, root } from '../tests/browser/harness.mjs';

const svgDir = path.resolve(process.argv[2] || path.join(root, 'tests/golden'));
const pngDir = path.resolve(process.argv[3] || path.join(root, 'docs/charts'));
const css = fs.readFileSync(path.join(root, 'core/src/chart/chart-theme.css'), 'utf8');
const files = fs.readdirSync(svgDir)
  .filter((f) => f.endsWith('.svg') && !f.endsWith('-changed.svg'))
  .sort();
if (files.length === 0) {
  console.error(`no SVG files in ${svgDir}`);
  process.exit(1);
}
fs.mkdirSync(pngDir, { recursive: true });

// Checks run in the page: every text's box from getBBox() (the real font), pairwise overlaps,
// and boxes outside the viewBox.
function layoutProblems() {
  const svg = document.querySelector('svg');
  const [, , w, h] = svg.getAttribute('viewBox').split(' ').map(Number);
  const boxes = [...svg.querySelectorAll('text')].map((t) => ({ text: t.textContent, b: t.getBBox() }));
  const problems = [];
  for (const { text, b } of boxes) {
    if (b.x < -0.5 || b.y < -0.5 || b.x + b.width > w + 0.5 || b.y + b.height > h + 0.5) {
      problems.push(`outside the viewBox: "${text}"`);
    }
  }
  // Glyph boxes include the font's line gap; shrink them a little so touching lines pass.
  const inner = (b) => ({ x0: b.x + 0.5, x1: b.x + b.width - 0.5, y0: b.y + b.height * 0.2, y1: b.y + b.height * 0.85 });
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1) {
      const a = inner(boxes[i].b);
      const c = inner(boxes[j].b);
      if (a.x0 < c.x1 && c.x0 < a.x1 && a.y0 < c.y1 && c.y0 < a.y1) {
        problems.push(`overlap: "${boxes[i].text}" and "${boxes[j].text}"`);
      }
    }
  }
  return problems;
}

const browser = await launch({ width: 1300, height: 900 });
let problemCount = 0;
try {
  for (const file of files) {
    const svg = fs.readFileSync(path.join(svgDir, file), 'utf8');
    const html = `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">
<style>${css}
html, body { margin: 0; background: #ffffff; }
.frame { display: inline-block; padding: 0; background: var(--tw-background, #ffffff); }
</style></head><body><div class="frame">${svg}</div></body></html>`;
    await browser.page.setContent(html);
    await browser.page.evaluate(() => document.fonts.ready);
    const problems = await browser.page.evaluate(layoutProblems);
    for (const p of problems) console.log(`${file}: ${p}`);
    problemCount += problems.length;
    const out = path.join(pngDir, file.replace(/\.svg$/, '.png'));
    await browser.page.locator('.frame').screenshot({ path: out });
    console.log(`${path.relative(root, out)}`);
  }
} finally {
  await browser.close();
}
if (browser.consoleErrors.length) console.error(browser.consoleErrors.join('\n'));
console.log(`${files.length} charts rendered, ${problemCount} layout problems`);
process.exit(problemCount > 0 ? 1 : 0);
