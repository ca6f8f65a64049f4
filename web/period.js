// The period control: a select of the periods the core offers for the current flow, products and
// partner (view.periods: like periods together, labels from the dataset). It reports the choice;
// app.js turns it into the URL hash (period=).
(function (TW) {
  'use strict';
  const { el } = TW.dom;
  const t = (lang, key, ...p) => TW.i18n.t(lang, key, ...p);
  const GROUPS = { year: 'periodGroupYear', part: 'periodGroupPart', month: 'periodGroupMonth' };

  function build(lang, onPick) {
    const select = el('select', { class: 'tw-select', id: 'tw-period', 'data-focus-key': 'period' });
    select.addEventListener('change', () => onPick(select.value));
    const notice = el('p', { class: 'tw-hint tw-period-notice', role: 'status', hidden: true });
    const root = el('div', { class: 'tw-select-group', 'data-control': 'period' },
      el('label', { for: 'tw-period' }, t(lang, 'period')), select, notice);
    return { root, select, notice, lang };
  }

  /** Fills the options from the view (only when they changed, so focus and scroll stay). */
  function update(parts, view) {
    const periods = view.periods || [];
    const key = periods.map((p) => p.id).join('|');
    if (parts.key !== key) {
      parts.key = key;
      const groups = new Map();
      for (const p of periods) {
        if (!groups.has(p.group)) groups.set(p.group, el('optgroup', { label: t(parts.lang, GROUPS[p.group] || p.group) }));
        groups.get(p.group).append(el('option', { value: p.id }, p.label));
      }
      parts.select.replaceChildren(...groups.values());
    }
    parts.root.hidden = periods.length === 0;
    parts.select.value = view.period;
    const replaced = view.periodReplaced;
    parts.notice.hidden = !replaced;
    parts.notice.textContent = replaced ? t(parts.lang, 'periodReplaced', view.periodReplacedLabel || replaced, view.periodLabel) : '';
  }

  TW.period = { build, update };
})(window.TW = window.TW || {});
