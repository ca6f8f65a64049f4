// Keyboard only: every control and every chart mark is reached with Tab, shows a visible focus
// ring, and works with the keys a reader expects (arrows in radio groups, Space on checkboxes, Enter).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch } from './harness.mjs';
import { siteDir, ready } from './widget-page.mjs';

let server;
let browser;
before(async () => { server = await serve(siteDir); browser = await launch(); });
after(async () => { await browser.close(); await server.close(); });

/** What has focus, and whether a focus ring is drawn (on the element, or for a hidden radio on its label text). */
function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    const ringOn = el.matches('input[type="radio"]') ? el.nextElementSibling : el;
    const style = getComputedStyle(ringOn);
    const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    return {
      tag: el.tagName.toLowerCase(),
      key: el.getAttribute('data-focus-key') || el.getAttribute('aria-label') || el.textContent.trim().slice(0, 40),
      ring,
    };
  });
}

test('Tab reaches every control and every chart mark, each with a visible focus ring', async () => {
  const { page, consoleErrors } = browser;
  await page.goto(server.url);
  await ready(page);
  const seen = [];
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (f.tag === 'body') break;
    seen.push(f);
    assert.ok(f.ring, `no visible focus on ${f.tag} ${f.key}`);
  }
  const keys = seen.map((f) => f.key);
  assert.equal(keys[0], 'lang');
  assert.equal(keys[1], 'flow:export'); // a radio group is one Tab stop, on the checked option
  // The products: one Tab stop, the list's button; open, each checkbox is one.
  assert.equal(keys[2], 'products');
  assert.equal(keys[3], 'view:volumes');
  const marks = await page.$$eval('.tw-chart-figure svg [tabindex="0"]', (m) => m.filter((x) => x.checkVisibility()).map((x) => x.getAttribute('aria-label')));
  assert.ok(marks.length >= 5);
  for (const label of marks) assert.ok(keys.includes(label), `chart mark not reached: ${label}`);
  assert.ok(seen.some((f) => f.tag === 'summary'), 'the table can be opened from the keyboard');
  assert.ok(keys.includes('part:download'), 'the downloads can be opened from the keyboard');
  assert.deepEqual(consoleErrors, []);
});

test('arrow keys, Space and Enter change the view; focus stays where it was', async () => {
  const { page } = browser;
  await page.goto(server.url);
  await ready(page);
  await page.focus('input[name="tw-flow"][value="export"]');
  await page.keyboard.press('ArrowLeft');
  await ready(page, '#flow=import&view=volumes&lang=en');
  assert.equal(await page.evaluate(() => document.activeElement.value), 'import');
  await page.keyboard.press('Tab'); // the products button
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowRight');
  await ready(page, '#flow=import&view=yoy&lang=en');
  await page.keyboard.press('Shift+Tab'); // back to the products button: Space opens its list
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await ready(page, '#flow=import&products=separation-products,concentrates,metals-alloys,oxides,compounds,magnets&view=yoy&lang=en');
  assert.equal(await page.$eval('input[name="tw-products"][value="rare-earths"]', (i) => i.checked), false);
  assert.equal(await page.evaluate(() => document.activeElement.value), 'rare-earths');
  // Escape closes the list and gives the focus back to its button.
  await page.keyboard.press('Escape');
  assert.equal(await page.isVisible('.tw-ms-list'), false);
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('data-focus-key')), 'products');

  // A chart mark: focus shows its tooltip, Escape hides it.
  const label = await page.getAttribute('.tw-chart-figure svg [tabindex="0"]:visible', 'aria-label');
  await page.focus('.tw-chart-figure svg [tabindex="0"]:visible');
  assert.equal(await page.isVisible('.tw-tooltip'), true);
  assert.equal(await page.textContent('.tw-tooltip'), label);
  await page.keyboard.press('Escape');
  assert.equal(await page.isVisible('.tw-tooltip'), false);

  // The language button rebuilds the widget in Chinese and keeps the focus on itself.
  await page.focus('.tw-lang');
  await page.keyboard.press('Enter');
  await ready(page, '#flow=import&products=separation-products,concentrates,metals-alloys,oxides,compounds,magnets&view=yoy&lang=zh');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('data-focus-key')), 'lang');
  assert.equal(await page.textContent('.tw-lang'), 'English');

  // The table opens with Enter on its summary.
  await page.focus('.tw-table-wrap > summary');
  await page.keyboard.press('Enter');
  assert.equal(await page.isVisible('.tw-table tbody tr'), true);
});
