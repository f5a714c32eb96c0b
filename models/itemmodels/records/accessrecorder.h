#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

namespace proofdesk::itemmodels {

class RecordsContext;

// Records in the audit trail what a person reads and takes out of the window, through the
// same library call as the command-line client (RecordsActor::recordAccess, in the role
// active in the window): what a person looked at, every search settled on, every export.
// The rule (README "What the trail records of reading"), the same for mouse and keyboard:
// - a letter is recorded as read when it stays on screen `readMs` (1.5 s), or at once when it
//   is opened on purpose (Return, a double-click, Open in New Window, Open from a finding, a
//   request or a hold); a letter passed over (Down, PageDown, a click before the next click)
//   is not. Shown again after it left the screen, it is another look.
// - a search is recorded when its results stay shown `settleMs` (1.5 s), or when a letter is
//   read from it; search-as-you-type runs one per pause in typing, and only the one the person
//   stays on is "a search".
// - nothing is recorded while the review workspace is not in front (screenHidden()).
class AccessRecorder : public QObject
{
    Q_OBJECT

public:
    // How long a letter (or a list, such as the disposition review) stays on screen before it
    // counts as read.
    static constexpr int kReadMs = 1500;

    explicit AccessRecorder(RecordsContext *context, QObject *parent = nullptr);

    void setSettleMs(int ms) { m_settle.setInterval(ms); }
    void setReadMs(int ms) { m_read.setInterval(ms); }

    // The results of `query` are shown (total = its exact count).
    void searchShown(const QString &query, qint64 total);
    // A communication is shown in the detail pane: recorded once it stays there readMs (the
    // pending search first). Another shown before then replaces it.
    void communicationShown(const QString &communicationId);
    // A communication opened on purpose: recorded now (once for as long as it stays shown).
    void communicationOpened(const QString &communicationId);
    // What was shown left the screen (another workspace in front, the window hidden): the
    // letter and the search not yet recorded are dropped; shown again, they count again.
    void screenHidden();
    // The repositories were searched too ("Search the repositories too"): recorded at once,
    // after the pending search, with `detail` as `proofdesk-cli search --remote` records it
    // (services::RemoteSearch::auditDetail: the query, the cache's total, what was asked of whom).
    void remoteSearchDone(const QJsonObject &detail);
    // Communications found in the repositories were kept offline (brought into the cache):
    // one `communication.keep_offline` entry each, checked as a search is.
    void keptOffline(const QStringList &communicationIds);
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
    void recordView(const QString &communicationId);
    void record(int action, const QString &objectType, const QString &objectId, const QJsonObject &detail);
    void record(const Read &read, bool late);
    void recordUnrecorded();

    RecordsContext *m_context;
    QTimer m_settle;
    QString m_pendingQuery;
    qint64 m_pendingTotal = -1;
    QString m_lastRecordedQuery;
    QTimer m_read;
    QString m_pendingView;  // shown, not read long enough yet
    QString m_recordedView; // recorded, and still on screen
    QList<Read> m_unrecorded;
    bool m_catchingUp = false;
    QTimer m_retry;
};

} // namespace proofdesk::itemmodels
