# Unity builds (CMAKE_UNITY_BUILD, on in the presets: CMakeLists.txt) put up to eight sources of a
# target into one translation unit. Compiled alone instead:
# - a source that defines a file-local tr() (its own translation context, for lupdate): two in
#   one unit would be the same function defined twice. Found by what it says, so nobody keeps a
#   list;
# - the sources the lean proofdesk-cli takes (app/cli/CMakeLists.txt): it links the layers'
#   static libraries with --as-needed and so loads a library only when an object it takes calls
#   it; a unit it took for one source would bring the references of the other seven, and theirs
#   (QtGui, QtNetwork, the keychain, OpenSSL: tst_cli_lean checks what it loads).
set(PROOFDESK_COMPILED_ALONE "^QString tr\\(const char")

function(proofdesk_unity_exclusions target)
  get_target_property(dir ${target} SOURCE_DIR)
  get_target_property(sources ${target} SOURCES)
  foreach(source ${sources})
    if(NOT source MATCHES "\\.cpp$")
      continue()
    endif()
    if(IS_ABSOLUTE ${source})
      set(path ${source})
    else()
      set(path ${dir}/${source})
    endif()
    file(STRINGS ${path} alone REGEX "${PROOFDESK_COMPILED_ALONE}" LIMIT_COUNT 1)
    if(alone)
      set_source_files_properties(${path} TARGET_DIRECTORY ${target} PROPERTIES SKIP_UNITY_BUILD_INCLUSION ON)
    endif()
  endforeach()
endfunction()

# `sources` of `target` (relative to its folder) compiled alone in a unity build.
function(proofdesk_compile_alone target)
  get_target_property(dir ${target} SOURCE_DIR)
  foreach(source ${ARGN})
    set_source_files_properties(${dir}/${source} TARGET_DIRECTORY ${target} PROPERTIES SKIP_UNITY_BUILD_INCLUSION ON)
  endforeach()
endfunction()
