// The embed's strip of charts (several charts side by side, web/layout.css): its two buttons
// step one chart either way, and the strip takes the height of the chart in view, so that a short
// chart does not sit above the gap a tall one leaves. Listened for on the widget's root, so that
// it works on whatever markup the core writes next. (Not on "tw:rendered": measured, a listener
// for it, even an empty one, made the module's takeover a long task of 60-140 ms at 4x CPU.)
(function (TW) {
  'use strict';
  const STRIP = '.tw-chart-list';

  const figures = (list) => [...list.children].filter((c) => c.classList.contains('tw-chart-figure') || c.classList.contains('tw-chart-error'));

  /** The chart whose start is nearest the strip's scroll position. */
  function inView(list) {
    const all = figures(list);
    if (all.length < 2) return null;
    const origin = all[0].offsetLeft;
    let best = all[0];
    for (const f of all) {
      if (Math.abs(f.offsetLeft - origin - list.scrollLeft) < Math.abs(best.offsetLeft - origin - list.scrollLeft)) best = f;
    }
    return best;
  }

  function fit(list) {
    // One chart (the default view): nothing to read, so no layout is forced after a render.
    if (list.childElementCount < 2) return;
    const shown = inView(list);
    const height = shown ? shown.offsetHeight + 'px' : '';
    if (list.style.height !== height) list.style.height = height;
    // A mark focused in a taller chart may have scrolled the strip down: the chart's top again.
    if (list.scrollTop) list.scrollTop = 0;
  }

  function step(button) {
    const list = button.closest('.tw-charts').querySelector(STRIP);
    const all = list ? figures(list) : [];
    if (all.length < 2) return;
    const gap = parseFloat(getComputedStyle(list).columnGap) || 0;
    const by = all[0].getBoundingClientRect().width + gap;
    const still = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    list.scrollBy({ left: Number(button.dataset.step) * by, behavior: still ? 'auto' : 'smooth' });
  }

  TW.chartStrip = {
    listen(root) {
      const fitAll = () => { for (const list of root.querySelectorAll(STRIP)) fit(list); };
      root.addEventListener('click', (e) => {
        const button = e.target.closest && e.target.closest('.tw-chart-step');
        if (button) step(button);
      });
      let frame = 0;
      // scroll does not bubble: caught on the way down.
      root.addEventListener('scroll', (e) => {
        if (!(e.target instanceof Element) || !e.target.matches(STRIP) || frame) return;
        frame = requestAnimationFrame(() => { frame = 0; fit(e.target); });
      }, true);
      window.addEventListener('resize', fitAll);
    },
    /** A new strip was written (app.js, when it swaps the charts): fit it at once (not in a
     *  later frame, which a frame out of view may not get: its height must be right when asked). */
    written(root) {
      for (const list of root.querySelectorAll(STRIP)) fit(list);
    },
  };
})(window.TW = window.TW || {});
