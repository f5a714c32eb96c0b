// Linked into every test executable (proofdesk_add_test, an object library so that the
// linker cannot drop it): QStandardPaths test mode before main() runs, whatever main is
// (QTEST_MAIN, QTEST_GUILESS_MAIN, QTEST_APPLESS_MAIN or a custom one). Settings, data and
// caches then go to ~/.qttest, never to the user's ~/.config or ~/.local.
#include <QStandardPaths>

namespace {

const bool kTestModeEnabled = [] {
    QStandardPaths::setTestModeEnabled(true);
    return true;
}();

} // namespace
