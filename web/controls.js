// The controls are written by the core (view_html.cpp) as a list: radio groups shown as segmented
// controls (flow, view, and any further choice of one value, such as a period) and lists of
// checkboxes (products). This file reads the reader's choice from any of them, by the input's
// name, and shows a new state on them without rebuilding them (focus stays where it is).
(function (TW) {
  'use strict';

  /**
   * Listens on the root for every control, including the markup written before the module
   * loaded. onChange receives a function (state, dataset) -> the next state.
   */
  function listen(root, onChange) {
    root.addEventListener('change', (e) => {
      const input = e.target;
      if (input instanceof HTMLSelectElement && input.name.startsWith('tw-')) {
        // period, partner: a choice among many; '' is the default (all partners).
        onChange((state) => Object.assign({}, state, { [input.name.slice(3)]: input.value || null }));
        return;
      }
      if (!(input instanceof HTMLInputElement) || !input.name.startsWith('tw-')) return;
      const name = input.name.slice(3);
      if (input.type === 'radio' && input.checked) {
        // flow, view, or a further control: the state key is the control's name.
        onChange((state) => Object.assign({}, state, { [name]: input.value }));
      } else if (input.type === 'checkbox' && name === 'products') {
        onChange((state, dataset) => TW.state.toggleProduct(state, dataset, input.value));
      }
    });
    // Escape closes an open list and gives the focus back to its button, as a disclosure does.
    root.addEventListener('keydown', (e) => {
      const list = e.key === 'Escape' && e.target.closest && e.target.closest('details.tw-ms[open]');
      if (!list) return;
      list.open = false;
      list.querySelector('summary').focus();
    });
  }

  /** Replaces `now` by `next`; the focus, when it was inside, goes to the same control again. */
  function replaceKeepingFocus(now, next) {
    const active = document.activeElement;
    const key = active && now.contains(active) && active.getAttribute('data-focus-key');
    now.replaceWith(next);
    if (key) {
      const again = next.querySelector('[data-focus-key="' + CSS.escape(key) + '"]');
      if (again) again.focus();
    }
  }

  const inputsOf = (group) => [...group.querySelectorAll('input')].map((i) => i.name + '=' + i.value).join('\u0001');

  /** Copies the state shown by `next` (the core's controls for the new state) onto `now`, group
   *  by group: a group whose choices changed (the views a selection offers) is replaced alone,
   *  so that the focus and an open list elsewhere stay. */
  function sync(now, next) {
    const groups = [...now.querySelectorAll('[data-control]')];
    const nextGroups = [...next.querySelectorAll('[data-control]')];
    if (groups.length !== nextGroups.length || groups.some((g, i) => g.dataset.control !== nextGroups[i].dataset.control)) {
      replaceKeepingFocus(now, next);
      return;
    }
    // The options a select offers (not which is chosen): another flow may offer other periods.
    const offered = (select) => [...select.options].map((o) => (o.parentElement.label || '') + '\u0000' + o.value + '\u0000' + o.text).join('\u0001');
    groups.forEach((group, g) => {
      const wantedGroup = nextGroups[g];
      if (inputsOf(group) !== inputsOf(wantedGroup)) {
        replaceKeepingFocus(group, wantedGroup);
        return;
      }
      const selects = group.querySelectorAll('select');
      const nextSelects = wantedGroup.querySelectorAll('select');
      selects.forEach((select, i) => {
        const wantedSelect = nextSelects[i];
        // Other options: the new list; the same ones: only the choice, so that focus stays.
        if (!wantedSelect || offered(select) !== offered(wantedSelect)) replaceKeepingFocus(select, wantedSelect || select);
        else select.value = wantedSelect.value;
      });
      const wanted = wantedGroup.querySelectorAll('input');
      group.querySelectorAll('input').forEach((input, i) => {
        const checked = wanted[i].hasAttribute('checked');
        input.checked = checked;
        input.toggleAttribute('checked', checked);
      });
      const counts = group.querySelectorAll('.tw-ms-count');
      wantedGroup.querySelectorAll('.tw-ms-count').forEach((count, i) => {
        if (counts[i] && counts[i].textContent !== count.textContent) counts[i].textContent = count.textContent;
      });
    });
  }

  TW.controls = { listen, sync };
})(window.TW = window.TW || {});
