// Live preview: the real widget page (the bundle's standalone.html, written by the core for the
// dataset being edited) in two frames, 360 px and 760 px wide, in the chosen layout, language,
// theme and chart. The pages are made in the worker, so typing never waits for them.
(function (S) {
  'use strict';
  const $ = (id) => document.getElementById(id);
  let url = null;
  let generation = 0;
  let data = null;

  function choices() {
    return { layout: $('st-pv-layout').value, lang: $('st-pv-lang').value, theme: $('st-pv-theme').value, view: $('st-pv-view').value };
  }

  async function draw() {
    if (!data) return;
    const gen = ++generation;
    const c = choices();
    const reply = await S.core.call('preview', { json: data.json, name: data.name, lang: c.lang, layout: c.layout, theme: c.theme });
    if (gen !== generation || !reply.ok) return;  // a newer one is on its way, or keep the last good one
    const old = url;
    url = URL.createObjectURL(new Blob([reply.html], { type: 'text/html' }));
    // #lang=: the page's language whatever the editor's browser prefers; #view=: a chart other
    // than the first view (the monthly one draws the annotations), as a reader's link asks.
    const hash = `#lang=${c.lang}${c.view ? `&view=${c.view}` : ''}`;
    for (const id of ['st-frame-narrow', 'st-frame-wide']) $(id).src = url + hash;
    if (old) setTimeout(() => URL.revokeObjectURL(old), 5000);
  }

  /** The dataset to show ({json, name}); null keeps the last good preview. */
  function update(next) {
    if (!next) return;
    data = next;
    draw();
  }

  function start() {
    for (const id of ['st-pv-layout', 'st-pv-lang', 'st-pv-theme', 'st-pv-view']) $(id).addEventListener('change', draw);
    // The embed page tells its height (docs/embedding.md); the frames follow it.
    addEventListener('message', (e) => {
      if (!e.data || e.data.type !== 'trade-widget:height') return;
      for (const id of ['st-frame-narrow', 'st-frame-wide']) {
        const frame = $(id);
        if (frame.contentWindow === e.source) frame.height = Math.min(4000, Math.max(200, Math.ceil(e.data.height)));
      }
    });
  }

  S.preview = { start, update };
})(window.TWS = window.TWS || {});
