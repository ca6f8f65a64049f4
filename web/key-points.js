// The story's own findings (meta.key_points), above the computed narrative: each quoted with its
// source and paragraph references, so that a reader never takes them for the widget's sums.
(function (TW) {
  'use strict';
  const { el, externalLink } = TW.dom;
  const t = (lang, key) => TW.i18n.t(lang, key);

  /** The first point (the story's headline) always shows; the others fold, to keep a phone's
   *  first screen for the figures. */
  function build(lang) {
    const list = el('ul', { class: 'tw-key-points-list' });
    const more = el('ul', { class: 'tw-key-points-list' });
    const summary = el('summary', {});
    const details = el('details', { class: 'tw-key-points-more' }, summary, more);
    const root = el('section', { class: 'tw-key-points', 'aria-label': t(lang, 'keyPoints'), hidden: true },
      el('h2', { class: 'tw-key-points-title' }, t(lang, 'keyPoints')), list, details);
    return { root, list, more, details, summary };
  }

  function cite(lang, point) {
    const s = point.source || {};
    const who = s.author || s.publisher || '';
    const ref = point.ref ? (lang === 'zh' ? '，' : ', ') + point.ref : '';
    return el('span', { class: 'tw-key-point-source' },
      lang === 'zh' ? '（' : ' (', externalLink(s.url, who), ref, lang === 'zh' ? '）' : ')');
  }

  function render(parts, lang, view) {
    const points = view.keyPoints || [];
    parts.root.hidden = points.length === 0;
    const item = (p) => el('li', { class: 'tw-key-point' }, p.text, cite(lang, p));
    parts.list.replaceChildren(...points.slice(0, 1).map(item));
    parts.more.replaceChildren(...points.slice(1).map(item));
    parts.details.hidden = points.length < 2;
    parts.summary.textContent = TW.i18n.t(lang, 'keyPointsMore', points.length - 1);
  }

  TW.keyPoints = { build, render };
})(window.TW = window.TW || {});
