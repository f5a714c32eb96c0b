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

# A target built as in a release even in a sanitizer build: its -fsanitize= options taken out.
# For proofdesk-pdftext: the parent bounds it with an address-space limit (RLIMIT_AS), and
# AddressSanitizer reserves terabytes of address space for its shadow at start, so an
# instrumented helper died (SIGABRT) before it read a single PDF. Its own code is a few lines
# around QtPdf, which is not instrumented either.
function(proofdesk_without_sanitizers target)
  foreach(property COMPILE_OPTIONS LINK_OPTIONS)
    get_target_property(options ${target} ${property})
    if(options)
      list(FILTER options EXCLUDE REGEX "^-fsanitize")
      set_target_properties(${target} PROPERTIES ${property} "${options}")
    endif()
  endforeach()
endfunction()
