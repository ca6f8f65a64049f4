// The studio's worker: the studio module (trade_widget_studio.js, concatenated before this file
// into the worker's text) answers the page's requests off the main thread, so that typing never
// waits for an import, a check or a preview. One request at a time, answered in order:
// {id, op, args} in, {id, reply} out; {id, progress} while a CSV's rows are read.
// The bundle's compressed copies are made here too, the same bytes as the CLI's: the .gz by
// pako at level 9 (zlib's deflate), the .br by the studio module's brotliCopy (the CLI's
// function, compiled with the CLI's libbrotli version: wasm-bindings/studio/brotli-encoder.cmake).
/* global createTradeWidgetStudio, pako */
(function () {
  'use strict';
  const ready = createTradeWidgetStudio();

  /** The bundle, with a .gz and a .br copy of each file that `bundle` compresses. Brotli at
   * quality 11 takes seconds for the module and standalone.html: the page is told how far it is
   * ({done, total} files). */
  async function bundle(m, a, id) {
    const reply = m.bundle(a.json, a.name, a.url || '');
    if (!reply.ok) return reply;
    const todo = reply.files.filter((f) => f.compressedCopies);
    for (const [i, f] of todo.entries()) {
      postMessage({ id, progress: { done: i, total: todo.length } });
      f.gz = pako.gzip(f.bytes, { level: 9 });
      const br = m.brotliCopy(f.bytes, f.path);
      if (!br.ok) return br;
      f.br = br.bytes;
    }
    return reply;
  }

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
    bundle,
    preview: (m, a) => m.preview(a.json, a.name, a.lang, a.layout, a.theme),
  };

  self.onmessage = async (e) => {
    const { id, op, args } = e.data;
    let reply;
    try {
      const m = await ready;
      reply = await ops[op](m, args, id);
    } catch (err) {
      reply = { ok: false, errors: [{ text: String(err && err.message || err), path: '', message: String(err) }], warnings: [] };
    }
    const transfer = new Set();
    if (reply && Array.isArray(reply.files)) {
      for (const f of reply.files) for (const b of [f.bytes, f.gz, f.br]) if (b) transfer.add(b.buffer);
    }
    postMessage({ id, reply }, [...transfer]);
  };
})();
