// scripts/compress.mjs writes .gz/.br copies beside each file; scripts/serve.mjs (`make demo`)
// sends them with Content-Encoding when the request accepts them, and .wasm as application/wasm.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { serveSite } from '../../scripts/serve.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function get(url, acceptEncoding) {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding };
    http.get(url, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

test('compressed copies are written, refreshed and served by what the request accepts', async () => {
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'tw-serve-'));
  try {
    fs.mkdirSync(path.join(site, 'app'));
    const wasm = Buffer.alloc(5000, 7);
    fs.writeFileSync(path.join(site, 'app/m.wasm'), wasm);
    fs.writeFileSync(path.join(site, 'index.html'), '<!doctype html><title>t</title>' + 'x'.repeat(2000));
    fs.writeFileSync(path.join(site, 'gone.txt.gz'), 'a copy whose original is gone');
    execFileSync('node', [path.join(root, 'scripts/compress.mjs'), site]);
    assert.ok(!fs.existsSync(path.join(site, 'gone.txt.gz')), 'a stale copy is removed');
    for (const f of ['app/m.wasm', 'index.html']) {
      const body = fs.readFileSync(path.join(site, f));
      assert.ok(zlib.gunzipSync(fs.readFileSync(path.join(site, `${f}.gz`))).equals(body));
      assert.ok(zlib.brotliDecompressSync(fs.readFileSync(path.join(site, `${f}.br`))).equals(body));
    }

    const { url, close } = await serveSite(site, 0);
    try {
      const br = await get(`${url}app/m.wasm`, 'gzip, deflate, br');
      assert.equal(br.headers['content-type'], 'application/wasm');
      assert.equal(br.headers['content-encoding'], 'br');
      assert.equal(br.headers.vary, 'Accept-Encoding');
      assert.ok(zlib.brotliDecompressSync(br.body).equals(wasm));

      const gz = await get(`${url}app/m.wasm`, 'gzip');
      assert.equal(gz.headers['content-encoding'], 'gzip');
      assert.ok(zlib.gunzipSync(gz.body).equals(wasm));

      for (const refused of [undefined, 'identity', 'br;q=0, gzip;q=0']) {
        const plain = await get(`${url}app/m.wasm`, refused);
        assert.equal(plain.headers['content-encoding'], undefined, `Accept-Encoding: ${refused}`);
        assert.ok(plain.body.equals(wasm));
      }
      const index = await get(url, 'br');
      assert.equal(index.headers['content-type'], 'text/html; charset=utf-8');
      assert.match(zlib.brotliDecompressSync(index.body).toString(), /^<!doctype html>/);
      assert.equal((await get(`${url}missing.js`, 'br')).status, 404);
      assert.equal((await get(`${url}..%2f..%2fetc%2fpasswd`, 'br')).status, 404);
    } finally {
      await close();
    }
  } finally {
    fs.rmSync(site, { recursive: true, force: true });
  }
});
