#include "syncstatus.h"

#include "repositoriesmodel.h"
#include "sync/repositorysettings.h"
#include "synccontroller.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTimer>
#include <QToolButton>

SyncStatus::SyncStatus(SyncController *sync, QWidget *parent)
    : QWidget(parent)
    , m_sync(sync)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
    , m_offline(new QLabel(this))
{
    setObjectName(QStringLiteral("syncStatus"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_label->setAccessibleDescription(tr("Sync"));
    m_bar->setObjectName(QStringLiteral("syncProgress"));
    m_bar->setAccessibleName(tr("Sync progress"));
    m_bar->setFixedWidth(180);
    m_bar->setMaximumHeight(16);
    m_bar->setTextVisible(false);
    m_cancel->setObjectName(QStringLiteral("cancelSync"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel the sync"));
    m_cancel->setToolTip(tr("Stop the sync after the page being written; what was synced is kept"));
    m_cancel->setAutoRaise(true);
    m_offline->setObjectName(QStringLiteral("offlineIndicator"));
    m_offline->setAccessibleDescription(tr("Repository status"));
    m_offline->setStyleSheet(QStringLiteral("QLabel { color: #ffffff; background: #b03020; border-radius: 3px; "
                                            "padding: 1px 6px; }"));
    layout->addWidget(m_offline);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    m_label->hide();
    m_bar->hide();
    m_cancel->hide();
    connect(m_cancel, &QToolButton::clicked, m_sync, &SyncController::cancel);
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        m_label->setText(tr("Cancelling…"));
        m_cancel->setEnabled(false);
    });
    connect(m_sync, &SyncController::started, this, &SyncStatus::onStarted);
    connect(m_sync, &SyncController::repositoryStarted, this, [this](const QString &name) {
        m_repository = name;
        m_label->setText(tr("Syncing %1…").arg(name));
    });
    connect(m_sync, &SyncController::waitingForTurn, this, [this](const QString &name) {
        m_label->setText(tr("Waiting for another sync of %1 to finish…").arg(name));
    });
    connect(m_sync, &SyncController::progress, this, &SyncStatus::onProgress);
    connect(m_sync, &SyncController::finished, this, &SyncStatus::onFinished);
    refreshOffline();
}

void SyncStatus::onStarted()
{
    m_label->setText(tr("Syncing…"));
    m_bar->setRange(0, 0); // busy until the size is known
    m_cancel->setEnabled(true);
    m_label->show();
    m_bar->show();
    m_cancel->show();
}

void SyncStatus::onProgress(qint64 records, qint64 bytes, qint64 pages, qint64 bytesTotal)
{
    if (bytesTotal > 0) {
        m_bar->setRange(0, 100);
        m_bar->setValue(int(qBound(qint64(0), bytes * 100 / bytesTotal, qint64(100))));
    }
    if (m_cancel->isEnabled())
        m_label->setText(tr("Syncing %1:", nullptr).arg(m_repository) + QLatin1Char(' ')
                         + tr("%Ln record(s)", nullptr, int(records)) + QLatin1String(", ")
                         + tr("%Ln page(s)", nullptr, int(pages)));
}

void SyncStatus::onFinished(bool ok, const QString &message)
{
    const bool cancelled = !m_cancel->isEnabled();
    m_bar->hide();
    m_cancel->hide();
    // The outcome stays readable for a while; the full message is its tooltip, and the
    // offline indicator keeps each repository's error.
    m_label->setText(ok ? message : cancelled ? tr("Sync cancelled") : tr("Sync failed"));
    m_label->setToolTip(message);
    QTimer::singleShot(10000, m_label, [this] {
        if (!m_sync->isRunning())
            m_label->hide();
    });
    refreshOffline();
}

void SyncStatus::refreshOffline()
{
    QStringList offline, details;
    try {
        for (const auto &r : proofdesk::sync::listRepositories(m_sync->databasePath())) {
            if (!r.info.offlineSince)
                continue;
            offline << r.info.name;
            details << tr("%1 — %2\n%3").arg(r.info.name, RepositoriesModel::statusText(r.info), r.info.lastError);
        }
    } catch (const std::exception &) {
        // The main window reports an unreadable cache; the indicator just stays hidden.
    }
    m_offline->setText(offline.size() == 1 ? tr("Offline: %1").arg(offline.first())
                                           : tr("%n repositories offline", nullptr, int(offline.size())));
    m_offline->setToolTip(tr("The last sync failed; the cache keeps working with what was synced before.\n\n%1")
                              .arg(details.join(QStringLiteral("\n\n"))));
    m_offline->setAccessibleDescription(m_offline->toolTip());
    m_offline->setVisible(!offline.isEmpty());
}
