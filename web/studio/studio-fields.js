// The form's building blocks (studio-meta.js puts them together): a text in both languages with
// its missing-translation flag, a one-line field, a choice among ids, a folded list with Add and
// Remove buttons. Each calls edited() after the editor's change; the form is drawn again by
// studio-meta.js when a list changes.
(function (S) {
  'use strict';
  const t = (...a) => S.i18n.t(...a);

  function textOf(v) {
    if (typeof v === 'string') return { en: v, zh: v, single: true };
    if (v && typeof v === 'object') return { en: v.en || '', zh: v.zh || '', single: false };
    return { en: '', zh: '', single: false };
  }

  /** The format's rule for a text: {"en", "zh"} when both are given, a plain string when one is
   * (readers of either language see it), nothing: null where the field may be null, else "". */
  function valueOf(en, zh, nullable) {
    en = en.trim();
    zh = zh.trim();
    if (en && zh) return en === zh ? en : { en, zh };
    if (en || zh) return en || zh;
    return nullable ? null : '';
  }

  /** One text in both languages: two inputs and the flag of a missing translation (not for a
   * name, such as a publisher's, which one plain string gives in both languages). */
  function pair(id, legend, value, o) {
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
      const input = document.createElement(o.multiline ? 'textarea' : 'input');
      if (!o.multiline) input.type = 'text';
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
        const missing = !o.isName && !(lang === 'en' ? en : zh) && !!other;
        flags[lang].textContent = missing ? t('missing', t(lang)) : '';
        if (missing) inputs[lang].setAttribute('aria-describedby', flags[lang].id);
        else inputs[lang].removeAttribute('aria-describedby');
      }
    };
    for (const input of Object.values(inputs)) {
      input.addEventListener('input', () => {
        refresh();
        o.set(valueOf(inputs.en.value, inputs.zh.value, o.nullable));
        o.edited();
      });
    }
    refresh();
    fs.append(grid);
    return fs;
  }

  /** One line (an id, a date, an address, a reference): empty gives null where o.nullable. */
  function line(id, label, value, o) {
    const box = document.createElement('p');
    box.className = 'st-line';
    const l = document.createElement('label');
    l.htmlFor = id;
    l.textContent = label;
    const input = document.createElement('input');
    input.type = o.type || 'text';
    input.id = id;
    input.value = value == null ? '' : String(value);
    if (o.placeholder) input.placeholder = o.placeholder;
    input.addEventListener('input', () => {
      const v = input.value.trim();
      o.set(v === '' && o.nullable ? null : v);
      o.edited();
    });
    box.append(l, input);
    return box;
  }

  /** A choice among ids ({id, en, zh} or plain ids): o.none names the choice of none (the field
   * is then left out); an id the list does not hold stays chosen, marked as unknown. */
  function choice(id, label, items, value, o) {
    const box = document.createElement('p');
    box.className = 'st-line';
    const l = document.createElement('label');
    l.htmlFor = id;
    l.textContent = label;
    const select = document.createElement('select');
    select.id = id;
    if (o.none) select.append(new Option(o.none, '', false, value == null));
    const lang = S.i18n.lang;
    for (const item of items) {
      const key = typeof item === 'string' ? item : item.id;
      const name = typeof item === 'string' ? item : `${item[lang] || item.en} (${item.id})`;
      select.append(new Option(name, key, false, key === value));
    }
    if (value != null && !items.some((item) => (typeof item === 'string' ? item : item.id) === value)) {
      select.append(new Option(t('unknownId', value), value, false, true));
    }
    select.addEventListener('change', () => {
      o.set(select.value === '' && o.none ? null : select.value);
      o.edited();
    });
    box.append(l, select);
    return box;
  }

  function button(label, onClick) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'st-small';
    b.textContent = label;
    b.addEventListener('click', onClick);
    return b;
  }

  /** A list the editor adds to and removes from: each item's fieldset gets a Remove button that
   * names it for a screen reader ("Remove: Note 2"), the list an Add button. The list is changed,
   * then o.redraw(focusId) draws the form again and focuses the new item's first text (after an
   * Add) or the list's summary (after a Remove). */
  function editable(list, parts, o) {
    parts.forEach((part, i) => {
      const remove = button(t('remove'), () => {
        list.splice(i, 1);
        o.edited();
        o.redraw(null);
      });
      remove.setAttribute('aria-label', `${t('remove')}: ${part.querySelector('legend').textContent}`);
      part.append(remove);
    });
    return button(o.addLabel, () => {
      list.push(o.make());
      o.edited();
      o.redraw(o.focusId(list.length - 1));
    });
  }

  /** A list of texts, folded: its summary counts the items and their missing translations. The
   * lists the editor opened stay open across redraws and a change of language (`open`, a Set
   * of keys). */
  function group(key, title, parts, items, extra, open) {
    const details = document.createElement('details');
    const summary = document.createElement('summary');
    const count = () => {
      const missing = parts.reduce((n, p) => n + Array.from(p.querySelectorAll('.st-missing')).filter((f) => f.textContent).length, 0);
      summary.textContent = `${title} (${items})` + (missing ? ` · ${t('groupMissing', missing)}` : '');
    };
    details.append(summary, ...parts, ...extra);
    details.open = open.has(key);
    details.dataset.group = key;
    details.addEventListener('toggle', () => { if (details.open) open.add(key); else open.delete(key); });
    details.addEventListener('input', count);
    count();
    return details;
  }

  S.fields = { pair, line, choice, button, editable, group };
})(window.TWS = window.TWS || {});
