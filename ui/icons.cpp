#include "icons.h"

#include <QApplication>
#include <QStyle>

namespace icons {

QIcon app() { return QIcon(QStringLiteral(":/icons/proofdesk.svg")); }

QIcon held() { return QIcon(QStringLiteral(":/icons/held.svg")); }

QIcon fixity(const QString &state)
{
    if (state == QLatin1String("verified"))
        return QIcon(QStringLiteral(":/icons/fixity-verified.svg"));
    if (state == QLatin1String("failed"))
        return QIcon(QStringLiteral(":/icons/fixity-failed.svg"));
    return QIcon(QStringLiteral(":/icons/fixity-missing.svg"));
}

QIcon themed(const QString &name, int standardPixmap)
{
    return QIcon::fromTheme(name, QApplication::style()->standardIcon(QStyle::StandardPixmap(standardPixmap)));
}

} // namespace icons
