// The audit view as an auditor uses it (issue 13): the User filter holds only what the
// person typed, an entry opens whole (before/after, device, hashes), searches show their
// query, and Export writes what the filter selects and is itself recorded.
#include "audit/auditentry.h"
#include "filedialog.h"
#include "itemmodels/records/auditentriesmodel.h"
#include "itemmodels/records/recordscontext.h"
#include "loadedcontext.h"
#include "messagebox.h"
#include "records/auditentrydialog.h"
#include "records/auditview.h"
#include "records/reissueservice.h"
#include "recordsfixture.h"

#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>

using namespace proofdesk;
using itemmodels::AuditEntriesModel;
using itemmodels::RecordsContext;
using records::Role;

class TestAuditView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void userFilterStartsEmptyOnceTheRoleSeesEveryone();
    void anEntryOpensWhole();
    void objectColumnReadsAsAPersonWouldSay_data();
    void objectColumnReadsAsAPersonWouldSay();
    void exportWritesTheFilteredEntriesAndIsRecorded();
    void exportToAnUnwritablePlaceRecordsNothing();
    void switchingToAdminRecordsNoAttempt();
    void filtersFindWhatAPersonMeans();

private:
    std::unique_ptr<RecordsContext> context(const QString &user);
    bool refreshed(AuditView &view);
    std::unique_ptr<RecordsFixture> m_f;
};

void TestAuditView::init()
{
    m_f = std::make_unique<RecordsFixture>();
    m_f->addCommunication(QStringLiteral("AV-1"), QStringLiteral("2026-10-01T09:00:00Z"));
    m_f->import();
    MessageBox::setNextAnswer(QMessageBox::Ok);
}

void TestAuditView::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_f.reset();
}

// An admin may not read the trail; switching to Admin is not an attempt to (#29): the view
// says so without asking the library, which would record a refused audit.view_own.
void TestAuditView::switchingToAdminRecordsNoAttempt()
{
    m_f->as(QStringLiteral("zed"), Role::Records)
        .record(QStringLiteral("test.other"), QStringLiteral("x"), QStringLiteral("1"));
    m_f->grant(QStringLiteral("ann"), Role::Compliance);
    m_f->grant(QStringLiteral("ann"), Role::Admin);
    auto ctx = context(QStringLiteral("ann"));
    AuditView view(ctx.get());
    QVERIFY(refreshed(view));
    QVERIFY(view.model()->rowCount() > 0);
    QSignalSpy again(&view, &AuditView::refreshed);
    ctx->switchRole(Role::Admin);
    QVERIFY(again.wait(5000));
    QCOMPARE(ctx->role(), std::optional<Role>(Role::Admin));
    QCOMPARE(view.model()->rowCount(), 0);
    QCOMPARE(m_f->count("SELECT count(*) FROM rec.audit_entries WHERE outcome = 'refused'"), 0);
    QVERIFY(refreshed(view)); // looking again as admin: still nothing attempted
    QCOMPARE(m_f->count("SELECT count(*) FROM rec.audit_entries WHERE outcome = 'refused'"), 0);
}

// "evidence" finds evidence.export; a letter's id finds its reissue request's entries (#29).
void TestAuditView::filtersFindWhatAPersonMeans()
{
    auto agent = m_f->as(QStringLiteral("cora"), Role::Agent);
    agent.record(QStringLiteral("evidence.export"), QStringLiteral("communication"), QStringLiteral("AV-1"));
    agent.record(QStringLiteral("communication.view"), QStringLiteral("communication"), QStringLiteral("AV-1"));
    records::ReissueSpec spec;
    spec.communicationId = QStringLiteral("AV-1");
    spec.mode = QStringLiteral("resend");
    spec.reason = QStringLiteral("lost in the post");
    const QString request = records::ReissueService(agent).request(spec).id;
    agent.record(QStringLiteral("reissue.request"), QStringLiteral("reissue"), QStringLiteral("REQ-SOMEONE-ELSE"));
    m_f->grant(QStringLiteral("cora"), Role::Compliance);
    auto ctx = context(QStringLiteral("cora"));
    ctx->switchRole(Role::Compliance);
    QTRY_COMPARE_WITH_TIMEOUT(ctx->role(), std::optional<Role>(Role::Compliance), 5000);
    AuditView view(ctx.get());
    const auto shown = [&view] {
        QStringList out;
        for (const auto &e : view.model()->rows())
            out << e.action + QLatin1Char(' ') + e.objectId;
        return out;
    };

    view.actionFilter()->setText(QStringLiteral("evidence"));
    QVERIFY(refreshed(view));
    QCOMPARE(shown(), QStringList{QStringLiteral("evidence.export AV-1")});

    view.actionFilter()->clear();
    view.objectFilter()->setText(QStringLiteral("av-1"));
    QVERIFY(refreshed(view));
    const QStringList about = shown();
    for (const QString &expected :
         QStringList{QStringLiteral("evidence.export AV-1"), QStringLiteral("communication.view AV-1"),
                     QStringLiteral("reissue.request ") + request, QStringLiteral("reissue.queue ") + request})
        QVERIFY2(about.contains(expected), qPrintable(about.join(QLatin1String(", "))));
    QVERIFY2(!about.join(u',').contains(QLatin1String("SOMEONE-ELSE")), qPrintable(about.join(QLatin1String(", "))));

    // Both: the letter's reissue entries only.
    view.actionFilter()->setText(QStringLiteral("reissue"));
    QVERIFY(refreshed(view));
    for (const QString &row : shown())
        QVERIFY2(row.startsWith(QLatin1String("reissue.")) && row.endsWith(request), qPrintable(row));
}

