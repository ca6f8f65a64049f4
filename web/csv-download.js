// "Download CSV": the core writes the CSV of the current view's table; the page only saves it.
(function (TW) {
  'use strict';
  const { el } = TW.dom;

  function save(text, filename) {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
    const a = el('a', { href: url, download: filename, hidden: true });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  TW.csvDownload = { save };
})(window.TW = window.TW || {});
