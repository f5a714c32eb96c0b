// Settings → Repositories… and the main window's sync controls, as a user drives them:
// add a drop through the form and sync it, test a connection that fails, cancel a sync,
// see a repository offline.
#include "audit/audittrail.h"
#include "cache/cachefile.h"
#include "datafolder/datafolder.h"
#include "demo/demodropwriter.h"
#include "fakecmisserver.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "repositories/mappingtable.h"
#include "repositories/repositoriesdialog.h"
#include "repositories/repositoriesmodel.h"
#include "repositories/repositoryform.h"
#include "repositories/synccontroller.h"
#include "repositories/syncstatus.h"
#include "sync/repositoryprofiles.h"
#include "sync/repositorysettings.h"
#include "tempdatafolder.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>

using namespace proofdesk;

namespace {

// The first fields of a new repository, as a person fills them in the form.
void fillKindNameAndUrl(RepositoryForm *form, const QString &kind, const QString &name, const QString &url)
{
    auto *kinds = form->findChild<QComboBox *>(QStringLiteral("repoKind"));
    kinds->setCurrentIndex(kinds->findData(kind));
    form->findChild<QLineEdit *>(QStringLiteral("repoName"))->setText(name);
    form->findChild<QLineEdit *>(QStringLiteral("repoUrl"))->setText(url);
}

} // namespace

class TestRepositoriesDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addingADropThroughTheDialogAndSyncingShowsItsCounts();
    void testConnectionToAMissingFolderShowsTheError();
    void profileChooserFillsTheMappingTable();
    void scopeIsTypedCheckedAndNarrowsTheCacheWhenSaved();
    void formWithAProfileFitsTheScreenAndScrolls();
    void testConnectionNamesAPropertyTheTypeLacks();
    void templateAndBlockTypesFollowTheProfile();
    void templateAndBlockTypesAreSavedAndTestedLikeTheCli();
    void removeAsksFirst();
    void witnessRecordsALetterRewrittenInTheDrop();
    void cancelInTheStatusBarStopsASync();
    void cancelInTheDialogStopsASync();
    void failedSyncShowsTheRepositoryOffline();
    void mainWindowHasSyncNowOnF5AndTheRepositoriesMenu();

private:
    void addDrop(const QString &name, const QString &folder);
    QString databasePath() const { return m_folder->databasePath(); }
    // A CMIS repository of 40 documents in pages of 5, each answer 80 ms late: a sync that
    // is still running when a test presses Cancel.
    void addSlowRepository(fakeserver::FakeCmisServer &server)
    {
        for (int i = 0; i < 40; ++i)
            server.addDocument(QStringLiteral("D%1").arg(i));
        server.setFaultHook([](const fakeserver::Request &) {
            fakeserver::Fault f = fakeserver::Fault::of(fakeserver::Fault::Delay);
            f.delayMs = 80;
            return f;
        });
        sync::RepositoryDraft d;
        d.name = QStringLiteral("ecm");
        d.kind = QStringLiteral("cmis");
        d.url = server.serviceUrl().toString();
        d.extra = QStringLiteral("page_size=5");
        QVERIFY(sync::saveRepository(databasePath(), d, std::nullopt, false).repository);
    }
    std::unique_ptr<TempDataFolder> m_data;
    std::unique_ptr<datafolder::DataFolder> m_folder;
    std::unique_ptr<SyncController> m_sync;
};

void TestRepositoriesDialog::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("proofdesk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_repositoriesdialog"));
}

