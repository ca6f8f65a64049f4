// The partner choice: "All partners" (the world figures) or one partner the sources give figures
// for in the current flow and products (view.partners). State in the URL hash (partner=).
(function (TW) {
  'use strict';
  const { el } = TW.dom;
  const t = (lang, key) => TW.i18n.t(lang, key);

  function build(lang, onPick) {
    const select = el('select', { class: 'tw-select', id: 'tw-partner', 'data-focus-key': 'partner' });
    select.addEventListener('change', () => onPick(select.value || null));
    const root = el('div', { class: 'tw-select-group', 'data-control': 'partner' },
      el('label', { for: 'tw-partner' }, t(lang, 'partner')), select);
    return { root, select, lang };
  }

  function update(parts, view) {
    const partners = view.partners || [];
    const key = partners.map((p) => p.id).join('|');
    if (parts.key !== key) {
      parts.key = key;
      parts.select.replaceChildren(el('option', { value: '' }, t(parts.lang, 'partnerAll')),
        ...partners.map((p) => el('option', { value: p.id }, p.label)));
    }
    parts.root.hidden = partners.length === 0 && !view.partner;
    parts.select.value = view.partner || '';
  }

  TW.partner = { build, update };
})(window.TW = window.TW || {});
