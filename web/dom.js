// Small DOM helpers: elements are built with textContent and attributes, never from HTML strings
// (the core's SVG is the one exception, inserted by charts.js).
(function (TW) {
  'use strict';

  /** el('p', {class: 'x', 'aria-live': 'polite'}, 'text', childNode, ...). */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === false || v === null || v === undefined) continue;
      node.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      node.append(typeof c === 'string' ? document.createTextNode(c) : c);
    }
    return node;
  }

  /** Only http and https links are ever made clickable. */
  function safeUrl(url) {
    return typeof url === 'string' && /^https?:\/\/[^\s]+$/i.test(url) ? url : null;
  }

  /** A link that opens outside the widget and tells the target nothing about the page. */
  function externalLink(url, text) {
    const href = safeUrl(url);
    if (!href) return document.createTextNode(text);
    return el('a', { href, target: '_blank', rel: 'noopener noreferrer' }, text);
  }

  TW.dom = { el, safeUrl, externalLink };
})(window.TW = window.TW || {});