void TestRepositoriesDialog::init()
{
    m_data = std::make_unique<TempDataFolder>();
    m_folder = std::make_unique<datafolder::DataFolder>(m_data->filePath(QStringLiteral("data")));
    m_sync = std::make_unique<SyncController>(databasePath(), m_folder->path());
    m_sync->setUseKeychain(false);
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

void TestRepositoriesDialog::cleanup()
{
    m_sync.reset();
    m_folder.reset();
    m_data.reset();
}

void TestRepositoriesDialog::addDrop(const QString &name, const QString &folder)
{
    sync::RepositoryDraft d;
    d.name = name;
    d.kind = QStringLiteral("drop");
    d.url = folder;
    QVERIFY(sync::saveRepository(databasePath(), d, std::nullopt, false).repository);
}

void TestRepositoriesDialog::addingADropThroughTheDialogAndSyncingShowsItsCounts()
{
    const QString drop = m_data->filePath(QStringLiteral("drop"));
    QVERIFY(demo::writeDemoDrop(drop, demo::DemoOptions{25, 7}).ok());
    RepositoriesDialog dialog(m_sync.get());
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    bool filled = false;
    QTimer::singleShot(0, &dialog, [&] {
        auto *form = dialog.findChild<RepositoryForm *>();
        QVERIFY(form);
        fillKindNameAndUrl(form, QStringLiteral("drop"), QStringLiteral("Statements"), drop);
        QVERIFY(!form->findChild<QLineEdit *>(QStringLiteral("repoPassword"))->isVisibleTo(form));
        filled = true;
        form->accept();
    });
    dialog.addRepository();
    QVERIFY(filled);
    QCOMPARE(dialog.model()->rowCount(), 1);
    QCOMPARE(dialog.selectedName(), QStringLiteral("Statements"));
    const auto index = [&](int column) { return dialog.model()->index(0, column).data().toString(); };
    QCOMPARE(index(RepositoriesModel::KindColumn), RepositoriesModel::kindName(QStringLiteral("drop")));
    QCOMPARE(index(RepositoriesModel::RecordsColumn), QStringLiteral("0"));

    QSignalSpy finished(m_sync.get(), &SyncController::finished);
    dialog.syncNow();
    QVERIFY(finished.wait(20000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY(index(RepositoriesModel::RecordsColumn).toLongLong() >= 25);
    QCOMPARE(index(RepositoriesModel::StatusColumn), tr("Online"));
    QVERIFY(index(RepositoriesModel::LastSyncColumn) != tr("Never"));
    QVERIFY(dialog.resultText().contains(QStringLiteral("synced")));
}

void TestRepositoriesDialog::testConnectionToAMissingFolderShowsTheError()
{
    addDrop(QStringLiteral("Gone"), m_data->filePath(QStringLiteral("no-such-folder")));
    RepositoriesDialog dialog(m_sync.get());
    dialog.show();
    dialog.selectRepository(QStringLiteral("Gone"));
    QSignalSpy tested(&dialog, &RepositoriesDialog::connectionTested);
    dialog.testConnection();
    QVERIFY(tested.wait(10000));
    QVERIFY(!tested.first().at(0).toBool());
    QVERIFY2(dialog.resultText().contains(QStringLiteral("no-such-folder")), qPrintable(dialog.resultText()));
    QCOMPARE(dialog.model()->index(0, RepositoriesModel::RecordsColumn).data().toString(), QStringLiteral("0"));
}

// The profile chooser lists the kind's profiles; the table shows the profile's mapping, and
// only what the user changes is saved, kept when another profile is chosen.
void TestRepositoriesDialog::profileChooserFillsTheMappingTable()
{
    RepositoryForm form(std::nullopt);
    auto *kind = form.findChild<QComboBox *>(QStringLiteral("repoKind"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("cmis")));
    auto *profile = form.findChild<QComboBox *>(QStringLiteral("repoProfile"));
    auto *table = form.findChild<MappingTable *>(QStringLiteral("repoMapping"));
    QVERIFY(profile && table);
    QVERIFY(profile->findData(QStringLiteral("documentum")) > 0);
    QCOMPARE(profile->findData(QStringLiteral("archivesspace")), -1); // another kind's
    profile->setCurrentIndex(profile->findData(QStringLiteral("documentum")));
    QCOMPARE(table->propertyOf(QStringLiteral("customer_id")), QStringLiteral("exs_customer_id"));
    table->setPropertyOf(QStringLiteral("customer_id"), QStringLiteral("acme_cust_no"));
    profile->setCurrentIndex(profile->findData(QStringLiteral("nuxeo")));
    QCOMPARE(table->propertyOf(QStringLiteral("customer_id")), QStringLiteral("acme_cust_no"));
    QCOMPARE(table->propertyOf(QStringLiteral("language")), QStringLiteral("dc:language"));
    form.findChild<QLineEdit *>(QStringLiteral("repoName"))->setText(QStringLiteral("nx"));
    form.findChild<QLineEdit *>(QStringLiteral("repoUrl"))
        ->setText(QStringLiteral("https://nuxeo.example.org/nuxeo/json/cmis"));
    form.findChild<QLineEdit *>(QStringLiteral("repoType"))->setText(QStringLiteral("AcmeLetter"));
    const sync::RepositoryDraft draft = form.draft();
    QCOMPARE(draft.profile, QStringLiteral("nuxeo"));
    QCOMPARE(draft.type, QStringLiteral("AcmeLetter"));
    QCOMPARE(draft.mapping, QStringLiteral("customer_id=acme_cust_no"));
    QString error;
    const auto settings = sync::settingsOf(draft, &error);
    QVERIFY2(settings, qPrintable(error));
    QCOMPARE(settings->value(QStringLiteral("profile")).toString(), QStringLiteral("nuxeo"));

    RepositoryForm edit(draft); // what an existing repository shows
    QCOMPARE(edit.findChild<QComboBox *>(QStringLiteral("repoProfile"))->currentData().toString(),
             QStringLiteral("nuxeo"));
    QCOMPARE(edit.findChild<MappingTable *>(QStringLiteral("repoMapping"))->propertyOf(QStringLiteral("customer_id")),
             QStringLiteral("acme_cust_no"));
    QCOMPARE(edit.draft().mapping, draft.mapping);
}

// The Scope row (issue #28): shown for the kinds that bring communications; a word is
// refused under the fields as `repo add --scope` refuses it; saved, it is kept, shown again
// when editing, and what lies outside leaves the cache at once.
void TestRepositoriesDialog::scopeIsTypedCheckedAndNarrowsTheCacheWhenSaved()
{
    const QString drop = m_data->filePath(QStringLiteral("drop"));
    QVERIFY(demo::writeDemoDrop(drop, demo::DemoOptions{40, 7}).ok());
    RepositoryForm form(std::nullopt);
    form.show();
    fillKindNameAndUrl(&form, QStringLiteral("drop"), QStringLiteral("Statements"), drop);
    auto *scope = form.findChild<QLineEdit *>(QStringLiteral("repoScope"));
    QVERIFY(scope && scope->isVisibleTo(&form));
    scope->setText(QStringLiteral("garcia"));
    form.accept();
    QVERIFY(form.isVisible()); // not accepted
    const QString refused = form.findChild<QLabel *>(QStringLiteral("formError"))->text();
    QVERIFY2(refused.contains(QStringLiteral("garcia")), qPrintable(refused));
    fillKindNameAndUrl(&form, QStringLiteral("workflow"), QStringLiteral("Statements"),
                       QStringLiteral("https://bpm.example.org"));
    QVERIFY(!scope->isVisibleTo(&form)); // a workflow engine brings no communications
    fillKindNameAndUrl(&form, QStringLiteral("drop"), QStringLiteral("Statements"), drop);
    scope->setText(QStringLiteral("type:statement"));
    form.accept();
    QCOMPARE(form.result(), int(QDialog::Accepted));
    QCOMPARE(form.draft().scope, QStringLiteral("type:statement"));

    addDrop(QStringLiteral("All"), drop);
    RepositoriesDialog dialog(m_sync.get());
    QSignalSpy finished(m_sync.get(), &SyncController::finished);
    dialog.syncNow();
    QVERIFY(finished.wait(20000));
    dialog.selectRepository(QStringLiteral("All"));
    const auto records = [&] { return dialog.model()->index(0, RepositoriesModel::RecordsColumn).data().toLongLong(); };
    const qint64 before = records();
    bool edited = false;
    QTimer::singleShot(0, &dialog, [&] {
        auto *edit = dialog.findChild<RepositoryForm *>();
        QVERIFY(edit);
        edit->findChild<QLineEdit *>(QStringLiteral("repoScope"))->setText(QStringLiteral("type:statement"));
        edited = true;
        edit->accept();
    });
    dialog.editRepository();
    QVERIFY(edited);
    QVERIFY2(records() > 0 && records() < before, qPrintable(QStringLiteral("%1 of %2").arg(records()).arg(before)));
    const QList<sync::RepositoryStatus> stored = sync::listRepositories(databasePath());
    QCOMPARE(stored.size(), 1);
    RepositoryForm again(sync::draftOf(stored.first().info));
    QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("repoScope"))->text(), QStringLiteral("type:statement"));
}

// A CMIS form with a profile is taller than the test's 800x600 screen: the dialog stays on
// the screen with Add and Cancel in sight, and its fields scroll.
void TestRepositoriesDialog::formWithAProfileFitsTheScreenAndScrolls()
{
    RepositoryForm form(std::nullopt);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    auto *kind = form.findChild<QComboBox *>(QStringLiteral("repoKind"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("cmis")));
    auto *profile = form.findChild<QComboBox *>(QStringLiteral("repoProfile"));
    profile->setCurrentIndex(profile->findData(QStringLiteral("documentum")));
    QTest::qWait(50); // the frame is fitted once the window system has put it on
    const QRect available = form.screen()->availableGeometry();
    const auto where = [](const QRect &r) {
        return QStringLiteral("%1,%2 %3x%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
    };
    QVERIFY2(available.contains(form.frameGeometry()),
             qPrintable(where(form.frameGeometry()) + QStringLiteral(" on ") + where(available)));
    auto *buttons = form.findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    for (QPushButton *button : {buttons->button(QDialogButtonBox::Ok), buttons->button(QDialogButtonBox::Cancel)}) {
        const QRect onScreen(button->mapToGlobal(QPoint(0, 0)), button->size());
        QVERIFY2(button->isVisible() && available.contains(onScreen), qPrintable(button->text() + where(onScreen)));
    }
    auto *scroll = form.findChild<QScrollArea *>();
    QVERIFY(scroll);
    QVERIFY2(scroll->verticalScrollBar()->maximum() > 0, "the fields fit an 800x600 screen: nothing to check");
    // What scrolls is still reachable: the last field can be brought into sight.
    auto *extra = form.findChild<QPlainTextEdit *>(QStringLiteral("repoExtra"));
    scroll->ensureWidgetVisible(extra);
    const QRect inView(extra->mapTo(scroll->viewport(), QPoint(0, 0)), extra->size());
    QVERIFY(scroll->viewport()->rect().contains(inView));
}

void TestRepositoriesDialog::testConnectionNamesAPropertyTheTypeLacks()
{
    fakeserver::FakeCmisServer server;
    server.addType(QStringLiteral("acme:letter"), QStringLiteral("cmis:document"), {QStringLiteral("acme:customerNo")});
    QVERIFY(server.start());
    sync::RepositoryDraft d;
    d.name = QStringLiteral("letters");
    d.kind = QStringLiteral("cmis");
    d.url = server.serviceUrl().toString();
    d.type = QStringLiteral("acme:letter");
    d.mapping = QStringLiteral("customer_id=acme:customerNumber");
    QVERIFY(sync::saveRepository(databasePath(), d, std::nullopt, false).repository);
    RepositoriesDialog dialog(m_sync.get());
    dialog.show();
    dialog.selectRepository(QStringLiteral("letters"));
    QSignalSpy tested(&dialog, &RepositoriesDialog::connectionTested);
    dialog.testConnection();
    QVERIFY(tested.wait(10000));
    QVERIFY(!tested.first().at(0).toBool());
    QVERIFY2(dialog.resultText().contains(QStringLiteral("acme:customerNumber")), qPrintable(dialog.resultText()));
}

// The template and block types show the chosen profile's until one is typed, like the
// communications' type; they are CMIS-only.
void TestRepositoriesDialog::templateAndBlockTypesFollowTheProfile()
{
    RepositoryForm form(std::nullopt);
    auto *kind = form.findChild<QComboBox *>(QStringLiteral("repoKind"));
    auto *profile = form.findChild<QComboBox *>(QStringLiteral("repoProfile"));
    auto *templateType = form.findChild<QLineEdit *>(QStringLiteral("repoTemplateType"));
    auto *blockType = form.findChild<QLineEdit *>(QStringLiteral("repoBlockType"));
    auto *noBlocks = form.findChild<QCheckBox *>(QStringLiteral("repoNoBlocks"));
    QVERIFY(templateType && blockType && noBlocks);
    kind->setCurrentIndex(kind->findData(QStringLiteral("cmis")));
    QVERIFY(templateType->isVisibleTo(&form) && blockType->isVisibleTo(&form));
    QVERIFY(templateType->placeholderText().startsWith(QStringLiteral("exs:template "))); // the connector's default
    for (const char *name : {"documentum", "content-server", "alfresco", "nuxeo"}) {
        const auto chosen = sync::findProfile(QLatin1String(name));
        QVERIFY(chosen);
        profile->setCurrentIndex(profile->findData(chosen->name));
        QVERIFY2(templateType->placeholderText().startsWith(chosen->templateType + QLatin1Char(' ')),
                 qPrintable(templateType->placeholderText()));
        QVERIFY2(blockType->placeholderText().startsWith(chosen->blockType + QLatin1Char(' ')),
                 qPrintable(blockType->placeholderText()));
    }
    QVERIFY(!form.draft().templateType && !form.draft().blockType); // untyped: the profile's, not stored
    noBlocks->setChecked(true);
    QVERIFY(!blockType->isEnabled());
    QCOMPARE(form.draft().blockType, std::optional<QString>(QString())); // read none
    kind->setCurrentIndex(kind->findData(QStringLiteral("archivesspace")));
    QVERIFY(!templateType->isVisibleTo(&form) && !blockType->isVisibleTo(&form));
    QVERIFY(!form.draft().templateType && !form.draft().blockType);
}

// Typed in the form, the types are stored as `repo add --template-type/--block-type` stores
// them; Test Connection names a type the repository does not have, as `repo test` does.
void TestRepositoriesDialog::templateAndBlockTypesAreSavedAndTestedLikeTheCli()
{
    fakeserver::FakeCmisServer server;
    server.addType(QStringLiteral("acme:letterTemplate"), QStringLiteral("cmis:document"),
                   {QStringLiteral("exs:templateId"), QStringLiteral("exs:status"), QStringLiteral("exs:businessUnit"),
                    QStringLiteral("exs:channels"), QStringLiteral("exs:effectiveFrom"),
                    QStringLiteral("exs:effectiveTo"), QStringLiteral("exs:approvals"),
                    QStringLiteral("exs:contentBlocks")});
    QVERIFY(server.start());
    RepositoriesDialog dialog(m_sync.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    bool filled = false;
    QTimer::singleShot(0, &dialog, [&] {
        auto *form = dialog.findChild<RepositoryForm *>();
        QVERIFY(form);
        fillKindNameAndUrl(form, QStringLiteral("cmis"), QStringLiteral("letters"), server.serviceUrl().toString());
        QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("repoTemplateType")),
                         QStringLiteral("acme:letterTemplate"));
        QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("repoBlockType")), QStringLiteral("acme:clause"));
        filled = true;
        form->accept();
    });
    dialog.addRepository();
    QVERIFY(filled);
    const auto settings = [&] {
        cache::Database reader = cache::CacheFile::openReader(databasePath());
        return cache::RepositoryStore(reader).find(QStringLiteral("letters")).value().settings;
    };
    QCOMPARE(settings().value(QStringLiteral("template_type")), QJsonValue(QStringLiteral("acme:letterTemplate")));
    QCOMPARE(settings().value(QStringLiteral("block_type")), QJsonValue(QStringLiteral("acme:clause")));

    QSignalSpy tested(&dialog, &RepositoriesDialog::connectionTested);
    dialog.testConnection();
    QVERIFY(tested.wait(10000));
    QVERIFY(!tested.first().at(0).toBool());
    QVERIFY2(dialog.resultText().contains(QStringLiteral("no type \"acme:clause\"")), qPrintable(dialog.resultText()));
    QVERIFY2(!dialog.resultText().contains(QStringLiteral("acme:letterTemplate")), qPrintable(dialog.resultText()));

    // Edited: the form shows what is stored; the repository keeps no blocks, so none are read.
    filled = false;
    QTimer::singleShot(0, &dialog, [&] {
        auto *form = dialog.findChild<RepositoryForm *>();
        QVERIFY(form);
        QCOMPARE(form->findChild<QLineEdit *>(QStringLiteral("repoTemplateType"))->text(),
                 QStringLiteral("acme:letterTemplate"));
        QCOMPARE(form->findChild<QLineEdit *>(QStringLiteral("repoBlockType"))->text(), QStringLiteral("acme:clause"));
        QTest::mouseClick(form->findChild<QCheckBox *>(QStringLiteral("repoNoBlocks")), Qt::LeftButton);
        filled = true;
        form->accept();
    });
    dialog.editRepository();
    QVERIFY(filled);
    QCOMPARE(settings().value(QStringLiteral("block_type")), QJsonValue(QString())); // as --block-type=
    QCOMPARE(settings().value(QStringLiteral("template_type")), QJsonValue(QStringLiteral("acme:letterTemplate")));
    tested.clear();
    dialog.testConnection();
    QVERIFY(tested.wait(10000));
    QVERIFY2(tested.first().at(0).toBool(), qPrintable(dialog.resultText()));

    filled = false;
    QTimer::singleShot(0, &dialog, [&] {
        auto *form = dialog.findChild<RepositoryForm *>();
        QVERIFY(form);
        QVERIFY(form->findChild<QCheckBox *>(QStringLiteral("repoNoBlocks"))->isChecked());
        QVERIFY(!form->findChild<QLineEdit *>(QStringLiteral("repoBlockType"))->isEnabled());
        filled = true;
        form->reject();
    });
    dialog.editRepository();
    QVERIFY(filled);
}

