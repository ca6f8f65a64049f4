// The source line (publisher, author, title, date, link) and the numbered notes of the view.
(function (TW) {
  'use strict';
  const { el, externalLink } = TW.dom;
  const t = (lang, key) => TW.i18n.t(lang, key);

  function sourceItem(lang, s) {
    const comma = lang === 'zh' ? '，' : ', ';
    const parts = [externalLink(s.url, s.publisher)];
    if (s.author) parts.push(lang === 'zh' ? '（' + s.author + '）' : ' (' + s.author + ')');
    if (s.title) parts.push(comma, el('cite', {}, s.title));
    if (s.date) parts.push(comma, el('time', { datetime: s.date }, s.date));
    return el('li', {}, parts);
  }

  /** Page notes are lettered (a, b, c…) so that they cannot be mistaken for the charts' own
   *  numbered footnotes. */
  function letter(number) {
    return number >= 1 && number <= 26 ? String.fromCharCode(96 + number) : String(number);
  }

  /** The superscript letter of a note, read as "note b" by screen readers, full text as title. */
  function mark(lang, number, text) {
    if (!number) return null;
    return el('sup', { class: 'tw-note-mark', title: text || null },
      el('span', { class: 'tw-sr' }, ' ' + TW.i18n.t(lang, 'noteMark', letter(number))),
      el('span', { 'aria-hidden': 'true' }, letter(number)));
  }

  function build(lang) {
    const list = el('ul', { class: 'tw-source-list' });
    const notes = el('ol', { class: 'tw-notes-list', type: 'a' });
    const notesBlock = el('div', { class: 'tw-notes' }, el('h2', {}, t(lang, 'notes')), notes);
    const block = el('footer', { class: 'tw-sources' },
      el('h2', {}, t(lang, 'sources')), list, notesBlock);
    return { block, list, notes, notesBlock };
  }

  function render(parts, lang, view) {
    parts.list.replaceChildren(...view.sources.map((s) => sourceItem(lang, s)));
    parts.notes.replaceChildren(...view.notes.map((n) => el('li', { value: String(n.number) }, n.text)));
    parts.notesBlock.hidden = view.notes.length === 0;
  }

  TW.sources = { build, render, mark };
})(window.TW = window.TW || {});
