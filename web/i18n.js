// The strings the page writes itself, in English and Simplified Chinese: loading and error
// messages. Everything else the reader sees (controls, cards, table, footer, figures, sentences)
// is written by the core (core/src/view/page_text.cpp and the narrative).
(function (TW) {
  'use strict';

  const strings = {
    en: {
      loading: 'Loading the interactive chart…',
      noWasm: 'This browser cannot run the interactive version: what is shown is the default view.',
      chartUnavailable: 'The chart cannot be drawn:',
      errorData: 'This dataset cannot be shown',
      errorFetch: 'The dataset could not be loaded',
      errorDataUrl: 'This dataset address is not allowed',
      errorDataUrlText: 'Only a dataset on this site can be loaded (a relative address such as data/other.json).',
      errorStart: 'The widget could not start',
      errorCsp: 'The site\'s Content-Security-Policy blocks WebAssembly: its script-src needs \'wasm-unsafe-eval\'.',
      errorView: 'This view cannot be shown',
      errorFile: 'File',
      lineColumn: (l, c) => 'line ' + l + (c ? ', column ' + c : ''),
    },
    zh: {
      loading: '正在加载交互图表…',
      noWasm: '此浏览器无法运行交互版本，显示的是默认视图。',
      chartUnavailable: '无法绘制图表：',
      errorData: '无法显示此数据集',
      errorFetch: '无法加载数据集',
      errorDataUrl: '不允许使用此数据集地址',
      errorDataUrlText: '只能加载本网站上的数据集（相对地址，例如 data/other.json）。',
      errorStart: '组件无法启动',
      errorCsp: '本网站的内容安全策略（CSP）禁止运行WebAssembly：script-src需要包含\'wasm-unsafe-eval\'。',
      errorView: '无法显示此视图',
      errorFile: '文件',
      lineColumn: (l, c) => '第' + l + '行' + (c ? '第' + c + '列' : ''),
    },
  };

  /** 'zh' for any Chinese tag (zh, zh-CN, zh-Hans, zh-TW…), 'en' for English, else null. */
  function normalize(tag) {
    if (typeof tag !== 'string') return null;
    const t = tag.trim().toLowerCase();
    if (t === 'zh' || t.startsWith('zh-')) return 'zh';
    if (t === 'en' || t.startsWith('en-')) return 'en';
    return null;
  }

  /** The first supported language among the candidates (in order), else English. */
  function pick(candidates) {
    for (const c of candidates) {
      const lang = normalize(c);
      if (lang) return lang;
    }
    return 'en';
  }

  TW.i18n = {
    languages: ['en', 'zh'],
    normalize,
    pick,
    /** BCP 47 tag for the lang attribute. */
    tag: (lang) => (lang === 'zh' ? 'zh-Hans' : 'en'),
    /** A string, or a function of the params. Missing keys show the key, never undefined. */
    t(lang, key, ...params) {
      const s = (strings[lang] || strings.en)[key];
      if (typeof s === 'function') return s(...params);
      return s === undefined ? key : s;
    },
  };
})(window.TW = window.TW || {});
