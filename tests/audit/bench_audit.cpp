// Appends N audit entries (default 1,000,000) in batches and verifies the chain; prints
// the times. Not a test: `bench_audit [N]`.
#include "audit/audittrail.h"
#include "audit/auditverifier.h"
#include "audit/canonicaljson.h"
#include "cache/cachefile.h"
#include "tempdatafolder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>
#include <cstdio>

using namespace proofdesk;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 n = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    TempDataFolder data;
    cache::Database db = cache::CacheFile::openWriter(cache::CacheFile::prepare(data.path()).databasePath);
    audit::AuditTrail trail(db);
    QElapsedTimer timer;
    timer.start();
    audit::AuditEntry e;
    e.user = QStringLiteral("alice.agent");
    e.role = QStringLiteral("agent");
    e.action = QStringLiteral("communication.view");
    e.objectType = QStringLiteral("communication");
    e.device = QStringLiteral("6f1c2a3e-0a4b-4c5d-8e9f-0123456789ab");
    for (qint64 i = 0; i < n;) {
        cache::Transaction tx(db);
        for (int k = 0; k < 50000 && i < n; ++k, ++i) {
            e.at = 1790000000000 + i;
            e.objectId = QStringLiteral("EXS-2026-10-%1").arg(i, 6, 10, QLatin1Char('0'));
            e.reason = (i % 10 == 0) ? QStringLiteral("customer called about the fee change") : QString();
            e.after = (i % 7 == 0)
                          ? audit::canonicalJson(QJsonObject{{QStringLiteral("status"), QStringLiteral("queued")}})
                          : QByteArray();
            trail.append(e);
        }
        tx.commit();
    }
    const qint64 appendMs = timer.restart();
    const audit::VerifyResult r = audit::AuditVerifier(db).verify();
    const qint64 verifyMs = timer.elapsed();
    std::printf("entries %lld, append %lld ms (%.0f/s), verify %lld ms (%.0f/s), ok %d, records.sqlite %lld MB\n",
                r.entries, appendMs, n * 1000.0 / qMax<qint64>(1, appendMs), verifyMs,
                r.entries * 1000.0 / qMax<qint64>(1, verifyMs), int(r.ok),
                QFileInfo(data.filePath(QStringLiteral("records.sqlite"))).size() / 1000000);
    return r.ok ? 0 : 1;
}
