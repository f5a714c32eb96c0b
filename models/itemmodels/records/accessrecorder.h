#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

namespace proofdesk::itemmodels {

class RecordsContext;

// Records in the audit trail what a person reads and takes out of the window, through the
// same library call as the command-line client (RecordsStore::recordAccess, in the role
// active in the window): every communication shown, every search settled on, every export.
// Search-as-you-type runs a search per pause in typing; only the one the person stays on
// (its results shown for `settleMs`, or a communication opened from it) is recorded, as a
// person would name "a search".
class AccessRecorder : public QObject
{
    Q_OBJECT

public:
    explicit AccessRecorder(RecordsContext *context, QObject *parent = nullptr);

    void setSettleMs(int ms) { m_settle.setInterval(ms); }

    // The results of `query` are shown (total = its exact count).
    void searchShown(const QString &query, qint64 total);
    // A communication is shown in the detail pane (records the pending search first).
    void communicationShown(const QString &communicationId);
    // The repositories were searched too ("Search the repositories too"): recorded at once,
    // after the pending search, with `detail` as `proofdesk-cli search --remote` records it
    // (services::RemoteSearch::auditDetail: the query, the cache's total, what was asked of whom).
    void remoteSearchDone(const QJsonObject &detail);
    // Results were exported to `path` (recorded with its full path, as results.export).
    void resultsExported(const QString &query, const QString &path, qint64 rows);
    // Reads shown while the trail could not take them, waiting to be recorded.
    int unrecorded() const { return int(m_unrecorded.size()); }

signals:
    // An entry was appended (action name, object id), or the library refused (message).
    void recorded(const QString &action, const QString &objectId);
    void refused(const QString &message);

private:
    struct Read
    {
        int action = 0;
        QString objectType;
        QString objectId;
        QJsonObject detail;
    };

    void recordPendingSearch();
    void record(int action, const QString &objectType, const QString &objectId, const QJsonObject &detail);
    void record(const Read &read, bool late);
    void recordUnrecorded();

    RecordsContext *m_context;
    QTimer m_settle;
    QString m_pendingQuery;
    qint64 m_pendingTotal = -1;
    QString m_lastRecordedQuery;
    QList<Read> m_unrecorded;
    bool m_catchingUp = false;
    QTimer m_retry;
};

} // namespace proofdesk::itemmodels
