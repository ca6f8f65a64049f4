// What must stay out of the page's module (issue 10: the whole interactive page is weighed).
// nlohmann/json's serializer (json::dump) came back once through a single call in the loader and
// cost 4.6 KB gzip; the core writes JSON with JsonWriter, and values for messages with
// json_text (core/src/data/json_text.h). The serializer's output adapter is a class with virtual
// functions, so its type name is in the module whenever the serializer is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

for (const file of ['public/app/trade_widget.wasm', 'build/wasm/wasm-bindings/trade_widget.wasm']) {
  test(`${file} carries no nlohmann serializer (json::dump)`, () => {
    const module = fs.readFileSync(path.join(root, file));
    assert.ok(module.length > 100000, `${file}: not the page module`);
    assert.equal(module.indexOf('output_string_adapter'), -1,
      `${file}: something in the core calls nlohmann's dump(); write the value with json_text or JsonWriter`);
  });
}
