// The studio's state and start: what is open (a CSV pair or a dataset JSON), the check after
// each edit (debounced; in the worker), and the parts that follow it (problems, form, preview,
// publish). The UI language switch rewrites the page's words.
(function (S) {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const t = (...a) => S.i18n.t(...a);
  const state = { kind: null, csvName: '', metaName: '', jsonName: '', valid: null };
  let timer = 0;
  let generation = 0;

  function status(key, ...args) { S.i18n.say($('st-status'), key, ...args); }

  function showSources() {
    $('st-sources').hidden = false;
    $('st-csv-box').hidden = state.kind !== 'pair';
    $('st-meta-box').hidden = state.kind !== 'pair';
    $('st-json-box').hidden = state.kind !== 'json';
    $('st-csv-label').textContent = state.csvName;
    $('st-meta-label').textContent = state.metaName;
    $('st-json-label').textContent = state.jsonName;
  }

  /** The name the dataset gets in the bundle: the CSV's name with .json, or the JSON's. */
  function datasetName() {
    return state.kind === 'pair' ? state.csvName.replace(/\.(csv|txt|tsv)$/i, '') + '.json' : state.jsonName;
  }

  // The meta part for the form, parsed once per text (a dataset JSON can be tens of megabytes).
  let parsed = { text: null, meta: null };
  function metaObject() {
    const text = state.kind === 'pair' ? S.texts.get('st-meta') : S.texts.get('st-json');
    if (text !== parsed.text) {
      let meta = null;
      try {
        meta = JSON.parse(text).meta || null;
      } catch (e) {
        meta = null;  // the problems list says why
      }
      parsed = { text, meta };
    }
    return parsed.meta;
  }

  async function check() {
    const gen = ++generation;
    let reply;
    if (state.kind === 'pair') {
      const csv = S.texts.get('st-csv');
      const big = csv.length > 2e6;
      reply = await S.core.call('importCsv', { csv, meta: S.texts.get('st-meta'), csvName: state.csvName, metaName: state.metaName },
        big ? (rows) => S.input.progress(t('importing', rows), null) : null);
      if (big) S.input.progress(null);
    } else {
      reply = await S.core.call('validate', { json: jsonText(), name: state.jsonName });
    }
    if (gen !== generation) return;  // the editor typed again: a newer check follows
    // How many checks have come back (what tests wait for after an edit).
    document.documentElement.dataset.studioChecked = gen;
    S.problems.render(reply);
    const name = datasetName();
    state.valid = reply.ok ? { json: state.kind === 'pair' ? reply.json : jsonText(), name } : null;
    if (reply.ok) status('loaded', name, reply.counts);
    else status('invalid', name);
    S.publish.enable(reply.ok);
    S.meta.dimensions(reply.dimensions);
    if (!S.meta.editing()) S.meta.show(metaObject(), metaEdited);
    S.preview.update(state.valid);
  }

  function later() {
    clearTimeout(timer);
    timer = setTimeout(check, 250);
  }

  /** A form edit: the meta object goes back into the text it came from. */
  async function metaEdited(meta) {
    if (state.kind === 'json') {
      // A dataset JSON is edited as its CSV pair from the first form edit on (the import then
      // writes the dataset in the canonical layout, as import-csv does).
      const pair = await S.core.call('exportCsv', { json: jsonText() });
      if (!pair.ok) return;
      const stem = state.jsonName.replace(/\.json$/i, '');
      openPair({ name: `${stem}.csv`, text: new TextDecoder().decode(pair.csv) }, { name: `${stem}.meta.json`, text: pair.meta }, true);
      const object = JSON.parse(pair.meta);
      object.meta = meta;
      S.texts.replace('st-meta', JSON.stringify(object, null, 2) + '\n');
    } else {
      const object = JSON.parse(S.texts.get('st-meta'));
      object.meta = meta;
      S.texts.replace('st-meta', JSON.stringify(object, null, 2) + '\n');
    }
    later();
  }

  function openPair(csv, meta, quiet) {
    Object.assign(state, { kind: 'pair', csvName: csv.name, metaName: meta.name });
    S.texts.set('st-csv', csv.text);
    S.texts.set('st-meta', meta.text);
    showSources();
    if (!quiet) { S.meta.show(null); check(); }
  }

  const jsonText = () => S.texts.get('st-json');

  function openJson(json) {
    Object.assign(state, { kind: 'json', jsonName: json.name });
    S.texts.set('st-json', json.text);
    showSources();
    S.meta.show(null);
    check();
  }

  function translate() {
    document.documentElement.lang = S.i18n.lang === 'zh' ? 'zh-Hans' : 'en';
    document.title = t('title');
    for (const el of document.querySelectorAll('[data-t]')) el.textContent = t(el.dataset.t);
    const button = $('st-ui-lang');
    button.textContent = t('otherLang');
    button.lang = t('otherLangTag');
    $('st-frame-narrow').title = t('frameTitle', 360);
    $('st-frame-wide').title = t('frameTitle', 760);
    S.problems.rerender();
    S.meta.rerender();
    S.i18n.resay();
  }

  /** The built site the bundle copies, carried by studio.html as base64, handed to the worker. */
  function sendSite() {
    const site = JSON.parse(document.getElementById('tw-site').textContent);
    const files = Object.keys(site).map((path) => {
      const binary = atob(site[path]);
      const bytes = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
      return { path, bytes };
    });
    return S.core.call('site', files);
  }

  function start() {
    sendSite();
    S.input.start();
    S.preview.start();
    S.publish.start(() => state.valid);
    for (const id of ['st-csv', 'st-meta', 'st-json']) $(id).addEventListener('input', later);
    $('st-ui-lang').addEventListener('click', () => { S.i18n.set(S.i18n.lang === 'zh' ? 'en' : 'zh'); translate(); });
    S.meta.show(null);
    translate();
    document.documentElement.setAttribute('data-studio-ready', '');
  }

  S.main = { status, openPair, openJson, current: () => state, check };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})(window.TWS = window.TWS || {});
