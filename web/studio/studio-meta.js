// Titles and notes: forms over the meta object (title, dek, notes, key points, sources), each
// text in English and Chinese. The format's rule for a text: {"en", "zh"} when both are given,
// a plain string when one is (readers of either language see it), and a missing translation
// is flagged. The core checks the rest (required fields, lengths) and reports it as a problem.
(function (S) {
  'use strict';
  const t = (...a) => S.i18n.t(...a);
  let meta = null;  // the meta object the form shows
  let changed = null;

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

  /** A list of texts, folded: its summary counts the texts and their missing translations. */
  function group(title, parts, items = parts.length) {
    const details = document.createElement('details');
    const summary = document.createElement('summary');
    const count = () => {
      const missing = parts.reduce((n, p) => n + Array.from(p.querySelectorAll('.st-missing')).filter((f) => f.textContent).length, 0);
      summary.textContent = `${title} (${items})` + (missing ? ` · ${t('groupMissing', missing)}` : '');
    };
    details.append(summary, ...parts);
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
    if (notes.length) {
      parts.push(group(t('fNotes'), notes.map((n, i) => pair(`st-f-note-${i}`, t('fNote', i + 1), n.text, true, (v) => { n.text = v; }))));
    }
    const points = Array.isArray(meta.key_points) ? meta.key_points : [];
    if (points.length) {
      parts.push(group(t('fKeyPoints'), points.map((k, i) => pair(`st-f-kp-${i}`, t('fKeyPoint', i + 1), k.text, true, (v) => { k.text = v; }))));
    }
    const sources = Array.isArray(meta.sources) ? meta.sources : [];
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
