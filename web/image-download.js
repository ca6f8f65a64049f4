// "Download PNG" and "Download SVG" of the current chart. The SVG is the core's image export
// (story title, notes, source line, theme embedded); the PNG is that SVG drawn on a canvas at 2x.
// Both use data: and blob: URLs only, so they work from standalone.html on file:// too.
(function (TW) {
  'use strict';
  const { el } = TW.dom;
  const t = (lang, key) => TW.i18n.t(lang, key);
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
   * getChart() gives {request, filename} for the current chart (without extension), or null when
   * the view draws none; null when the core has no image export.
   */
  function build(lang, core, getChart, onError) {
    if (!core.chartImage) return null;
    const make = (kind) => {
      const button = el('button', { type: 'button', class: 'tw-button tw-image-' + kind, 'data-focus-key': 'image-' + kind,
        title: t(lang, 'downloadImageHint') },
      el('span', { 'aria-hidden': 'true', class: 'tw-icon' }, '⤓'), ' ', t(lang, kind === 'png' ? 'downloadPng' : 'downloadSvg'));
      button.addEventListener('click', async () => {
        const chart = getChart();
        if (!chart) return;
        try {
          const svg = core.chartImage(chart.request);
          if (kind === 'svg') saveBlob(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), chart.filename + '.svg');
          else saveBlob(await png(svg), chart.filename + '.png');
        } catch (e) {
          onError(e);
        }
      });
      return button;
    };
    const png_ = make('png');
    const svg_ = make('svg');
    return { png: png_, svg: svg_, setEnabled(on) { png_.disabled = !on; svg_.disabled = !on; } };
  }

  TW.imageDownload = { build };
})(window.TW = window.TW || {});
