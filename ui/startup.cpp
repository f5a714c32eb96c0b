#include "startup.h"

#include "importrunner.h"
#include "itemmodels/cachestatus.h"
#include "messagebox.h"
#include "quitonsignal.h"

#include <QCoreApplication>
#include <QDir>

Startup::Startup(const QString &databasePath, const QString &dataDir)
    : m_databasePath(databasePath)
    , m_dataDir(dataDir)
{}

bool Startup::needsFirstRun() const
{
    const auto summary = proofdesk::itemmodels::readCacheSummary(m_databasePath);
    return summary.error.isEmpty() && !summary.hasRepositories;
}

QString Startup::demoDropPath() const { return QDir(m_dataDir).filePath(QStringLiteral("demo-drop")); }

bool Startup::runFirstRun(QWidget *parent)
{
    proofdesk::demo::DemoOptions options;
    options.count = kDemoCount;
    options.seed = kDemoSeed;
    const ImportOutcome outcome = ImportRunner(m_databasePath, m_dataDir).run(parent, demoDropPath(), options);
    // The import claims the new data folder for its first user (every role, audited), so that
    // every part of the client can be tried: services::ImportJob, as `proofdesk-cli import`.
    if (outcome.ok)
        return true;
    if (terminationRequested())
        return false; // the session is ending: no box for a person who is gone
    const QString title = QCoreApplication::translate("Startup", "Demo archive");
    if (outcome.cancelled) {
        MessageBox::information(parent, title,
                                QCoreApplication::translate("Startup", "The demo archive was not completed. "
                                                                       "Use File > Import Drop… to import it or a drop "
                                                                       "of your own.\n\n%1")
                                    .arg(outcome.message));
    } else {
        MessageBox::critical(parent, title,
                             QCoreApplication::translate("Startup", "The demo archive could not be prepared.\n\n%1")
                                 .arg(outcome.message));
    }
    return false;
}
