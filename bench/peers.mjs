// What a newsroom would use instead of the core: the same query (bytes of a trade-widget/1 file
// -> sums by flow x product and flow x partner over a range of months and the same months a year
// earlier, year-on-year change per group, the top partners' share per flow) in plain JavaScript,
// arquero and d3-array. Each returns the digest shape of bench/digest.h so the results can be
// compared with the core's. Like the core's fast path, they assume the periods of a range do not
// overlap (true of the generated data) and they validate nothing (the core checks every row).
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const requireFromTests = createRequire(path.join(root, 'tests/package.json'));
const aq = await import(pathToFileURL(requireFromTests.resolve('arquero')).href);
const d3 = await import(pathToFileURL(requireFromTests.resolve('d3-array')).href);
const { op } = aq;

const monthIndex = (s) => Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7)) - 1;

/** Everything the query needs from the small parts of the file (dimensions), shared by all. */
function plan(doc, request) {
  const d = doc.dimensions;
  const position = (items) => Object.fromEntries(items.map((it, i) => [it.id, i]));
  const cur = {};
  const prior = {};
  const inside = (s, e) => d.period.filter((p) => monthIndex(p.start) >= s && monthIndex(p.end) <= e);
  for (const [range, flags] of [[[request.start, request.end], cur], [[request.start - 12, request.end - 12], prior]]) {
    const periods = inside(...range).map((p) => [monthIndex(p.start), monthIndex(p.end), p.id]).sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < periods.length; ++i) {
      if (periods[i][0] <= periods[i - 1][1]) throw new Error('overlapping periods: not supported by the JavaScript peers');
    }
    for (const p of periods) flags[p[2]] = 1;
  }
  return {
    flows: position(d.flow), products: position(d.product), partners: position(d.partner),
    flowIds: d.flow.map((x) => x.id), productIds: d.product.map((x) => x.id), partnerIds: d.partner.map((x) => x.id),
    partnerAggregate: Object.fromEntries(d.partner.map((x) => [x.id, x.aggregate === true])),
    productAggregate: Object.fromEntries(d.product.map((x) => [x.id, x.aggregate === true])),
    cur, prior, top: request.top,
  };
}

/** Group arrays (flow-major) -> the digest; the yoy and top-partner rules of core/src/query/rollup.cpp. */
function finish(p, byProduct, byPartner) {
  const yoy = (g) => {
    const ok = g[3] > 0 && g[4] === 0 && g[6] > 0 && g[7] === 0 && g[5] > 0;
    g.push(ok ? (g[2] / g[5] - 1) * 100 : null);
    return g;
  };
  byProduct.forEach(yoy);
  byPartner.forEach(yoy);
  const partners = p.partnerIds.length;
  const top = p.flowIds.map((_, f) => {
    let total = 0;
    let missing = 0;
    const ranked = [];
    for (let q = 0; q < partners; ++q) {
      if (p.partnerAggregate[p.partnerIds[q]]) continue;
      const g = byPartner[f * partners + q];
      total += g[2];
      missing += g[4];
      if (g[3] > 0 && g[2] > 0) ranked.push(q);
    }
    ranked.sort((a, b) => byPartner[f * partners + b][2] - byPartner[f * partners + a][2] || a - b);
    const chosen = ranked.slice(0, p.top);
    let volume = 0;
    for (const q of chosen) volume += byPartner[f * partners + q][2];
    return [f, total, missing, chosen, volume, total > 0 ? (volume / total) * 100 : null];
  });
  return { by_product: byProduct, by_partner: byPartner, top };
}

const emptyGroups = (flows, items) => {
  const out = [];
  for (let f = 0; f < flows; ++f) for (let i = 0; i < items; ++i) out.push([f, i, 0, 0, 0, 0, 0, 0]);
  return out;
};

/** Plain JavaScript: JSON.parse, then one loop over the rows into preallocated groups. */
export function plainJs(bytes, request) {
  const doc = JSON.parse(bytes.toString('utf8'));
  const p = plan(doc, request);
  const products = p.productIds.length;
  const partners = p.partnerIds.length;
  const byProduct = emptyGroups(p.flowIds.length, products);
  const byPartner = emptyGroups(p.flowIds.length, partners);
  const add = (g, value, slot) => {
    if (value === null) g[slot + 2] += 1;
    else { g[slot] += value; g[slot + 1] += 1; }
  };
  for (const r of doc.observations) {
    if (r[4] !== 'volume') continue;
    const inCur = p.cur[r[3]] === 1;
    const inPrior = p.prior[r[3]] === 1;
    if (!inCur && !inPrior) continue;
    const f = p.flows[r[0]];
    const byProd = p.partnerAggregate[r[2]] ? null : byProduct[f * products + p.products[r[1]]];
    const byPart = p.productAggregate[r[1]] ? null : byPartner[f * partners + p.partners[r[2]]];
    for (const [inside, slot] of [[inCur, 2], [inPrior, 5]]) {
      if (!inside) continue;
      if (byProd) add(byProd, r[5], slot);
      if (byPart) add(byPart, r[5], slot);
    }
  }
  return finish(p, byProduct, byPartner);
}

