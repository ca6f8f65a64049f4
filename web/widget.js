// Loads the module and the dataset, then shows what the core computed. No numbers are made here.
(function () {
  'use strict';
  const root = document.getElementById('widget');

  function el(tag, attrs, text) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function showErrors(title, errors) {
    root.replaceChildren();
    const card = el('section', { class: 'tw-error', role: 'alert' });
    card.append(el('h2', {}, title));
    const list = el('ul');
    for (const e of errors) list.append(el('li', {}, e.text || String(e)));
    card.append(list);
    root.append(card);
    root.setAttribute('aria-busy', 'false');
  }

  function render(dataset, view) {
    root.replaceChildren();
    root.append(el('h1', {}, dataset.title));
    if (dataset.subtitle) root.append(el('p', { class: 'tw-subtitle' }, dataset.subtitle));
    root.append(el('p', { class: 'tw-narrative', 'aria-live': 'polite' }, view.narrative));
    const cards = el('ul', { class: 'tw-cards' });
    for (const c of view.cards) {
      const li = el('li', { class: 'tw-card' });
      li.append(el('span', {}, c.productLabel + ' · ' + c.flowLabel));
      li.append(el('strong', {}, c.volume.text));
      li.append(el('span', {}, c.yoy.text + (c.yoy.derived ? ' (implied)' : '')));
      cards.append(li);
    }
    root.append(cards);
    root.setAttribute('aria-busy', 'false');
  }

  async function start() {
    const lang = new URLSearchParams(location.search).get('lang') === 'zh' ? 'zh' : 'en';
    const module = await createTradeWidget();
    const response = await fetch(root.dataset.dataset);
    if (!response.ok) throw new Error('could not fetch ' + root.dataset.dataset + ': HTTP ' + response.status);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const address = module.allocate(bytes.length);
    module.HEAPU8.set(bytes, address);
    const loaded = JSON.parse(module.loadDataset(address, bytes.length, lang));
    module.release(address);
    if (!loaded.ok) return showErrors('This dataset cannot be shown', loaded.errors);
    const result = JSON.parse(module.view(JSON.stringify({ lang })));
    if (!result.ok) return showErrors('This view cannot be shown', result.errors);
    render(loaded.dataset, result.view);
  }

  start().catch((e) => showErrors('The widget could not start', [{ text: e.message }]));
})();
