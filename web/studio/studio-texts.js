// The opened files' texts (the CSV, the meta file, the dataset JSON), each shown in its text
// box for editing, unless it is too large for one: a browser takes seconds to lay out a text box
// of megabytes (18 s for a 100,000-row CSV of 12.5 MB, measured with bench/studio.mjs), so such a
// text stays in memory, checked and bundled as it is, and a note says to edit it in the
// spreadsheet. get() gives the file's own text while the box is unchanged (a text box turns
// CR LF into LF; the bundle keeps the file's bytes, as the CLI does).
(function (S) {
  'use strict';
  const LIMIT = 1000000;  // characters shown in a box at most
  const files = new Map();  // id -> {file, shown, big}

  function note(id) { return document.getElementById(`${id}-big`); }

  function set(id, text) {
    const area = document.getElementById(id);
    const file = text.replace(/^\uFEFF/, '');
    const big = file.length > LIMIT;
    area.hidden = big;
    area.value = big ? '' : file;
    note(id).hidden = !big;
    if (big) S.i18n.say(note(id), 'tooBig', (new TextEncoder().encode(file).length / 1e6).toFixed(1));
    files.set(id, { file, shown: area.value, big });
  }

  function get(id) {
    const f = files.get(id);
    const area = document.getElementById(id);
    if (!f) return area.value;
    return f.big || area.value === f.shown ? f.file : area.value;
  }

  /** Puts edited text into the box (the form's edits of the meta file). */
  function replace(id, text) {
    const area = document.getElementById(id);
    area.value = text;
    files.set(id, { file: text, shown: area.value, big: false });
  }

  S.texts = { set, get, replace, big: (id) => !!(files.get(id) && files.get(id).big) };
})(window.TWS = window.TWS || {});
