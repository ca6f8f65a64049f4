// "Download PNG" and "Download SVG" of the current chart. The SVG is the core's image export
// (story title, notes, source line, theme embedded); the PNG is that SVG drawn on a canvas at 2x.
// The buttons are written by the core (view_html.cpp, the footer's Download part); app.js calls
// save() on a click. Both use data: and blob: URLs only, so they work from standalone.html on file:// too.
(function (TW) {
  'use strict';
  const { el } = TW.dom;
  const SCALE = 2;

  function saveBlob(blob, filename) {
    const url = URL.createObjectURL(blob);
    const a = el('a', { href: url, download: filename, hidden: true });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  /** The SVG's own width and height (the core writes them as attributes). */
  function size(svg) {
    const w = /<svg[^>]*\swidth="([\d.]+)"/.exec(svg);
    const h = /<svg[^>]*\sheight="([\d.]+)"/.exec(svg);
    return { width: w ? Number(w[1]) : 800, height: h ? Number(h[1]) : 600 };
  }

  function png(svg) {
    return new Promise((resolve, reject) => {
      const { width, height } = size(svg);
      const img = new Image();
      img.onload = () => {
        const canvas = document.createElement('canvas');
        canvas.width = Math.round(width * SCALE);
        canvas.height = Math.round(height * SCALE);
        const ctx = canvas.getContext('2d');
        ctx.scale(SCALE, SCALE);
        ctx.drawImage(img, 0, 0, width, height);
        canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the PNG could not be made'))), 'image/png');
      };
      img.onerror = () => reject(new Error('the image could not be drawn'));
      img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg);
    });
  }

  /**
   * Saves the current chart as kind ('png' | 'svg'): chart is {request, filename} (without
   * extension). The core writes the SVG (core.chartImage); the page only draws and saves it.
   */
  async function save(core, kind, chart) {
    const svg = core.chartImage(chart.request);
    if (kind === 'svg') saveBlob(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), chart.filename + '.svg');
    else saveBlob(await png(svg), chart.filename + '.png');
  }

  TW.imageDownload = { save };
})(window.TW = window.TW || {});
