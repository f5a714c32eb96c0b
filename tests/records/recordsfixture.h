#pragma once

#include "datafolder/datafolder.h"
#include "dropbuilder.h"
#include "records/identity.h"
#include "records/rolegrants.h"
#include "records/roles.h"
#include "records/session.h"
#include "sync/dropimport.h"
#include "tempdatafolder.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

// A data folder with a drop beside it, the writer connection (records.sqlite attached),
// a fixed clock and helpers to act as a named user in a role.
struct RecordsFixture
{
    TempDataFolder data;
    QTemporaryDir dropDir;
    DropBuilder drop{dropDir.path()};
    std::unique_ptr<proofdesk::datafolder::DataFolder> folder =
        std::make_unique<proofdesk::datafolder::DataFolder>(data.path());
    proofdesk::cache::Database writer = proofdesk::cache::CacheFile::openWriter(folder->databasePath());
    qint64 now = 1793491200000; // 2026-11-01T00:00:00Z

    RecordsFixture()
    {
        drop.append(QStringLiteral("retention/classes.ndjson"),
                    R"({"class": "FIN-7Y", "title": "Financial statements", "years": 7, "trigger": "issued_at"})"
                    "\n"
                    R"({"class": "CLM-10Y", "title": "Claims", "years": 10, "trigger": "claim_closed"})"
                    "\n");
    }

    void addCommunication(const QString &id, const QString &issuedAt, const QJsonObject &overrides = {})
    {
        drop.appendRecord(QStringLiteral("communications/a.ndjson"), drop.communication(id, issuedAt, overrides));
    }
    void import()
    {
        const auto outcome = proofdesk::sync::importDrop(writer, folder->contentStore(), dropDir.path());
        QVERIFY2(outcome.report.ok(), qPrintable(outcome.report.error));
    }
    // Test setup: a system grant with its entry (the admin path is tested in tst_roles); a row
    // no entry made gives nothing (RoleReplay).
    void grant(const QString &user, proofdesk::records::Role role)
    {
        proofdesk::records::grantAsSystem(writer, identity(user), {role}, QStringLiteral("test setup"));
    }
    proofdesk::records::RecordsSession as(const QString &user, proofdesk::records::Role role)
    {
        grant(user, role);
        return proofdesk::records::RecordsSession::open(writer, identity(user), role, [this] { return now; });
    }
    // A session in a role the user may lack (for refusals).
    proofdesk::records::RecordsSession actingAs(const QString &user, proofdesk::records::Role role)
    {
        return proofdesk::records::RecordsSession::open(writer, identity(user), role, [this] { return now; });
    }
    static proofdesk::records::Identity identity(const QString &user)
    {
        return proofdesk::records::Identity{user, QStringLiteral("os"), {}};
    }
    qint64 count(const char *sql) { return writer.queryInt(sql); }
    qint64 refusals(const QString &action)
    {
        auto st = writer.prepare("SELECT count(*) FROM rec.audit_entries WHERE action = ?1 AND outcome = 'refused'");
        st.bind(1, action);
        return st.step() ? st.columnInt(0) : 0;
    }
    QStringList hotFolderFiles(const QString &kind) const
    {
        return QDir(dropDir.filePath(QStringLiteral("outbox/") + kind)).entryList(QDir::Files);
    }
};
