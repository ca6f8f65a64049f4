// Where the dataset's bytes come from: a <script type="application/json" id="tw-data"> block (the
// standalone file, which must not fetch) or a same-site fetch of the address params.js accepted.
(function (TW) {
  'use strict';

  class FetchError extends Error {}

  async function bytes(source) {
    const inline = document.getElementById('tw-data');
    if (inline && inline.type === 'application/json') {
      return { bytes: new TextEncoder().encode(inline.textContent), name: inline.dataset.name || 'dataset.json' };
    }
    let response;
    try {
      response = await fetch(source.url, { credentials: 'same-origin' });
    } catch (e) {
      throw new FetchError(source.url + ': ' + e.message);
    }
    if (!response.ok) throw new FetchError(source.url + ': HTTP ' + response.status);
    const name = decodeURIComponent(new URL(response.url || source.url).pathname.split('/').pop());
    return { bytes: new Uint8Array(await response.arrayBuffer()), name };
  }

  TW.data = { bytes, FetchError };
})(window.TW = window.TW || {});