std::unique_ptr<RecordsContext> TestAuditView::context(const QString &user) { return loadedContext(*m_f, user); }

bool TestAuditView::refreshed(AuditView &view)
{
    QSignalSpy spy(&view, &AuditView::refreshed);
    view.refresh();
    return !spy.isEmpty() || spy.wait(5000); // said at once when there is nothing to read
}

void TestAuditView::userFilterStartsEmptyOnceTheRoleSeesEveryone()
{
    m_f->as(QStringLiteral("zed"), Role::Records)
        .record(QStringLiteral("test.other"), QStringLiteral("x"), QStringLiteral("1"));
    m_f->grant(QStringLiteral("ann"), Role::Agent);
    m_f->grant(QStringLiteral("ann"), Role::Compliance);
    auto ctx = context(QStringLiteral("ann"));
    QCOMPARE(ctx->role(), std::optional<Role>(Role::Agent));
    AuditView view(ctx.get());
    QVERIFY(refreshed(view));
    QCOMPARE(view.userFilter()->text(), QStringLiteral("ann")); // an agent: her own, shown as such
    QVERIFY(!view.userFilter()->isEnabled());

    QSignalSpy changed(ctx.get(), &RecordsContext::roleChanged);
    QSignalSpy again(&view, &AuditView::refreshed);
    ctx->switchRole(Role::Compliance);
    QVERIFY(changed.wait(5000));
    QVERIFY(again.wait(5000));
    QVERIFY(view.userFilter()->isEnabled());
    QCOMPARE(view.userFilter()->text(), QString()); // not a filter she chose
    QStringList users;
    for (const auto &e : view.model()->rows())
        users << e.user;
    QVERIFY2(users.contains(QStringLiteral("zed")), qPrintable(users.join(u',')));

    // A name she types herself stays through a refresh.
    view.userFilter()->setText(QStringLiteral("zed"));
    QVERIFY(refreshed(view));
    QCOMPARE(view.userFilter()->text(), QStringLiteral("zed"));
    for (const auto &e : view.model()->rows())
        QCOMPARE(e.user, QStringLiteral("zed"));
}

void TestAuditView::anEntryOpensWhole()
{
    auto records = m_f->as(QStringLiteral("cora"), Role::Compliance);
    records.record(QStringLiteral("test.change"), QStringLiteral("hold"), QStringLiteral("H-1"),
                   QStringLiteral("<b>not markup</b>"), QJsonObject{{QStringLiteral("state"), QStringLiteral("old")}},
                   QJsonObject{{QStringLiteral("state"), QStringLiteral("new")}});
    auto ctx = context(QStringLiteral("cora"));
    AuditView view(ctx.get());
    QVERIFY(refreshed(view));
    int row = -1;
    for (int r = 0; r < view.model()->rowCount(); ++r)
        if (view.model()->rows().at(r).action == QLatin1String("test.change"))
            row = r;
    QVERIFY(row >= 0);
    const audit::AuditEntry entry = view.model()->rows().at(row);

    AuditEntryDialog *dialog = view.showEntry(view.model()->index(row, 0));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QStringList labels;
    for (const QLabel *l : dialog->findChildren<QLabel *>())
        labels << l->text();
    for (const QString &expected : {entry.hash, entry.prevHash, entry.device, QStringLiteral("<b>not markup</b>"),
                                    QStringLiteral("hold H-1"), QStringLiteral("Compliance officer")})
        QVERIFY2(labels.contains(expected), qPrintable(expected));
    for (const QLabel *l : dialog->findChildren<QLabel *>())
        if (l->text() == QLatin1String("<b>not markup</b>"))
            QCOMPARE(l->textFormat(), Qt::PlainText);
    QStringList json;
    for (const QPlainTextEdit *e : dialog->findChildren<QPlainTextEdit *>())
        json << e->toPlainText();
    QCOMPARE(json.size(), 2);
    QVERIFY(json.at(0).contains(QStringLiteral("\"old\"")));
    QVERIFY(json.at(1).contains(QStringLiteral("\"new\"")));
    dialog->close();
}

