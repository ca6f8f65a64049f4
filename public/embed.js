/*
 * Trade widget embed: one script tag inserts an iframe of the widget right after itself and keeps
 * the iframe's height equal to the widget's. Copy-paste examples: docs/embedding.md.
 *
 *   <script src="https://example.org/widget/embed.js" async
 *           data-lang="zh" data-theme="auto" data-transparent="1"
 *           data-state="flow=import&view=yoy" data-title="China's rare-earth trade"></script>
 *
 * The widget page posts {type: "trade-widget:height", version: 1, height: <px>} to its parent;
 * this script acts only on messages from the widget's own origin and its own iframe.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script) {
    var all = document.querySelectorAll('script[src*="embed.js"]');
    script = all[all.length - 1];
  }
  if (!script || script.getAttribute('data-tw-embedded')) return;
  script.setAttribute('data-tw-embedded', '1');

  var d = script.dataset;
  var page = new URL(d.page || 'index.html', script.src);
  var query = new URLSearchParams();

  // Language: data-lang, else the host page's <html lang> (the widget falls back to the browser's).
  var lang = String(d.lang || document.documentElement.lang || '').toLowerCase();
  if (lang === 'zh' || lang.indexOf('zh-') === 0) query.set('lang', 'zh');
  else if (lang === 'en' || lang.indexOf('en-') === 0) query.set('lang', 'en');
  if (d.theme === 'light' || d.theme === 'dark' || d.theme === 'auto') query.set('theme', d.theme);
  if (d.transparent === '1' || d.transparent === 'true') query.set('transparent', '1');
  if (d.data) query.set('data', d.data);
  var search = query.toString();
  page.search = search ? '?' + search : '';
  page.hash = d.state ? String(d.state).replace(/^#/, '') : '';

  var frame = document.createElement('iframe');
  frame.src = page.href;
  frame.title = d.title || 'Interactive chart';
  frame.className = 'trade-widget-frame';
  if (d.loading === 'lazy') frame.setAttribute('loading', 'lazy');
  frame.style.display = 'block';
  frame.style.width = '100%';
  frame.style.border = '0';
  frame.style.height = (parseInt(d.height, 10) || 720) + 'px';
  if (query.has('transparent')) frame.style.background = 'transparent';
  script.parentNode.insertBefore(frame, script.nextSibling);

  window.addEventListener('message', function (event) {
    if (event.source !== frame.contentWindow || event.origin !== page.origin) return;
    var message = event.data;
    if (!message || message.type !== 'trade-widget:height') return;
    var height = Number(message.height);
    if (!isFinite(height) || height <= 0) return;
    frame.style.height = Math.min(Math.ceil(height), 100000) + 'px';
  });
})();
