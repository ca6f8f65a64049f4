// What cards add about partners: the chosen partner's share, and in the world view each partner
// change a source gives ("To United States ▼ −24.0%  Antaike [18][21]"), so that the story's
// partner findings show without opening the table.
(function (TW) {
  'use strict';
  const { el } = TW.dom;
  const t = (lang, key, ...p) => TW.i18n.t(lang, key, ...p);

  /** "Antaike, [18][21]": who says it and where. */
  function citation(lang, f) {
    const s = f.source || {};
    const who = s.author || s.publisher;
    if (!who) return null;
    const ref = f.ref ? (lang === 'zh' ? '，' : ', ') + f.ref : '';
    return el('span', { class: 'tw-cite' }, ' ', lang === 'zh' ? '（' : '(', who, ref, lang === 'zh' ? '）' : ')');
  }

  function extend(item, lang, c, { line, change, figure, impliedBadge }) {
    if (c.partner && c.share && c.share.present) {
      item.append(line(t(lang, 'shareOfFlow'), figure(lang, c.share, 'tw-share'), impliedBadge(lang, c.share)));
    }
    for (const p of c.partnerChanges || []) {
      const where = t(lang, c.flow === 'import' ? 'fromPartner' : 'toPartner', p.partnerLabel);
      item.append(line(where, p.volume ? [figure(lang, p.volume, 'tw-volume'), ' '] : null,
        change(lang, p.yoy), impliedBadge(lang, p.yoy), citation(lang, p.yoy)));
    }
  }

  TW.partnerCard = { extend, citation };
})(window.TW = window.TW || {});
