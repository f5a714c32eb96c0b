# Unity builds (CMAKE_UNITY_BUILD, on in the presets: CMakeLists.txt) put up to eight sources of a
# target into one translation unit. Two kinds of source are compiled alone instead, each found
# by what it says, so that nobody keeps a list:
# - one that defines a file-local tr() (its own translation context, for lupdate): two in one
#   unit would be the same function defined twice;
# - one that includes a header of a library the lean command line must not load (QtGui, QtPdf,
#   QtNetwork, QtDBus, libpq, OpenSSL, the keychain, zip: app/cli/CMakeLists.txt). proofdesk-cli
#   links the layers' static libraries with --as-needed and so loads a library only when an
#   object it takes calls it; an object it needs must not share a unit with such a source
#   (tst_cli_lean checks what it loads).
# And the sources proofdesk-cli takes are compiled alone (app/cli/CMakeLists.txt): a unit it took
# for one of them would bring the references of the other seven, and theirs.
set(PROOFDESK_COMPILED_ALONE
    "^QString tr\\(const char|^#include <(Q(Image|Painter|Pdf|Network|Ssl|Text(Document|Cursor|Layout|Option|Format)|Font|Color|Gui|Page(Size|Layout|Ranges)|Pixmap|Icon|Pen|Brush|Transform|Polygon|Region|AbstractTextDocumentLayout|Tcp|Udp|HostAddress|HostInfo|Dns|Authenticator|LocalSocket|LocalServer|DBus)|openssl/|libpq|qt6keychain/|quazip|JlCompress|zlib)")

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
