#include "accessrecorder.h"

#include "recordscontext.h"

#include "cache/documentcache.h"

#include <QDateTime>
#include <QFileInfo>

namespace proofdesk::itemmodels {

namespace {

struct AccessDone : RecordsOutcome
{
};

} // namespace

AccessRecorder::AccessRecorder(RecordsContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(1500);
    connect(&m_settle, &QTimer::timeout, this, &AccessRecorder::recordPendingSearch);
}

void AccessRecorder::searchShown(const QString &query, qint64 total)
{
    m_pendingQuery = query;
    m_pendingTotal = total;
    m_settle.start();
}

void AccessRecorder::communicationShown(const QString &communicationId)
{
    if (communicationId.isEmpty())
        return;
    recordPendingSearch(); // the search it was found by comes first in the trail
    record(int(records::Action::ViewCommunication), QStringLiteral("communication"), communicationId, {});
}

void AccessRecorder::resultsExported(const QString &query, const QString &path, qint64 rows)
{
    record(int(records::Action::ExportResults), QStringLiteral("search"), QString(),
           QJsonObject{{QStringLiteral("query"), query},
                       {QStringLiteral("path"), QFileInfo(path).absoluteFilePath()},
                       {QStringLiteral("rows"), rows}});
}

void AccessRecorder::recordPendingSearch()
{
    m_settle.stop();
    if (m_pendingTotal < 0)
        return;
    const QString query = m_pendingQuery;
    const qint64 total = m_pendingTotal;
    m_pendingTotal = -1;
    // The same search shown again (a refresh, a sort) is one search for the trail.
    if (query == m_lastRecordedQuery)
        return;
    m_lastRecordedQuery = query;
    // As `proofdesk-cli search` records it: the query and its total.
    record(int(records::Action::Search), QStringLiteral("search"), QString(),
           QJsonObject{{QStringLiteral("query"), query}, {QStringLiteral("total"), total}});
}

void AccessRecorder::record(int actionValue, const QString &objectType, const QString &objectId,
                            const QJsonObject &detail)
{
    const auto action = records::Action(actionValue);
    m_context->run<AccessDone>(
        action, this,
        [action, objectType, objectId, detail](services::ActionContext &a) {
            a.records.recordAccess(action, objectType, objectId, detail);
            // The bounded content store evicts the least recently viewed documents first.
            if (action == records::Action::ViewCommunication)
                cache::DocumentCache::markViewed(a.cache, objectId, QDateTime::currentMSecsSinceEpoch());
            return AccessDone{};
        },
        [this, action, objectId](AccessDone out) {
            if (out.ok())
                emit recorded(records::actionName(action), objectId);
            else
                emit refused(out.error);
        });
}

} // namespace proofdesk::itemmodels
