// One widget on the page: the reader's state, kept in the URL hash, and the core's markup for it.
// The core writes the widget's content (view_html.h) and the page inserts it: the same markup the
// build wrote into the page, so a change swaps only the parts that differ, and the first takeover
// changes nothing at all. Events are handled on the root, so they work on the markup the build
// wrote before the module is there: a change made then is kept and shown once it has loaded.
(function (TW) {
  'use strict';
  const t = (lang, key, ...p) => TW.i18n.t(lang, key, ...p);

  // The parts of the view that a change of state may change; each is swapped when it differs.
  const PARTS = ['.tw-notice', '.tw-chart-list', '.tw-chart-pager', '.tw-period', '.tw-source-names', '.tw-source-list',
    '.tw-cards', '.tw-notes-list', '.tw-count', '.tw-table', '.tw-period-notice', '.tw-actions',
    '.tw-choice-label'];

  class App {
    /**
     * root: #widget; lang: the start language; params: params.js; written: the root holds the
     * default view the build wrote (for this language, layout and dataset).
     */
    constructor(root, lang, params, written) {
      this.root = root;
      this.params = params;
      this.layout = params.layout;
      this.startLang = lang;
      this.core = null;
      this.dataset = null;
      this.queue = [];
      this.builtLang = written ? lang : null;
      if (written) this.tooltip = TW.tooltip.attach(root.querySelector('.tw-charts'));
      TW.controls.listen(root, (change) => this.change(change));
      TW.chartStrip.listen(root);
      root.addEventListener('click', (e) => {
        if (e.target.closest('.tw-lang')) this.change((s) => Object.assign({}, s, { lang: s.lang === 'zh' ? 'en' : 'zh' }));
        if (e.target.closest('.tw-csv')) this.whenReady(() => this.download());
        const image = e.target.closest('.tw-image-png, .tw-image-svg');
        if (image && !image.disabled) this.whenReady(() => this.downloadImage(image.classList.contains('tw-image-png') ? 'png' : 'svg'));
      });
      // Back and Forward (popstate) and a hash edited by hand (hashchange) bring a state back.
      window.addEventListener('popstate', () => this.fromHash());
      window.addEventListener('hashchange', () => this.fromHash());
      // Print shows everything: the table, and in the embed every part of the footer line.
      window.addEventListener('beforeprint', () => {
        for (const d of this.root.querySelectorAll('details[data-part]')) d.open = true;
      });
    }

    /** Loads the module after the first paint: idle and in view, or the first interaction. */
    loadLater() {
      const load = () => this.load();
      for (const type of ['pointerdown', 'focusin', 'keydown']) this.root.addEventListener(type, load, { once: true, passive: true });
      const idle = () => (window.requestIdleCallback ? requestIdleCallback(load, { timeout: 3000 }) : setTimeout(load, 200));
      const inView = () => {
        if (typeof IntersectionObserver !== 'function') return idle();
        const observer = new IntersectionObserver((entries) => {
          if (!entries.some((e) => e.isIntersecting)) return;
          observer.disconnect();
          idle();
        });
        observer.observe(this.root);
      };
      if (document.readyState === 'complete') inView();
      else window.addEventListener('load', inView, { once: true });
    }

    /** Loads the module and the dataset once; then shows the state (and any change made meanwhile). */
    load() {
      if (!this.loading) this.loading = this.boot();
      return this.loading;
    }

    async boot() {
      const lang = this.startLang;
      const keep = this.builtLang !== null; // a written view stays under an error card
      let core;
      let source;
      try {
        [core, source] = await Promise.all([TW.core.create(), TW.data.bytes(this.params.data)]);
      } catch (e) {
        const message = String(e && e.message || e);
        if (e instanceof TW.data.FetchError) TW.errors.show(this.root, lang, 'errorFetch', { text: message, keep });
        else if (e instanceof TW.core.CoreError && e.kind === 'noWasm') TW.errors.show(this.root, lang, 'errorStart', { text: t(lang, 'noWasm'), keep });
        else if (/Content Security Policy/i.test(message)) TW.errors.show(this.root, lang, 'errorStart', { text: t(lang, 'errorCsp'), keep });
        else TW.errors.show(this.root, lang, 'errorStart', { text: message, keep });
        document.documentElement.removeAttribute('data-tw-pending');
        return;
      }
      let loaded;
      try {
        loaded = core.load(source.bytes, lang);
      } catch (e) {
        // Out of memory (the instance aborted): the written view, if any, stays under the card,
        // and the next interaction tries a new instance. Invalid data shows only the card.
        if (e.stopped) this.loading = null;
        TW.errors.show(this.root, lang, 'errorData', { file: source.name, diagnostics: e.diagnostics || [], text: e.diagnostics ? null : e.message, keep: keep && !!e.stopped });
        document.documentElement.removeAttribute('data-tw-pending');
        return;
      }
      this.core = core;
      // A card from an earlier attempt (an instance that ran out of memory) is stale now.
      for (const card of this.root.querySelectorAll('.tw-error')) card.remove();
      this.dataset = loaded.dataset;
      this.fileName = source.name;
      const parsed = TW.state.parse(location.hash, this.dataset, TW.state.initial(this.dataset, lang));
      this.state = parsed.state;
      this.ignored = parsed.ignored;
      const changes = this.queue.splice(0);
      for (const change of changes) this.state = change(this.state, this.dataset);
      this.render();
      if (changes.length) this.writeUrl();
    }

    whenReady(action) {
      if (this.core) action();
      else this.load().then(() => { if (this.core) action(); });
    }

    fromHash() {
      if (!this.core) return;
      const base = TW.state.initial(this.dataset, this.state.lang);
      const next = TW.state.parse(location.hash, this.dataset, base).state;
      if (TW.state.serialize(next, this.dataset) === TW.state.serialize(this.state, this.dataset)) return;
      this.state = next;
      this.render();
    }

    /**
     * A control changed (change: (state, dataset) -> next state). The new state is shown at once, so two
     * changes within one task both count, then written to the URL. Before the module is there,
     * the change waits for it (the control itself already shows the reader's choice).
     */
    change(change) {
      if (!this.core) {
        this.queue.push(change);
        this.load();
        return;
      }
      const next = change(this.state, this.dataset);
      if (TW.state.serialize(next, this.dataset) === TW.state.serialize(this.state, this.dataset)) return;
      this.state = next;
      this.render();
      this.writeUrl();
    }

    /**
     * Inside an iframe the URL state is replaced, so the host article's Back button is left
     * alone; a page of its own adds an entry, so Back returns to the previous state.
     */
    writeUrl() {
      const hash = TW.state.serialize(this.state, this.dataset);
      if (location.hash === hash || !this.core) return;
      if (TW.frame.embedded()) history.replaceState(history.state, '', hash);
      else history.pushState(null, '', hash);
    }

    request() {
      const products = TW.state.products(this.state, this.dataset);
      return {
        flows: TW.state.flows(this.state, this.dataset),
        products,
        noProducts: products.length === 0,
        period: this.state.period || this.dataset.defaultPeriod, // the period control sets state.period
        partner: this.state.partner || '',
        view: this.state.view,
        lang: this.state.lang,
        layout: this.layout,
        ignored: this.ignored,
      };
    }

    /** "<dataset>-<flow>-<view>-<period>": the name of every file the reader downloads. */
    fileBase() {
      const base = this.fileName.replace(/\.json$/i, '') || 'trade-widget';
      const period = this.state.period || this.dataset.defaultPeriod;
      return [base, this.state.flow, this.state.view, period].join('-').replace(/[^\w.-]+/g, '_');
    }

    download() {
      try {
        TW.csvDownload.save(this.core.csv(this.request()), this.fileBase() + '.csv');
      } catch (e) {
        this.downloadFailed(e);
      }
    }

    /** The first chart of the view, as wide as it is shown, as an image (image-download.js). */
    async downloadImage(kind) {
      try {
        const { flows, products, period, partner, view, lang } = this.request();
        const charts = this.core.view({ flows, products, period, partner, view, lang }).charts || [];
        if (!charts.length) return;
        const shown = [...this.root.querySelectorAll('.tw-chart-figure svg')].find((svg) => svg.checkVisibility());
        const width = shown ? Number(shown.getAttribute('width')) : 800;
        await TW.imageDownload.save(this.core, kind, { request: Object.assign({}, charts[0], { width }), filename: this.fileBase() });
      } catch (e) {
        this.downloadFailed(e);
      }
    }

    downloadFailed(e) {
      this.dropStopped(e);
      TW.errors.show(this.root, this.state.lang, 'errorView', { diagnostics: e.diagnostics, text: e.diagnostics ? null : e.message, keep: true });
    }

    render() {
      const lang = this.state.lang;
      try {
        const next = document.createElement('template');
        next.innerHTML = this.core.widget(this.request()); // written and escaped by the core
        if (this.builtLang !== lang) this.build(lang, next.content);
        else this.update(next.content);
        document.documentElement.removeAttribute('data-tw-pending');
        // New charts, now shown: the strip takes the height of the first (chart-strip.js).
        if (this.stripWritten) TW.chartStrip.written(this.root);
        this.stripWritten = false;
        this.root.setAttribute('aria-busy', 'false');
        this.root.setAttribute('data-state', TW.state.serialize(this.state, this.dataset));
        this.root.dispatchEvent(new CustomEvent('tw:rendered', { bubbles: true }));
      } catch (e) {
        this.fail(lang, e);
      }
    }

    /** A new language (or the first view after a loading message or an error): everything anew. */
    build(lang, content) {
      const focusKey = document.activeElement && document.activeElement.getAttribute('data-focus-key');
      const open = new Set([...this.root.querySelectorAll('details[open][data-part]')].map((d) => d.dataset.part));
      this.root.replaceChildren(content);
      for (const d of this.root.querySelectorAll('details[data-part]')) if (open.has(d.dataset.part)) d.open = true;
      document.documentElement.lang = TW.i18n.tag(lang);
      document.title = this.root.querySelector('h1').textContent;
      this.tooltip = TW.tooltip.attach(this.root.querySelector('.tw-charts'));
      this.stripWritten = true;
      this.builtLang = lang;
      if (focusKey) {
        const again = this.root.querySelector('[data-focus-key="' + CSS.escape(focusKey) + '"]');
        if (again) again.focus();
      }
    }

    /** The same language: the controls show the new state (focus and open lists stay), each part
     *  that differs is swapped, and the key sentence changes in place (a live region). */
    update(content) {
      // The controls, and in the embed the period and partner choices of the footer line.
      for (const selector of ['.tw-controls', '.tw-choices']) {
        const now = this.root.querySelector(selector);
        const next = content.querySelector(selector);
        if (now && next) TW.controls.sync(now, next);
      }
      // In place, so that the live region announces it; it may hold a note mark (the embed's
      // caveat of both flows), so its nodes are moved over, not only its text.
      const sentence = this.root.querySelector('.tw-narrative');
      const nextSentence = content.querySelector('.tw-narrative');
      if (!sentence.isEqualNode(nextSentence)) sentence.replaceChildren(...nextSentence.childNodes);
      for (const selector of PARTS) {
        const now = this.root.querySelector(selector);
        const next = content.querySelector(selector);
        if (now && next && !now.isEqualNode(next)) {
          if (selector === '.tw-chart-list' && this.tooltip) this.tooltip.hide();
          now.replaceWith(next);
          if (selector === '.tw-chart-list') this.stripWritten = true;
        }
      }
      for (const next of content.querySelectorAll('[data-part], .tw-notes')) {
        const selector = next.dataset.part ? '[data-part="' + next.dataset.part + '"]' : '.tw-notes';
        const now = this.root.querySelector(selector);
        if (now && now.hidden !== next.hidden) now.hidden = next.hidden;
      }
    }

    /** An instance that aborted (out of memory) is dropped: the next state loads a new one. */
    dropStopped(e) {
      if (!(e && e.stopped)) return;
      this.core = null;
      this.loading = null;
    }

    fail(lang, e) {
      this.dropStopped(e);
      this.builtLang = null; // the error card replaced the layout: the next state rebuilds it
      document.documentElement.removeAttribute('data-tw-pending');
      if (e instanceof TW.core.CoreError) {
        TW.errors.show(this.root, lang, e.kind, { diagnostics: e.diagnostics });
      } else {
        TW.errors.show(this.root, lang, 'errorStart', { text: String(e && e.message || e) });
      }
    }
  }

  TW.App = App;
})(window.TW = window.TW || {});
