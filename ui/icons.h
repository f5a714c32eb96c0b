#pragma once

#include <QIcon>
#include <QString>

// The application's own icons (resources/icons, compiled in) and theme icons with fallbacks.
namespace icons {

QIcon app();
QIcon held();
// A reissue requested and not fulfilled yet.
QIcon reissuePending();
// In a repository, not in the cache (Search the Repositories Too).
QIcon remote();
// "verified", "failed" or "missing".
QIcon fixity(const QString &state);
// A freedesktop theme icon, or `fallback` (a standard pixmap) where the theme has none.
QIcon themed(const QString &name, int standardPixmap);

} // namespace icons