/** arquero: JSON.parse, the rows as columns, then filter / groupby / rollup in arquero. */
export function arquero(bytes, request) {
  const doc = JSON.parse(bytes.toString('utf8'));
  const p = plan(doc, request);
  const rows = doc.observations;
  const n = rows.length;
  const cols = { flow: new Array(n), product: new Array(n), partner: new Array(n), period: new Array(n), measure: new Array(n), value: new Array(n) };
  for (let i = 0; i < n; ++i) {
    const r = rows[i];
    cols.flow[i] = r[0]; cols.product[i] = r[1]; cols.partner[i] = r[2];
    cols.period[i] = r[3]; cols.measure[i] = r[4]; cols.value[i] = r[5];
  }
  const base = aq.table(cols)
    .params({ cur: p.cur, prior: p.prior, pagg: p.partnerAggregate, kagg: p.productAggregate })
    .filter((d, $) => d.measure === 'volume' && ($.cur[d.period] === 1 || $.prior[d.period] === 1))
    .derive({ c: (d, $) => $.cur[d.period] === 1, q: (d, $) => $.prior[d.period] === 1 });
  const sums = {
    cv: (d) => op.sum(d.c ? d.value : null), cs: (d) => op.sum(d.c && d.value !== null ? 1 : 0),
    cm: (d) => op.sum(d.c && d.value === null ? 1 : 0),
    pv: (d) => op.sum(d.q ? d.value : null), ps: (d) => op.sum(d.q && d.value !== null ? 1 : 0),
    pm: (d) => op.sum(d.q && d.value === null ? 1 : 0),
  };
  const byProductTable = base.filter((d, $) => !$.pagg[d.partner]).groupby('flow', 'product').rollup(sums);
  const byPartnerTable = base.filter((d, $) => !$.kagg[d.product]).groupby('flow', 'partner').rollup(sums);
  const toGroups = (table, key, items, positions) => {
    const groups = emptyGroups(p.flowIds.length, items);
    for (const o of table.objects()) {
      const g = groups[p.flows[o.flow] * items + positions[o[key]]];
      g[2] = o.cv ?? 0; g[3] = o.cs; g[4] = o.cm; g[5] = o.pv ?? 0; g[6] = o.ps; g[7] = o.pm;
    }
    return groups;
  };
  return finish(p, toGroups(byProductTable, 'product', p.productIds.length, p.products),
    toGroups(byPartnerTable, 'partner', p.partnerIds.length, p.partners));
}

/** d3-array: JSON.parse, then d3.rollup over the row arrays, keyed by flow, item and year. */
export function d3Array(bytes, request) {
  const doc = JSON.parse(bytes.toString('utf8'));
  const p = plan(doc, request);
  const volumes = doc.observations.filter((r) => r[4] === 'volume' && (p.cur[r[3]] === 1 || p.prior[r[3]] === 1));
  const expanded = [];
  for (const r of volumes) {
    if (p.cur[r[3]] === 1) expanded.push([r, 2]);
    if (p.prior[r[3]] === 1) expanded.push([r, 5]);
  }
  const reduce = (v) => [d3.sum(v, (e) => e[0][5]), d3.count(v, (e) => e[0][5]), v.length - d3.count(v, (e) => e[0][5])];
  const group = (rows, column, items, positions) => {
    const groups = emptyGroups(p.flowIds.length, items);
    const nested = d3.rollup(rows, reduce, (e) => e[0][0], (e) => e[0][column], (e) => e[1]);
    for (const [flow, byItem] of nested) {
      for (const [item, bySlot] of byItem) {
        const g = groups[p.flows[flow] * items + positions[item]];
        for (const [slot, [sum, stated, missing]] of bySlot) {
          g[slot] = sum; g[slot + 1] = stated; g[slot + 2] = missing;
        }
      }
    }
    return groups;
  };
  return finish(p,
    group(expanded.filter((e) => !p.partnerAggregate[e[0][2]]), 1, p.productIds.length, p.products),
    group(expanded.filter((e) => !p.productAggregate[e[0][1]]), 2, p.partnerIds.length, p.partners));
}

/** '' when two digests agree (counts and partner lists exactly, sums to 1e-9 relative). */
export function compareDigests(a, b) {
  const close = (x, y) => (x === null || y === null ? x === y : Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y)));
  for (const key of ['by_product', 'by_partner']) {
    if (a[key].length !== b[key].length) return `${key}: ${a[key].length} groups against ${b[key].length}`;
    for (let i = 0; i < a[key].length; ++i) {
      const g = a[key][i];
      const h = b[key][i];
      for (let k = 0; k < 9; ++k) {
        if (!close(g[k], h[k])) return `${key}[${i}][${k}]: ${g[k]} against ${h[k]}`;
      }
    }
  }
  for (let f = 0; f < a.top.length; ++f) {
    const [t, u] = [a.top[f], b.top[f]];
    if (!close(t[1], u[1]) || t[2] !== u[2] || t[3].join() !== u[3].join() || !close(t[4], u[4]) || !close(t[5], u[5])) {
      return `top[${f}]: ${JSON.stringify(t)} against ${JSON.stringify(u)}`;
    }
  }
  return '';
}
