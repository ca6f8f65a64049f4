// Titles, notes, key points, annotations and sources: the form over the meta object, each text
// in English and Chinese (studio-fields.js: the format's rule for a text, the flag of a missing
// translation). The fields follow docs/dataset.md: a key point and an annotation quote a source
// chosen among meta.sources; an annotation is tied to a period and, optionally, to one flow and
// one product, chosen among the dataset's (from the last check); a source has all six fields,
// null where unknown. The core checks the rest (required fields, unique ids, dates, addresses)
// and reports it as a problem with its JSON path.
(function (S) {
  'use strict';
  const t = (...a) => S.i18n.t(...a);
  const F = () => S.fields;
  let meta = null;  // the meta object the form shows
  let changed = null;
  let dims = { flow: [], product: [], period: [] };  // the dataset's ids, from the last good check
  const openGroups = new Set();  // the folded lists the editor opened (kept across redraws)

  const edited = () => changed(meta);

  /** Draws the form again; focuses `focusId` (a new item) or, after a Remove, the open list. */
  function redraw(focusId) {
    const form = document.getElementById('st-meta-form');
    const group = document.activeElement && document.activeElement.closest('details[data-group]');
    const key = group && group.dataset.group;
    render();
    if (focusId) document.getElementById(focusId).focus();
    else if (key) form.querySelector(`details[data-group="${key}"] > summary`).focus();
  }

  /** An id none of `list` has: prefix-1, prefix-2, ... */
  function freshId(list, prefix) {
    for (let n = list.length + 1; ; n++) if (!list.some((x) => x.id === `${prefix}-${n}`)) return `${prefix}-${n}`;
  }

  /** meta[key] as a list; an absent list is valid and is made when its first item is added. */
  function list(key) {
    return Array.isArray(meta[key]) ? meta[key] : [];
  }
  const attach = (key, items) => { if (!Array.isArray(meta[key])) meta[key] = items; };

  /** A source id among meta.sources, for a key point or an annotation. */
  function sourceChoice(id, item) {
    // Named by their publishers ("Zawya (zw)"), in the studio's language where a name has two.
    const named = list('sources').map((s) => {
      const p = s.publisher;
      return typeof p === 'string' ? { id: s.id, en: p, zh: p } : { id: s.id, en: (p && p.en) || s.id, zh: (p && p.zh) || s.id };
    });
    return F().choice(id, t('fKeySource'), named, item.source, { set: (v) => { item.source = v; }, edited });
  }
  /** Fields side by side where the width allows. */
  function row(...fields) {
    const div = document.createElement('div');
    div.className = 'st-row';
    div.append(...fields);
    return div;
  }
  function refLine(id, item) {
    return F().line(id, t('fRef'), item.ref, { set: (v) => { item.ref = v; }, nullable: true, edited });
  }

  function notesGroup() {
    const notes = list('notes');
    const parts = notes.map((n, i) => F().pair(`st-f-note-${i}`, t('fNote', i + 1), n.text, { multiline: true, set: (v) => { n.text = v; }, edited }));
    const add = F().editable(notes, parts, {
      addLabel: t('addNote'), edited, redraw, focusId: (i) => `st-f-note-${i}-en`,
      make: () => { attach('notes', notes); return { id: freshId(notes, 'note'), text: '' }; },
    });
    return F().group('notes', t('fNotes'), parts, notes.length, [add], openGroups);
  }

  function keyPointsGroup() {
    const points = list('key_points');
    const parts = points.map((k, i) => {
      const part = F().pair(`st-f-kp-${i}`, t('fKeyPoint', i + 1), k.text, { multiline: true, set: (v) => { k.text = v; }, edited });
      part.append(row(sourceChoice(`st-f-kp-${i}-source`, k), refLine(`st-f-kp-${i}-ref`, k)));
      return part;
    });
    const add = F().editable(points, parts, {
      addLabel: t('addKeyPoint'), edited, redraw, focusId: (i) => `st-f-kp-${i}-en`,
      make: () => { attach('key_points', points); return { text: '', source: list('sources')[0].id, ref: null }; },
    });
    return F().group('key_points', t('fKeyPoints'), parts, points.length, [add], openGroups);
  }

  /** An annotation's optional field (flow, product): chosen, or left out for every one. */
  function optionalChoice(id, label, items, a, key, none) {
    return F().choice(id, label, items, a[key] == null ? null : a[key], {
      none, edited, set: (v) => { if (v == null) delete a[key]; else a[key] = v; },
    });
  }

  function annotationsGroup() {
    const notes = list('annotations');
    const parts = notes.map((a, i) => {
      const part = F().pair(`st-f-an-${i}`, t('fAnnotation', i + 1), a.text, { multiline: true, set: (v) => { a.text = v; }, edited });
      // The periods come from the data (the CSV's rows): until a check has read them, the id is typed.
      const period = dims.period.length
        ? F().choice(`st-f-an-${i}-period`, t('fPeriod'), dims.period, a.period, { set: (v) => { a.period = v; }, edited })
        : F().line(`st-f-an-${i}-period`, t('fPeriod'), a.period, { set: (v) => { a.period = v; }, edited });
      part.append(row(period,
        optionalChoice(`st-f-an-${i}-flow`, t('fFlow'), dims.flow, a, 'flow', t('allFlows')),
        optionalChoice(`st-f-an-${i}-product`, t('fProduct'), dims.product, a, 'product', t('allProducts'))),
      row(sourceChoice(`st-f-an-${i}-source`, a), refLine(`st-f-an-${i}-ref`, a)));
      return part;
    });
    const add = F().editable(notes, parts, {
      addLabel: t('addAnnotation'), edited, redraw, focusId: (i) => `st-f-an-${i}-en`,
      make: () => {
        attach('annotations', notes);
        const periods = dims.period.map((p) => p.id);
        const first = meta.default && periods.includes(meta.default.period) ? meta.default.period : (periods.at(-1) || '');
        return { text: '', period: first, source: list('sources')[0].id, ref: null };
      },
    });
    const hint = document.createElement('p');
    hint.className = 'st-hint';
    hint.textContent = t('annotationsHint');
    return F().group('annotations', t('fAnnotations'), [hint, ...parts], notes.length, [add], openGroups);
  }

  function sourcesGroup() {
    const sources = list('sources');
    const parts = sources.map((s, i) => {
      const fs = document.createElement('fieldset');
      const lg = document.createElement('legend');
      lg.textContent = t('fSource', i + 1, s.id);
      const id = `st-f-src-${i}`;
      fs.append(lg,
        F().line(`${id}-id`, t('fSourceId'), s.id, { set: (v) => { s.id = v; }, edited }),
        F().pair(`${id}-publisher`, t('fPublisher'), s.publisher, { set: (v) => { s.publisher = v; }, isName: true, edited }),
        F().pair(`${id}-author`, t('fAuthor'), s.author, { set: (v) => { s.author = v; }, isName: true, nullable: true, edited }),
        F().pair(`${id}-title`, t('fSourceTitle'), s.title, { set: (v) => { s.title = v; }, nullable: true, edited }),
        row(F().line(`${id}-date`, t('fDate'), s.date, { type: 'date', set: (v) => { s.date = v; }, nullable: true, edited }),
          F().line(`${id}-url`, t('fUrl'), s.url, { type: 'url', placeholder: 'https://', set: (v) => { s.url = v; }, nullable: true, edited })));
      return fs;
    });
    const add = F().editable(sources, parts, {
      addLabel: t('addSource'), edited, redraw, focusId: (i) => `st-f-src-${i}-id`,
      make: () => {
        attach('sources', sources);
        return { id: freshId(sources, 'source'), publisher: '', author: null, title: null, date: null, url: null };
      },
    });
    return F().group('sources', t('fSources'), parts, sources.length, [add], openGroups);
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
      F().pair('st-f-title', t('fTitle'), meta.title, { set: (v) => { meta.title = v; }, edited }),
      F().pair('st-f-subtitle', t('fSubtitle'), meta.subtitle, { multiline: true, set: (v) => { if (v === '') delete meta.subtitle; else meta.subtitle = v; }, edited }),
      notesGroup(),
    ];
    // Key points and annotations quote a source: they need one first.
    if (list('sources').length) parts.push(keyPointsGroup(), annotationsGroup());
    parts.push(sourcesGroup());
    form.replaceChildren(...parts);
  }

  /** Shows `object` (the meta part of the dataset); onChange(object) after each edit. */
  function show(object, onChange) {
    meta = object;
    changed = onChange;
    render();
  }

  /** The dataset's flows, products and periods ({id, en, zh}), from a check that read them. */
  function dimensions(d) {
    if (d) dims = d;
  }

  S.meta = { show, dimensions, rerender: render, editing: () => document.getElementById('st-meta-form').contains(document.activeElement) };
})(window.TWS = window.TWS || {});
