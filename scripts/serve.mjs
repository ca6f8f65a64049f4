// `make demo`: serves a folder (default public/) on 127.0.0.1, as a static host configured as
// docs/embedding.md says: .wasm as application/wasm, and the pre-compressed copies that
// scripts/compress.mjs writes beside each file (.br, else .gz) when the browser accepts them,
// with Content-Encoding and Vary: Accept-Encoding.
//
//   node scripts/serve.mjs [--port 8080] [--dir public]
// or, from a script (bench/lighthouse.mjs): const { url, close } = await serveSite('public', 0);
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8', '.map': 'application/json; charset=utf-8',
};

/** The encodings of Accept-Encoding that are not refused with q=0, e.g. "gzip, br;q=0.5". */
function accepted(header = '') {
  const ok = new Set();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) ok.add(name);
  }
  return ok;
}

function resolve(dir, urlPath) {
  let file = path.join(dir, decodeURIComponent(urlPath));
  if (file !== dir && !file.startsWith(dir + path.sep)) return null;
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  return fs.existsSync(file) && fs.statSync(file).isFile() ? file : null;
}

function handler(dir) {
  return (req, res) => {
    let file;
    try {
      file = resolve(dir, new URL(req.url, 'http://127.0.0.1').pathname);
    } catch {
      file = null;  // a malformed %-escape
    }
    if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(file ? 405 : 404, { 'content-type': 'text/plain; charset=utf-8' }).end(file ? 'method not allowed' : 'not found');
      return;
    }
    const headers = {
      'content-type': types[path.extname(file)] || 'application/octet-stream',
      'vary': 'Accept-Encoding',
      'cache-control': 'no-cache',
    };
    const encodings = accepted(req.headers['accept-encoding']);
    let body = file;
    for (const [encoding, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
      if (encodings.has(encoding) && fs.existsSync(file + suffix)) {
        body = file + suffix;
        headers['content-encoding'] = encoding;
        break;
      }
    }
    headers['content-length'] = fs.statSync(body).size;
    res.writeHead(200, headers);
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(body).pipe(res);
  };
}

/** Serves `dir` on 127.0.0.1:`port` (0: any free port); resolves to { url, close }. */
export function serveSite(dir, port) {
  const root = path.resolve(dir);
  const server = http.createServer(handler(root));
  return new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(port, '127.0.0.1', () => resolve({
      url: `http://127.0.0.1:${server.address().port}/`,
      close: () => new Promise((r) => server.close(r)),
    }));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
  };
  const dir = option('dir', 'public');
  serveSite(dir, Number(option('port', 8080))).then(({ url }) => {
    console.log(`Serving ${dir}/ on ${url} (Ctrl-C to stop)`);
  }, (e) => {
    console.error(`serve: ${e.message}`);
    process.exit(1);
  });
}
