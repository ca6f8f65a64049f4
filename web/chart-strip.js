// The embed's strip of charts (several charts side by side, web/layout.css): its two buttons
// step one chart either way. Listened for on the widget's root, so that it works on whatever
// markup the core writes next.
(function (TW) {
  'use strict';

  function step(button) {
    const list = button.closest('.tw-charts').querySelector('.tw-chart-list');
    const first = list && list.firstElementChild;
    if (!first) return;
    const gap = parseFloat(getComputedStyle(list).columnGap) || 0;
    const by = first.getBoundingClientRect().width + gap;
    const still = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    list.scrollBy({ left: Number(button.dataset.step) * by, behavior: still ? 'auto' : 'smooth' });
  }

  TW.chartStrip = {
    listen(root) {
      root.addEventListener('click', (e) => {
        const button = e.target.closest && e.target.closest('.tw-chart-step');
        if (button) step(button);
      });
    },
  };
})(window.TW = window.TW || {});
