// Problems: the core's errors and warnings, apart, each with its place; a click shows the cell
// (CSV line and column) or the place in the JSON (line and column) in the text it is about.
(function (S) {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const t = (...a) => S.i18n.t(...a);
  let last = null;

  function place(p) {
    if (p.cell) return p.cell.column ? t('lineColumn', p.cell.line, p.cell.column) : t('line', p.cell.line);
    if (p.line) return t('lineColumn', p.line, p.column);
    return '';
  }

  function item(p) {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    const where = place(p);
    if (where) {
      const span = document.createElement('span');
      span.className = 'st-place';
      span.textContent = where + ': ';
      button.append(span);
    }
    const code = document.createElement('code');
    code.textContent = p.text;  // the line the CLI prints
    button.append(code);
    button.addEventListener('click', () => show(p));
    li.append(button);
    return li;
  }

  function list(id, headingId, items, heading) {
    const ul = $(id);
    ul.replaceChildren(...items.map(item));
    const h = $(headingId);
    h.hidden = items.length === 0;
    h.textContent = heading(items.length);
  }

  function render(reply) {
    last = reply;
    const errors = reply ? reply.errors || [] : [];
    const warnings = reply ? reply.warnings || [] : [];
    list('st-errors', 'st-h-errors', errors, (n) => t('errors', n));
    list('st-warnings', 'st-h-warnings', warnings, (n) => t('warnings', n));
    const none = $('st-problems-none');
    none.hidden = !!reply && (errors.length > 0 || warnings.length > 0);
    none.textContent = reply ? t('problemsClean') : t('problemsNone');
  }

  /** Offset in the textarea's text of line L (1-based), character C (1-based). */
  function offset(text, line, column) {
    let at = 0;
    for (let l = 1; l < line; l++) {
      const next = text.indexOf('\n', at);
      if (next < 0) return text.length;
      at = next + 1;
    }
    // Characters, not UTF-16 units: a character outside the BMP counts once.
    let i = at;
    for (let c = 1; c < column && i < text.length && text[i] !== '\n'; c++) i += text.codePointAt(i) > 0xffff ? 2 : 1;
    return i;
  }

  function select(area, from, to, lineNo) {
    area.focus();
    area.setSelectionRange(from, Math.max(from, to));
    const lineHeight = parseFloat(getComputedStyle(area).lineHeight) || 18;
    area.scrollTop = Math.max(0, (lineNo - 3) * lineHeight);
  }

  /** Names the place under the text boxes, with its text marked. */
  function describe(file, line, column, text) {
    const note = $('st-cell');
    note.textContent = t('cellShown', file, line, column);
    const mark = document.createElement('mark');
    mark.textContent = text || ' ';
    note.append(mark);
  }

  /** Selects the cell in the CSV, or the place in the meta or dataset JSON (a text too large for
   * its box is not shown in one: the note under the boxes shows the place alone). */
  function show(p) {
    const current = S.main.current();
    $('st-cell').textContent = '';
    let id;
    let from;
    let to;
    let line;
    if (p.cell) {
      id = 'st-csv';
      line = p.cell.line;
      const text = S.texts.big(id) ? S.texts.get(id) : $(id).value;
      from = offset(text, line, p.cell.first);
      to = offset(text, line, p.cell.last);
      describe(current.csvName, line, p.cell.column, text.slice(from, to));
    } else if (p.line) {
      id = current.kind === 'pair' && p.path.startsWith(current.metaName) ? 'st-meta' : 'st-json';
      line = p.line;
      const text = S.texts.big(id) ? S.texts.get(id) : $(id).value;
      from = offset(text, line, p.column);
      // The value that starts there: a string to its closing quote, else up to the next comma,
      // bracket or line end.
      const rest = text.slice(from, from + 10000);
      const string = rest.match(/^"(?:[^"\\\n]|\\.)*"?/);
      const end = string ? string[0].length : rest.search(/[,}\]\n]/);
      to = from + (end < 0 ? 1 : Math.max(1, end));
      if (S.texts.big(id)) describe(id === 'st-meta' ? current.metaName : current.jsonName, line, '', text.slice(from, to));
    } else {
      return;
    }
    if (!S.texts.big(id)) select($(id), from, to, line);
  }

  S.problems = { render, show, rerender: () => render(last) };
})(window.TWS = window.TWS || {});
