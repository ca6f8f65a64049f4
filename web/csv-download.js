// "Download CSV": the core writes the CSV of the current view's table; the page only saves it.
(function (TW) {
  'use strict';
  const { el } = TW.dom;
  const t = (lang, key) => TW.i18n.t(lang, key);

  function save(text, filename) {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
    const a = el('a', { href: url, download: filename, hidden: true });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  /** getRequest() gives the current view request and file name; null when the core has no csv. */
  function build(lang, core, getRequest, onError) {
    if (!core.csv) return null;
    const button = el('button', { type: 'button', class: 'tw-button tw-csv', 'data-focus-key': 'csv', title: t(lang, 'downloadCsvHint') },
      el('span', { 'aria-hidden': 'true', class: 'tw-icon' }, '⤓'), ' ', t(lang, 'downloadCsv'));
    button.addEventListener('click', () => {
      const { request, filename } = getRequest();
      try {
        save(core.csv(request), filename);
      } catch (e) {
        onError(e);
      }
    });
    return button;
  }

  TW.csvDownload = { build };
})(window.TW = window.TW || {});
