// The page under a strict Content-Security-Policy: no 'unsafe-inline', no 'unsafe-eval'. The
// minimum policy documented in docs/embedding.md must let the widget render and work in every
// view and language with no violation; each of its grants must be needed (without it something
// is refused), and without 'wasm-unsafe-eval' the page says why instead of going blank.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, servePages, launch } from './harness.mjs';
import { siteDir, ready } from './widget-page.mjs';

/** The minimum policy (docs/embedding.md, "Content-Security-Policy"). */
const minimum = {
  'default-src': "'none'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'style-src': "'self'",
  'img-src': "'self'",
  'connect-src': "'self'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'frame-ancestors': '*',
};
const header = (policy) => Object.entries(policy).map(([k, v]) => `${k} ${v}`.trim()).join('; ');

let browser;
before(async () => {
  browser = await launch();
  // Every violation the page causes, as the browser reports it to the page.
  await browser.context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample || ''}`.trim());
    });
  });
});
after(async () => { await browser.close(); });

/** Serves the site with a policy, runs fn(url), and closes the server. */
async function withPolicy(policy, fn) {
  const server = await serve(siteDir, { 'Content-Security-Policy': header(policy) });
  try {
    return await fn(server.url);
  } finally {
    await server.close();
  }
}

const violations = (page) => page.evaluate(() => window.__violations);

/** Waits until the widget shows the state in the URL hash. */
const rendered = (page) => page.waitForFunction(() => {
  const w = document.getElementById('widget');
  return (location.hash === '' || w.getAttribute('data-state') === location.hash) &&
    w.getAttribute('aria-busy') !== 'true';
}, null, { timeout: 15000 });

test('the minimum policy: the widget renders and works in every view, with no violation', async () => {
  const { page, consoleErrors } = browser;
  consoleErrors.length = 0;
  await withPolicy(minimum, async (url) => {
    const response = await page.goto(url);
    assert.equal(response.headers()['content-security-policy'], header(minimum));
    await ready(page);
    assert.equal(await page.$('.tw-error'), null);
    assert.ok((await page.$$('.tw-card')).length > 0, 'the key-figure cards are there');
    assert.match(await page.textContent('.tw-narrative'), /^Exports of rare earths rose 12\.6%/);
    // Every view, every flow, a product off and on, the table, the tooltip, the other language.
    for (const name of ['tw-view', 'tw-flow']) {
      const inputs = await page.$$(`input[name="${name}"]`);
      for (const input of inputs) {
        await input.check();
        await rendered(page);
        assert.equal(await page.$('.tw-chart-error'), null);
      }
    }
    await page.$eval('.tw-ms', (d) => { d.open = true; });
    const chip = await page.$('input[name="tw-products"]');
    for (let i = 0; i < 2; ++i) {
      await chip.click();
      await rendered(page);
    }
    await page.$$eval('details', (list) => list.forEach((d) => { d.open = true; }));
    // The tooltip is placed with element.style (CSSOM), which style-src 'self' allows.
    await page.locator('svg [aria-label][tabindex]:visible').first().focus();
    await page.waitForSelector('.tw-tooltip:not([hidden])');
    await page.click('.tw-lang');
    await rendered(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-Hans');
    assert.deepEqual(await violations(page), []);
  });
  assert.deepEqual(consoleErrors, []);
});

test('standalone.html (for file://) needs inline script: the policy refuses it, its static chart remains', async () => {
  // The one-file copy inlines module, script and data by design; a site that sends a strict
  // policy serves index.html instead. Under the policy the inlined chart is still readable.
  const { page } = browser;
  await withPolicy(minimum, async (url) => {
    await page.goto(url + 'standalone.html');
    await page.waitForFunction(() => window.__violations.length > 0, null, { timeout: 15000 });
    assert.ok((await violations(page)).some((v) => /^script-src/.test(v)));
    assert.ok(await page.$('#widget svg'), 'the inlined static chart is shown');
  });
});

for (const [directive, value, why] of [
  ['script-src', "'self'", /script-src/],
  ['style-src', "'none'", /style-src/],
  ['img-src', "'none'", /img-src/],
  ['connect-src', "'none'", /connect-src/],
]) {
  test(`every grant of the minimum policy is needed: ${directive} ${value} is refused`, async () => {
    const { page } = browser;
    const policy = Object.assign({}, minimum, { [directive]: value });
    await withPolicy(policy, async (url) => {
      await page.goto(url);
      await page.waitForFunction(() => window.__violations.length > 0, null, { timeout: 15000 });
      const seen = await violations(page);
      assert.ok(seen.some((v) => why.test(v)), seen.join('\n'));
    });
  });
}

test("without 'wasm-unsafe-eval' the written view stays and an error card says why", async () => {
  const { page } = browser;
  const policy = Object.assign({}, minimum, { 'script-src': "'self'" });
  await withPolicy(policy, async (url) => {
    await page.goto(url);
    await page.waitForSelector('.tw-error', { timeout: 15000 });
    assert.match(await page.textContent('.tw-error'), /Content-Security-Policy|wasm-unsafe-eval/);
    assert.ok(await page.isVisible('svg.tw-chart:visible'), 'the chart written into the page is still shown');
    assert.match(await page.textContent('.tw-narrative'), /^Exports of rare earths rose 12\.6%/);
  });
});

test('a host page with a strict policy embeds the widget with two grants for the widget\'s site', async () => {
  // embed.js sizes the iframe through element.style (CSSOM), which needs no 'unsafe-inline'.
  const { page, consoleErrors } = browser;
  consoleErrors.length = 0;
  await withPolicy(minimum, async (url) => {
    const origin = new URL(url).origin;
    const hostPolicy = `default-src 'none'; script-src ${origin}; frame-src ${origin}`;
    const host = await servePages({ 'index.html': `<!doctype html><html lang="en"><head>
<meta charset="utf-8"><title>Host</title></head><body><p>Article.</p>
<script src="${url}embed.js" data-title="Chart"></script><p>After.</p></body></html>` },
    { 'Content-Security-Policy': hostPolicy });
    try {
      await page.goto(host.url);
      const frame = await (await page.waitForSelector('iframe.trade-widget-frame')).contentFrame();
      await ready(frame);
      assert.equal(await frame.$('.tw-error'), null);
      const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      await page.waitForFunction((h) => Math.abs(document.querySelector('iframe').getBoundingClientRect().height - h) <= 1, content);
      assert.deepEqual(await violations(page), []);
      assert.deepEqual(await frame.evaluate(() => window.__violations), []);
    } finally {
      await host.close();
    }
  });
  assert.deepEqual(consoleErrors, []);
});
