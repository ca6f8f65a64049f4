# The core's pipeline stages, lowest first: each folder of core/src/ includes only the folders
# before it in this list (scripts/check-stages.sh checks it; docs/architecture.md explains it).
# Listed rather than globbed recursively, so that a new folder is a decision, not an accident.
set(TW_CORE_STAGES . data query text narrative chart view)

# TW_CORE_SOURCES: every core source, stage by stage (one plain glob per listed folder).
set(TW_CORE_SOURCES)
foreach(stage ${TW_CORE_STAGES})
  file(GLOB stage_sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/src/${stage}/*.cpp)
  list(APPEND TW_CORE_SOURCES ${stage_sources})
endforeach()

# The charts' default stylesheet has one source, core/src/chart/chart-theme.css; the core embeds
# it as a string generated here at build (the page's stylesheet bundles the same file).
set(TW_CHART_THEME_CSS ${CMAKE_CURRENT_LIST_DIR}/src/chart/chart-theme.css)
set(TW_GENERATED_INCLUDE ${CMAKE_BINARY_DIR}/generated-include)
set_property(DIRECTORY ${CMAKE_CURRENT_LIST_DIR} APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${TW_CHART_THEME_CSS})
file(READ ${TW_CHART_THEME_CSS} TW_CHART_THEME_TEXT)
string(FIND "${TW_CHART_THEME_TEXT}" ")css\"" TW_THEME_DELIMITER)
if(NOT TW_THEME_DELIMITER EQUAL -1)
  message(FATAL_ERROR "${TW_CHART_THEME_CSS} must not contain )css\" (it ends the generated raw string)")
endif()
file(CONFIGURE OUTPUT ${TW_GENERATED_INCLUDE}/chart/chart_theme_css.h CONTENT
"// Generated at configure time from core/src/chart/chart-theme.css: edit that file, not this one.
#pragma once
namespace tw::generated {
inline constexpr const char chart_theme_css[] = R\"css(${TW_CHART_THEME_TEXT})css\";
}
" @ONLY)
