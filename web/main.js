// Start-up: read the parameters, pick the language, load the module and the dataset in parallel,
// then hand over to App. Any failure ends in an error card, never a blank page.
(function (TW) {
  'use strict';

  function startLang(params) {
    const hashLang = new URLSearchParams(location.hash.replace(/^#/, '')).get('lang');
    return TW.i18n.pick([hashLang, params.lang].concat(navigator.languages || [navigator.language]));
  }

  function keepFallback(root, lang, key) {
    const message = root.querySelector('.tw-loading');
    if (message) {
      message.textContent = TW.i18n.t(lang, key);
      message.hidden = false; // hidden in the HTML, so that a page without JavaScript does not say "Loading"
    }
    root.setAttribute('aria-busy', 'false');
  }

  async function start() {
    const root = document.getElementById('widget');
    if (!root) return;
    const params = TW.params.read(location, root);
    TW.theme.apply(params);
    TW.frame.start();
    const lang = startLang(params);
    const fallback = root.querySelector('img.tw-fallback-chart');
    if (fallback && lang === 'zh' && fallback.dataset.srcZh) fallback.src = fallback.dataset.srcZh;
    if (params.data.rejected !== undefined) {
      TW.errors.show(root, lang, 'errorDataUrl', { text: TW.i18n.t(lang, 'errorDataUrlText'), file: params.data.rejected });
      return;
    }
    if (typeof WebAssembly !== 'object') {
      keepFallback(root, lang, 'noWasm');
      return;
    }
    keepFallback(root, lang, 'loading');
    root.setAttribute('aria-busy', 'true');
    let core;
    let source;
    try {
      [core, source] = await Promise.all([TW.core.create(), TW.data.bytes(params.data)]);
    } catch (e) {
      const message = String(e && e.message || e);
      if (e instanceof TW.data.FetchError) TW.errors.show(root, lang, 'errorFetch', { text: message });
      else if (/Content Security Policy/i.test(message)) TW.errors.show(root, lang, 'errorStart', { text: TW.i18n.t(lang, 'errorCsp'), keep: true });
      else TW.errors.show(root, lang, 'errorStart', { text: message, keep: true });
      return;
    }
    let loaded;
    try {
      loaded = core.load(source.bytes, lang);
    } catch (e) {
      TW.errors.show(root, lang, 'errorData', { file: source.name, diagnostics: e.diagnostics || [], text: e.diagnostics ? null : e.message });
      return;
    }
    new TW.App(root, core, loaded.dataset, lang, source.name).render();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})(window.TW = window.TW || {});
