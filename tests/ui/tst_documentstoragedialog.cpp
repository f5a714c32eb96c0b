// Settings → Document Storage…: the content store's use and limit shown, the limit changed by
// an admin (audited) and refused as text that is not a size, and Free Space Now evicting off
// the GUI thread down to the limit, never a held document.
#include "cache/documentcache.h"
#include "documentstoragedialog.h"
#include "loadedcontext.h"
#include "messagebox.h"
#include "recordsfixture.h"
#include "util/bytesize.h"

#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace proofdesk;
using records::Role;

namespace {

const QStringList kIds = {QStringLiteral("DS-1"), QStringLiteral("DS-2"), QStringLiteral("DS-3"),
                          QStringLiteral("DS-4")};
constexpr qint64 kRendition = 18; // "Statement for DS-1"

} // namespace

class TestDocumentStorageDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsUseAndLimit();
    void textThatIsNotASizeIsRefusedInPlace();
    void adminSetsTheLimitAndItIsAudited();
    void anAgentCannotChangeTheLimit();
    void freeSpaceNowEvictsDownToTheLimitButNotHeld();
    void theSettingsMenuOpensIt();

private:
    std::unique_ptr<DocumentStorageDialog> shown(const QString &user, Role role);
    qint64 storedBytes();
    std::unique_ptr<RecordsFixture> m_f;
    std::unique_ptr<itemmodels::RecordsContext> m_context;
};

void TestDocumentStorageDialog::init()
{
    m_f = std::make_unique<RecordsFixture>();
    for (const QString &id : kIds)
        m_f->addCommunication(id, QStringLiteral("2026-10-01T09:00:00Z"));
    qputenv("PROOFDESK_DROP_COPY", "1"); // as from a stick: copied into the store
    m_f->import();
    qunsetenv("PROOFDESK_DROP_COPY");
    cache::DocumentCache(m_f->writer, m_f->folder->contentStore()).reconcile();
    MessageBox::setNextAnswer(QMessageBox::Ok);
}

void TestDocumentStorageDialog::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_context.reset();
    m_f.reset();
}

std::unique_ptr<DocumentStorageDialog> TestDocumentStorageDialog::shown(const QString &user, Role role)
{
    m_f->grant(user, role);
    m_context = loadedContext(*m_f, user);
    auto dialog = std::make_unique<DocumentStorageDialog>(m_context.get());
    QSignalSpy refreshed(dialog.get(), &DocumentStorageDialog::refreshed);
    dialog->show();
    if (!refreshed.wait(5000))
        qWarning("the dialog did not read the store");
    return dialog;
}

qint64 TestDocumentStorageDialog::storedBytes()
{
    return cache::DocumentCache::usage(m_f->writer, m_f->data.path()).bytes;
}

void TestDocumentStorageDialog::showsUseAndLimit()
{
    auto dialog = shown(QStringLiteral("ada"), Role::Admin);
    const QString used = dialog->findChild<QLabel *>(QStringLiteral("documentsUsed"))->text();
    QVERIFY2(used.contains(QStringLiteral("%1 B").arg(kIds.size() * kRendition)), qPrintable(used));
    QVERIFY2(used.contains(QStringLiteral("4 document")), qPrintable(used));
    const auto limit = cache::DocumentLimit::read(m_f->writer, m_f->data.path());
    QVERIFY(limit.isDefault);
    QCOMPARE(util::parseByteSize(dialog->findChild<QLineEdit *>(QStringLiteral("documentsLimit"))->text()).value_or(-1)
                 / 100000000,
             limit.bytes / 100000000); // shown to one decimal place of its unit
}

void TestDocumentStorageDialog::textThatIsNotASizeIsRefusedInPlace()
{
    auto dialog = shown(QStringLiteral("ada"), Role::Admin);
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("documentsLimit"));
    auto *problem = dialog->findChild<QLabel *>(QStringLiteral("documentsLimitProblem"));
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveDocumentsLimit"));
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("lots"));
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QStringLiteral("\"lots\"")), qPrintable(problem->text()));
    QVERIFY(!save->isEnabled());
    QSignalSpy saved(dialog.get(), &DocumentStorageDialog::limitSaved);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.first().first().toBool(), false);
    QVERIFY(cache::DocumentLimit::read(m_f->writer, m_f->data.path()).isDefault);
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("2 GB"));
    QVERIFY(!problem->isVisible());
    QVERIFY(save->isEnabled());
}

