# A Debian package of the two executables: `cd build && cpack -G DEB` writes
# proofdesk_<version>-1_<arch>.deb (install it with `apt-get install ./proofdesk_*.deb` so that
# its dependencies resolve) and proofdesk-dbgsym_<version>-1_<arch>.ddeb with the debug symbols.
# What goes in is what the install() rules say (app/cli, app/desktop, app/pdftext):
# /usr/bin/proofdesk, /usr/bin/proofdesk-cli (search, show and stats in a lean process),
# /usr/bin/proofdesk-cli-full (every other command; proofdesk-cli execs it from its own folder),
# /usr/bin/proofdesk-pdftext (the bounded PDF text reader both start), the .desktop file, the
# AppStream metadata and the icon. The
# translations are compiled into the proofdesk executable (:/i18n, see app/desktop).
include_guard(GLOBAL)

set(PROOFDESK_PACKAGE_MAINTAINER "Proofdesk maintainers <packaging@proofdesk.io>"
    CACHE STRING "The Maintainer field of the Debian package")

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "proofdesk")
set(CPACK_PACKAGE_VENDOR "Proofdesk")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "${PROOFDESK_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# The long description, wrapped for the control file (CPack indents it and turns blank lines into " .").
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
  "Proofdesk finds a customer communication (a statement, policy document,"
  "claim letter or notice) and proves what was sent: the document as sent with"
  "its SHA-256 fixity, its delivery, and the approved template version that"
  "produced it."
  ""
  "It keeps a local SQLite cache synchronized with the repositories that hold"
  "the communications (CMIS, ArchivesSpace, drops, workflow and delivery"
  "feeds), so that search is instant and work goes on offline; legal holds,"
  "reissues, retention and a hash-chained audit trail are kept beside it."
  ""
  "The package holds the desktop client (proofdesk) and the command-line client"
  "(proofdesk-cli).")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES OFF) # the symbols go to the -dbgsym package instead

set(CPACK_DEBIAN_PACKAGE_NAME "proofdesk")
set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT") # proofdesk_0.1.0-1_amd64.deb
set(CPACK_DEBIAN_PACKAGE_RELEASE "1")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${PROOFDESK_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://proofdesk.io")
# Library dependencies come from dpkg-shlibdeps (package dpkg-dev). Plugins are loaded, not
# linked, so they are named here: the SVG icon engine for the icons in the resources.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6")
# Qt's own translations (QLibraryInfo::TranslationsPath), the Wayland platform, and the
# desktop integration plugins (GTK theme, portals).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_DEBUGINFO_PACKAGE ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")
set(CPACK_THREADS 0) # xz on every core: the -dbgsym package is large

include(CPack)
