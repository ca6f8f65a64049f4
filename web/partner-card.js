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
    const where = (label) => t(lang, c.flow === 'import' ? 'fromPartner' : 'toPartner', label);
    if (c.partner) {
      // The card is about one partner: its title says so, and its source closes it.
      const title = where(c.partnerLabel);
      item.querySelector('.tw-card-title').append(' ', el('span', { class: 'tw-card-partner' },
        lang === 'en' ? title.charAt(0).toLowerCase() + title.slice(1) : title));
      if (c.share && c.share.present) {
        item.append(line(t(lang, 'shareOfFlow'), figure(lang, c.share, 'tw-share'), impliedBadge(lang, c.share)));
      }
      const cited = [c.yoy, c.volume, c.share].find((f) => f && f.present && f.source);
      if (cited) item.append(el('p', { class: 'tw-card-line' }, citation(lang, cited)));
    }
    for (const p of c.partnerChanges || []) {
      item.append(line(where(p.partnerLabel), p.volume ? [figure(lang, p.volume, 'tw-volume'), ' '] : null,
        change(lang, p.yoy), impliedBadge(lang, p.yoy), citation(lang, p.yoy)));
    }
  }

  TW.partnerCard = { extend, citation };
})(window.TW = window.TW || {});
