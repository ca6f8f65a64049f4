// Inside an iframe, tells the host page the widget's height so that embed.js can size the frame.
// Message: {type: "trade-widget:height", version: 1, height: <CSS pixels>} (see docs/embedding.md).
(function (TW) {
  'use strict';

  /** True inside an iframe, whatever the host's origin (reading window.top never throws, but
   *  some sandboxes make it null). */
  function embedded() {
    try {
      return window.top !== window.self;
    } catch (e) {
      return true;
    }
  }

  function start() {
    if (window.parent === window) return;
    let last = -1;
    const post = (force) => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === last && force !== true) return;
      last = height;
      // The height is no secret, and the widget cannot know which site embeds it.
      window.parent.postMessage({ type: 'trade-widget:height', version: 1, height }, '*');
    };
    if (typeof ResizeObserver === 'function') new ResizeObserver(post).observe(document.documentElement);
    window.addEventListener('load', post);
    // embed.js asks again when the frame comes back into view: a frame scrolled out of sight may
    // not have been laid out (or heard) while it changed.
    window.addEventListener('message', (event) => {
      if (event.source === window.parent && event.data && event.data.type === 'trade-widget:measure') post(true);
    });
    document.addEventListener('visibilitychange', () => { if (!document.hidden) post(true); });
    post();
  }

  TW.frame = { start, embedded };
})(window.TW = window.TW || {});
