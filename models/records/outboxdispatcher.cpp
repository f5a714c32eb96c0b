#include "outboxdispatcher.h"

#include "cache/contentstore.h"
#include "cache/filetransaction.h"
#include "connectorsender.h"
#include "exceptioncaseregister.h"
#include "holddeliveries.h"
#include "reissuereplay.h"
#include "reissuestore.h"
#include "sync/connectorfactory.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

namespace proofdesk::records {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("proofdesk::records::OutboxDispatcher", text); }

std::unique_ptr<sync::RepositoryConnector> defaultConnector(const cache::RepositoryInfo &repository,
                                                            const QString &dataDir)
{
    cache::ContentStore store(dataDir);
    sync::ConnectorEnvironment environment;
    environment.dataDir = dataDir;
    return sync::createConnector(repository, store, environment);
}

} // namespace

std::unique_ptr<OutboxSender> defaultSender(const cache::RepositoryInfo &repository, const QString &dataDir)
{
    try {
        return std::make_unique<ConnectorSender>(defaultConnector(repository, dataDir));
    } catch (const std::exception &) {
        return nullptr; // a kind this build cannot speak: the item waits, with the reason shown
    }
}

OutboxDispatcher::OutboxDispatcher(const RecordsSession &session, RequestsKept kept)
    : m_session(session)
    , m_kept(kept)
    , m_factory([dataDir = QFileInfo(session.db().path()).absolutePath()](const cache::RepositoryInfo &repository) {
        return defaultSender(repository, dataDir);
    })
    , m_connectors([dataDir = QFileInfo(session.db().path()).absolutePath()](const cache::RepositoryInfo &repository) {
        return defaultConnector(repository, dataDir);
    })
{}

void OutboxDispatcher::markSent(const OutboxItem &item)
{
    cache::Database &db = m_session.db();
    cache::FileTransaction tx(db, cache::Locks::RecordsOnly);
    Outbox(db).markSent(item.id, m_session.now());
    if (item.kind == QLatin1String("reissue")) {
        db.prepare("UPDATE rec.reissue_requests SET status = 'sent', updated_at = ?2 "
                   "WHERE id = ?1 AND status = 'queued'")
            .bind(1, item.objectId)
            .bind(2, m_session.now())
            .run();
    }
    if (item.kind == QLatin1String("exception_case")) // the engine took it; refreshes tell the rest
        ExceptionCaseRegister(db).setState(item.objectId, QStringLiteral("started"), QString(), QString(),
                                           m_session.now());
    m_session.record(QStringLiteral("%1.send").arg(item.kind), item.kind, item.objectId, QString(), {},
                     QJsonObject{{QStringLiteral("outbox_id"), item.id}, {QStringLiteral("repo_id"), item.repoId}});
    tx.commit();
}

namespace {

bool mayLeave(const std::optional<ReissueRequest> &request)
{
    return request && (request->status == QLatin1String("approved") || request->status == QLatin1String("queued"));
}

} // namespace

bool OutboxDispatcher::withholdEndedReissue(const OutboxItem &item)
{
    if (item.kind != QLatin1String("reissue"))
        return false;
    cache::Database &db = m_session.db();
    if (mayLeave(ReissueStore(db).find(item.objectId)))
        return false; // the usual case: one read, no transaction
    cache::FileTransaction tx(db, cache::Locks::RecordsOnly);
    const auto request = ReissueStore(db).find(item.objectId);
    if (mayLeave(request))
        return false;
    const QString status = request ? request->status : QStringLiteral("unknown");
    Outbox(db).retire(item.id, QStringLiteral("not sent: the request was %1").arg(status), m_session.now());
    if (db.changes() == 0)
        return true; // another flush of this folder took it meanwhile: it says what became of it
    // No "status" in before/after: this step did not change the request's (reissueconflict.cpp
    // reads the entry that did as the decision that won).
    m_session.systemStep().record(QStringLiteral("reissue.withheld"), QStringLiteral("reissue"), item.objectId,
                                  audit::AuditReason("reissue.withheld", {status}).stored(),
                                  QJsonObject{{QStringLiteral("outbox"), item.state}},
                                  QJsonObject{{QStringLiteral("outbox"), QStringLiteral("withdrawn")}});
    tx.commit();
    return true;
}

