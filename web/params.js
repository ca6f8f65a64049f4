// The page's query parameters (?lang=, ?theme=, ?transparent=, ?data=, ?layout=), read once at start.
(function (TW) {
  'use strict';

  /**
   * The dataset address from ?data=, resolved against the page. Only a relative address on the
   * same site is accepted: no scheme, no protocol-relative "//host", no backslashes.
   * Returns {url} or {rejected: the address as given}.
   */
  function datasetUrl(param, fallback, pageUrl) {
    if (param === null || param === '') {
      // A page made from a blob: URL (the studio's previews) has no base to resolve against; its
      // data is inline, so the address is never fetched.
      try {
        return { url: new URL(fallback, pageUrl).href };
      } catch (e) {
        return { url: fallback };
      }
    }
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
    // ?theme=, else the theme the page was written for (data-tw-theme, as boot.js reads it).
    const asked = q.get('theme') || document.documentElement.getAttribute('data-tw-theme');
    const theme = ['light', 'dark', 'auto'].includes(asked) ? asked : 'auto';
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
