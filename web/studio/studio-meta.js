// Titles and notes: forms over the meta object (title, dek, notes, key points, sources), each
// text in English and Chinese. The format's rule for a text: {"en", "zh"} when both are given,
// a plain string when one is (readers of either language see it), and a missing translation
// is flagged. The core checks the rest (required fields, lengths) and reports it as a problem.
(function (S) {
  'use strict';
  const t = (...a) => S.i18n.t(...a);
  let meta = null;  // the meta object the form shows
  let changed = null;
  const openGroups = new Set();  // the folded lists the editor opened (kept across redraws)

  function textOf(v) {
    if (typeof v === 'string') return { en: v, zh: v, single: true };
    if (v && typeof v === 'object') return { en: v.en || '', zh: v.zh || '', single: false };
    return { en: '', zh: '', single: false };
  }

  function valueOf(en, zh, nullable) {
    en = en.trim();
    zh = zh.trim();
    if (en && zh) return en === zh ? en : { en, zh };
    if (en || zh) return en || zh;
    return nullable ? null : '';
  }

  /** One text in both languages: two inputs and the flag of a missing translation (not for a
   * name, such as a publisher's, which one plain string gives in both languages). */
  function pair(id, legend, value, multiline, set, nullable, isName) {
    const fs = document.createElement('fieldset');
    const lg = document.createElement('legend');
    lg.textContent = legend;
    fs.append(lg);
    const grid = document.createElement('div');
    grid.className = 'st-pair';
    const v = textOf(value);
    const inputs = {};
    const flags = {};
    for (const lang of ['en', 'zh']) {
      const box = document.createElement('div');
      const label = document.createElement('label');
      label.htmlFor = `${id}-${lang}`;
      label.textContent = t(lang);
      const input = document.createElement(multiline ? 'textarea' : 'input');
      if (!multiline) input.type = 'text';
      else input.rows = 3;
      input.id = `${id}-${lang}`;
      input.lang = lang === 'zh' ? 'zh-Hans' : 'en';
      // A plain string is one language's text: in the Chinese field when it is Chinese.
      const chinese = /[\u3400-\u9fff]/.test(v.en);
      input.value = !v.single ? v[lang] : ((lang === 'zh') === chinese ? v.en : '');
      const flag = document.createElement('p');
      flag.className = 'st-missing';
      flag.id = `${id}-${lang}-missing`;
      box.append(label, input, flag);
      grid.append(box);
      inputs[lang] = input;
      flags[lang] = flag;
    }
    const refresh = () => {
      const en = inputs.en.value.trim();
      const zh = inputs.zh.value.trim();
      for (const [lang, other] of [['en', zh], ['zh', en]]) {
        const missing = !isName && !(lang === 'en' ? en : zh) && !!other;
        flags[lang].textContent = missing ? t('missing', t(lang)) : '';
        if (missing) inputs[lang].setAttribute('aria-describedby', flags[lang].id);
        else inputs[lang].removeAttribute('aria-describedby');
      }
    };
    for (const input of Object.values(inputs)) {
      input.addEventListener('input', () => {
        refresh();
        set(valueOf(inputs.en.value, inputs.zh.value, nullable));
        changed(meta);
      });
    }
    refresh();
    fs.append(grid);
    return fs;
  }

  function button(label, onClick) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'st-small';
    b.textContent = label;
    b.addEventListener('click', onClick);
    return b;
  }

  /** A list the editor adds to and removes from (notes, key points): each item's fieldset gets a
   * Remove button, the list an Add button; the form is drawn again and the new text focused. */
  function editable(list, parts, make, focusId, addLabel) {
    parts.forEach((part, i) => part.append(button(t('remove'), () => {
      list.splice(i, 1);
      changed(meta);
      render();
      const open = document.getElementById('st-meta-form').querySelector('details[open] > summary');
      if (open) open.focus();
    })));
    // Each Remove button names its text for a screen reader ("Remove: Note 2").
    parts.forEach((part) => {
      const remove = part.lastElementChild;
      remove.setAttribute('aria-label', `${t('remove')}: ${part.querySelector('legend').textContent}`);
    });
    return button(addLabel, () => {
      list.push(make());
      changed(meta);
      render();
      document.getElementById(focusId(list.length - 1)).focus();
    });
  }

  /** An id no other note has: note-1, note-2, ... */
  function newNoteId(notes) {
    for (let n = notes.length + 1; ; n++) if (!notes.some((x) => x.id === `note-${n}`)) return `note-${n}`;
  }

  /** A list of texts, folded: its summary counts the texts and their missing translations. */
  function group(title, parts, items = parts.length, extra = []) {
    const details = document.createElement('details');
    const summary = document.createElement('summary');
    const count = () => {
      const missing = parts.reduce((n, p) => n + Array.from(p.querySelectorAll('.st-missing')).filter((f) => f.textContent).length, 0);
      summary.textContent = `${title} (${items})` + (missing ? ` · ${t('groupMissing', missing)}` : '');
    };
    details.append(summary, ...parts, ...extra);
    details.open = openGroups.has(title);
    details.addEventListener('toggle', () => { if (details.open) openGroups.add(title); else openGroups.delete(title); });
    details.addEventListener('input', count);
    count();
    return details;
  }

  function render() {
    const form = document.getElementById('st-meta-form');
    if (!meta) {
      const p = document.createElement('p');
      p.textContent = t('noMetaForm');
      form.replaceChildren(p);
      return;
    }
    const parts = [
      pair('st-f-title', t('fTitle'), meta.title, false, (v) => { meta.title = v; }),
      pair('st-f-subtitle', t('fSubtitle'), meta.subtitle, true, (v) => { if (v === '') delete meta.subtitle; else meta.subtitle = v; }),
    ];
    const notes = Array.isArray(meta.notes) ? meta.notes : [];
    const noteParts = notes.map((n, i) => pair(`st-f-note-${i}`, t('fNote', i + 1), n.text, true, (v) => { n.text = v; }));
    const addNote = editable(notes, noteParts, () => {
      if (!Array.isArray(meta.notes)) meta.notes = notes;
      return { id: newNoteId(notes), text: '' };
    }, (i) => `st-f-note-${i}-en`, t('addNote'));
    parts.push(group(t('fNotes'), noteParts, notes.length, [addNote]));
    const sources = Array.isArray(meta.sources) ? meta.sources : [];
    // A key point quotes a source: its source is chosen among meta.sources.
    const points = Array.isArray(meta.key_points) ? meta.key_points : [];
    const pointParts = points.map((k, i) => {
      const part = pair(`st-f-kp-${i}`, t('fKeyPoint', i + 1), k.text, true, (v) => { k.text = v; });
      const label = document.createElement('label');
      label.textContent = t('fKeySource');
      const select = document.createElement('select');
      for (const src of sources) select.append(new Option(src.id, src.id, false, src.id === k.source));
      select.addEventListener('change', () => { k.source = select.value; changed(meta); });
      label.append(' ', select);
      part.append(label);
      return part;
    });
    if (sources.length) {
      // An absent list is valid: it is made when the first key point is added.
      const addPoint = editable(points, pointParts, () => {
        if (!Array.isArray(meta.key_points)) meta.key_points = points;
        return { text: '', source: sources[0].id, ref: null };
      }, (i) => `st-f-kp-${i}-en`, t('addKeyPoint'));
      parts.push(group(t('fKeyPoints'), pointParts, points.length, [addPoint]));
    }
    if (sources.length) {
      parts.push(group(t('fSources'), sources.flatMap((s, i) => [
        pair(`st-f-src-${i}-publisher`, `${t('fSource', i + 1, s.id)}: ${t('fPublisher')}`, s.publisher, false, (v) => { s.publisher = v; }, false, true),
        pair(`st-f-src-${i}-title`, `${t('fSource', i + 1, s.id)}: ${t('fSourceTitle')}`, s.title, false, (v) => { s.title = v; }, true),
      ]), sources.length));
    }
    form.replaceChildren(...parts);
  }

  /** Shows `object` (the meta part of the dataset); onChange(object) after each edit. */
  function show(object, onChange) {
    meta = object;
    changed = onChange;
    render();
  }

  S.meta = { show, rerender: render, editing: () => document.getElementById('st-meta-form').contains(document.activeElement) };
})(window.TWS = window.TWS || {});
