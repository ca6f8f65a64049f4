// Start-up. The page arrives with the default view already written in it (trade-widget page), so
// nothing waits for the module: the controls answer at once, and the module loads after the first
// paint, when the browser is idle and the widget is in view, or at the latest on the first
// interaction; then it takes the view over without changing it. When the address asks for
// something else than what was written (boot.js: another dataset, state, language or layout),
// the module loads at once and the written view stays hidden until the right one is drawn.
(function (TW) {
  'use strict';

  function startLang(params) {
    if (TW.boot && TW.boot.lang) return TW.boot.lang;
    const hashLang = new URLSearchParams(location.hash.replace(/^#/, '')).get('lang');
    return TW.i18n.pick([hashLang, params.lang].concat(navigator.languages || [navigator.language]));
  }

  function start() {
    const root = document.getElementById('widget');
    if (!root) return;
    const params = TW.params.read(location, root);
    TW.theme.apply(params);
    TW.frame.start();
    const lang = startLang(params);
    if (params.data.rejected !== undefined) {
      TW.errors.show(root, lang, 'errorDataUrl', { text: TW.i18n.t(lang, 'errorDataUrlText'), file: params.data.rejected });
      return;
    }
    const written = !document.documentElement.hasAttribute('data-tw-pending') && root.querySelector('.tw-controls');
    const app = new TW.App(root, lang, params, !!written);
    if (written) {
      app.loadLater();
    } else {
      const message = document.createElement('p');
      message.className = 'tw-loading';
      message.setAttribute('role', 'status');
      message.textContent = TW.i18n.t(lang, typeof WebAssembly === 'object' ? 'loading' : 'noWasm');
      root.prepend(message);
      root.setAttribute('aria-busy', 'true');
      app.load();
    }
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})(window.TW = window.TW || {});
