// The editors' studio from file:// in Firefox and WebKit, as an editor who opens the downloaded
// file with a double click: the bundled dataset's CSV pair in, the preview of the widget out.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { root, publicDir } from '../browser/harness.mjs';
import { openFirefox, openWebKit } from './drivers.mjs';

const NAME = 'china-rare-earths-2025';
let work;
let files;
before(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'tw-studio-x-'));
  const r = spawnSync(path.join(root, 'bin/trade-widget'),
    ['export-csv', path.join(publicDir, 'data', `${NAME}.json`), '-o', `${NAME}.csv`], { cwd: work, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  files = [`${NAME}.csv`, `${NAME}.meta.json`].map((name) => ({ name, text: fs.readFileSync(path.join(work, name), 'utf8') }));
});
after(() => fs.rmSync(work, { recursive: true, force: true }));

/** Puts the files into the studio's file input as a chooser would, and tells the page. */
function choose(list) {
  const input = document.getElementById('st-files');
  const transfer = new DataTransfer();
  for (const f of list) transfer.items.add(new File([f.text], f.name, { type: f.name.endsWith('.csv') ? 'text/csv' : 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

for (const open of [openFirefox, openWebKit]) {
  describe(open.name.replace('open', ''), () => {
    let b;
    before(async () => { b = await open(); });
    after(async () => { if (b) await b.close(); });

    test('the studio from file://: the CSV pair in, a valid dataset and the preview out', async () => {
      await b.size(1280, 900);
      await b.goto('file://' + path.join(publicDir, 'studio.html'));
      await b.waitFor(() => document.documentElement.hasAttribute('data-studio-ready'));
      await b.run(choose, files);
      await b.waitFor(() => /: valid, /.test(document.getElementById('st-status').textContent));
      assert.match(await b.run(() => document.getElementById('st-status').textContent),
        new RegExp(`^${NAME}\\.json: valid, \\d+ observations, 2 flows, `));
      await b.enterFrame('#st-frame-narrow');
      await b.waitFor(() => !!document.querySelector('h1') && !!document.querySelector('svg.tw-chart'));
      assert.equal(await b.run(() => document.querySelector('h1').textContent), 'China\'s rare-earth trade, January–September 2025');
      await b.leaveFrame();
    });
  });
}
