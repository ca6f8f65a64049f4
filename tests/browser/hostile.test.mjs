// Strings from data are untrusted. tests/fixtures/hostile-strings.json puts markup into every
// string field of the format (titles, units, source names, notes, every label, phrase and code,
// ids where the format allows any text, refs); the widget must show it as text in every state it
// can reach, run none of it, and link only to http(s) addresses. A javascript: link is refused by
// the loader, and every file of the bad-input catalogue ends in an error card with the exact
// first message, with nothing of a half-loaded dataset shown.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, root } from './harness.mjs';
import { siteDir, ready } from './widget-page.mjs';

const fixturePath = path.join(root, 'tests/fixtures/hostile-strings.json');
const fixture = JSON.parse(fs.readFileSync(fixturePath, 'utf8'));
const badDir = path.join(root, 'tests/fixtures/bad');

let dir;
let server;
let browser;
before(async () => {
  // A private copy of the site with the fixtures in its data folder, served as they are.
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tw-hostile-'));
  fs.cpSync(siteDir, dir, { recursive: true });
  fs.copyFileSync(fixturePath, path.join(dir, 'data/hostile.json'));
  // The same with a comma in a product id (the format allows any text in an id).
  const magnets = fixture.dimensions.product[1].id;
  fs.writeFileSync(path.join(dir, 'data/hostile-comma.json'), fs.readFileSync(fixturePath, 'utf8')
    .split(JSON.stringify(magnets)).join(JSON.stringify(magnets.replace(' ', ', '))));
  fs.mkdirSync(path.join(dir, 'data/bad'));
  for (const f of fs.readdirSync(badDir)) {
    if (f.endsWith('.json')) fs.copyFileSync(path.join(badDir, f), path.join(dir, 'data/bad', f));
  }
  server = await serve(dir);
  browser = await launch();
});
after(async () => {
  await browser.close();
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** What ran or was injected: window.__pwned, and elements no dataset string may create. */
function injected(page) {
  return page.evaluate(() => ({
    pwned: window.__pwned,
    elements: [...document.querySelectorAll(
      'img[src="x"], iframe, script:not([src]), svg script, foreignObject, [onerror], [onload], ' +
      '[onmouseover], a[href^="javascript:" i], a[href^="data:" i]')].map((e) => e.outerHTML.slice(0, 120)),
  }));
}

/** Waits until the widget shows the state in the URL hash (each change re-renders it). */
function rendered(page, timeout = 15000) {
  return page.waitForFunction(() => {
    const w = document.getElementById('widget');
    return (location.hash === '' || w.getAttribute('data-state') === location.hash) &&
      w.getAttribute('aria-busy') !== 'true';
  }, null, { timeout });
}

/** Clicks every flow and view and toggles every product off and on; returns all text seen. */
async function visitEveryState(page) {
  const seen = [await page.title()];
  const collect = async () => {
    assert.deepEqual(await injected(page), { pwned: undefined, elements: [] });
    seen.push(await page.$eval('#widget', (w) => w.textContent));
    // Tooltips and titles are text too, only shown on hover.
    seen.push(...await page.$$eval('[title], [aria-label]', (list) =>
      list.flatMap((e) => [e.getAttribute('title') || '', e.getAttribute('aria-label') || ''])));
  };
  // Controls are found by position: their values are dataset ids, markup included.
  const pick = async (name, index) => {
    const inputs = await page.$$(`input[name="${name}"]`);
    await inputs[index].check();
    await rendered(page);
    await collect();
  };
  await collect();
  const flows = (await page.$$('input[name="tw-flow"]')).length;
  const views = (await page.$$('input[name="tw-view"]')).length;
  assert.ok(flows >= 2 && views >= 2);
  for (let f = 0; f < flows; ++f) {
    await pick('tw-flow', f);
    for (let v = 0; v < views; ++v) await pick('tw-view', v);
  }
  await page.$eval('.tw-ms', (d) => { d.open = true; });
  const chips = await page.$$('input[name="tw-products"]');
  for (const chip of chips) {
    for (let i = 0; i < 2; ++i) {
      await chip.click();
      await rendered(page);
      await collect();
    }
  }
  // Open every disclosure (the table of figures) so that its text is rendered too.
  await page.$$eval('details', (list) => list.forEach((d) => { d.open = true; }));
  await collect();
  return seen.join('\n');
}

/** Every string field of the fixture in one language, by JSON path (ids and codes included). */
function strings(lang) {
  const out = [];
  const walk = (v, where) => {
    if (typeof v === 'string') out.push([where, v]);
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${where}[${i}]`));
    else if (v && typeof v === 'object') {
      if (typeof v.en === 'string' && typeof v.zh === 'string' && Object.keys(v).length === 2) {
        out.push([where, v[lang]]);
      } else {
        for (const [k, x] of Object.entries(v)) walk(x, where ? `${where}.${k}` : k);
      }
    }
  };
  walk(fixture.meta, 'meta');
  walk(fixture.dimensions, 'dimensions');
  return out;
}

// Fields a reader sees in some state of the widget, which must show exactly as written. The
// others (coverage, ids, the phrases of partners that are never the top one, addresses) are held
// to the same rule wherever the page uses them: nothing may be injected or run.
const shown = [
  /^meta\.(title|subtitle|units\.volume)$/,
  /^meta\.sources\[\d\]\.(publisher|author|title)$/,
  /^meta\.notes\[\d\]\.text$/,
  /^dimensions\.(flow|product|partner|period)\[\d\]\.label$/,
  /^dimensions\.flow\[\d\]\.phrase$/,
  /^dimensions\.product\[[01]\]\.(phrase|code)$/,
  /^dimensions\.partner\[1\]\.phrase$/,
];

const squeeze = (s) => s.replace(/\s+/g, '');

for (const lang of ['en', 'zh']) {
  test(`${lang}: markup in every string field shows as text and nothing of it runs`, async (t) => {
    const { page, consoleErrors } = browser;
    consoleErrors.length = 0;
    await page.goto(server.url + `?data=data/hostile.json&lang=${lang}`);
    await ready(page);
    assert.equal(await page.$('.tw-error'), null, 'the hostile dataset is valid and loads');
    const text = squeeze(await visitEveryState(page));
    const fields = strings(lang).filter(([where]) => shown.some((re) => re.test(where)));
    assert.ok(fields.length >= 20, 'the fixture covers the displayed fields');
    for (const [where, value] of fields) {
      assert.ok(text.includes(squeeze(value)), `${where} shows literally: ${value}`);
    }
    const elsewhere = strings(lang).filter(([where, value]) =>
      !fields.some(([w]) => w === where) && text.includes(squeeze(value)));
    t.diagnostic('also shown: ' + elsewhere.map(([w]) => w).join(', '));
    assert.deepEqual(consoleErrors, []);
  });
}

test('a state link naming ids full of markup reproduces the state and runs nothing', async () => {
  const { page } = browser;
  const products = fixture.dimensions.product.map((p) => p.id);
  const flow = fixture.dimensions.flow[1].id;
  const hash = `#flow=${encodeURIComponent(flow)}&products=${encodeURIComponent(products[1])}&view=shares&lang=en`;
  await page.goto(server.url + '?data=data/hostile.json' + hash);
  await ready(page, hash);
  assert.deepEqual(await injected(page), { pwned: undefined, elements: [] });
  const pressed = await page.$$eval('input[name="tw-products"]:checked', (l) => l.map((c) => c.value));
  assert.deepEqual(pressed, [products[1]]);
  assert.equal(await page.$eval('input[name="tw-flow"]:checked', (i) => i.value), flow);
});

test('a product id with a comma survives a checkbox press and the state link it makes', async () => {
  const { page } = browser;
  await page.goto(server.url + '?data=data/hostile-comma.json');
  await ready(page);
  await page.$eval('.tw-ms', (d) => { d.open = true; });
  const chips = await page.$$('input[name="tw-products"]');
  await chips[0].click();  // Oxides off: Magnets (with the comma) and All stay on
  await rendered(page, 3000);
  const pressed = await page.$$eval('input[name="tw-products"]', (l) => l.map((c) => c.checked));
  assert.deepEqual(pressed, [false, true, true]);
  assert.deepEqual(await injected(page), { pwned: undefined, elements: [] });
});

test('source links go only to the http(s) addresses of the dataset, as written', async () => {
  const { page } = browser;
  await page.goto(server.url + '?data=data/hostile.json');
  await ready(page);
  await page.$$eval('details', (list) => list.forEach((d) => { d.open = true; }));
  const links = await page.$$eval('#widget a[href]', (l) => l.map((a) => ({
    href: a.getAttribute('href'), protocol: a.protocol, text: a.textContent, rel: a.rel,
  })));
  const urls = fixture.meta.sources.map((s) => s.url);
  assert.ok(links.length >= 2);
  for (const link of links) {
    assert.ok(['http:', 'https:'].includes(link.protocol), JSON.stringify(link));
    assert.ok(urls.includes(link.href), `${link.href} is a source address of the dataset`);
    assert.match(link.rel, /noopener/);
  }
  for (const url of urls) assert.ok(links.some((l) => l.href === url), `${url} is linked`);
});

test('a javascript: source link is refused by the loader: an error card, no link, no widget', async () => {
  const { page } = browser;
  await page.goto(server.url + '?data=data/bad/javascript-url.json');
  await ready(page);
  const expected = fs.readFileSync(path.join(badDir, 'javascript-url.expected'), 'utf8').trim();
  assert.equal(await page.$eval('.tw-error li', (li) => li.textContent), expected);
  assert.deepEqual(await injected(page), { pwned: undefined, elements: [] });
  assert.equal(await page.$('#widget a[href]'), null);
});

test('every file of the bad-input catalogue ends in an error card with its exact first message', async () => {
  const { page, consoleErrors } = browser;
  consoleErrors.length = 0;
  const names = fs.readdirSync(badDir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
  assert.ok(names.length >= 40);
  for (const name of names) {
    await page.goto(server.url + `?data=data/bad/${name}.json`);
    await ready(page);
    const expected = fs.readFileSync(path.join(badDir, name + '.expected'), 'utf8').trim();
    const card = await page.$eval('.tw-error', (c) => ({
      role: c.getAttribute('role'),
      first: (c.querySelector('li') || { textContent: '' }).textContent,
    }));
    assert.deepEqual(card, { role: 'alert', first: expected }, name);
    // Nothing of the dataset is presented as if it had loaded.
    assert.deepEqual(await page.$$eval('.tw-card, .tw-controls, .tw-table, .tw-chart', (l) => l.length), 0, name);
  }
  assert.deepEqual(consoleErrors, []);
});
