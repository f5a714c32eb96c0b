#pragma once
// What the records-store suites share (tst_recordsstore, tst_compliancestore): one backend row
// per store implementation — the data folder's records.sqlite and a team's PostgreSQL
// database — and the data they start from, so that each rule is held to the same behaviour
// by either store.
#include "audit/audittrail.h"
#include "pgtestserver.h"
#include "records/recordserror.h"
#include "records/recordsstore.h"
#include "recordsfixture.h"
#include "services/actionrunner.h"
#include "team/teamfacts.h"
#include "teamtestdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

namespace storetest {

using namespace proofdesk;
using records::Action;
using records::RecordsError;
using records::RecordsStore;
using records::Role;

// One PostgreSQL server for the whole run; each test gets a team database of its own.
inline test::PgTestServer &pgServer()
{
    static test::PgTestServer server;
    return server;
}

// A backend: runs one action as `user` in `role` with the store it would give a caller. The
// "team" row connects the data folder to a fresh team database as that user's login, as a
// person at that desktop would be.
struct Backend
{
    RecordsFixture &fixture;
    std::unique_ptr<test::TeamTestDatabase> team;

    Backend(RecordsFixture &f)
        : fixture(f)
    {
        QFETCH(QString, backend);
        if (backend == QLatin1String("team")) {
            QString error;
            team = std::make_unique<test::TeamTestDatabase>(pgServer(), &error);
            if (!error.isEmpty())
                qFatal("%s", qPrintable(error));
        }
    }

    // `user` may act in `role` here (a local grant, or a login in the group role).
    void prepare(const QString &user, Role role)
    {
        if (team) {
            team->addLogin(user, {role});
            team->connectFolder(fixture.data.path(), user);
        } else {
            fixture.grant(user, role);
        }
    }

    // The facts the rules read: a local store reads this folder's cache; a team reads what its
    // publisher published (team::TeamFacts), so the team row publishes this cache's.
    void publishFacts()
    {
        if (!team)
            return;
        team->addLogin(QStringLiteral("publisher"), QStringList{QStringLiteral("publisher")});
        auto server = team->as(QStringLiteral("publisher"));
        team::TeamFacts(*server, fixture.writer).publishAll(QStringLiteral("publisher-desk"));
    }

    void act(const QString &user, Role role, Action action, const std::function<void(RecordsStore &)> &body)
    {
        run(user, role, action, [&](services::ActionContext &a) { body(a.records); });
    }
    // As act(), with all a caller gets (the cache connection too).
    void run(const QString &user, Role role, Action action, const services::ActionRunner::Body &body)
    {
        prepare(user, role);
        services::ActionRunner runner(fixture.folder->databasePath(), fixture.data.path());
        runner.run(services::Actor{RecordsFixture::identity(user), role}, action, body);
    }
    // The kind of RecordsError the action ends in; none = it went through.
    std::optional<RecordsError::Kind> outcome(const QString &user, Role role, Action action,
                                              const std::function<void(RecordsStore &)> &body)
    {
        try {
            act(user, role, action, body);
        } catch (const RecordsError &e) {
            return e.kind();
        }
        return std::nullopt;
    }

    // Audit entries with this action (and outcome), wherever the trail is kept.
    qint64 entries(const QString &action, const QString &outcome = QStringLiteral("done"))
    {
        if (team)
            return team->count(QStringLiteral("SELECT count(*) FROM proofdesk.audit_entries WHERE action = '%1' "
                                              "AND outcome = '%2'")
                                   .arg(action, outcome));
        auto st = fixture.writer.prepare("SELECT count(*) FROM rec.audit_entries WHERE action = ?1 AND outcome = ?2");
        st.bind(1, action).bind(2, outcome);
        return st.step() ? st.columnInt(0) : 0;
    }
    qint64 refusals(const QString &action) { return entries(action, QStringLiteral("refused")); }

    // What someone with the database in hand can do past the store's rules (here: drop the
    // triggers of records.sqlite; on a team database, be its owner).
    void removeNewestAuditEntries(int n)
    {
        if (team)
            return team->removeNewestAuditEntries(n);
        dropAuditTriggers();
        fixture.writer
            .prepare("DELETE FROM rec.audit_entries WHERE seq > (SELECT max(seq) FROM rec.audit_entries) - ?1")
            .bind(1, n)
            .run();
    }
    // Entry 2 says someone else did it, and every hash from there on is recomputed, so that
    // the chain verifies on its own.
    void rewriteAuditChain()
    {
        if (team)
            return team->rewriteAuditChain();
        dropAuditTriggers();
        QList<audit::AuditEntry> entries = audit::AuditTrail(fixture.writer).entries();
        entries[1].user = QStringLiteral("mallory");
        fixture.writer.exec("DELETE FROM rec.audit_entries");
        for (const audit::AuditEntry &e : entries)
            audit::AuditTrail(fixture.writer).append(e); // new prev_hash and hash
    }

private:
    void dropAuditTriggers()
    {
        fixture.writer.exec("DROP TRIGGER IF EXISTS rec.audit_no_update");
        fixture.writer.exec("DROP TRIGGER IF EXISTS rec.audit_no_delete");
    }
};

inline void fill(RecordsFixture &f)
{
    const QJsonObject snapshot{
        {QStringLiteral("snapshot"), QJsonObject{{QStringLiteral("path"), QStringLiteral("snapshots/1.json")},
                                                 {QStringLiteral("sha256"), QString(64, QLatin1Char('a'))}}}};
    f.addCommunication(QStringLiteral("EXS-1"), QStringLiteral("2026-10-01T09:00:00Z"), snapshot);
    f.addCommunication(QStringLiteral("EXS-2"), QStringLiteral("2026-10-02T09:00:00Z"));
    f.addCommunication(
        QStringLiteral("EXS-OLD"), QStringLiteral("2015-03-01T09:00:00Z"),
        {{QStringLiteral("retention"), QJsonObject{{QStringLiteral("class"), QStringLiteral("FIN-7Y")}}}});
    f.import();
}

// audit.json of an evidence package, as its recipient unpacks it.
inline QJsonArray packagedAuditEntries(const QString &zip)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, QStringLiteral("audit.json")});
    if (!unzip.waitForFinished(30000) || unzip.exitCode() != 0)
        return {};
    return QJsonDocument::fromJson(unzip.readAllStandardOutput()).array();
}

inline const records::ReissueSpec regenerate{
    QStringLiteral("EXS-1"), QStringLiteral("regenerate"), QStringLiteral("customer asked"), {}, {}};

// One row per store implementation: the same behaviour from either.
inline void backends()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("local records.sqlite") << QStringLiteral("local");
    QTest::newRow("team database") << QStringLiteral("team");
}

} // namespace storetest
