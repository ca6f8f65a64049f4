// Inside an iframe, tells the host page the widget's height so that embed.js can size the frame.
// Message: {type: "trade-widget:height", version: 1, height: <CSS pixels>} (see docs/embedding.md).
(function (TW) {
  'use strict';

  function start() {
    if (window.parent === window) return;
    let last = -1;
    const post = () => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      // The height is no secret, and the widget cannot know which site embeds it.
      window.parent.postMessage({ type: 'trade-widget:height', version: 1, height }, '*');
    };
    if (typeof ResizeObserver === 'function') new ResizeObserver(post).observe(document.documentElement);
    window.addEventListener('load', post);
    post();
  }

  TW.frame = { start };
})(window.TW = window.TW || {});
