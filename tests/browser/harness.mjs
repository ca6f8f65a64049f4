// Shared by the browser tests: a static server for public/ on 127.0.0.1 and Debian's Chromium
// driven by playwright-core (never a downloaded browser).
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const publicDir = path.join(root, 'public');
export const outputDir = path.join(root, 'tests/output');

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.csv': 'text/csv; charset=utf-8',
};

/** Serves a folder on an ephemeral loopback port; extraHeaders lets a test set a CSP. */
export async function serve(dir = publicDir, extraHeaders = {}) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    let file = path.join(dir, decodeURIComponent(url.pathname));
    if (!file.startsWith(dir)) { res.writeHead(403).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    fs.readFile(file, (err, body) => {
      if (err) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }
      const headers = { 'content-type': types[path.extname(file)] || 'application/octet-stream', ...extraHeaders };
      if (path.extname(file) === '.html') Object.assign(headers, extraHeaders);
      res.writeHead(200, headers).end(body);
    });
  });
  // Chromium keeps sockets open (and opens spare ones that never send a request, which
  // closeIdleConnections() does not count as idle): close() ends them, or it waits minutes.
  const sockets = new Set();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  const close = () => new Promise((r) => {
    server.close(r);
    for (const socket of sockets) socket.destroy();
  });
  return { url: `http://127.0.0.1:${port}/`, close };
}

/**
 * Serves pages written for one test (a host article, a page of another site) from a temporary
 * folder: pages maps a file name to its HTML. close() stops the server and removes the folder.
 */
export async function servePages(pages, extraHeaders = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tw-pages-'));
  for (const [name, html] of Object.entries(pages)) fs.writeFileSync(path.join(dir, name), html);
  const server = await serve(dir, extraHeaders);
  return {
    url: server.url,
    close: async () => {
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Starts headless Chromium with a fresh profile; collects console errors and requests. */
export async function launch(options = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'tw-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--allow-file-access-from-files=false'],
    viewport: { width: options.width || 1024, height: options.height || 800 },
    javaScriptEnabled: options.javaScriptEnabled !== false,
  });
  const page = context.pages()[0] || (await context.newPage());
  const consoleErrors = [];
  const requests = [];
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  page.on('request', (r) => requests.push(r.url()));
  return {
    context, page, consoleErrors, requests,
    close: async () => { await context.close(); fs.rmSync(profile, { recursive: true, force: true }); },
  };
}

export function saveScreenshot(name) {
  fs.mkdirSync(outputDir, { recursive: true });
  return path.join(outputDir, name);
}

const AXE = path.join(root, 'tests/node_modules/axe-core/axe.min.js');
/** The rules every page here is held to: WCAG 2.2 AA and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** axe-core's violations on the page: rule id and up to five of its nodes. */
export async function axeViolations(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async (tags) => {
    // eslint-disable-next-line no-undef
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  }, AXE_TAGS);
}
