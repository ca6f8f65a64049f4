// The page's side of the worker (studio-worker.js): call(op, args) gives a Promise of the
// reply; requests are answered in order. The worker is made from the text studio.html carries,
// so that it runs from file:// as well as from a server.
(function (S) {
  'use strict';
  let worker = null;
  let next = 1;
  const pending = new Map();

  function start() {
    const text = document.getElementById('tw-studio-worker').textContent;
    worker = new Worker(URL.createObjectURL(new Blob([text], { type: 'text/javascript' })));
    worker.onmessage = (e) => {
      const job = pending.get(e.data.id);
      if (!job) return;
      if ('progress' in e.data) {
        if (job.progress) job.progress(e.data.progress);
        return;
      }
      pending.delete(e.data.id);
      job.resolve(e.data.reply);
    };
    worker.onerror = (e) => {
      for (const job of pending.values()) job.resolve({ ok: false, errors: [{ text: e.message || 'the studio module failed', path: '', message: '' }], warnings: [] });
      pending.clear();
    };
  }

  function call(op, args, progress) {
    if (!worker) start();
    const id = next++;
    return new Promise((resolve) => {
      pending.set(id, { resolve, progress });
      worker.postMessage({ id, op, args });
    });
  }

  S.core = { call };
})(window.TWS = window.TWS || {});
