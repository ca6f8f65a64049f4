// The default page renders the core's summary of the bundled dataset, with no console error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, saveScreenshot } from './harness.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser.close(); await server.close(); });

test('the default page shows the title and the narrative computed by the core', async () => {
  const { page, consoleErrors } = browser;
  await page.goto(server.url);
  await page.waitForSelector('.tw-narrative');
  assert.equal(await page.textContent('h1'), "China's rare-earth trade, January–September 2025");
  const narrative = await page.textContent('.tw-narrative');
  assert.match(narrative, /Exports of rare earth oxides rose 38\.0% year on year to 24,151\.3 t; the United States accounted for 40%\./);
  await page.screenshot({ path: saveScreenshot('smoke-1024.png'), fullPage: true });
  assert.deepEqual(consoleErrors, []);
});

test('?lang=zh shows the Chinese narrative', async () => {
  const { page } = browser;
  await page.goto(server.url + '?lang=zh');
  await page.waitForSelector('.tw-narrative');
  assert.match(await page.textContent('.tw-narrative'), /稀土氧化物出口24,151\.3吨，同比增长38\.0%，其中美国占40%。/);
});