// A letter's line rewritten in place in its drop (no new record): Witness names it, the trail
// keeps it, and the dialog comes back to its buttons.
void TestRepositoriesDialog::witnessRecordsALetterRewrittenInTheDrop()
{
    const QString drop = m_data->filePath(QStringLiteral("drop"));
    QVERIFY(demo::writeDemoDrop(drop, demo::DemoOptions{25, 7}).ok());
    addDrop(QStringLiteral("Statements"), drop);
    RepositoriesDialog dialog(m_sync.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy synced(m_sync.get(), &SyncController::finished);
    dialog.syncNow();
    QVERIFY(synced.wait(20000));
    QDir communications(drop + QStringLiteral("/communications"));
    QFile file(communications.filePath(communications.entryList({QStringLiteral("*.ndjson")}, QDir::Files).first()));
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray text = file.readAll();
    const qsizetype at = text.indexOf("\"customer_id\":\"") + 15;
    QVERIFY(at > 15);
    text[at + 1] = text.at(at + 1) == 'X' ? 'Y' : 'X'; // the same length: the drop's cursor is no help
    QVERIFY(file.seek(0));
    QCOMPARE(file.write(text), text.size());
    file.close();

    auto *witness = dialog.findChild<QPushButton *>(QStringLiteral("witnessRepository"));
    QVERIFY(witness && witness->isEnabled());
    QTest::mouseClick(witness, Qt::LeftButton);
    QVERIFY(!witness->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isWitnessing(), 20000);
    QVERIFY2(dialog.resultText().contains(QStringLiteral("1 changed without a record, 0 gone")),
             qPrintable(dialog.resultText()));
    QVERIFY(witness->isEnabled());
    cache::Database reader = cache::CacheFile::openReader(databasePath());
    audit::AuditFilter filter;
    filter.action = QStringLiteral("repository.witness_changed");
    QCOMPARE(audit::AuditTrail(reader).entries(filter).size(), 1);
}

void TestRepositoriesDialog::removeAsksFirst()
{
    addDrop(QStringLiteral("Old"), m_data->path());
    RepositoriesDialog dialog(m_sync.get());
    dialog.selectRepository(QStringLiteral("Old"));
    MessageBox::setNextAnswer(QMessageBox::No);
    dialog.removeRepository();
    QCOMPARE(dialog.model()->rowCount(), 1);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Old")));
    QCOMPARE(MessageBox::lastDefaultButton(), QMessageBox::No); // Return in haste removes nothing
    MessageBox::setNextAnswer(QMessageBox::Yes);
    dialog.removeRepository();
    QCOMPARE(dialog.model()->rowCount(), 0);
}

void TestRepositoriesDialog::cancelInTheStatusBarStopsASync()
{
    fakeserver::FakeCmisServer server;
    QVERIFY(server.start());
    addSlowRepository(server);

    SyncStatus status(m_sync.get());
    status.show();
    QSignalSpy progress(m_sync.get(), &SyncController::progress);
    QSignalSpy finished(m_sync.get(), &SyncController::finished);
    QVERIFY(m_sync->syncNow());
    QVERIFY(status.progressBar()->isVisible());
    QVERIFY(!m_sync->syncNow()); // one sync at a time
    QVERIFY(progress.wait(10000));
    auto *cancel = status.findChild<QToolButton *>(QStringLiteral("cancelSync"));
    QVERIFY(cancel && cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QVERIFY(!finished.first().at(0).toBool());
    QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("cancelled")));
    QVERIFY(!status.progressBar()->isVisible());
    const qint64 records = sync::listRepositories(databasePath()).first().records;
    QVERIFY2(records > 0 && records < 40, qPrintable(QString::number(records)));
}

