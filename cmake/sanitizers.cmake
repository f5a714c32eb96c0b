# Sanitizer and fuzzing builds (CMakePresets.json: "asan" in build-asan, "fuzz" in build-fuzz).
#
# PROOFDESK_SANITIZERS: a -fsanitize= list (e.g. "address,undefined") for every target, compile
# and link, with frame pointers kept (readable stacks) and undefined behaviour fatal (a test
# fails instead of printing a warning nobody reads).
# PROOFDESK_BUILD_FUZZERS: the libFuzzer targets of tests/fuzz, clang only. Everything else is
# then compiled with -fsanitize=fuzzer-no-link too, so that the coverage the fuzzer steers by
# reaches into proofdesk_models; only the fuzz executables link the fuzzer's main().
include_guard(GLOBAL)

set(PROOFDESK_SANITIZERS "" CACHE STRING "Sanitizers for every target, e.g. address,undefined (empty: none)")
option(PROOFDESK_BUILD_FUZZERS "Build the libFuzzer targets of tests/fuzz (clang only)" OFF)

if(PROOFDESK_BUILD_FUZZERS)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "PROOFDESK_BUILD_FUZZERS needs clang (libFuzzer): cmake --preset fuzz")
  endif()
  if(NOT PROOFDESK_SANITIZERS)
    set(PROOFDESK_SANITIZERS "address,undefined")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()

if(PROOFDESK_SANITIZERS)
  add_compile_options(-fsanitize=${PROOFDESK_SANITIZERS} -fno-omit-frame-pointer
                      -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=${PROOFDESK_SANITIZERS})
  # _FORTIFY_SOURCE's checked copies (__memcpy_chk …) are not seen by AddressSanitizer, which
  # checks the same and more: hardening.cmake leaves it out.
  set(PROOFDESK_NO_FORTIFY ON)
endif()
