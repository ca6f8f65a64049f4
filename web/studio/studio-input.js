// Input: files dropped or chosen (a CSV with its meta file, or a dataset JSON) and pasted
// spreadsheet cells. Files are read with progress; what they are is decided by name and content.
(function (S) {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const t = (...a) => S.i18n.t(...a);

  /** The file's text, with a progress bar for large files (FileReader reports as it reads). */
  function readText(file) {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      const big = file.size > 512 * 1024;
      if (big) S.input.progress(t('reading', file.name), 0);
      reader.onprogress = (e) => { if (big && e.lengthComputable) S.input.progress(t('reading', file.name), e.loaded / e.total); };
      reader.onload = () => { if (big) S.input.progress(null); resolve(reader.result); };
      reader.onerror = () => { S.input.progress(null); reject(reader.error); };
      reader.readAsText(file, 'utf-8');
    });
  }

  /** A meta file is a JSON object without observations (as export-csv writes it). */
  function isMetaFile(name, text) {
    if (/\.meta\.json$/i.test(name)) return true;
    try {
      const v = JSON.parse(text);
      return v && typeof v === 'object' && !Array.isArray(v.observations);
    } catch (e) {
      return false;
    }
  }

  // A meta file opened alone waits for its CSV: chosen next, or pasted from a spreadsheet.
  let waitingMeta = null;

  /** The meta file for a CSV: the open pair's, else the one opened alone. */
  function metaForCsv() {
    const current = S.main.current();
    if (current.kind === 'pair') return { name: current.metaName, text: S.texts.get('st-meta') };
    return waitingMeta;
  }

  async function openFiles(list) {
    const files = Array.from(list);
    let csv = null;
    let meta = null;
    let json = null;
    for (const file of files) {
      const text = await readText(file);
      if (/\.(csv|txt|tsv)$/i.test(file.name)) csv = { name: file.name, text };
      else if (/\.json$/i.test(file.name)) {
        if (isMetaFile(file.name, text)) meta = { name: file.name, text };
        else json = { name: file.name, text };
      } else {
        S.main.status('unknownFile', file.name);
        return;
      }
    }
    const current = S.main.current();
    if (csv && !meta) meta = metaForCsv();
    if (meta && !csv && current.kind === 'pair') csv = { name: current.csvName, text: S.texts.get('st-csv') };
    waitingMeta = null;
    if (csv && meta) S.main.openPair(csv, meta);
    else if (json) S.main.openJson(json);
    else if (csv) S.main.status('needMeta', csv.name);
    else if (meta) {
      waitingMeta = meta;
      S.main.status('needCsv', meta.name);
    }
  }

  async function usePasted() {
    const text = $('st-paste-text').value;
    if (!text.trim()) return;
    const reply = await S.core.call('pasted', { text });
    const current = S.main.current();
    const meta = metaForCsv();
    // The cells are named after the open CSV, else after the meta file (customs.meta.json gives
    // customs.csv, and the bundle's folder customs/).
    const csvName = current.kind === 'pair' ? current.csvName
      : meta && /\.meta\.json$/i.test(meta.name) ? meta.name.replace(/\.meta\.json$/i, '.csv') : 'pasted.csv';
    if (!meta) {
      S.main.status('needMeta', csvName);
      return;
    }
    waitingMeta = null;
    S.main.openPair({ name: csvName, text: reply.csv }, meta);
  }

  function start() {
    const drop = $('st-drop');
    $('st-files').addEventListener('change', (e) => { if (e.target.files.length) openFiles(e.target.files); e.target.value = ''; });
    drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('st-over'); });
    drop.addEventListener('dragleave', () => drop.classList.remove('st-over'));
    drop.addEventListener('drop', (e) => {
      e.preventDefault();
      drop.classList.remove('st-over');
      if (e.dataTransfer && e.dataTransfer.files.length) openFiles(e.dataTransfer.files);
    });
    // A real button opens the hidden file input: one tab stop, Enter and Space work.
    $('st-choose').addEventListener('click', () => $('st-files').click());
    $('st-paste-use').addEventListener('click', usePasted);
  }

  /** Shows (fraction 0..1, or null for unknown) or hides (label null) the progress bar. */
  function progress(label, fraction) {
    const line = $('st-progress-line');
    if (label === null) {
      line.hidden = true;
      return;
    }
    line.hidden = false;
    $('st-progress-label').textContent = label;
    const bar = $('st-progress');
    if (fraction === null || fraction === undefined) bar.removeAttribute('value');
    else bar.value = fraction;
  }

  S.input = { start, openFiles, progress };
})(window.TWS = window.TWS || {});