void TestAuditView::objectColumnReadsAsAPersonWouldSay_data()
{
    QTest::addColumn<QString>("objectType");
    QTest::addColumn<QString>("objectId");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<QString>("expected");
    QTest::newRow("hold") << "hold"
                          << "HOLD-1" << QByteArray() << "hold HOLD-1";
    QTest::newRow("search with its count") << "search"
                                           << "" << QByteArray(R"({"query":"garcia type:statement","total":69})")
                                           << "search “garcia type:statement” (69 found)";
    QTest::newRow("one found") << "search"
                               << "" << QByteArray(R"({"query":"id:X","total":1})") << "search “id:X” (1 found)";
    QTest::newRow("search without a count") << "search"
                                            << "" << QByteArray(R"({"query":"x"})") << "search “x”";
    QTest::newRow("no id") << "audit"
                           << "" << QByteArray(R"({"entries":3})") << "audit trail";
    QTest::newRow("a type in words") << "exception_case"
                                     << "EXC-1" << QByteArray() << "exception case EXC-1";
}

void TestAuditView::objectColumnReadsAsAPersonWouldSay()
{
    QFETCH(QString, objectType);
    QFETCH(QString, objectId);
    QFETCH(QByteArray, after);
    QFETCH(QString, expected);
    audit::AuditEntry e;
    e.objectType = objectType;
    e.objectId = objectId;
    e.after = after;
    QCOMPARE(AuditEntriesModel::objectText(e), expected);
    AuditEntriesModel model;
    model.setRows({e});
    QCOMPARE(model.index(0, AuditEntriesModel::Object).data().toString(), expected);
}

void TestAuditView::exportWritesTheFilteredEntriesAndIsRecorded()
{
    auto zed = m_f->as(QStringLiteral("zed"), Role::Records);
    for (int i = 0; i < 3; ++i)
        zed.record(QStringLiteral("hold.test"), QStringLiteral("hold"), QStringLiteral("H-%1").arg(i));
    zed.record(QStringLiteral("reissue.test"), QStringLiteral("reissue"), QStringLiteral("R-1"));
    m_f->grant(QStringLiteral("cora"), Role::Compliance);
    auto ctx = context(QStringLiteral("cora"));
    AuditView view(ctx.get());
    QVERIFY(refreshed(view));
    view.actionFilter()->setText(QStringLiteral("hold."));

    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("trail.jsonl"));
    FileDialog::setNextSavePath(path);
    QSignalSpy exported(&view, &AuditView::exported);
    view.exportEntries();
    QVERIFY(exported.wait(5000));
    QVERIFY(exported.first().at(0).toBool());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 4); // three entries and the empty piece after the last newline
    for (int i = 0; i < 3; ++i)
        QCOMPARE(QJsonDocument::fromJson(lines.at(i)).object().value(QStringLiteral("action")).toString(),
                 QStringLiteral("hold.test"));

    auto st = m_f->writer.prepare("SELECT user, role, after FROM rec.audit_entries WHERE action = 'audit.export'");
    QVERIFY(st.step());
    QCOMPARE(st.columnText(0), QStringLiteral("cora"));
    QCOMPARE(st.columnText(1), QStringLiteral("compliance"));
    const QJsonObject after = QJsonDocument::fromJson(st.columnText(2).toUtf8()).object();
    QCOMPARE(after.value(QStringLiteral("entries")).toInt(), 3);
    QCOMPARE(after.value(QStringLiteral("path")).toString(), path);
    QCOMPARE(after.value(QStringLiteral("filter")).toObject().value(QStringLiteral("action")).toString(),
             QStringLiteral("hold."));
}

void TestAuditView::exportToAnUnwritablePlaceRecordsNothing()
{
    m_f->grant(QStringLiteral("cora"), Role::Compliance);
    auto ctx = context(QStringLiteral("cora"));
    AuditView view(ctx.get());
    QVERIFY(refreshed(view));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QSignalSpy exported(&view, &AuditView::exported);
    view.exportEntries(QStringLiteral("/nonexistent-dir/trail.jsonl"));
    QVERIFY(exported.wait(5000));
    QVERIFY(!exported.first().at(0).toBool());
    QCOMPARE(m_f->count("SELECT count(*) FROM rec.audit_entries WHERE action = 'audit.export'"), 0);
    QVERIFY(!QFile::exists(QStringLiteral("/nonexistent-dir/trail.jsonl")));
}

QTEST_MAIN(TestAuditView)
#include "tst_auditview.moc"