// The dialog's own Cancel, beside its progress bar, while the sync runs; the progress counts
// records in words, never "record(s)".
void TestRepositoriesDialog::cancelInTheDialogStopsASync()
{
    fakeserver::FakeCmisServer server;
    QVERIFY(server.start());
    addSlowRepository(server);

    QTranslator english; // the plural forms of English, as the application installs them
    QVERIFY(english.load(QStringLiteral("proofdesk_en"), QStringLiteral(PROOFDESK_QM_DIR)));
    QCoreApplication::installTranslator(&english);
    const auto uninstall = qScopeGuard([&english] { QCoreApplication::removeTranslator(&english); });
    RepositoriesDialog dialog(m_sync.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *cancel = dialog.findChild<QPushButton *>(QStringLiteral("dialogCancelSync"));
    auto *bar = dialog.findChild<QProgressBar *>(QStringLiteral("dialogSyncProgress"));
    QVERIFY(cancel && bar);
    QVERIFY(!cancel->isVisible()); // nothing to cancel yet
    QSignalSpy progress(m_sync.get(), &SyncController::progress);
    QSignalSpy finished(m_sync.get(), &SyncController::finished);
    dialog.selectRepository(QStringLiteral("ecm"));
    dialog.syncNow();
    QVERIFY(cancel->isVisible() && cancel->isEnabled());
    QVERIFY(progress.wait(10000));
    QTRY_VERIFY(bar->format().contains(QStringLiteral("record")));
    QVERIFY2(!bar->format().contains(QStringLiteral("(s)")), qPrintable(bar->format()));
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!cancel->isEnabled()); // clicked once
    QVERIFY(finished.wait(10000));
    QVERIFY(!finished.first().at(0).toBool());
    QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("cancelled")));
    QVERIFY(!cancel->isVisible());
    QVERIFY(!bar->isVisible());
    const qint64 records = sync::listRepositories(databasePath()).first().records;
    QVERIFY2(records > 0 && records < 40, qPrintable(QString::number(records)));
}

