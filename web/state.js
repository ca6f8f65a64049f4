// The reader's choices and the URL hash that stores them, so that a link reproduces the view:
// #flow=export&products=oxides,magnets&view=yoy&lang=zh. Unknown values are ignored and listed.
(function (TW) {
  'use strict';

  const VIEWS = ['volumes', 'yoy', 'shares', 'monthly'];

  function flowChoices(dataset) {
    const ids = dataset.flows.map((f) => f.id);
    return ids.length > 1 ? ids.concat('both') : ids;
  }

  /** The state a first visit shows: the dataset's default flow and period, every product, the
   *  world figures, volumes. period and partner null: the dataset's default / all partners. */
  function initial(dataset, lang) {
    return { flow: dataset.defaultFlow, products: null, view: 'volumes', lang, period: null, partner: null };
  }

  /**
   * The ids of "products=a,b%2Cc" split on literal commas before decoding, since an id may
   * itself contain a comma (serialize() encodes it as %2C).
   */
  function rawIds(raw, key) {
    const part = raw.split('&').find((p) => p.startsWith(key + '='));
    if (!part || part === key + '=') return [];
    return part.slice(key.length + 1).split(',').map((id) => {
      try {
        return decodeURIComponent(id.replace(/\+/g, ' '));
      } catch (e) {
        return id;  // malformed escape: kept as written, then reported as unknown
      }
    });
  }

  /** Reads a hash over a base state; returns {state, ignored: ['key=value', ...]}. */
  function parse(hash, dataset, base) {
    const state = Object.assign({}, base);
    const ignored = [];
    const raw = String(hash || '').replace(/^#/, '');
    const q = new URLSearchParams(raw);
    for (const [key, value] of q) {
      if (key === 'flow' && flowChoices(dataset).includes(value)) {
        state.flow = value;
      } else if (key === 'view' && VIEWS.includes(value)) {
        state.view = value;
      } else if (key === 'lang' && TW.i18n.languages.includes(value)) {
        state.lang = value;
      // explore: period= and partner= (ids of the dataset; the core offers only those with figures)
      } else if (key === 'period' && dataset.periods.some((p) => p.id === value)) {
        state.period = value === dataset.defaultPeriod ? null : value;
      } else if (key === 'partner' && dataset.partners.some((p) => p.id === value && !p.aggregate)) {
        state.partner = value;
      } else if (key === 'products') {
        const known = dataset.products.map((p) => p.id);
        const asked = rawIds(raw, 'products');
        const unknown = asked.filter((id) => !known.includes(id));
        if (unknown.length) ignored.push('products=' + unknown.join(','));
        const chosen = known.filter((id) => asked.includes(id));
        state.products = chosen.length === known.length ? null : chosen;
        if (asked.length && !chosen.length) state.products = null;
      } else {
        ignored.push(key + '=' + value);
      }
    }
    return { state, ignored };
  }

  function serialize(state, dataset) {
    const parts = ['flow=' + encodeURIComponent(state.flow)];
    if (state.products) {
      const order = dataset.products.map((p) => p.id);
      const ids = order.filter((id) => state.products.includes(id));
      parts.push('products=' + ids.map(encodeURIComponent).join(','));
    }
    // explore: only a choice other than the default goes into the link
    if (state.period && state.period !== dataset.defaultPeriod) parts.push('period=' + encodeURIComponent(state.period));
    if (state.partner) parts.push('partner=' + encodeURIComponent(state.partner));
    parts.push('view=' + state.view, 'lang=' + state.lang);
    return '#' + parts.join('&');
  }

  /** The flows the core is asked about. */
  function flows(state, dataset) {
    return state.flow === 'both' ? dataset.flows.map((f) => f.id) : [state.flow];
  }

  /** Ids of the chosen products (every product when all are on). */
  function products(state, dataset) {
    return state.products === null ? dataset.products.map((p) => p.id) : state.products.slice();
  }

  /** The state after a product chip is pressed. */
  function toggleProduct(state, dataset, id) {
    const on = products(state, dataset);
    const next = on.includes(id) ? on.filter((p) => p !== id) : on.concat(id);
    const all = dataset.products.every((p) => next.includes(p.id));
    return Object.assign({}, state, { products: all ? null : next });
  }

  TW.state = { VIEWS, flowChoices, initial, parse, serialize, flows, products, toggleProduct };
})(window.TW = window.TW || {});
