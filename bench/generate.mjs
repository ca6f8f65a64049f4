// Deterministic generator of synthetic trade datasets in the project's own format
// (docs/dataset.md, "trade-widget/1"), for the scale benchmark.
//
//   node bench/generate.mjs OUT_DIR [SIZE ...]     (default sizes: 10000 100000 1000000)
//
// Writes OUT_DIR/trade-SIZE.json with exactly SIZE observations: 2 flows x K products x P
// partners (plus the aggregate partner "world") x 60 months (2021-01 .. 2025-12). For 1,000,000
// rows K = 20 and P = 208. Each flow x product x partner block has 60 monthly volumes, 48 stated
// year-on-year changes and 12 partner shares (the last year); the world block has volumes and
// changes. Nulls: about one series in twelve has no figures for half of its first two years, and
// the ten smallest partners have no figure for the last month of even-numbered products. The
// same size always gives the same bytes (a seeded PRNG, no clock, no Math.random).
import fs from 'node:fs';
import path from 'node:path';

const MONTHS = 60;
const FIRST_YEAR = 2021;
const MONTH_NAMES_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const FLOWS = [
  { id: 'export', label: { en: 'Exports', zh: '出口' } },
  { id: 'import', label: { en: 'Imports', zh: '进口' } },
];
const YOY_ROWS = MONTHS - 12;
const SHARE_ROWS = 12;
const PARTNER_BLOCK = MONTHS + YOY_ROWS + SHARE_ROWS;
const WORLD_BLOCK = MONTHS + YOY_ROWS;

/** mulberry32: a small, fast, well-mixed 32-bit PRNG. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hash3(a, b, c) {
  let h = 2166136261 >>> 0;
  for (const v of [a, b, c]) h = Math.imul(h ^ (v + 0x9e37), 16777619) >>> 0;
  return h;
}

/** Shape of a dataset of `size` rows: products scale with the cube root, partners fill the rest. */
export function shape(size) {
  const products = Math.max(2, Math.min(20, Math.round(20 * Math.cbrt(size / 1e6))));
  const worldRows = FLOWS.length * products * WORLD_BLOCK;
  const partners = Math.max(1, Math.ceil((size - worldRows) / (FLOWS.length * products * PARTNER_BLOCK)));
  return { products, partners };
}

/** Two-letter lowercase codes in a scrambled but fixed order ("world" is separate). */
function partnerCodes(count) {
  const codes = [];
  for (let i = 0; codes.length < count; ++i) {
    const k = (i * 211 + 7) % 676;
    const code = String.fromCharCode(97 + Math.floor(k / 26)) + String.fromCharCode(97 + (k % 26));
    if (!codes.includes(code)) codes.push(code);
  }
  return codes;
}

function monthId(m) {
  const year = FIRST_YEAR + Math.floor(m / 12);
  return `${year}-${String((m % 12) + 1).padStart(2, '0')}`;
}

