// A real <table> of the figures behind the current view (the same rows the CSV download holds).
(function (TW) {
  'use strict';
  const { el, externalLink } = TW.dom;
  const t = (lang, key, ...p) => TW.i18n.t(lang, key, ...p);
  const MEASURES = { volume: 'measureVolume', yoy: 'measureYoy', share: 'measureShare' };

  function sourceCell(row) {
    if (!row.source) return el('td', {});
    const s = row.source;
    return el('td', {}, externalLink(s.url, s.publisher), row.ref ? ' ' + row.ref : '');
  }

  function valueCell(lang, row) {
    return el('td', { class: 'tw-num' + (row.present ? '' : ' tw-missing') },
      row.text,
      TW.sources.mark(lang, row.noteNumber, row.note));
  }

  function build(lang) {
    const summaryCount = el('span', { class: 'tw-count' });
    const caption = el('caption', {});
    const head = el('thead', {}, el('tr', {},
      ['colProduct', 'colFlow', 'colPartner', 'colPeriod', 'colMeasure', 'colValue', 'colSource']
        .map((k) => el('th', { scope: 'col', class: k === 'colValue' ? 'tw-num' : null }, t(lang, k)))));
    const body = el('tbody', {});
    const table = el('table', { class: 'tw-table' }, caption, head, body);
    const details = el('details', { class: 'tw-table-wrap' },
      el('summary', {}, t(lang, 'tableSummary'), ' ', summaryCount),
      el('div', { class: 'tw-scroll', tabindex: '0', role: 'region', 'aria-label': t(lang, 'tableSummary') }, table));
    return { details, caption, body, summaryCount };
  }

  function render(parts, lang, view) {
    parts.caption.textContent = view.view === 'monthly'
      ? t(lang, 'tableCaptionMonthly')
      : t(lang, 'tableCaption', (view.tablePeriods && view.tablePeriods.length ? view.tablePeriods : [view.periodLabel]).join(lang === 'zh' ? '、' : ', '));
    parts.summaryCount.textContent = '(' + t(lang, 'rowsCount', view.rows.length) + ')';
    parts.body.replaceChildren(...view.rows.map((r) => el('tr', {},
      el('th', { scope: 'row' }, r.product),
      el('td', {}, r.flow),
      el('td', {}, r.partner),
      el('td', {}, r.period),
      el('td', {}, t(lang, MEASURES[r.measure] || r.measure)),
      valueCell(lang, r),
      sourceCell(r))));
  }

  TW.table = { build, render };
})(window.TW = window.TW || {});
