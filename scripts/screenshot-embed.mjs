#!/usr/bin/env node
// Screenshots of the embed as readers meet it: a simple news article with paragraphs around the
// widget's iframe (embed.js), at 360 and 1,024 px, in English and Chinese. Writes
// docs/embed/embed-<lang>-<width>.png and prints the iframe's height in each, then the page's
// own height in each layout, language and width (the heights in docs/embedding.md).
//
//   node scripts/screenshot-embed.mjs [SITE_DIR [PNG_DIR]]
import fs from 'node:fs';
import path from 'node:path';
import { serve, servePages, launch, root } from '../tests/browser/harness.mjs';

const siteDir = path.resolve(process.argv[2] || path.join(root, 'public'));
const pngDir = path.resolve(process.argv[3] || path.join(root, 'docs/embed'));
fs.mkdirSync(pngDir, { recursive: true });

const TEXT = {
  en: {
    headline: 'China\'s rare-earth exports rose in the first nine months',
    before: ['Shipments of rare earth oxides climbed by more than a third on a year earlier, customs figures show, while exports of permanent magnets slipped.',
      'The figures cover January to September 2025.'],
    after: ['Analysts expect the export licensing regime to keep shaping the monthly numbers into next year.'],
    title: 'China\'s rare-earth trade, January–September 2025',
  },
  zh: {
    headline: '前三季度中国稀土出口增长',
    before: ['海关数据显示，稀土氧化物出口同比增长逾三分之一，永磁体出口则有所下降。', '数据涵盖2025年1月至9月。'],
    after: ['分析人士预计，出口许可制度明年仍将影响月度数据。'],
    title: '2025年1–9月中国稀土进出口',
  },
};

function article(lang, siteUrl) {
  const t = TEXT[lang];
  const p = (list) => list.map((x) => `<p>${x}</p>`).join('\n');
  return `<!doctype html><html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${t.headline}</title>
<link rel="icon" href="data:,">
<style>body{margin:0;font:17px/1.6 Georgia,"Noto Serif CJK SC",serif;color:#222;background:#fff}
main{max-width:680px;margin:0 auto;padding:16px}h1{font-size:1.6rem;line-height:1.25}</style></head>
<body><main><h1>${t.headline}</h1>
${p(t.before)}
<script src="${siteUrl}embed.js" data-title="${t.title}"></script>
${p(t.after)}
</main></body></html>`;
}

const site = await serve(siteDir);
const host = await servePages({ 'en.html': article('en', site.url), 'zh.html': article('zh', site.url) });
const browser = await launch();
try {
  for (const lang of ['en', 'zh']) {
    for (const width of [360, 1024]) {
      const { page } = browser;
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${host.url}${lang}.html`);
      const frame = await (await page.waitForSelector('iframe')).contentFrame();
      await frame.waitForSelector('#widget[data-state]');
      const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      await page.waitForFunction((h) => Math.abs(document.querySelector('iframe').getBoundingClientRect().height - h) <= 1, content);
      const file = path.join(pngDir, `embed-${lang}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(`${path.relative(root, file)}: iframe ${content} px tall`);
    }
  }
  const { page } = browser;
  for (const [layout, query] of [['embed', ''], ['full', '?layout=full']]) {
    for (const [lang, file] of [['en', 'index.html'], ['zh', 'index.zh.html']]) {
      const heights = [];
      for (const width of [320, 360, 414, 768, 1024]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${site.url}${file}${query}`);
        await page.waitForSelector('#widget[data-state]');
        heights.push(`${await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height))} px at ${width}`);
      }
      console.log(`${file}${query} (${layout}, ${lang}): ${heights.join(', ')}`);
    }
  }
} finally {
  await browser.close();
  await host.close();
  await site.close();
}
