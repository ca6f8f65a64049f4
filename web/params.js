// The page's query parameters (?lang=, ?theme=, ?transparent=, ?data=, ?layout=), read once at start.
(function (TW) {
  'use strict';

  /**
   * The dataset address from ?data=, resolved against the page. Only a relative address on the
   * same site is accepted: no scheme, no protocol-relative "//host", no backslashes.
   * Returns {url} or {rejected: the address as given}.
   */
  function datasetUrl(param, fallback, pageUrl) {
    if (param === null || param === '') return { url: new URL(fallback, pageUrl).href };
    const looksAbsolute = /^[a-z][a-z0-9+.-]*:/i.test(param) || /^[\\/]{2}/.test(param) ||
      param.includes('\\');
    if (looksAbsolute) return { rejected: param };
    let url;
    try {
      url = new URL(param, pageUrl);
    } catch (e) {
      return { rejected: param };
    }
    const page = new URL(pageUrl);
    // file:// pages (the standalone file) carry their data inline and fetch nothing.
    if (page.protocol === 'file:' || url.origin !== page.origin) return { rejected: param };
    return { url: url.href };
  }

  function read(location, root) {
    const q = new URLSearchParams(location.search);
    const theme = ['light', 'dark', 'auto'].includes(q.get('theme')) ? q.get('theme') : 'auto';
    return {
      lang: q.get('lang'),
      theme,
      transparent: q.get('transparent') === '1' || q.get('transparent') === 'true',
      data: datasetUrl(q.get('data'), root.dataset.dataset || '', location.href),
      dataParam: q.get('data'),
      // ?layout=full: the whole report; without it, the layout the page was written in.
      layout: q.get('layout') === 'full' || (q.get('layout') !== 'embed' &&
        document.documentElement.getAttribute('data-tw-layout') === 'full') ? 'full' : 'embed',
    };
  }

  TW.params = { read, datasetUrl };
})(window.TW = window.TW || {});
