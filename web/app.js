// One widget on the page: builds the layout for a language, keeps the reader's state in the URL
// hash, and on every change asks the core for the view and hands it to each part.
(function (TW) {
  'use strict';
  const { el } = TW.dom;
  const t = (lang, key, ...p) => TW.i18n.t(lang, key, ...p);

  class App {
    constructor(root, core, dataset, lang, fileName) {
      this.root = root;
      this.core = core;
      this.dataset = dataset;
      this.datasets = { [lang]: dataset };
      this.fileName = fileName;
      const parsed = TW.state.parse(location.hash, dataset, TW.state.initial(dataset, lang));
      this.state = parsed.state;
      this.ignored = parsed.ignored;
      this.builtLang = null;
      window.addEventListener('hashchange', () => this.fromHash());
      window.addEventListener('beforeprint', () => { if (this.parts) this.parts.table.details.open = true; });
    }

    fromHash() {
      const base = TW.state.initial(this.dataset, this.state.lang);
      this.state = TW.state.parse(location.hash, this.dataset, base).state;
      this.render();
    }

    /** A control changed: the new state goes into the URL (a history entry), then renders. */
    go(next) {
      const hash = TW.state.serialize(next, this.dataset);
      if (hash === location.hash) return;
      location.hash = hash; // hashchange renders it, and Back returns to the previous state
    }

    describe(lang) {
      if (!this.datasets[lang]) this.datasets[lang] = this.core.describe(lang);
      return this.datasets[lang];
    }

    request() {
      return {
        flows: TW.state.flows(this.state, this.dataset),
        products: TW.state.products(this.state, this.dataset),
        period: this.state.period || this.dataset.defaultPeriod,
        partner: this.state.partner || '',
        view: this.state.view,
        lang: this.state.lang,
      };
    }

    csvRequest() {
      return { request: this.request(), filename: this.fileBase() + '.csv' };
    }

    /** "<dataset>-<flow>-<view>-<period>": the name of every file the reader downloads. */
    fileBase() {
      const base = this.fileName.replace(/\.json$/i, '') || 'trade-widget';
      const period = (this.lastView && this.lastView.period) || this.state.period || this.dataset.defaultPeriod;
      return [base, this.state.flow, this.state.view, period].join('-').replace(/[^\w.-]+/g, '_');
    }

    /** The first chart of the current view as an image request (explore: image-download.js). */
    imageChart() {
      const charts = (this.lastView && this.lastView.charts) || [];
      if (!charts.length) return null;
      const width = this.parts.charts.width || 800;
      return { request: Object.assign({}, charts[0], { width }), filename: this.fileBase() };
    }

    build(lang) {
      const focusKey = document.activeElement && document.activeElement.getAttribute('data-focus-key');
      this.dataset = this.describe(lang);
      const d = this.dataset;
      document.documentElement.lang = TW.i18n.tag(lang);
      document.title = d.title;
      const other = lang === 'zh' ? 'en' : 'zh';
      const langButton = el('button', {
        type: 'button', class: 'tw-button tw-lang', lang: t(lang, 'otherLanguageCode'),
        'aria-label': t(lang, 'otherLanguageName'), 'data-focus-key': 'lang',
      }, t(lang, 'otherLanguage'));
      langButton.addEventListener('click', () => this.go(Object.assign({}, this.state, { lang: other })));
      const controls = TW.controls.build(d, lang, {
        flow: (flow) => this.go(Object.assign({}, this.state, { flow })),
        view: (view) => this.go(Object.assign({}, this.state, { view })),
        product: (id) => this.go(TW.state.toggleProduct(this.state, d, id)),
      });
      const summary = TW.summary.build(lang);
      const charts = TW.charts.build(this.core);
      const table = TW.table.build(lang);
      const sources = TW.sources.build(lang);
      const csv = TW.csvDownload.build(lang, this.core, () => this.csvRequest(),
        (e) => TW.errors.show(this.root, lang, 'errorView', { diagnostics: e.diagnostics, text: e.diagnostics ? null : e.message }));
      // explore: period and partner choices, the story's key points, image downloads
      const period = TW.period.build(lang, (id) => this.go(Object.assign({}, this.state, { period: id === d.defaultPeriod ? null : id })));
      const partner = TW.partner.build(lang, (id) => this.go(Object.assign({}, this.state, { partner: id })));
      controls.append(period.root, partner.root);
      const keyPoints = TW.keyPoints.build(lang);
      const image = TW.imageDownload.build(lang, this.core, () => this.imageChart(),
        (e) => TW.errors.show(this.root, lang, 'errorView', { diagnostics: e.diagnostics, text: e.diagnostics ? null : e.message }));
      const notice = el('p', { class: 'tw-notice', role: 'status', hidden: true });
      if (this.ignored.length) {
        notice.textContent = t(lang, 'ignoredSettings') + ' ' + this.ignored.join(', ');
        notice.hidden = false;
      }
      this.parts = { controls, summary, charts, table, sources, notice, period, partner, keyPoints, image };
      this.root.replaceChildren(
        el('header', { class: 'tw-header' },
          el('div', { class: 'tw-titles' },
            el('h1', {}, d.title),
            d.subtitle ? el('p', { class: 'tw-page-subtitle' }, d.subtitle) : null),
          langButton),
        notice,
        controls,
        el('section', { class: 'tw-summary', 'aria-label': t(lang, 'keyFigures') },
          el('p', { class: 'tw-period' }), keyPoints.root, summary.narrative, summary.cards),
        charts.area,
        el('section', { class: 'tw-data' }, table.details,
          csv || image ? el('p', { class: 'tw-actions' }, csv, image && image.png, image && image.svg) : null),
        sources.block);
      this.builtLang = lang;
      if (focusKey) {
        const again = this.root.querySelector('[data-focus-key="' + CSS.escape(focusKey) + '"]');
        if (again) again.focus();
      }
    }

    render() {
      const lang = this.state.lang;
      try {
        if (this.builtLang !== lang) this.build(lang);
        const p = this.parts;
        TW.controls.update(p.controls, this.state, this.dataset);
        const request = this.request();
        const empty = request.products.length === 0;
        const view = empty
          ? { view: this.state.view, narrative: t(lang, 'noProducts'), cards: [], rows: [], sources: [], notes: [], charts: [], periodLabel: '' }
          : this.core.view(request);
        this.lastView = view;
        TW.period.update(p.period, view);
        TW.partner.update(p.partner, view);
        TW.keyPoints.render(p.keyPoints, lang, view);
        if (p.image) p.image.setEnabled((view.charts || []).length > 0);
        this.root.querySelector('.tw-period').textContent = view.periodLabel;
        TW.summary.render(p.summary, lang, view);
        TW.table.render(p.table, lang, view);
        TW.sources.render(p.sources, lang, view);
        TW.charts.render(p.charts, lang, view);
        this.root.setAttribute('aria-busy', 'false');
        this.root.setAttribute('data-state', TW.state.serialize(this.state, this.dataset));
        this.root.dispatchEvent(new CustomEvent('tw:rendered', { bubbles: true }));
      } catch (e) {
        this.fail(lang, e);
      }
    }

    fail(lang, e) {
      this.builtLang = null; // the error card replaced the layout: the next state rebuilds it
      if (e instanceof TW.core.CoreError) {
        TW.errors.show(this.root, lang, e.kind, { diagnostics: e.diagnostics });
      } else {
        TW.errors.show(this.root, lang, 'errorStart', { text: String(e && e.message || e) });
      }
    }
  }

  TW.App = App;
})(window.TW = window.TW || {});
