// Tooltips on chart marks: the mark's own aria-label (the core's full reading) shown next to the
// pointer, under a finger after a tap, or above a mark that has keyboard focus. Escape hides it.
(function (TW) {
  'use strict';
  const { el } = TW.dom;
  const MARK = 'svg [aria-label][tabindex]';

  // One document listener for every tooltip (a tap outside hides it); charts are rebuilt on each
  // toggle, so a listener per build would pile up. Entries of removed charts are dropped.
  const attached = new Set();
  function prune() {
    for (const entry of attached) if (!entry.container.isConnected) attached.delete(entry);
  }
  document.addEventListener('pointerdown', (e) => {
    prune();
    for (const entry of attached) if (!entry.container.contains(e.target)) entry.hide();
  });

  /** container: the charts' section; its .tw-tooltip (written by the core) is reused. */
  function attach(container) {
    if (!container) return { hide() {} };
    let tip = container.querySelector('.tw-tooltip');
    if (!tip) {
      tip = el('div', { class: 'tw-tooltip', role: 'tooltip', hidden: true });
      container.append(tip);
    }
    let current = null;

    function place(x, y) {
      const box = container.getBoundingClientRect();
      const w = tip.offsetWidth;
      const h = tip.offsetHeight;
      let left = x - box.left - w / 2;
      left = Math.max(0, Math.min(left, box.width - w));
      let top = y - box.top - h - 12;
      if (top < 0) top = y - box.top + 16;
      tip.style.left = left + 'px';
      tip.style.top = top + 'px';
    }

    function show(mark, x, y) {
      current = mark;
      tip.textContent = mark.getAttribute('aria-label');
      tip.hidden = false;
      place(x, y);
    }

    function hide() {
      current = null;
      tip.hidden = true;
    }

    function showAtMark(mark) {
      const r = mark.getBoundingClientRect();
      show(mark, r.left + r.width / 2, r.top);
    }

    container.addEventListener('pointermove', (e) => {
      const mark = e.target.closest && e.target.closest(MARK);
      if (mark && e.pointerType !== 'touch') show(mark, e.clientX, e.clientY);
      else if (!mark && current && e.pointerType !== 'touch') hide();
    });
    container.addEventListener('pointerleave', (e) => { if (e.pointerType !== 'touch') hide(); });
    container.addEventListener('pointerdown', (e) => {
      const mark = e.target.closest && e.target.closest(MARK);
      if (e.pointerType === 'touch' || e.pointerType === 'pen') {
        if (mark && mark !== current) show(mark, e.clientX, e.clientY);
        else hide();
      }
    });
    container.addEventListener('focusin', (e) => {
      const mark = e.target.closest && e.target.closest(MARK);
      if (mark) showAtMark(mark);
    });
    container.addEventListener('focusout', hide);
    container.addEventListener('keydown', (e) => { if (e.key === 'Escape') hide(); });
    prune();
    attached.add({ container, hide });
    return { hide };
  }

  TW.tooltip = { attach };
})(window.TW = window.TW || {});
