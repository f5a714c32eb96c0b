#pragma once

// A small imported cache for item model and widget tests: `count` communications issued one
// hour apart (newest last), every third to María García, plus one with failed fixity, one
// whose rendition is missing, one on hold, two template versions and delivery events.

#include "datafolder/datafolder.h"
#include "dropbuilder.h"
#include "sync/dropimport.h"
#include "tempdatafolder.h"
#include "util/timeutil.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

struct CacheFixture
{
    TempDataFolder data;
    QTemporaryDir dropDir;
    DropBuilder drop{dropDir.path()};
    std::unique_ptr<proofdesk::datafolder::DataFolder> folder;

    static QString idFor(int i) { return QStringLiteral("EXS-T-%1").arg(i, 6, 10, QLatin1Char('0')); }
    static QString issuedFor(int i)
    {
        return proofdesk::formatUtc(qint64(1767225600000) + qint64(i) * 3600 * 1000); // 2026-01-01 + i hours
    }

    explicit CacheFixture(int count)
    {
        writeTemplates();
        for (int i = 0; i < count; ++i)
            drop.appendRecord(QStringLiteral("communications/a.ndjson"), communication(i));
        addSpecialCases(count);
        drop.append(
            QStringLiteral("delivery/events.ndjson"),
            R"({"communication_id": "EXS-T-000000", "event": "sent", "at": "2026-01-01T00:05:00Z", "channel": "email"})"
            "\n"
            R"({"communication_id": "EXS-T-000000", "event": "bounced", "at": "2026-01-01T00:09:00Z", "channel": "email", "detail": "550 mailbox unavailable"})"
            "\n");
        folder = std::make_unique<proofdesk::datafolder::DataFolder>(data.path());
        proofdesk::cache::Database writer = proofdesk::cache::CacheFile::openWriter(folder->databasePath());
        const auto outcome = proofdesk::sync::importDrop(writer, folder->contentStore(), dropDir.path());
        if (!outcome.report.error.isEmpty())
            qFatal("fixture import failed: %s", qPrintable(outcome.report.error));
        // Holds come from the records service, which has no writer API yet: insert directly.
        writer.exec("INSERT INTO rec.holds(id, name, reason, created_by, created_at) VALUES "
                    "('HOLD-1', 'Litigation', 'test', 'tester', 0)");
        writer.exec(QStringLiteral("INSERT INTO rec.hold_items(hold_id, comm_id, added_at, added_by) "
                                   "VALUES('HOLD-1', '%1', 0, 'tester')")
                        .arg(idFor(1)));
    }

    QString databasePath() const { return folder->databasePath(); }
    QString dataDir() const { return folder->path(); }

    QJsonObject communication(int i)
    {
        QJsonObject overrides{{QStringLiteral("text"), QStringLiteral("Statement number %1").arg(i)},
                              {QStringLiteral("customer_id"), QStringLiteral("CUST-%1").arg(i % 5)}};
        overrides.insert(QStringLiteral("recipient"),
                         QJsonObject{{QStringLiteral("name"),
                                      i % 3 == 0 ? QStringLiteral("María García") : QStringLiteral("John Smith")}});
        overrides.insert(QStringLiteral("template"),
                         QJsonObject{{QStringLiteral("id"), QStringLiteral("TPL-STMT")},
                                     {QStringLiteral("version"), i % 2 ? QStringLiteral("2") : QStringLiteral("1")}});
        if (i % 4 == 1)
            overrides.insert(QStringLiteral("channel"), QStringLiteral("print"));
        return drop.communication(idFor(i), issuedFor(i), overrides);
    }

    void addSpecialCases(int count)
    {
        QJsonObject failed = drop.communication(QStringLiteral("EXS-T-FAILED"), issuedFor(count + 1));
        QJsonObject rendition = failed.value(QStringLiteral("rendition")).toObject();
        rendition.insert(QStringLiteral("sha256"), QString(64, QLatin1Char('0')));
        failed.insert(QStringLiteral("rendition"), rendition);
        drop.appendRecord(QStringLiteral("communications/b.ndjson"), failed);
        QJsonObject missing = drop.communication(QStringLiteral("EXS-T-MISSING"), issuedFor(count + 2));
        rendition = missing.value(QStringLiteral("rendition")).toObject();
        rendition.insert(QStringLiteral("path"), QStringLiteral("renditions/not-there.txt"));
        missing.insert(QStringLiteral("rendition"), rendition);
        drop.appendRecord(QStringLiteral("communications/b.ndjson"), missing);
    }

    void writeTemplates()
    {
        drop.append(
            QStringLiteral("templates/stmt.ndjson"),
            R"({"template_id": "TPL-STMT", "version": "1", "name": "Statement", "status": "superseded", "effective_from": "2025-01-01T00:00:00Z", "effective_to": "2026-01-01T12:00:00Z", "approvals": [{"step": "legal", "by": "m.okafor", "at": "2024-12-10T14:02:00Z", "decision": "approved"}], "body": "Dear customer\nYour balance is {{balance}}\nOld fee table\nKind regards"})"
            "\n"
            R"({"template_id": "TPL-STMT", "version": "2", "name": "Statement", "status": "approved", "effective_from": "2026-01-01T12:00:00Z", "approvals": [{"step": "legal", "by": "a.ng", "at": "2025-12-20T10:00:00Z", "decision": "approved", "note": "new fees"}], "body": "Dear customer\nYour balance is {{balance}}\nNew fee table\nA new line\nKind regards"})"
            "\n");
    }
};