void TestDocumentStorageDialog::adminSetsTheLimitAndItIsAudited()
{
    auto dialog = shown(QStringLiteral("ada"), Role::Admin);
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("documentsLimit"));
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("1.5GiB"));
    QSignalSpy saved(dialog.get(), &DocumentStorageDialog::limitSaved);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveDocumentsLimit")), Qt::LeftButton);
    QVERIFY(saved.wait(5000));
    QCOMPARE(saved.first().first().toBool(), true);
    const auto limit = cache::DocumentLimit::read(m_f->writer, m_f->data.path());
    QCOMPARE(limit.bytes, qint64(1610612736));
    QVERIFY(!limit.isDefault);
    QCOMPARE(m_f->writer.queryInt("SELECT count(*) FROM rec.audit_entries WHERE action = 'settings.change' "
                                  "AND object_id = 'documents.limit' AND user = 'ada'"),
             qint64(1));
}

void TestDocumentStorageDialog::anAgentCannotChangeTheLimit()
{
    auto dialog = shown(QStringLiteral("abe"), Role::Agent);
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("saveDocumentsLimit"))->isEnabled());
    auto *why = dialog->findChild<QLabel *>(QStringLiteral("documentsLimitProblem"));
    QVERIFY(why->isVisible());
    QVERIFY2(why->text().contains(QStringLiteral("administrator")), qPrintable(why->text()));
    QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("documentsLimit"))->isReadOnly());
    // Free Space Now needs no role: it changes no record.
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("freeSpaceNow"))->isEnabled());
}

void TestDocumentStorageDialog::freeSpaceNowEvictsDownToTheLimitButNotHeld()
{
    cache::DocumentLimit::write(m_f->writer, kRendition); // room for one
    m_f->writer.exec("INSERT INTO rec.holds(id, name, reason, created_by, created_at) VALUES('H-1', 'L', 'r', 't', 0);"
                     "INSERT INTO rec.hold_items(hold_id, comm_id, added_at, added_by) VALUES('H-1', 'DS-3', 0, 't');");
    auto dialog = shown(QStringLiteral("abe"), Role::Agent);
    auto *free = dialog->findChild<QPushButton *>(QStringLiteral("freeSpaceNow"));
    QSignalSpy freed(dialog.get(), &DocumentStorageDialog::spaceFreed);
    QSignalSpy refreshed(dialog.get(), &DocumentStorageDialog::refreshed);
    QTest::mouseClick(free, Qt::LeftButton);
    QVERIFY(!free->isEnabled()); // one at a time, while the worker runs
    QVERIFY(freed.wait(10000));
    QCOMPARE(freed.first().first().toBool(), true);
    QVERIFY(free->isEnabled());
    QCOMPARE(storedBytes(), kRendition);
    QVERIFY(m_f->folder->contentStore().contains(sha256Hex("Statement for DS-3"))); // held: kept
    const QString result = dialog->findChild<QLabel *>(QStringLiteral("freeSpaceResult"))->text();
    QVERIFY2(result.contains(QStringLiteral("3 document")), qPrintable(result));
    QVERIFY(refreshed.wait(5000));
    const QString used = dialog->findChild<QLabel *>(QStringLiteral("documentsUsed"))->text();
    QVERIFY2(used.contains(QStringLiteral("1 document")), qPrintable(used));
}

void TestDocumentStorageDialog::theSettingsMenuOpensIt()
{
    m_f->grant(QStringLiteral("ada"), Role::Admin);
    m_context = loadedContext(*m_f, QStringLiteral("ada"));
    QMainWindow window;
    auto *settings = window.menuBar()->addMenu(QStringLiteral("Settings"));
    addDocumentStorageSetting(settings, &window, m_context.get());
    auto *action = window.findChild<QAction *>(QStringLiteral("documentStorage"));
    QVERIFY(action);
    QVERIFY(settings->actions().contains(action));
    action->trigger();
    auto *dialog = window.findChild<DocumentStorageDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    action->trigger(); // the same one again, not a second
    QCOMPARE(window.findChildren<DocumentStorageDialog *>().size(), 1);
    QSignalSpy refreshed(dialog, &DocumentStorageDialog::refreshed);
    QVERIFY(refreshed.wait(5000));
}

QTEST_MAIN(TestDocumentStorageDialog)
#include "tst_documentstoragedialog.moc"
