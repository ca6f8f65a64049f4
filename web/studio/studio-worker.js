// The studio's worker: the studio module (trade_widget_studio.js, concatenated before this file
// into the worker's text) answers the page's requests off the main thread, so that typing never
// waits for an import, a check or a preview. One request at a time, answered in order:
// {id, op, args} in, {id, reply} out; {id, progress} while a CSV's rows are read.
/* global createTradeWidgetStudio */
(function () {
  'use strict';
  const ready = createTradeWidgetStudio();

  const ops = {
    site(m, files) {
      m.clearSite();
      for (const f of files) m.addSiteFile(f.path, f.bytes);
      return { ok: true, count: files.length };
    },
    importCsv(m, a, id) {
      return m.importCsv(a.csv, a.meta, a.csvName, a.metaName, (rows) => postMessage({ id, progress: rows }));
    },
    validate: (m, a) => m.validate(a.json, a.name),
    exportCsv: (m, a) => m.exportCsv(a.json),
    pasted: (m, a) => ({ ok: true, csv: m.csvFromPastedCells(a.text) }),
    bundle: (m, a) => m.bundle(a.json, a.name, a.url || ''),
    preview: (m, a) => m.preview(a.json, a.name, a.lang, a.layout, a.theme),
  };

  self.onmessage = async (e) => {
    const { id, op, args } = e.data;
    let reply;
    try {
      const m = await ready;
      reply = ops[op](m, args, id);
    } catch (err) {
      reply = { ok: false, errors: [{ text: String(err && err.message || err), path: '', message: String(err) }], warnings: [] };
    }
    const transfer = reply && Array.isArray(reply.files) ? reply.files.map((f) => f.bytes.buffer) : [];
    postMessage({ id, reply }, transfer);
  };
})();
