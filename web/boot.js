// Runs in <head>, before the first paint (render-blocking on purpose, and tiny): sets the theme,
// opens the page in the reader's language when the build wrote one for it, and says whether the
// view written into this page is the one this address asks for. When it is not (another
// dataset, state, language or layout), html[data-tw-pending] hides it until the module has drawn
// the right one, so that a reader never sees figures of another dataset.
(function (TW) {
  'use strict';
  var html = document.documentElement;
  var q = new URLSearchParams(location.search);
  var hash = new URLSearchParams(location.hash.replace(/^#/, ''));

  // ?theme=, else the theme the page was written for (data-tw-theme: the studio's previews).
  var theme = q.get('theme') || html.getAttribute('data-tw-theme');
  if (theme !== 'light' && theme !== 'dark') theme = 'auto';
  var dark = theme === 'dark' || (theme === 'auto' && !!window.matchMedia &&
    window.matchMedia('(prefers-color-scheme: dark)').matches);
  html.setAttribute('data-theme', dark ? 'dark' : 'light');
  if (q.get('transparent') === '1' || q.get('transparent') === 'true') html.setAttribute('data-transparent', '');

  // The same order as the live page: the hash, ?lang=, then the browser's languages, except on a
  // page written in another language than English (index.zh.html), which is a choice itself.
  function normalize(tag) {
    var t = typeof tag === 'string' ? tag.trim().toLowerCase() : '';
    if (t === 'zh' || t.indexOf('zh-') === 0) return 'zh';
    if (t === 'en' || t.indexOf('en-') === 0) return 'en';
    return null;
  }
  var written = normalize(html.lang) || 'en';
  var candidates = [hash.get('lang'), q.get('lang')];
  if (written === 'en') candidates = candidates.concat(navigator.languages || [navigator.language]);
  var lang = written;
  for (var i = 0; i < candidates.length; i++) {
    if (normalize(candidates[i])) { lang = normalize(candidates[i]); break; }
  }
  var other = html.getAttribute('data-tw-page-' + lang);
  if (lang !== written && other) {
    // replace(): no history entry, in a frame or not.
    location.replace(other + location.search + location.hash);
    return;
  }

  var layout = q.get('layout') === 'full' || q.get('layout') === 'embed' ? q.get('layout')
    : html.getAttribute('data-tw-layout') || 'embed';
  var state = new URLSearchParams((html.getAttribute('data-tw-state') || '').replace(/^#/, ''));
  var same = lang === written && !q.get('data') && layout === (html.getAttribute('data-tw-layout') || 'embed');
  hash.forEach(function (value, key) { if (key !== 'lang' && state.get(key) !== value) same = false; });
  if (!same || !html.hasAttribute('data-tw-state')) html.setAttribute('data-tw-pending', '');
  TW.boot = { lang: lang, layout: layout, pending: !same };
})(window.TW = window.TW || {});
