// ?theme=light|dark|auto and ?transparent=1, as attributes on <html> that the stylesheet reads.
// "auto" follows prefers-color-scheme, which in an iframe is the host browser's setting.
(function (TW) {
  'use strict';

  function apply(params) {
    const html = document.documentElement;
    const media = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;
    const resolve = () => {
      const dark = params.theme === 'dark' || (params.theme === 'auto' && media && media.matches);
      html.setAttribute('data-theme', dark ? 'dark' : 'light');
    };
    resolve();
    if (params.theme === 'auto' && media && media.addEventListener) media.addEventListener('change', resolve);
    if (params.transparent) html.setAttribute('data-transparent', '');
  }

  TW.theme = { apply };
})(window.TW = window.TW || {});
