// Writes public/studio.html, the editors' studio, as one file that also runs from file://: its
// page script (web/studio/*.js, with fflate for the zip) and stylesheet inline, the worker's text
// (the studio module, trade_widget_studio.js with its wasm inlined, which also makes the
// bundle's .br copies, pako for the .gz copies, then web/studio/studio-worker.js)
// in a text block the page turns into a worker, and the built site that the bundle copies
// (every file of public/ that `trade-widget bundle` reads: the same skip rule as the core's
// bundle_skips) as base64. Run by scripts/assemble-public.sh after the site is complete.
//
//   node scripts/assemble-studio.mjs OUT STUDIO_JS ESBUILD
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const [out, studioModule, esbuild] = process.argv.slice(2);
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const web = path.join(root, 'web/studio');
const read = (f) => fs.readFileSync(f, 'utf8');

// The page's files in load order: each adds one part to window.TWS; studio-main.js starts it.
const JS = ['studio-i18n', 'studio-core', 'studio-texts', 'studio-input', 'studio-problems', 'studio-fields', 'studio-meta', 'studio-preview',
  'studio-publish', 'studio-main'];

// The same files as the core's bundle_skips() leaves in: no data/, no compressed copies, not
// the studio itself, no snippets file; hidden files are not listed (as the CLI's list_files).
const skips = (rel) => rel.startsWith('data/') || rel.endsWith('.gz') || rel.endsWith('.br') ||
  rel === 'studio.html' || rel === 'embed-snippets.txt';
function* files(dir, prefix = '') {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith('.')) continue;
    const rel = prefix + entry.name;
    if (entry.isDirectory()) yield* files(path.join(dir, entry.name), rel + '/');
    else if (entry.isFile() && !skips(rel)) yield rel;
  }
}
const site = {};
for (const rel of [...files(out)].sort()) site[rel] = fs.readFileSync(path.join(out, rel)).toString('base64');
if (!site['index.html'] || !site['standalone.html']) {
  throw new Error(`assemble-studio: ${out} has no index.html or standalone.html (assemble the site first)`);
}

const minify = (text, loader, extra = []) => execFileSync(esbuild, ['--minify', `--loader=${loader}`, '--log-level=warning', ...extra],
  { input: text, maxBuffer: 1 << 28 }).toString();
// fflate as one classic-script global (window.fflate): zipSync.
const fflate = execFileSync(esbuild, [path.join(root, 'tests/node_modules/fflate/esm/browser.js'), '--bundle', '--minify',
  '--format=iife', '--global-name=fflate', '--log-level=warning'], { maxBuffer: 1 << 26 }).toString();
const pageJs = fflate + minify(JS.map((f) => read(path.join(web, `${f}.js`))).join('\n'), 'js');
const css = minify(read(path.join(web, 'studio.css')), 'css');
// The compressor of the bundle's .gz copies, in the worker: pako's deflate (zlib's, in
// JavaScript: byte for byte the CLI's .gz) as window.pako. The .br copies come from the studio
// module itself (libbrotli's encoder, wasm-bindings/studio/brotli-encoder.cmake).
const pako = read(path.join(root, 'tests/node_modules/pako/dist/pako_deflate.min.js'));
const worker = read(studioModule) + '\n' + pako + '\n' + minify(read(path.join(web, 'studio-worker.js')), 'js');

// A </script> (or <!--) inside an inline script would end it early: <\/ means the same in JS
// strings and regular expressions.
const scriptSafe = (js) => js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
const fill = (html, mark, text) => {
  if (!html.includes(mark)) throw new Error(`assemble-studio: web/studio/studio.html has no ${mark}`);
  return html.replace(mark, () => text);
};
let html = read(path.join(web, 'studio.html'));
html = fill(html, '/*STUDIO_CSS*/', css);
html = fill(html, '/*SITE_JSON*/', JSON.stringify(site));
html = fill(html, '/*WORKER_JS*/', scriptSafe(worker));
html = fill(html, '/*STUDIO_JS*/', scriptSafe(pageJs));
fs.writeFileSync(path.join(out, 'studio.html'), html);
console.log(`studio.html: ${html.length.toLocaleString('en')} bytes, ${Object.keys(site).length} site files`);
