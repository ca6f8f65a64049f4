// The toggles: flow and view as radio groups (arrow keys move within a group), products as chips
// with aria-pressed. They report the reader's choice; main.js turns it into a new URL hash.
(function (TW) {
  'use strict';
  const { el } = TW.dom;
  const t = (lang, key) => TW.i18n.t(lang, key);

  const FLOW_LABELS = { import: 'flowImport', export: 'flowExport', both: 'flowBoth' };
  const VIEW_LABELS = { volumes: 'viewVolumes', yoy: 'viewYoy', shares: 'viewShares', monthly: 'viewMonthly' };

  function radioGroup(name, legend, options, onPick) {
    const set = el('fieldset', { class: 'tw-seg-group', 'data-control': name }, el('legend', {}, legend));
    const row = el('div', { class: 'tw-segs' });
    for (const o of options) {
      const input = el('input', { type: 'radio', name: 'tw-' + name, value: o.value, 'data-focus-key': name + ':' + o.value });
      input.addEventListener('change', () => { if (input.checked) onPick(o.value); });
      row.append(el('label', { class: 'tw-seg' }, input, el('span', {}, o.label)));
    }
    set.append(row);
    return set;
  }

  /**
   * Builds the controls for a dataset description in one language.
   * handlers: {flow(id), product(id), view(id)}.
   */
  function build(dataset, lang, handlers) {
    const flows = TW.state.flowChoices(dataset).map((id) => {
      const item = dataset.flows.find((f) => f.id === id);
      return { value: id, label: item ? item.label : t(lang, FLOW_LABELS[id] || id) };
    });
    const chips = el('div', { class: 'tw-chips' });
    for (const p of dataset.products) {
      const chip = el('button', {
        type: 'button', class: 'tw-chip', 'aria-pressed': 'true', 'data-product': p.id,
        'data-focus-key': 'product:' + p.id, title: p.code || null,
      }, p.label);
      chip.addEventListener('click', () => handlers.product(p.id));
      chips.append(chip);
    }
    const products = el('fieldset', { class: 'tw-products', 'data-control': 'products' },
      el('legend', {}, t(lang, 'products')),
      el('p', { class: 'tw-hint', id: 'tw-products-hint' }, t(lang, 'productsHint')),
      chips);
    chips.setAttribute('aria-describedby', 'tw-products-hint');
    const views = TW.state.VIEWS.map((id) => ({ value: id, label: t(lang, VIEW_LABELS[id]) }));
    return el('div', { class: 'tw-controls', role: 'group', 'aria-label': t(lang, 'controls') },
      radioGroup('flow', t(lang, 'flow'), flows, handlers.flow),
      radioGroup('view', t(lang, 'view'), views, handlers.view),
      products);
  }

  /** Shows the state on existing controls without rebuilding them (focus stays where it is). */
  function update(container, state, dataset) {
    for (const input of container.querySelectorAll('input[name="tw-flow"]')) input.checked = input.value === state.flow;
    for (const input of container.querySelectorAll('input[name="tw-view"]')) input.checked = input.value === state.view;
    const on = TW.state.products(state, dataset);
    for (const chip of container.querySelectorAll('.tw-chip')) {
      chip.setAttribute('aria-pressed', on.includes(chip.dataset.product) ? 'true' : 'false');
    }
  }

  TW.controls = { build, update };
})(window.TW = window.TW || {});
