// The error card: what went wrong, in the reader's language, with the core's messages (JSON path,
// line, column) listed in full. The page is never left blank.
(function (TW) {
  'use strict';
  const { el } = TW.dom;
  const t = (lang, key, ...p) => TW.i18n.t(lang, key, ...p);

  function diagnosticItem(lang, d) {
    const where = d.line ? ' (' + t(lang, 'lineColumn', d.line, d.column) + ')' : '';
    return el('li', {},
      d.path ? el('code', {}, d.path) : null,
      d.path ? ': ' : '',
      d.message || d.text || '',
      where);
  }

  /**
   * Replaces the widget's content with an error card; with keep, the card goes above what is
   * there (the static chart stays when only the interactive part failed).
   */
  function show(root, lang, titleKey, { file, diagnostics, text, keep } = {}) {
    const card = el('section', { class: 'tw-error', role: 'alert' },
      el('h2', {}, t(lang, titleKey)));
    if (text) card.append(el('p', {}, text));
    if (file) card.append(el('p', {}, t(lang, 'errorFile') + ': ', el('code', {}, file)));
    if (diagnostics && diagnostics.length) {
      card.append(el('ul', { class: 'tw-diagnostics' }, diagnostics.map((d) => diagnosticItem(lang, d))));
    }
    if (keep) {
      const loading = root.querySelector('.tw-loading');
      if (loading) loading.remove();
      root.prepend(card);
    } else {
      root.replaceChildren(card);
    }
    root.setAttribute('aria-busy', 'false');
    root.dispatchEvent(new CustomEvent('tw:rendered', { bubbles: true }));
  }

  TW.errors = { show, diagnosticItem };
})(window.TW = window.TW || {});
