#!/usr/bin/env bash
# Makes public/ a complete static site: the module, the page's script and stylesheet bundles, the
# static chart fallback of the default view, and public/standalone.html (everything inlined, for
# file://). Paths can be overridden to assemble a private copy:
#   TW_WASM_DIR (build/wasm/wasm-bindings)  TW_CLI (bin/trade-widget)  TW_PUBLIC (public)
set -euo pipefail
cd "$(dirname "$0")/.."
WASM_DIR=${TW_WASM_DIR:-build/wasm/wasm-bindings}
CLI=${TW_CLI:-bin/trade-widget}
OUT=${TW_PUBLIC:-public}
DATA=data/china-rare-earths-2025.json

# The page's files in load order: each file adds one part to window.TW; main.js starts the page.
JS=(i18n dom params state core data errors theme frame controls summary tooltip charts table sources
    csv-download app main
    period partner key-points partner-card image-download)  # explore: loaded before main.js starts
CSS=(theme chart-theme layout controls explore print)

mkdir -p "$OUT/app"
if [ "$OUT" != public ]; then
  cp public/index.html public/embed.js "$OUT/"
  mkdir -p "$OUT/data" && cp public/data/*.json "$OUT/data/"
fi
cp "$WASM_DIR/trade_widget.js" "$WASM_DIR/trade_widget.wasm" "$OUT/app/"

{
  echo "/* trade-widget page script: web/*.js concatenated by scripts/assemble-public.sh */"
  for f in "${JS[@]}"; do cat "web/$f.js"; done
} > "$OUT/app/widget.js"
{
  echo "/* trade-widget styles: web/*.css concatenated by scripts/assemble-public.sh */"
  for f in "${CSS[@]}"; do
    # The charts' default look: the one theme file, which the core also embeds (core/stages.cmake).
    if [ "$f" = chart-theme ]; then cat core/src/chart/chart-theme.css; else cat "web/$f.css"; fi
  done
} > "$OUT/app/widget.css"

# The page icon (a file, so that a strict img-src 'self' policy needs no data: URL).
cat > "$OUT/app/icon.svg" <<'SVG'
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#0b5cad"/><rect x="3" y="8" width="2.5" height="5" fill="#fff"/><rect x="6.75" y="5" width="2.5" height="8" fill="#fff"/><rect x="10.5" y="3" width="2.5" height="10" fill="#fff"/></svg>
SVG

# The static fallback: the default view drawn natively at 800 px. As an <img> it cannot see the
# page's stylesheet, so those copies embed the chart styles (--standalone); standalone.html inlines
# the plain SVG, styled by the page's own stylesheet.
for lang in en zh; do
  "$CLI" render "public/$DATA" --chart volumes --width 800 --lang "$lang" --standalone \
    > "$OUT/app/fallback-$lang.svg"
done
INLINE_SVG=$(mktemp)
trap 'rm -f "$INLINE_SVG"' EXIT
"$CLI" render "public/$DATA" --chart volumes --width 800 --lang en > "$INLINE_SVG"

node - "$OUT" "$WASM_DIR/trade_widget_single.js" "$DATA" "$INLINE_SVG" <<'NODE'
// Writes standalone.html: stylesheet, module, page script, data and fallback chart inlined.
const fs = require('fs');
const path = require('path');
const [out, singleJs, data, inlineSvg] = process.argv.slice(2);
const read = (f) => fs.readFileSync(f, 'utf8');

// A </script> (or <!--) inside an inline script would end it early: JSON gets < as \u003c, and
// JavaScript gets <\/ which means the same inside strings and regular expressions.
const scriptSafe = (js) => js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
const jsonSafe = (json) => json.replace(/</g, '\\u003c');
const replaceOnce = (html, from, to) => {
  if (!html.includes(from)) throw new Error(`standalone: public/index.html has no ${from}`);
  return html.replace(from, () => to);
};

let html = read('public/index.html');
html = replaceOnce(html, '<link rel="icon" href="app/icon.svg" type="image/svg+xml">',
  `<link rel="icon" href="data:image/svg+xml,${encodeURIComponent(read(path.join(out, 'app/icon.svg')).trim())}">`);
html = replaceOnce(html, '<link rel="stylesheet" href="app/widget.css">',
  `<style>\n${read(path.join(out, 'app/widget.css'))}</style>`);
html = replaceOnce(html, '  <script src="app/trade_widget.js" defer></script>\n', '');
html = replaceOnce(html, '  <script src="app/widget.js" defer></script>\n', '');
html = html.replace(/<img class="tw-fallback-chart"[^>]*>/, () => read(inlineSvg));
// The dataset's text as written: re-serialising would turn 38.0 into 38 and lose the precision
// the source gave.
const dataset = read(path.join('public', data));
html = replaceOnce(html, '</body>',
  `<script type="application/json" id="tw-data" data-name="${path.basename(data)}">${jsonSafe(dataset)}</script>\n` +
  `<script>\n${scriptSafe(read(singleJs))}</script>\n` +
  `<script>\n${scriptSafe(read(path.join(out, 'app/widget.js')))}</script>\n</body>`);
fs.writeFileSync(path.join(out, 'standalone.html'), html);
NODE
echo "public/: assembled ($OUT)"
