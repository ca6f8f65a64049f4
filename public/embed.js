/*
 * Trade widget embed: one script tag inserts an iframe of the widget right after itself and keeps
 * the iframe's height equal to the widget's. Copy-paste examples: docs/embedding.md.
 *
 *   <script src="https://example.org/widget/embed.js" async
 *           data-lang="zh" data-theme="auto" data-transparent="1"
 *           data-state="flow=import&view=yoy" data-title="China's rare-earth trade"></script>
 *
 * The widget page posts {type: "trade-widget:height", version: 1, height: <px>} to its parent;
 * this script acts only on messages from the widget's own origin and its own iframe. When the
 * frame comes into view again it asks {type: "trade-widget:measure", version: 1}, and the widget
 * answers with its height.
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
  var query = new URLSearchParams();

  // Language: data-lang, else the host page's <html lang> (the widget falls back to the browser's).
  // The build writes the page in each language: index.zh.html is the Chinese one.
  var lang = String(d.lang || document.documentElement.lang || '').toLowerCase();
  if (lang === 'zh' || lang.indexOf('zh-') === 0) query.set('lang', 'zh');
  else if (lang === 'en' || lang.indexOf('en-') === 0) query.set('lang', 'en');
  var page = new URL(d.page || (query.get('lang') === 'zh' ? 'index.zh.html' : 'index.html'), script.src);
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

  // A frame that changed while scrolled out of view (or while the tab was hidden) may not have
  // reported its new height: ask it again whenever it becomes visible.
  function remeasure() {
    if (frame.contentWindow) frame.contentWindow.postMessage({ type: 'trade-widget:measure', version: 1 }, page.origin);
  }
  if (typeof IntersectionObserver === 'function') {
    new IntersectionObserver(function (entries) {
      for (var i = 0; i < entries.length; i++) if (entries[i].isIntersecting) remeasure();
    }).observe(frame);
  }
  document.addEventListener('visibilitychange', function () { if (!document.hidden) remeasure(); });

  window.addEventListener('message', function (event) {
    if (event.source !== frame.contentWindow || event.origin !== page.origin) return;
    var message = event.data;
    if (!message || message.type !== 'trade-widget:height') return;
    var height = Number(message.height);
    if (!isFinite(height) || height <= 0) return;
    frame.style.height = Math.min(Math.ceil(height), 100000) + 'px';
  });
})();
