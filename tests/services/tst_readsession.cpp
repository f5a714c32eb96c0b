// Reads are reads (issue #62 item 2): the Reissue dialog asks for its plan after each pause in
// typing. Each ask was a whole records action: a writer opened, on a team a new login (TLS,
// SCRAM), a drain of offline actions, a refresh, a resume; with the person's role revoked,
// typing an address wrote ten `role.assume refused` entries. A ReadSession's asks open nothing
// anew (one login for all of them on a team), record nothing and say a refusal instead.
#include "records/reissue.h"
#include "records/rolegrants.h"
#include "recordsbackend.h"
#include "services/readsession.h"

using namespace storetest;

class TestReadSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void typingAnAddressWritesNothing_data();
    void typingAnAddressWritesNothing();
    void aRoleRevokedWhileTypingIsSaidNotRecorded_data();
    void aRoleRevokedWhileTypingIsSaidNotRecorded();
    void aLetterTheTeamDoesNotKnowPlansFromTheDesksRoute_data();
    void aLetterTheTeamDoesNotKnowPlansFromTheDesksRoute();

private:
    static void backends();
    qint64 trailSize(Backend &b);
    qint64 sessions(Backend &b); // logins the team's database has taken so far
};

void TestReadSession::initTestCase()
{
    QString error;
    QVERIFY2(pgServer().start(&error), qPrintable(error));
}

void TestReadSession::backends()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("records.sqlite") << QStringLiteral("local");
    QTest::newRow("team database") << QStringLiteral("team");
}

qint64 TestReadSession::trailSize(Backend &b)
{
    if (b.team)
        return b.team->count(QStringLiteral("SELECT count(*) FROM proofdesk.audit_entries"));
    return b.fixture.count("SELECT count(*) FROM rec.audit_entries");
}

qint64 TestReadSession::sessions(Backend &b)
{
    if (!b.team)
        return 0;
    return b.team->count(QStringLiteral("SELECT sessions FROM pg_stat_database WHERE datname = current_database()"));
}

namespace {

// The dialog's question as the person types "ana@example.org" one letter at a time.
void typeAnAddress(services::ReadSession &reads, QStringList *errors)
{
    const QString address = QStringLiteral("ana@example.org");
    for (int i = 1; i <= address.size(); ++i) {
        const records::ReissueSpec spec{QStringLiteral("EXS-1"), QStringLiteral("resend"), QStringLiteral("asked"),
                                        QStringLiteral("email"), address.left(i)};
        const services::ActionFailure f =
            reads.tryRead(records::Action::RequestReissue,
                          [&](services::ActionContext &a) { a.records.reissues().planReissue(spec); });
        // A half-typed address is not one yet ("ana@exa"): the plan says so, as an answer.
        const bool halfTyped = f.kind == services::ActionFailure::Kind::Invalid && i < address.size();
        if (!f.ok() && !halfTyped)
            *errors << f.message;
    }
}

} // namespace

void TestReadSession::typingAnAddressWritesNothing_data() { backends(); }

void TestReadSession::typingAnAddressWritesNothing()
{
    RecordsFixture f;
    f.addCommunication(QStringLiteral("EXS-1"), QStringLiteral("2026-10-01T09:00:00Z"));
    f.import();
    Backend b(f);
    b.prepare(QStringLiteral("ana"), Role::Agent);
    b.publishFacts();
    const qint64 trail = trailSize(b);
    const qint64 before = sessions(b);
    services::ReadSession reads(f.folder->databasePath(), f.data.path(),
                                services::Actor{RecordsFixture::identity(QStringLiteral("ana")), Role::Agent});
    QStringList errors;
    typeAnAddress(reads, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    // One login for the fifteen questions: the sessions counted since, less sessions()'s own.
    if (b.team)
        QCOMPARE(sessions(b) - before - 1, 1);
    QCOMPARE(trailSize(b), trail);
}

void TestReadSession::aRoleRevokedWhileTypingIsSaidNotRecorded_data() { backends(); }

void TestReadSession::aRoleRevokedWhileTypingIsSaidNotRecorded()
{
    RecordsFixture f;
    f.addCommunication(QStringLiteral("EXS-1"), QStringLiteral("2026-10-01T09:00:00Z"));
    f.import();
    Backend b(f);
    b.prepare(QStringLiteral("ana"), Role::Agent);
    b.publishFacts();
    services::ReadSession reads(f.folder->databasePath(), f.data.path(),
                                services::Actor{RecordsFixture::identity(QStringLiteral("ana")), Role::Agent});
    QStringList errors;
    typeAnAddress(reads, &errors); // the dialog opened, a first answer shown
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    if (b.team)
        b.team->asOwner()->exec(QStringLiteral("REVOKE pd_%1_agent FROM ana").arg(b.team->name()));
    else
        f.writer.exec("DELETE FROM rec.role_grants WHERE user = 'ana'");
    const qint64 trail = trailSize(b);
    typeAnAddress(reads, &errors);
    QVERIFY2(!errors.isEmpty(), "a revoked role still planned reissues");
    QCOMPARE(trailSize(b), trail); // said to the person, not written to the trail
}

void TestReadSession::aLetterTheTeamDoesNotKnowPlansFromTheDesksRoute_data() { backends(); }

// On a team whose publisher has not published the letter yet, the plan's original route was
// blank and the dialog's channel began at print where the letter went by e-mail (#64 item 3):
// the route is this desk's copy, said as such, and approval is still the server's (unknown is
// never safe).
void TestReadSession::aLetterTheTeamDoesNotKnowPlansFromTheDesksRoute()
{
    QFETCH(QString, backend);
    RecordsFixture f;
    f.addCommunication(
        QStringLiteral("EXS-1"), QStringLiteral("2026-10-01T09:00:00Z"),
        {{QStringLiteral("channel"), QStringLiteral("email")},
         {QStringLiteral("recipient"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Ana García")},
                                                   {QStringLiteral("email"), QStringLiteral("ana@example.org")}}}});
    f.import();
    Backend b(f);
    b.prepare(QStringLiteral("ana"), Role::Agent); // no facts published
    services::ReadSession reads(f.folder->databasePath(), f.data.path(),
                                services::Actor{RecordsFixture::identity(QStringLiteral("ana")), Role::Agent});
    records::ReissueRequest plan;
    const services::ActionFailure failure =
        reads.tryRead(records::Action::RequestReissue, [&](services::ActionContext &a) {
            plan = a.records.reissues().planReissue(
                {QStringLiteral("EXS-1"), QStringLiteral("resend"), QStringLiteral("asked"), {}, {}});
        });
    QVERIFY2(failure.ok(), qPrintable(failure.message));
    QCOMPARE(plan.originalChannel, QStringLiteral("email"));
    QCOMPARE(plan.originalDestination, QStringLiteral("ana@example.org"));
    QCOMPARE(plan.originalFromDesk, backend == QLatin1String("team"));
    QCOMPARE(plan.needsApproval, backend == QLatin1String("team"));
}

QTEST_GUILESS_MAIN(TestReadSession)
#include "tst_readsession.moc"