void TestRepositoriesDialog::failedSyncShowsTheRepositoryOffline()
{
    addDrop(QStringLiteral("Gone"), m_data->filePath(QStringLiteral("no-such-folder")));
    SyncStatus status(m_sync.get());
    status.show();
    QVERIFY(!status.offlineIndicator()->isVisible());
    QSignalSpy finished(m_sync.get(), &SyncController::finished);
    QVERIFY(m_sync->syncNow());
    QVERIFY(finished.wait(10000));
    QVERIFY(!finished.first().at(0).toBool());
    QVERIFY(status.offlineIndicator()->isVisible());
    QVERIFY(status.offlineIndicator()->text().contains(QStringLiteral("Gone")));
    QVERIFY(status.offlineIndicator()->toolTip().contains(QStringLiteral("no-such-folder")));
    RepositoriesDialog dialog(m_sync.get());
    QVERIFY(
        dialog.model()->index(0, RepositoriesModel::StatusColumn).data().toString().startsWith(tr("Offline since")));
    QVERIFY(dialog.model()
                ->index(0, RepositoriesModel::ErrorColumn)
                .data()
                .toString()
                .contains(QStringLiteral("no-such-folder")));
}

void TestRepositoriesDialog::mainWindowHasSyncNowOnF5AndTheRepositoriesMenu()
{
    addDrop(QStringLiteral("Gone"), m_data->filePath(QStringLiteral("no-such-folder")));
    MainWindow window(databasePath(), m_folder->path());
    QAction *syncNow = window.action(QStringLiteral("syncNow"));
    QVERIFY(syncNow);
    QCOMPARE(syncNow->shortcut(), QKeySequence(Qt::Key_F5));
    QVERIFY(window.action(QStringLiteral("repositories")));
    auto *controller = window.findChild<SyncController *>();
    QVERIFY(controller);
    controller->setUseKeychain(false);
    QSignalSpy finished(controller, &SyncController::finished);
    syncNow->trigger();
    QVERIFY(finished.wait(10000));
    auto *status = window.findChild<SyncStatus *>();
    QVERIFY(status && !status->offlineIndicator()->isHidden());
}

QTEST_MAIN(TestRepositoriesDialog)
#include "tst_repositoriesdialog.moc"
