#include "icons.h"

#include <QApplication>
#include <QHash>
#include <QStyle>

namespace icons {

namespace {

// Each QIcon made from a file has an engine of its own, and Qt's SVG engine files the pixmaps
// it draws under that engine's serial number in the global pixmap cache, where an icon of
// 16x16 costs nothing and is never evicted. Made per painted cell, the results list grew by
// hundreds of MB over a long scroll. One icon per file, made once, is drawn from the cache.
QIcon fromResource(const QString &path)
{
    static QHash<QString, QIcon> made; // the GUI thread's; a handful of entries
    auto it = made.find(path);
    if (it == made.end())
        it = made.insert(path, QIcon(path));
    return *it;
}

} // namespace

QIcon app() { return fromResource(QStringLiteral(":/icons/proofdesk.svg")); }

QIcon held() { return fromResource(QStringLiteral(":/icons/held.svg")); }

QIcon reissuePending() { return fromResource(QStringLiteral(":/icons/reissue-pending.svg")); }

QIcon remote() { return fromResource(QStringLiteral(":/icons/remote.svg")); }

QIcon fixity(const QString &state)
{
    if (state == QLatin1String("verified"))
        return fromResource(QStringLiteral(":/icons/fixity-verified.svg"));
    if (state == QLatin1String("failed"))
        return fromResource(QStringLiteral(":/icons/fixity-failed.svg"));
    return fromResource(QStringLiteral(":/icons/fixity-missing.svg"));
}

QIcon themed(const QString &name, int standardPixmap)
{
    return QIcon::fromTheme(name, QApplication::style()->standardIcon(QStyle::StandardPixmap(standardPixmap)));
}

} // namespace icons
