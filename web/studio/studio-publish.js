// Publish: the bundle as a zip (the files `trade-widget bundle` writes, from the same core, in a
// folder named after the dataset), and the dataset JSON and the CSV pair for versioning.
// Compressed copies: the worker makes them (studio-worker.js), each .gz and .br byte for byte
// the CLI's.
/* global fflate */
(function (S) {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const t = (...a) => S.i18n.t(...a);
  // Fixed time stamps: the same input gives the same zip.
  const MTIME = new Date('2026-01-01T00:00:00Z');

  function save(name, parts, type) {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob(parts, { type }));
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  }

  /** The zip's entries: {path: [bytes, options]} under folder/. */
  function entries(folder, files) {
    const out = {};
    for (const f of files) {
      out[`${folder}/${f.path}`] = [f.bytes, { level: 6, mtime: MTIME }];
      // Stored: compressing them again would only cost time.
      if (f.gz) out[`${folder}/${f.path}.gz`] = [f.gz, { level: 0, mtime: MTIME }];
      if (f.br) out[`${folder}/${f.path}.br`] = [f.br, { level: 0, mtime: MTIME }];
    }
    return out;
  }

  async function zip(data) {
    S.i18n.say($('st-publish-status'), 'zipping');
    const reply = await S.core.call('bundle', { json: data.json, name: data.name, url: $('st-url').value.trim() },
      (p) => S.i18n.say($('st-publish-status'), 'compressing', p.done, p.total));
    if (!reply.ok) {
      S.i18n.say($('st-publish-status'), 'zipFailed');
      S.problems.render(reply);
      return;
    }
    const folder = data.name.replace(/\.json$/i, '');
    const all = entries(folder, reply.files);
    const bytes = fflate.zipSync(all);
    const name = `${folder}.zip`;
    save(name, [bytes], 'application/zip');
    const snippets = reply.files.find((f) => f.path === 'embed-snippets.txt');
    if (snippets) $('st-snippets').value = new TextDecoder().decode(snippets.bytes);
    S.i18n.say($('st-publish-status'), 'zipped', name, Object.keys(all).length);
  }

  async function csvPair(data) {
    const reply = await S.core.call('exportCsv', { json: data.json });
    if (!reply.ok) return;
    const stem = data.name.replace(/\.json$/i, '');
    save(`${stem}.csv`, [reply.csv], 'text/csv');
    // Two downloads from one click: the browser may ask once to allow it.
    setTimeout(() => save(`${stem}.meta.json`, [reply.meta], 'application/json'), 300);
  }

  function start(current) {
    $('st-zip').addEventListener('click', () => { const d = current(); if (d) zip(d); });
    $('st-dl-json').addEventListener('click', () => { const d = current(); if (d) save(d.name, [d.json], 'application/json'); });
    $('st-dl-csv').addEventListener('click', () => { const d = current(); if (d) csvPair(d); });
  }

  function enable(ok) {
    for (const id of ['st-zip', 'st-dl-json', 'st-dl-csv']) $(id).disabled = !ok;
  }

  S.publish = { start, enable, entries };
})(window.TWS = window.TWS || {});
