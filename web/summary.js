// The headline: the core's narrative (announced by screen readers when it changes) and one card
// per flow x product with volume, signed year-on-year change and top partner.
(function (TW) {
  'use strict';
  const { el } = TW.dom;
  const t = (lang, key) => TW.i18n.t(lang, key);

  /** "implied" badge whose title lists what the figure was computed from. */
  function impliedBadge(lang, figure) {
    if (!figure.derived) return null;
    const from = (figure.from || []).map((f) => f.text + ' (' + f.period + ')').join(', ');
    const how = from ? TW.i18n.t(lang, 'impliedFrom', from) : null;
    // The derivation as a tooltip for the pointer, and as text for screen readers.
    const badge = el('span', { class: 'tw-implied', title: how }, t(lang, 'implied'),
      how ? el('span', { class: 'tw-sr' }, ' (' + how + ')') : null);
    return [' ', badge];
  }

  function figure(lang, f, extraClass) {
    const cls = 'tw-figure' + (f.present ? '' : ' tw-missing') + (extraClass ? ' ' + extraClass : '');
    return el('strong', { class: cls }, f.text, TW.sources.mark(lang, f.noteNumber, f.note));
  }

  /** Rise or fall is said by the sign, an arrow and a word for screen readers, not by colour. */
  function change(lang, f) {
    if (!f.present) return figure(lang, f);
    const dir = f.value > 0 ? 'up' : f.value < 0 ? 'down' : 'flat';
    const arrow = dir === 'up' ? '▲' : dir === 'down' ? '▼' : '■';
    return el('strong', { class: 'tw-figure tw-change tw-' + dir },
      el('span', { class: 'tw-arrow', 'aria-hidden': 'true' }, arrow), ' ', f.text,
      TW.sources.mark(lang, f.noteNumber, f.note));
  }

  function line(label, ...content) {
    return el('p', { class: 'tw-card-line' }, el('span', { class: 'tw-card-label' }, label), ' ',
      el('span', { class: 'tw-card-value' }, ...content));
  }

  function card(lang, c) {
    const item = el('li', { class: 'tw-card', 'data-flow': c.flow, 'data-product': c.product },
      el('h3', { class: 'tw-card-title' },
        el('span', { class: 'tw-card-product' }, c.productLabel), ' ',
        el('span', { class: 'tw-card-flow' }, c.flowLabel)),
      line(t(lang, 'volume'), figure(lang, c.volume, 'tw-volume'), impliedBadge(lang, c.volume)),
      line(t(lang, 'yoy'), change(lang, c.yoy), impliedBadge(lang, c.yoy)));
    if (c.topPartner) {
      // "Top partner" only when the figures establish it (core: topEstablished).
      const established = c.topEstablished !== false;
      item.append(line(t(lang, established ? 'topPartner' : 'largestReported'),
        el('strong', { class: 'tw-partner' }, c.topPartner + ' ', el('span', { class: 'tw-share' }, c.topShare.text),
          TW.sources.mark(lang, c.topShare.noteNumber, c.topShare.note)),
        impliedBadge(lang, c.topShare),
        established ? null : el('span', { class: 'tw-others' }, ' (' + t(lang, 'othersNotReported') + ')')));
    }
    TW.partnerCard.extend(item, lang, c, { line, change, figure, impliedBadge });
    return item;
  }

  /** Updates the narrative in place (a live region must stay the same node to be announced). */
  function render(parts, lang, view) {
    parts.narrative.textContent = view.narrative;
    parts.cards.replaceChildren(...view.cards.map((c) => card(lang, c)));
  }

  function build(lang) {
    const narrative = el('p', { class: 'tw-narrative', 'aria-live': 'polite', 'aria-atomic': 'true' });
    const cards = el('ul', { class: 'tw-cards', 'aria-label': t(lang, 'keyFigures') });
    return { narrative, cards };
  }

  TW.summary = { build, render };
})(window.TW = window.TW || {});
