#include "cachestatusline.h"

#include "elidedlabel.h"
#include "statusbarlabel.h"
#include "util/readerdates.h"

#include <QDateTime>
#include <QLocale>

using proofdesk::itemmodels::CacheSummary;

CacheStatusLine::CacheStatusLine(const QString &databasePath, const QString &dataDir, QWidget *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_summary(new StatusBarLabel(parent))
    , m_folder(new ElidedLabel(parent))
{
    m_summary->setObjectName(QStringLiteral("cacheSummary"));
    m_summary->setAccessibleDescription(tr("Cache contents"));
    m_folder->setAccessibleDescription(tr("Data folder"));
    // A long path is cut in its middle: the role switcher beside it stays on screen.
    m_folder->setElideMode(Qt::ElideMiddle);
    m_folder->setText(tr("Data: %1").arg(dataDir));
}

QString CacheStatusLine::summaryText() const { return m_summary->fullText(); }

void CacheStatusLine::reload()
{
    proofdesk::itemmodels::loadCacheSummary(m_databasePath, this, [this](CacheSummary s) {
        show(s);
        emit read(s);
    });
}

void CacheStatusLine::show(const CacheSummary &s)
{
    QString text = s.error.isEmpty()
                       ? tr("%1 communications from %n repository(ies) in the cache", nullptr, int(s.repositories))
                             .arg(QLocale().toString(s.communications))
                       : tr("The cache cannot be read: %1").arg(s.error);
    if (s.rebuilt) // every look at it says why it holds so little, until a sync fills it (#44 item 5)
        text += QLatin1String(" — ")
                + tr("started again on %1 because the one before it was damaged; "
                     "it fills again at the next sync")
                      .arg(proofdesk::util::readerDateTime(QDateTime::fromMSecsSinceEpoch(s.rebuilt->rebuiltAt)));
    m_summary->setText(text);
}
