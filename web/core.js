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

  /**
   * The module is built without C++ exceptions (for size, wasm-bindings/CMakeLists.txt): running
   * out of memory inside it ends the call with a WebAssembly.RuntimeError or a thrown number, and
   * the instance is unusable after that. The reader gets the error card; `stopped` tells the page
   * to create a new instance for the next state.
   */
  function stoppedError(kind) {
    const error = new CoreError(kind, [{ message: 'the widget ran out of memory or stopped' }]);
    error.stopped = true;
    return error;
  }

  /** Runs a call into the module; anything it throws that is not the core's reply is an abort. */
  function guarded(kind, call) {
    try {
      return call();
    } catch (e) {
      if (e instanceof CoreError) throw e;
      throw stoppedError(kind);
    }
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
    const call = (kind, name, request) => guarded(kind, () => reply(kind, module[name](JSON.stringify(request))));
    return {
      /** Copies the bytes into the module's memory (far cheaper than a string) and loads them. */
      load(bytes, lang) {
        return guarded('errorData', () => {
          const address = module.allocate(bytes.length);
          if (!address) {
            throw new CoreError('errorData', [{ message: 'the dataset (' + bytes.length + ' bytes) does not fit in the memory this browser gives the widget' }]);
          }
          module.HEAPU8.set(bytes, address);
          const text = module.loadDataset(address, bytes.length, lang); // an abort skips the release: the instance is dropped
          module.release(address);
          return reply('errorData', text);
        });
      },
      describe: (lang) => guarded('errorView', () => reply('errorView', module.describe(lang))).dataset,
      view: (request) => call('errorView', 'view', request).view,
      /** The widget's content for a state, as HTML written (and escaped) by the core. */
      widget: (request) => call('errorView', 'widget', request).html,
      csv: typeof module.csv === 'function' ? (request) => call('errorView', 'csv', request).csv : null,
      chart: typeof module.chart === 'function' ? (request) => call('chartUnavailable', 'chart', request) : null,
      // The chart as an image file to download (explore: image-download.js).
      chartImage: typeof module.chartImage === 'function'
        ? (request) => call('chartUnavailable', 'chartImage', request).svg
        : null,
    };
  }

  TW.core = { create, CoreError };
})(window.TW = window.TW || {});
