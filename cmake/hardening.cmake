# Hardening for every target, as Debian's dpkg-buildflags "hardening=+all" would do it:
# position-independent executables (PIE), stack protector, _FORTIFY_SOURCE, full RELRO
# (read-only relocations, all symbols bound at start). Check an installed binary with
#   readelf -h BIN | grep Type    -> DYN (PIE)
#   readelf -d BIN | grep FLAGS   -> BIND_NOW, FLAGS_1 NOW PIE
# or hardening-check BIN (package devscripts).
include_guard(GLOBAL)

include(CheckPIESupported)
check_pie_supported(OUTPUT_VARIABLE _pd_pie_output LANGUAGES CXX)
if(NOT CMAKE_CXX_LINK_PIE_SUPPORTED)
  message(WARNING "The linker cannot make position-independent executables:\n${_pd_pie_output}")
endif()
# Object code built -fPIE/-fPIC and executables linked -pie (policy CMP0083, NEW since 3.14).
set(CMAKE_POSITION_INDEPENDENT_CODE ON)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  add_compile_options(-fstack-protector-strong)
endif()
# _FORTIFY_SOURCE needs the optimizer (glibc warns and ignores it at -O0), so it is on for
# every optimized configuration. -U first: some toolchains predefine it. Not in a sanitizer
# build (sanitizers.cmake sets PROOFDESK_NO_FORTIFY): AddressSanitizer does not see the
# fortified copies.
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang" AND NOT PROOFDESK_NO_FORTIFY)
  add_compile_options("$<$<CONFIG:Release,RelWithDebInfo,MinSizeRel>:-U_FORTIFY_SOURCE>"
                      "$<$<CONFIG:Release,RelWithDebInfo,MinSizeRel>:-D_FORTIFY_SOURCE=2>")
endif()
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  add_link_options(LINKER:-z,relro LINKER:-z,now)
endif()
# A sanitizer build is for the tests, never shipped: its executables are linked without PIE.
# Its -O0 instrumented code carries millions of pointers (UndefinedBehaviorSanitizer's record of
# each check), which in a PIE are relocated at every start, each process touching the whole of
# its data; without PIE the linker resolves them once (docs/build.md).
if(PROOFDESK_SANITIZERS)
  set(CMAKE_CXX_LINK_OPTIONS_PIE -no-pie)
endif()
