#include "accessrecorder.h"

#include "cache/documentcache.h"
#include "recordscontext.h"

#include <QDateTime>
#include <QFileInfo>

namespace proofdesk::itemmodels {

namespace {

struct AccessDone : RecordsOutcome
{};

} // namespace

AccessRecorder::AccessRecorder(RecordsContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(1500);
    connect(&m_settle, &QTimer::timeout, this, &AccessRecorder::recordPendingSearch);
    m_read.setSingleShot(true);
    m_read.setInterval(kReadMs);
    connect(&m_read, &QTimer::timeout, this, [this] { recordView(std::exchange(m_pendingView, QString())); });
    m_retry.setInterval(30000);
    connect(&m_retry, &QTimer::timeout, this, &AccessRecorder::recordUnrecorded);
}

void AccessRecorder::searchShown(const QString &query, qint64 total)
{
    m_pendingQuery = query;
    m_pendingTotal = total;
    m_settle.start();
}

void AccessRecorder::communicationShown(const QString &communicationId)
{
    if (communicationId == m_recordedView)
        return; // the same letter still on screen (a refresh, its document arriving)
    m_recordedView.clear();
    m_pendingView = communicationId;
    if (communicationId.isEmpty())
        m_read.stop();
    else
        m_read.start();
}

void AccessRecorder::communicationOpened(const QString &communicationId)
{
    if (communicationId.isEmpty() || communicationId == m_recordedView)
        return;
    m_read.stop();
    m_pendingView.clear();
    recordView(communicationId);
}

void AccessRecorder::screenHidden()
{
    m_read.stop();
    m_pendingView.clear();
    m_recordedView.clear();
    m_settle.stop();
    m_pendingTotal = -1;
    m_lastRecordedQuery.clear(); // shown again, it is another look
}

void AccessRecorder::recordView(const QString &communicationId)
{
    if (communicationId.isEmpty())
        return;
    m_recordedView = communicationId;
    recordPendingSearch(); // the search it was found by comes first in the trail
    record(int(records::Action::ViewCommunication), QStringLiteral("communication"), communicationId, {});
}

void AccessRecorder::remoteSearchDone(const QJsonObject &detail)
{
    recordPendingSearch();
    record(int(records::Action::Search), QStringLiteral("search"), QString(), detail);
}

void AccessRecorder::resultsExported(const QString &query, const QString &path, qint64 rows)
{
    record(int(records::Action::ExportResults), QStringLiteral("search"), QString(),
           QJsonObject{{QStringLiteral("query"), query},
                       {QStringLiteral("path"), QFileInfo(path).absoluteFilePath()},
                       {QStringLiteral("rows"), rows}});
}

void AccessRecorder::keptOffline(const QStringList &communicationIds)
{
    m_context->run<AccessDone>(
        records::Action::Search, this,
        [communicationIds](services::ActionContext &a) {
            a.records.actor().require(records::Action::Search, QStringLiteral("communication"),
                                      communicationIds.value(0));
            for (const QString &id : communicationIds)
                a.records.actor().record(QStringLiteral("communication.keep_offline"), QStringLiteral("communication"),
                                         id);
            return AccessDone{};
        },
        [this, communicationIds](AccessDone out) {
            if (out.ok())
                emit recorded(QStringLiteral("communication.keep_offline"), communicationIds.value(0));
            else
                emit refused(out.error);
        });
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
    record(Read{actionValue, objectType, objectId, detail}, false);
}

void AccessRecorder::record(const Read &read, bool late)
{
    const auto action = records::Action(read.action);
    const QString objectType = read.objectType;
    const QString objectId = read.objectId;
    const QJsonObject detail = read.detail;
    m_context->run<AccessDone>(
        action, this,
        [action, objectType, objectId, detail](services::ActionContext &a) {
            a.records.actor().recordAccess(action, objectType, objectId, detail);
            // The bounded content store evicts the least recently viewed documents first.
            if (action == records::Action::ViewCommunication)
                cache::DocumentCache::markViewed(a.cache, objectId, QDateTime::currentMSecsSinceEpoch());
            return AccessDone{};
        },
        [this, read, late, action, objectId](AccessDone out) {
            if (late)
                m_catchingUp = false;
            if (out.ok()) {
                emit recorded(records::actionName(action), objectId);
                if (late)
                    m_unrecorded.removeFirst();
                recordUnrecorded(); // the trail takes entries again: what waited goes next
                return;
            }
            // A role's refusal is recorded by the library itself; any other failure (a full
            // disk) leaves the read unrecorded: kept, with the time it was shown, until the
            // trail takes it.
            if (!out.refused && !late) {
                Read kept = read;
                kept.detail.insert(QStringLiteral("shown_at"),
                                   QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
                m_unrecorded.append(kept);
                m_retry.start();
            }
            emit refused(out.error);
        });
}

void AccessRecorder::recordUnrecorded()
{
    if (m_unrecorded.isEmpty()) {
        m_retry.stop();
        return;
    }
    if (m_catchingUp)
        return; // one at a time, in the order they were shown
    m_catchingUp = true;
    record(m_unrecorded.first(), true);
}

} // namespace proofdesk::itemmodels
