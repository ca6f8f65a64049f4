// The one place that talks to the wasm module: JSON in, JSON out, and an {ok:false} reply turned
// into a CoreError that carries the core's diagnostics (path, line, column, message).
(function (TW) {
  'use strict';

  class CoreError extends Error {
    constructor(kind, diagnostics) {
      super(diagnostics.map((d) => d.text || d.message).join('; ') || kind);
      this.name = 'CoreError';
      this.kind = kind; // an i18n key for the error card's title
      this.diagnostics = diagnostics;
    }
  }

  function reply(kind, text) {
    const r = JSON.parse(text);
    if (!r.ok) throw new CoreError(kind, r.errors || []);
    return r;
  }

  /** trade_widget.js, beside this page's widget.js, unless the page carries it (standalone.html). */
  function loadScript() {
    if (typeof window.createTradeWidget === 'function') return Promise.resolve();
    const own = document.querySelector('script[src$="widget.js"]');
    const src = new URL('trade_widget.js', own ? own.src : location.href).href;
    return new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = src;
      script.onload = () => resolve();
      script.onerror = () => reject(new Error(src + ' could not be loaded'));
      document.head.append(script);
    });
  }

  /** Loads and instantiates the module (createTradeWidget comes from trade_widget.js). */
  async function create() {
    if (typeof WebAssembly !== 'object') throw new CoreError('noWasm', []);
    await loadScript();
    // eslint-disable-next-line no-undef
    const module = await createTradeWidget();
    return {
      /** Copies the bytes into the module's memory (far cheaper than a string) and loads them. */
      load(bytes, lang) {
        const address = module.allocate(bytes.length);
        try {
          module.HEAPU8.set(bytes, address);
          return reply('errorData', module.loadDataset(address, bytes.length, lang));
        } finally {
          module.release(address);
        }
      },
      describe: (lang) => reply('errorView', module.describe(lang)).dataset,
      view: (request) => reply('errorView', module.view(JSON.stringify(request))).view,
      /** The widget's content for a state, as HTML written (and escaped) by the core. */
      widget: (request) => reply('errorView', module.widget(JSON.stringify(request))).html,
      csv: typeof module.csv === 'function'
        ? (request) => reply('errorView', module.csv(JSON.stringify(request))).csv
        : null,
      chart: typeof module.chart === 'function'
        ? (request) => reply('chartUnavailable', module.chart(JSON.stringify(request)))
        : null,
      // The chart as an image file to download (explore: image-download.js).
      chartImage: typeof module.chartImage === 'function'
        ? (request) => reply('chartUnavailable', module.chartImage(JSON.stringify(request))).svg
        : null,
    };
  }

  TW.core = { create, CoreError };
})(window.TW = window.TW || {});
