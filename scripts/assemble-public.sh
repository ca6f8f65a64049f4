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
# web/boot.js is its own file: it runs in <head> before the first paint.
JS=(i18n dom params state core data errors theme frame controls tooltip chart-strip csv-download image-download app main)
CSS=(theme chart-theme layout controls explore print)

mkdir -p "$OUT/app"
if [ "$OUT" != public ]; then
  cp public/embed.js "$OUT/"
  mkdir -p "$OUT/data" && cp public/data/*.json "$OUT/data/"
fi
cp "$WASM_DIR/trade_widget.js" "$WASM_DIR/trade_widget.wasm" "$OUT/app/"

# The pages, with the default view written in by the core (the same markup the live page
# inserts): index.html in English, index.zh.html in Chinese, each naming the other.
"$CLI" page "public/$DATA" --template web/index.html --lang en --other-page index.zh.html \
  -o "$OUT/index.html" --force
"$CLI" page "public/$DATA" --template web/index.html --lang zh --other-page index.html \
  -o "$OUT/index.zh.html" --force

# Concatenated in load order, then minified by esbuild (kept in tests/node_modules): it drops
# comments and whitespace and shortens local names; a classic script's top-level names stay.
ESBUILD=${TW_ESBUILD:-tests/node_modules/.bin/esbuild}
[ -x "$ESBUILD" ] || { echo "assemble-public: $ESBUILD not found (npm ci in tests/)" >&2; exit 1; }
for f in "${JS[@]}"; do cat "web/$f.js"; done \
  | "$ESBUILD" --minify --loader=js --log-level=warning > "$OUT/app/widget.js"
for f in "${CSS[@]}"; do
  # The charts' default look: the one theme file, which the core also embeds (core/stages.cmake).
  if [ "$f" = chart-theme ]; then cat core/src/chart/chart-theme.css; else cat "web/$f.css"; fi
done | "$ESBUILD" --minify --loader=css --log-level=warning > "$OUT/app/widget.css"
# boot.js and noscript.css are fetched before the first paint: minified too.
"$ESBUILD" --minify --loader=js --log-level=warning < web/boot.js > "$OUT/app/boot.js"
"$ESBUILD" --minify --loader=css --log-level=warning < web/noscript.css > "$OUT/app/noscript.css"

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

# standalone.html starts from the full report (cards, table, sources and notes shown).
FULL_PAGE=$(mktemp)
trap 'rm -f "$FULL_PAGE"' EXIT
"$CLI" page "public/$DATA" --template web/index.html --lang en --layout full -o "$FULL_PAGE" --force

node - "$OUT" "$WASM_DIR/trade_widget_single.js" "$DATA" "$FULL_PAGE" <<'NODE'
// Writes standalone.html: stylesheet, module, page script, data and fallback chart inlined.
const fs = require('fs');
const path = require('path');
const [out, singleJs, data, fullPage] = process.argv.slice(2);
const read = (f) => fs.readFileSync(f, 'utf8');

// A </script> (or <!--) inside an inline script would end it early: JSON gets < as \u003c, and
// JavaScript gets <\/ which means the same inside strings and regular expressions.
const scriptSafe = (js) => js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
const jsonSafe = (json) => json.replace(/</g, '\\u003c');
const replaceOnce = (html, from, to) => {
  if (!html.includes(from)) throw new Error(`standalone: public/index.html has no ${from}`);
  return html.replace(from, () => to);
};

let html = read(fullPage);
html = replaceOnce(html, '<link rel="icon" href="app/icon.svg" type="image/svg+xml">',
  `<link rel="icon" href="data:image/svg+xml,${encodeURIComponent(read(path.join(out, 'app/icon.svg')).trim())}">`);
html = replaceOnce(html, '<link rel="stylesheet" href="app/widget.css">',
  `<style>\n${read(path.join(out, 'app/widget.css'))}</style>`);
html = replaceOnce(html, '  <noscript><link rel="stylesheet" href="app/noscript.css"></noscript>\n',
  `  <noscript><style>\n${read(path.join(out, 'app/noscript.css'))}</style></noscript>\n`);
html = replaceOnce(html, '<script src="app/boot.js"></script>',
  `<script>\n${scriptSafe(read(path.join(out, 'app/boot.js')))}</script>`);
html = replaceOnce(html, '  <script src="app/widget.js" defer></script>\n', '');
// The dataset's text as written: re-serialising would turn 38.0 into 38 and lose the precision
// the source gave.
const dataset = read(path.join('public', data));
html = replaceOnce(html, '</body>',
  `<script type="application/json" id="tw-data" data-name="${path.basename(data)}">${jsonSafe(dataset)}</script>\n` +
  `<script>\n${scriptSafe(read(singleJs))}</script>\n` +
  `<script>\n${scriptSafe(read(path.join(out, 'app/widget.js')))}</script>\n</body>`);
fs.writeFileSync(path.join(out, 'standalone.html'), html);
NODE
# The editors' studio (web/studio/): one file carrying the site above, for the bundle it makes.
# A module folder without the studio's module (an older or a partial build) makes no studio.
if [ -f "$WASM_DIR/trade_widget_studio.js" ]; then
  node scripts/assemble-studio.mjs "$OUT" "$WASM_DIR/trade_widget_studio.js" "$ESBUILD"
else
  echo "assemble-public: no $WASM_DIR/trade_widget_studio.js: $OUT/studio.html not written" >&2
  rm -f "$OUT/studio.html"
fi
# A .gz and a .br copy beside every file, for hosts that serve pre-compressed files (make demo
# does; docs/embedding.md gives the headers for other hosts).
node scripts/compress.mjs "$OUT" >/dev/null
echo "public/: assembled ($OUT)"