/** A number as a source would write it: one decimal, or none when it is whole. */
function num(x) {
  const r = Math.round(x * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
}

/** Monthly volumes (before nulls) of one flow x product x partner series. */
function series(flow, product, partnerRank, productCount) {
  const rand = prng(hash3(flow + 1, product + 1, partnerRank + 1));
  const partnerScale = 5000 / Math.pow(partnerRank + 1, 1.1);
  const productScale = 0.3 + 1.7 * ((product * 7 + 3) % productCount) / productCount;
  const growth = 0.9 + 0.25 * rand();
  const out = new Array(MONTHS);
  for (let m = 0; m < MONTHS; ++m) {
    const season = 1 + 0.15 * Math.sin((2 * Math.PI * (m % 12)) / 12 + flow);
    const trend = Math.pow(growth, m / 12);
    out[m] = Math.round(partnerScale * productScale * season * trend * (0.7 + 0.6 * rand()) * 10) / 10;
  }
  return out;
}

/** Which months of a partner's series have no figure (null). */
function nullMonths(flow, product, partner, partners) {
  const gaps = new Set();
  if (hash3(flow, product, partner) % 12 === 0) {
    const rand = prng(hash3(partner, flow + 17, product + 31));
    for (let m = 0; m < 24; ++m) if (rand() < 0.5) gaps.add(m);
  }
  if (partner >= partners - 10 && product % 2 === 0) gaps.add(MONTHS - 1);
  return gaps;
}

function row(flow, product, partner, m, measure, value, ref, note = null) {
  const source = value === null ? 'null' : '"customs"';
  return `["${flow}","${product}","${partner}","${monthId(m)}","${measure}",${value ?? 'null'},${source},${
    ref === null || value === null ? 'null' : `"${ref}"`},${note === null ? 'null' : `"${note}"`}]`;
}

export function generate(size) {
  const { products: productCount, partners: partnerCount } = shape(size);
  const products = Array.from({ length: productCount }, (_, k) => `p${String(k + 1).padStart(2, '0')}`);
  const partners = partnerCodes(partnerCount);
  // All series first: the world aggregate and the shares need every partner's volume.
  const volumes = [];  // [flow][product][partner] -> monthly values with nulls
  const world = [];    // [flow][product] -> monthly world volumes
  for (let f = 0; f < FLOWS.length; ++f) {
    volumes.push([]);
    world.push([]);
    for (let k = 0; k < productCount; ++k) {
      const rows = [];
      const total = new Array(MONTHS).fill(0);
      for (let p = 0; p < partnerCount; ++p) {
        const values = series(f, k, p, productCount);
        for (let m = 0; m < MONTHS; ++m) total[m] += values[m];
        const gaps = nullMonths(f, k, p, partnerCount);
        rows.push(values.map((v, m) => (gaps.has(m) ? null : v)));
      }
      volumes[f].push(rows);
      // Trade with partners outside the list makes the world figure a little larger.
      world[f].push(total.map((t, m) => Math.round(t * (1.03 + 0.01 * (m % 3)) * 10) / 10));
    }
  }
  const lines = [];
  const yoy = (values, m) => {
    const now = values[m];
    const before = values[m - 12];
    return now === null || before === null || before <= 0 ? null : num((now / before - 1) * 100);
  };
  const ref = (m) => `[${(m % 12) + 1}]`;
  for (let f = 0; f < FLOWS.length; ++f) {
    for (let k = 0; k < productCount; ++k) {
      const w = world[f][k];
      for (let m = 0; m < MONTHS; ++m) lines.push(row(FLOWS[f].id, products[k], 'world', m, 'volume', num(w[m]), ref(m), 'other-partners'));
      for (let m = 12; m < MONTHS; ++m) lines.push(row(FLOWS[f].id, products[k], 'world', m, 'yoy', yoy(w, m), ref(m)));
    }
  }
  outer: for (let p = 0; p < partnerCount; ++p) {
    for (let f = 0; f < FLOWS.length; ++f) {
      for (let k = 0; k < productCount; ++k) {
        const v = volumes[f][k][p];
        const w = world[f][k];
        const block = [];
        for (let m = 0; m < MONTHS; ++m) block.push(row(FLOWS[f].id, products[k], partners[p], m, 'volume', v[m] === null ? null : num(v[m]), ref(m)));
        for (let m = 12; m < MONTHS; ++m) block.push(row(FLOWS[f].id, products[k], partners[p], m, 'yoy', yoy(v, m), ref(m)));
        for (let m = MONTHS - SHARE_ROWS; m < MONTHS; ++m) {
          // Rounded down, so that the shares of one flow x product x month never pass 100%.
          const share = v[m] === null || !(w[m] > 0) ? null : num(Math.floor((v[m] / w[m]) * 1000) / 10);
          block.push(row(FLOWS[f].id, products[k], partners[p], m, 'share', share, ref(m)));
        }
        for (const line of block) {
          if (lines.length === size) break outer;
          lines.push(line);
        }
      }
    }
  }
  if (lines.length !== size) throw new Error(`generated ${lines.length} rows, expected ${size}`);

  const text = (en, zh) => ({ en, zh });
  const doc = {
    format: 'trade-widget/1',
    meta: {
      title: text(`Synthetic trade benchmark, ${size.toLocaleString('en')} observations`, `合成贸易基准数据，${size}条观测值`),
      subtitle: text('Generated data for measuring speed; not real trade figures', '用于测速的生成数据，并非真实贸易数据'),
      coverage: text('January 2021 – December 2025', '2021年1月至2025年12月'),
      units: { volume: text('t', '吨') },
      default: { flow: 'export', period: monthId(MONTHS - 1) },
      sources: [{ id: 'customs', publisher: text('Synthetic customs office', '合成海关'), author: null, title: null, date: null, url: null }],
      notes: [{ id: 'other-partners', text: text('Includes partners not listed separately.', '包括未单独列出的贸易伙伴。') }],
    },
    dimensions: {
      flow: FLOWS,
      product: products.map((id, k) => ({ id, label: text(`Product ${k + 1}`, `产品${k + 1}`), code: `HS 99${String(k).padStart(2, '0')}` })),
      partner: [{ id: 'world', label: text('World', '全球'), aggregate: true },
        ...partners.map((id) => ({ id, label: text(`Partner ${id.toUpperCase()}`, `伙伴${id.toUpperCase()}`) }))],
      period: Array.from({ length: MONTHS }, (_, m) => ({
        id: monthId(m),
        label: text(`${MONTH_NAMES_EN[m % 12]} ${FIRST_YEAR + Math.floor(m / 12)}`, `${FIRST_YEAR + Math.floor(m / 12)}年${(m % 12) + 1}月`),
        start: monthId(m), end: monthId(m),
      })),
    },
  };
  const head = JSON.stringify(doc, null, 1);
  // The header stays readable; rows are one compact array per line, as in the bundled file.
  return `${head.slice(0, -2)},\n "observations": [\n${lines.join(',\n')}\n ]\n}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const outDir = process.argv[2] || 'build/bench';
  const sizes = process.argv.length > 3 ? process.argv.slice(3).map(Number) : [10000, 100000, 1000000];
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of sizes) {
    const file = path.join(outDir, `trade-${size}.json`);
    const t0 = performance.now();
    const body = generate(size);
    fs.writeFileSync(file, body);
    const { products, partners } = shape(size);
    console.log(`${file}: ${size} rows, ${products} products, ${partners} partners, ${body.length} bytes, ${Math.round(performance.now() - t0)} ms`);
  }
}
