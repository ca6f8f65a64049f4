// One main for the native and the wasm test binary (Debian's Catch2WithMain is host-only).
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
