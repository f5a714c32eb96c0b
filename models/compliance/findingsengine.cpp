#include "findingsengine.h"

#include "cache/bulkload.h"
#include "findingchecks.h"
#include "findingscope.h"
#include "records/exceptioncaseregister.h"
#include "records/findingreviewregister.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <algorithm>
#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcFindings, "proofdesk.findings")

namespace proofdesk::compliance {

namespace {

// One read transaction for every check, unless the caller already has one open.
class ReadTransaction
{
public:
    explicit ReadTransaction(cache::Database &db)
        : m_db(db)
        , m_own(sqlite3_get_autocommit(db.handle()) != 0)
    {
        if (m_own)
            m_db.exec("BEGIN");
    }
    ~ReadTransaction()
    {
        if (!m_own)
            return;
        try {
            m_db.exec("COMMIT"); // only the temporary scope table was written
        } catch (const cache::SqliteError &) {
            sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
        }
    }
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

private:
    cache::Database &m_db;
    bool m_own;
};

QString reviewKey(const QString &kind, const QString &commId) { return kind + QLatin1Char('\n') + commId.toLower(); }

} // namespace

FindingsEngine::FindingsEngine(cache::Database &db)
    : m_db(db)
{}

FindingsReport FindingsEngine::run(const QString &query, const FindingOptions &options)
{
    const qint64 limit = options.scopeDriveLimit < 0 ? kDriveLimit : options.scopeDriveLimit;
    return runScoped(query, options, [&] { return std::make_unique<FindingScope>(m_db, query.trimmed(), limit); });
}

FindingsReport FindingsEngine::runOnRows(const QList<qint64> &rowIds, const FindingOptions &options)
{
    const qint64 limit = options.scopeDriveLimit < 0 ? kDriveLimit : options.scopeDriveLimit;
    return runScoped(QString(), options, [&] { return std::make_unique<FindingScope>(m_db, rowIds, limit); });
}

FindingsReport FindingsEngine::runScoped(const QString &query, const FindingOptions &options,
                                         const std::function<std::unique_ptr<FindingScope>()> &makeScope)
{
    FindingsReport report;
    report.query = query.trimmed();
    report.ranAt = options.now ? options.now : QDateTime::currentMSecsSinceEpoch();
    QElapsedTimer timer;
    timer.start();
    try {
        ReadTransaction snapshot(m_db);
        const std::unique_ptr<FindingScope> scoped = makeScope();
        const FindingScope &scope = *scoped;
        if (!scope.error().isEmpty()) {
            report.error = scope.error();
            return report;
        }
        report.scopeCount = scope.count();
        if (report.scopeCount == 0 && !scope.isWholeCache())
            return report; // an empty search has no findings: skip the checks
        FindingOptions effective = options;
        effective.now = report.ranAt;
        const FindingChecks checks(m_db, scope, effective);
        for (FindingKind kind : allKinds()) {
            if (options.kinds.isEmpty() || options.kinds.contains(kind))
                checks.run(kind, report.findings);
        }
        attachReviews(report.findings);
        attachExceptionCases(report.findings);
    } catch (const std::exception &e) {
        const QString loading = cache::BulkLoad::unavailableWhileLoading(m_db);
        report.error = loading.isEmpty() ? QString::fromUtf8(e.what()) : loading;
        if (const auto *sqlite = dynamic_cast<const cache::SqliteError *>(&e)) {
            // SQLite's words without the statement they met it in ("… in: WITH …"): the
            // statement means nothing to the person and shows the schema.
            if (loading.isEmpty())
                report.error = report.error.section(QStringLiteral(" in: "), 0, 0);
            if (sqlite->isCorrupt())
                report.damage = *sqlite;
        }
        report.findings.clear();
    }
    std::stable_sort(report.findings.begin(), report.findings.end(), [](const Finding &a, const Finding &b) {
        if (a.kind != b.kind)
            return a.kind < b.kind;
        if (a.issuedAt != b.issuedAt)
            return a.issuedAt < b.issuedAt;
        return a.commId < b.commId;
    });
    report.elapsedMs = timer.elapsed();
    qCDebug(lcFindings) << "findings" << report.query << report.findings.size() << "over" << report.scopeCount << "in"
                        << report.elapsedMs << "ms";
    return report;
}

void FindingsEngine::attachReviews(QList<Finding> &findings) const
{
    if (findings.isEmpty())
        return;
    // Review marks are few (people write them one at a time): read them all, latest wins.
    QHash<QString, FindingReview> latest;
    for (const FindingReview &review : records::FindingReviewRegister(m_db).list())
        latest.insert(reviewKey(review.kind, review.communicationId), review);
    if (latest.isEmpty())
        return;
    for (Finding &f : findings) {
        const auto it = latest.constFind(reviewKey(kindName(f.kind), f.commId));
        if (it != latest.constEnd())
            f.review = *it;
    }
}

void FindingsEngine::attachExceptionCases(QList<Finding> &findings) const
{
    if (findings.isEmpty())
        return;
    // Cases are opened one at a time by people: few, read them all.
    QHash<QString, records::ExceptionCase> byFinding;
    for (const records::ExceptionCase &c : records::ExceptionCaseRegister(m_db).list())
        byFinding.insert(reviewKey(c.finding, c.communicationId), c);
    if (byFinding.isEmpty())
        return;
    for (Finding &f : findings) {
        const auto it = byFinding.constFind(reviewKey(kindName(f.kind), f.commId));
        if (it != byFinding.constEnd())
            f.exceptionCase = *it;
    }
}

} // namespace proofdesk::compliance
