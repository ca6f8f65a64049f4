#include "view/page_text.h"

#include <cstring>

namespace tw::detail {

namespace {

struct Entry {
  const char* key;
  const char* en;
  const char* zh;
};

// Kept in the order the page shows them.
constexpr Entry kText[] = {
    {"controls", "Choose what to show", "选择显示内容"},
    {"flow", "Flow", "贸易流向"},
    {"flowImport", "Imports", "进口"},
    {"flowExport", "Exports", "出口"},
    {"flowBoth", "Both", "进出口"},
    {"products", "Products", "产品"},
    {"view", "View", "视图"},
    {"viewVolumes", "Volumes", "数量"},
    {"viewYoy", "Year on year", "同比变化"},
    {"viewShares", "Partner shares", "伙伴占比"},
    {"viewMonthly", "Monthly", "月度"},
    {"period", "Period", "时期"},
    {"periodGroupYear", "Full years", "全年"},
    {"periodGroupPart", "Parts of a year", "年内累计"},
    {"periodGroupMonth", "Months", "月度"},
    {"partner", "Partner", "伙伴"},
    {"partnerAll", "All partners (world)", "全部伙伴（全球）"},
    {"keyPoints", "The story's key points", "文章要点"},
    {"largestReported", "Largest of those reported", "已报告伙伴中最大"},
    {"othersNotReported", "others not reported", "其他伙伴未报告"},
    {"shareOfFlow", "Share of the flow", "所占份额"},
    {"downloadPng", "PNG image", "PNG图片"},
    {"downloadSvg", "SVG image", "SVG图片"},
    {"downloadImageHint", "The current chart as an image, with its title, notes and sources",
     "以图片下载当前图表，含标题、注释和来源"},
    {"otherLanguage", "中文", "English"},
    {"otherLanguageName", "Switch to Chinese", "切换到英文"},
    {"otherLanguageCode", "zh-Hans", "en"},
    {"keyFigures", "Key figures", "关键数据"},
    {"volume", "Volume", "数量"},
    {"yoy", "Year on year", "同比"},
    {"topPartner", "Top partner", "最大伙伴"},
    {"implied", "implied", "推算"},
    {"chartUnavailable", "The chart cannot be drawn:", "无法绘制图表："},
    {"chartPrevious", "Previous chart", "上一张图表"},
    {"chartNext", "Next chart", "下一张图表"},
    {"noChartData", "No figures for this selection in this view.", "此视图下所选内容没有数据。"},
    {"tableSummary", "Table of the figures", "数据表"},
    {"tableShort", "Table", "数据表"},
    {"tableCaptionMonthly", "Monthly figures for the current selection", "当前所选的月度数据"},
    {"colProduct", "Product", "产品"},
    {"colFlow", "Flow", "流向"},
    {"colPartner", "Partner", "伙伴"},
    {"colPeriod", "Period", "时期"},
    {"colMeasure", "Measure", "指标"},
    {"colValue", "Value", "数值"},
    {"colSource", "Source", "来源"},
    {"measureVolume", "Volume", "数量"},
    {"measureYoy", "Change year on year", "同比变化"},
    {"measureShare", "Share of the flow", "所占份额"},
    {"sources", "Sources", "来源"},
    {"sourceLine", "Source:", "来源："},
    {"notes", "Notes", "注释"},
    {"download", "Download", "下载"},
    {"downloadCsv", "Download CSV", "下载CSV"},
    {"downloadCsvHint", "The table as a spreadsheet file", "以电子表格文件下载数据表"},
    {"noProducts", "Choose at least one product.", "请至少选择一种产品。"},
    {"ignoredSettings", "Some settings in the link were not recognised and were ignored:",
     "链接中的部分设置无法识别，已忽略："},
};

}  // namespace

const char* page_text(Lang lang, const std::string& key) {
  for (const Entry& e : kText) {
    if (key == e.key) return lang == Lang::zh ? e.zh : e.en;
  }
  static thread_local std::string unknown;
  unknown = key;
  return unknown.c_str();
}

std::string products_chosen(Lang lang, std::size_t on, std::size_t all) {
  if (lang == Lang::zh) {
    return on == all ? "全部" + std::to_string(all) + "种"
                     : std::to_string(on) + "/" + std::to_string(all) + "种";
  }
  return on == all ? "all " + std::to_string(all)
                   : std::to_string(on) + " of " + std::to_string(all);
}

std::string rows_count(Lang lang, std::size_t rows) {
  if (lang == Lang::zh) return std::to_string(rows) + "行";
  return std::to_string(rows) + (rows == 1 ? " row" : " rows");
}

std::string table_caption(Lang lang, const std::string& periods) {
  return (lang == Lang::zh ? "当前所选数据，" : "Figures for the current selection, ") + periods;
}

std::string implied_from(Lang lang, const std::string& from) {
  return (lang == Lang::zh ? "推算依据：" : "Implied: computed from ") + from;
}

std::string note_mark(Lang lang, const std::string& letter) {
  return (lang == Lang::zh ? " 注" : " note ") + letter;
}

std::string period_replaced(Lang lang, const std::string& asked, const std::string& shown) {
  if (lang == Lang::zh) return "所选内容在" + asked + "没有数据，现显示" + shown + "。";
  return "No figures for " + asked + " in this selection: " + shown + " is shown instead.";
}

std::string to_partner(Lang lang, bool import, const std::string& partner, bool lower) {
  if (lang == Lang::zh) return (import ? "自" : "对") + partner;
  return std::string(import ? (lower ? "from " : "From ") : (lower ? "to " : "To ")) + partner;
}

std::string charts_side_by_side(Lang lang, std::size_t n) {
  if (lang == Lang::zh) return std::to_string(n) + "张图表，可左右滑动";
  return std::to_string(n) + " charts side by side";
}

std::string key_points_more(Lang lang, std::size_t n) {
  if (lang == Lang::zh) return "文章其他要点（" + std::to_string(n) + "条）";
  return std::to_string(n) + " more " + (n == 1 ? "point" : "points") + " from the story";
}

}  // namespace tw::detail
