// Helpers shared by the widget's browser tests: where the site is, and waiting for the page to
// show a state. TW_PUBLIC_DIR serves another assembled copy of public/ (default: public/).
import path from 'node:path';
import { publicDir } from './harness.mjs';

export const siteDir = process.env.TW_PUBLIC_DIR ? path.resolve(process.env.TW_PUBLIC_DIR) : publicDir;

/** Waits until the widget rendered; with a hash, until it shows exactly that state. */
export async function ready(page, hash) {
  if (hash === undefined) {
    await page.waitForSelector('#widget[data-state], #widget .tw-error', { timeout: 15000 });
  } else {
    await page.waitForFunction((h) => document.getElementById('widget').getAttribute('data-state') === h, hash, { timeout: 15000 });
  }
}

/** Visible text of an element (screen-reader-only text left out); a note mark is written "[n]". */
function visibleText(el) {
  const copy = el.cloneNode(true);
  for (const m of copy.querySelectorAll('.tw-note-mark')) m.textContent = '[' + m.querySelector('[aria-hidden]').textContent + ']';
  for (const sr of copy.querySelectorAll('.tw-sr')) sr.remove();
  return copy.textContent.replace(/\s+/g, ' ').trim();
}

/** The key-figure cards as readers see them: {title: "Oxides Exports", lines: ["Volume 24,151.3 t", ...]}. */
export function cards(page) {
  return page.$$eval('.tw-card', (list, fn) => {
    const text = new Function('return ' + fn)();
    return list.map((c) => ({
      title: c.querySelector('.tw-card-title').textContent,
      lines: [...c.querySelectorAll('.tw-card-line')].map(text),
    }));
  }, visibleText.toString());
}

/** Table rows as arrays of cell texts. */
export function tableRows(page) {
  return page.$$eval('.tw-table tbody tr', (rows, fn) => {
    const text = new Function('return ' + fn)();
    return rows.map((r) => [...r.cells].map(text));
  }, visibleText.toString());
}

/** Requests that went anywhere but the test server (or data:/blob: URLs the page makes itself). */
export function foreign(requests, base) {
  return requests.filter((u) => !u.startsWith(base) && !u.startsWith('data:') && !u.startsWith('blob:'));
}

/** Presses a product's checkbox in the products list (opening the list first, as a reader does). */
export async function toggleProduct(page, id) {
  await page.evaluate(() => { const d = document.querySelector('.tw-ms'); if (d && !d.open) d.open = true; });
  await page.click(`label:has(input[name="tw-products"][value="${id}"])`);
}

/** The ids of the products whose checkbox is on. */
export const chosenProducts = (page) => page.$$eval('input[name="tw-products"]:checked', (l) => l.map((x) => x.value));
