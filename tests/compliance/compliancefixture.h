#pragma once

// One small drop per test row: templates with exact approval windows, a retired content
// block, a retention class, and the communications and events the row adds; imported into a
// fresh data folder, with records.sqlite rows (holds, tombstones, reissue requests) added
// by SQL as the records services would leave them.

#include "datafolder/datafolder.h"
#include "dropbuilder.h"
#include "sync/dropimport.h"
#include "tempdatafolder.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

struct ComplianceFixture
{
    TempDataFolder data;
    QTemporaryDir dropDir;
    DropBuilder drop{dropDir.path()};
    std::unique_ptr<proofdesk::datafolder::DataFolder> folder;
    proofdesk::cache::Database writer;

    ComplianceFixture()
    {
        drop.append(
            QStringLiteral("templates/t.ndjson"),
            // v1: approved 2026-01-10 09:00, effective until 2026-03-01 (exclusive)
            R"({"template_id": "TPL-OK", "version": "1", "name": "Notice", "status": "approved", "effective_from": "2026-01-10T09:00:00Z", "effective_to": "2026-03-01T00:00:00Z", "approvals": [{"step": "legal", "by": "m.okafor", "at": "2026-01-10T09:00:00Z", "decision": "approved"}]})"
            "\n"
            // v2: never approved
            R"({"template_id": "TPL-OK", "version": "2", "name": "Notice", "status": "draft", "approvals": []})"
            "\n"
            // v3: rejected first, approved on 2026-02-01
            R"({"template_id": "TPL-OK", "version": "3", "name": "Notice", "status": "approved", "approvals": [{"step": "legal", "by": "a", "at": "2026-01-01T00:00:00Z", "decision": "rejected"}, {"step": "legal", "by": "b", "at": "2026-02-01T00:00:00Z", "decision": "approved"}]})"
            "\n"
            // the default: approved long ago, open-ended
            R"({"template_id": "TPL-ANY", "version": "1", "name": "Letter", "status": "approved", "approvals": [{"step": "legal", "by": "c", "at": "2000-01-01T00:00:00Z", "decision": "approved"}]})"
            "\n");
        drop.append(
            QStringLiteral("content-blocks/b.ndjson"),
            R"({"block_id": "CB-FEE", "version": "1", "kind": "disclosure", "title": "Fees", "status": "retired", "approved_at": "2025-01-01T00:00:00Z", "retired_at": "2026-02-01T00:00:00Z", "text": "old fees"})"
            "\n"
            R"({"block_id": "CB-FEE", "version": "2", "kind": "disclosure", "title": "Fees", "status": "approved", "approved_at": "2026-01-15T00:00:00Z", "retired_at": null, "text": "new fees"})"
            "\n");
        drop.append(QStringLiteral("retention/r.ndjson"),
                    R"({"class": "SVC-1Y", "title": "Service", "years": 1, "trigger": "issued_at"})"
                    "\n");
    }

    // A communication issued at `issuedAt` from TPL-ANY v1 (clean unless overridden).
    void add(const QString &id, const QString &issuedAt, const QJsonObject &overrides = {})
    {
        QJsonObject o = overrides;
        if (!o.contains(QStringLiteral("template")))
            o.insert(QStringLiteral("template"), QJsonObject{{QStringLiteral("id"), QStringLiteral("TPL-ANY")},
                                                             {QStringLiteral("version"), QStringLiteral("1")}});
        drop.appendRecord(QStringLiteral("communications/c.ndjson"), drop.communication(id, issuedAt, o));
    }
    void event(const QString &id, const char *event, const char *at)
    {
        drop.append(QStringLiteral("delivery/d.ndjson"),
                    QStringLiteral(R"({"communication_id": "%1", "event": "%2", "at": "%3", "channel": "email"})"
                                   "\n")
                        .arg(id, QLatin1String(event), QLatin1String(at))
                        .toUtf8());
    }

    void import()
    {
        folder = std::make_unique<proofdesk::datafolder::DataFolder>(data.path());
        writer = proofdesk::cache::CacheFile::openWriter(folder->databasePath());
        const auto outcome = proofdesk::sync::importDrop(writer, folder->contentStore(), dropDir.path());
        QVERIFY2(outcome.report.error.isEmpty(), qPrintable(outcome.report.error));
    }
    void sql(const QString &statements)
    {
        if (!statements.isEmpty())
            writer.exec(statements);
    }
};

inline qint64 utc(const char *text)
{
    return QDateTime::fromString(QLatin1String(text), Qt::ISODate).toMSecsSinceEpoch();
}
