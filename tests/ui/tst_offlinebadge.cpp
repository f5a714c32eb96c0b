// The status bar's "Offline" badge names repositories that are there: removing one that
// failed to sync takes its badge away, and its records leave the counts (issue 13).
#include "mainwindow.h"
#include "messagebox.h"
#include "recordsfixture.h"
#include "repositories/repositoriesdialog.h"
#include "repositories/synccontroller.h"
#include "repositories/syncstatus.h"
#include "sync/repositorysettings.h"

#include <QAction>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace proofdesk;

class TestOfflineBadge : public QObject
{
    Q_OBJECT

private slots:
    void removingAnOfflineRepositoryTakesItsBadgeAway();
};

void TestOfflineBadge::removingAnOfflineRepositoryTakesItsBadgeAway()
{
    QCoreApplication::setOrganizationName(QStringLiteral("proofdesk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_offlinebadge"));
    QSettings().clear();
    qputenv("USER", "ada");
    RecordsFixture f;
    f.grant(QStringLiteral("ada"), records::Role::Admin);
    sync::RepositoryDraft gone;
    gone.name = QStringLiteral("Gone");
    gone.kind = QStringLiteral("drop");
    gone.url = f.data.filePath(QStringLiteral("no-such-folder"));
    QVERIFY(sync::saveRepository(f.folder->databasePath(), gone, std::nullopt, false).repository);

    MainWindow window(f.folder->databasePath(), f.data.path());
    window.show();
    auto *sync = window.findChild<SyncController *>(QStringLiteral("syncController"));
    auto *status = window.findChild<SyncStatus *>();
    QVERIFY(sync && status);
    sync->setUseKeychain(false);
    QSignalSpy finished(sync, &SyncController::finished);
    QVERIFY(sync->syncNow());
    QVERIFY(finished.wait(10000));
    QVERIFY(status->offlineIndicator()->isVisible());

    window.findChild<QAction *>(QStringLiteral("repositories"))->trigger();
    auto *dialog = window.findChild<RepositoriesDialog *>();
    QVERIFY(dialog);
    QSignalSpy changed(dialog, &RepositoriesDialog::repositoriesChanged);
    dialog->selectRepository(QStringLiteral("Gone"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    dialog->removeRepository();
    QCOMPARE(changed.count(), 1);
    QVERIFY(!status->offlineIndicator()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(window.cacheSummaryText().contains(QStringLiteral("0 repositor")), 5000);
    dialog->close();
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

QTEST_MAIN(TestOfflineBadge)
#include "tst_offlinebadge.moc"
