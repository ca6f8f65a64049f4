// The charts of the current view: the core lays out and writes each SVG at the container's
// width; the page inserts it as markup (escaped by the core) and redraws when the width changes.
(function (TW) {
  'use strict';
  const { el } = TW.dom;
  const t = (lang, key) => TW.i18n.t(lang, key);

  function build(core) {
    const area = el('section', { class: 'tw-charts' });
    const tooltip = TW.tooltip.attach(area);
    const list = el('div', { class: 'tw-chart-list' });
    area.prepend(list);
    const parts = { area, list, tooltip, core, last: null, width: 0 };
    if (typeof ResizeObserver === 'function') {
      let pending = 0;
      new ResizeObserver(() => {
        clearTimeout(pending);
        pending = setTimeout(() => { if (parts.last && width(parts) !== parts.width) draw(parts); }, 120);
      }).observe(area);
    }
    return parts;
  }

  function width(parts) {
    return Math.max(280, Math.floor(parts.list.clientWidth || parts.area.clientWidth || 320));
  }

  function draw(parts) {
    const { lang, requests } = parts.last;
    parts.width = width(parts);
    parts.tooltip.hide();
    const figures = [];
    for (const request of requests) {
      const chart = request.chart;
      try {
        const reply = parts.core.chart(Object.assign({}, request, { width: parts.width }));
        if (!reply.svg) continue;
        const figure = el('figure', { class: 'tw-chart-figure', 'data-chart': chart });
        figure.innerHTML = reply.svg; // written and escaped by the core
        figures.push(figure);
      } catch (e) {
        const messages = (e.diagnostics || []).map((d) => d.text || d.message).join('; ') || e.message;
        figures.push(el('p', { class: 'tw-chart-error', 'data-chart': chart }, t(lang, 'chartUnavailable') + ' ' + messages));
      }
    }
    if (!figures.length) figures.push(el('p', { class: 'tw-empty' }, t(lang, 'noChartData')));
    parts.list.replaceChildren(...figures);
  }

  /** Draws the chart requests the core listed for the view (view.charts). */
  function render(parts, lang, view) {
    parts.area.hidden = !parts.core.chart;
    if (!parts.core.chart) return;
    parts.last = { lang, requests: view.charts || [] };
    draw(parts);
  }

  TW.charts = { build, render };
})(window.TW = window.TW || {});
