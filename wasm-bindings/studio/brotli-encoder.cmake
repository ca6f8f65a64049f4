# Debian's libbrotli encoder, compiled for the studio's module: the studio's .br copies must be
# byte for byte the CLI's (issue #14), which come from the installed libbrotli; brotli's port to
# Rust (npm brotli-wasm, used before) chose differently on 6 of the bundle's 14 files, at any
# quality. scripts/fetch-brotli-source.sh (run by `make setup` and `make wasm`) puts the sources
# of the installed libbrotli's version into build/third_party/brotli; they are not in the
# repository. Only the encoder and what it shares with the decoder (c/enc, c/common), at -O2.
# The readers' module (trade_widget) does not link it.
set(TW_BROTLI_SOURCE_DIR ${PROJECT_SOURCE_DIR}/build/third_party/brotli
    CACHE PATH "Debian's brotli sources (scripts/fetch-brotli-source.sh)")
if(NOT EXISTS ${TW_BROTLI_SOURCE_DIR}/c/enc/encode.c)
  message(FATAL_ERROR "${TW_BROTLI_SOURCE_DIR} has no brotli sources: run `make setup`")
endif()
enable_language(C)
file(GLOB TW_BROTLI_ENCODER_SOURCES ${TW_BROTLI_SOURCE_DIR}/c/common/*.c ${TW_BROTLI_SOURCE_DIR}/c/enc/*.c)
add_library(tw_brotli_encoder STATIC ${TW_BROTLI_ENCODER_SOURCES})
target_include_directories(tw_brotli_encoder SYSTEM PUBLIC ${TW_BROTLI_SOURCE_DIR}/c/include)
# As Debian's build of it (brotli's CMakeLists.txt finds log2 in glibc): the encoder's cost model
# uses log2, and a different formula could change its choices, hence its bytes.
target_compile_definitions(tw_brotli_encoder PRIVATE BROTLI_HAVE_LOG2=1 OS_LINUX)
target_compile_options(tw_brotli_encoder PRIVATE -O2)
# literal_cost.c at -O0: clang (emscripten's, and Debian's clang 14 natively) computes other
# literal costs there at -O1 and above than at -O0, and gcc's -O2 build (Debian's libbrotli)
# computes them as clang's -O0 does (measured 2026-12-01: every cost of the bundled dataset's
# JSON differed, e.g. 6.6206 against 6.4806 for its first byte; UBSan reports nothing). The
# other costs lead to other choices, so other bytes (standalone.html's .br: 182,668 bytes against
# the CLI's 182,503). Found by compiling each file at -O0 in turn; this file alone makes the
# difference. A transcription of that function into Python gives gcc's and clang -O0's costs
# (6.4806), so clang's optimised build is the odd one; not understood further (brotli's
# maintainers say quality 10-11 output can depend on the compiler: google/brotli issue #935).
# The file is one linear pass, the cheap part of quality 11.
set_source_files_properties(${TW_BROTLI_SOURCE_DIR}/c/enc/literal_cost.c PROPERTIES COMPILE_OPTIONS -O0)