QString OutboxDispatcher::alteredReissue(const OutboxItem &item) const
{
    if (item.kind != QLatin1String("reissue") || m_kept != RequestsKept::InThisFolder)
        return {};
    const ReissueReplay::Checked checked = ReissueReplay(m_session.db()).checkToSend(item.objectId);
    const QList<StateProblem> &problems = checked.problems;
    if (!problems.isEmpty())
        return tr("%1 waits unsent: %2").arg(problems.first().object, problems.first().problem);
    const std::optional<QString> &digest = checked.queuedPayloadDigest;
    if (digest && *digest != Outbox::payloadDigest(item.payload))
        return tr("reissue request %1 waits unsent: its outbox item is not what the request's queue entry put "
                  "there (it was changed outside Proofdesk)")
            .arg(item.objectId);
    return {};
}

bool OutboxDispatcher::replaceWholeHoldItem(const OutboxItem &item, const cache::RepositoryInfo &repository)
{
    if (item.kind != QLatin1String("hold") || !HoldDeliveries::takesObjectHolds(repository.kind))
        return false;
    cache::Database &db = m_session.db();
    cache::FileTransaction tx(db, cache::Locks::RecordsOnly);
    HoldDeliveries(db).plan(item.objectId, m_session.now());
    Outbox(db).retire(item.id, QStringLiteral("replaced by the hold's deliveries to each object"), m_session.now());
    tx.commit();
    return true;
}

void OutboxDispatcher::deliverHolds(FlushReport &report)
{
    cache::RepositoryStore repositories(m_session.db());
    for (const qint64 repoId : HoldDeliveries(m_session.db()).repositoriesWithPending()) {
        const auto repository = repositories.findById(repoId);
        std::unique_ptr<OutboxSender> sender = repository ? m_factory(*repository) : nullptr;
        if (!sender) {
            report.errors << QStringLiteral("%1 cannot receive holds from this build; its objects wait")
                                 .arg(repository ? repository->name : QString::number(repoId));
            continue;
        }
        const HoldDeliveryReport delivered = HoldDeliverer(m_session, m_observer).deliver(*repository, *sender);
        report.objectsConfirmed += delivered.confirmed;
        report.objectsRefused += delivered.refused;
        report.objectsWaiting += delivered.waiting;
        report.errors << delivered.errors;
        if (delivered.stopped)
            return;
    }
}

FlushReport OutboxDispatcher::flush()
{
    FlushReport report;
    cache::Database &db = m_session.db();
    cache::RepositoryStore repositories(db);
    Outbox outbox(db);
    for (const OutboxItem &item : outbox.pending()) {
        const auto repository = repositories.findById(item.repoId);
        if (repository && replaceWholeHoldItem(item, *repository))
            continue;
        std::unique_ptr<OutboxSender> sender = repository ? m_factory(*repository) : nullptr;
        if (!sender) {
            ++report.waiting;
            const QString why =
                repository
                    ? QStringLiteral("%1 (%2) has no way to receive %3 requests yet; the item waits in the outbox")
                          .arg(repository->name, repository->kind, item.kind)
                    : QStringLiteral("repository %1 is no longer configured; the item waits in the outbox")
                          .arg(item.repoId);
            if (item.lastError != why)
                outbox.markAttemptFailed(item.id, why);
            continue;
        }
        if (withholdEndedReissue(item))
            continue;
        if (const QString altered = alteredReissue(item); !altered.isEmpty()) {
            ++report.waiting;
            report.errors << altered;
            if (item.lastError != altered)
                outbox.markAttemptFailed(item.id, altered);
            continue;
        }
        try {
            sender->send(item);
        } catch (const std::exception &e) {
            ++report.waiting;
            report.errors << QString::fromUtf8(e.what());
            outbox.markAttemptFailed(item.id, QString::fromUtf8(e.what()));
            continue;
        }
        markSent(item);
        ++report.sent;
    }
    deliverHolds(report);
    const CaseRefreshReport cases = refreshExceptionCases(m_session, m_connectors);
    report.casesChanged = cases.changed;
    report.errors << cases.errors;
    const ReissueOutcomeReport reissues = refreshReissueOutcomes(m_session, m_connectors);
    report.reissuesEnded = reissues.ended;
    report.errors << reissues.errors;
    return report;
}

} // namespace proofdesk::records
