#pragma once

#include "itemmodels/communicationdetail.h"
#include "records/reissue.h"

#include <QHash>
#include <QSet>
#include <QWidget>
#include <optional>

class DocumentView;
class FixityBadge;
class QLabel;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class RelatedPanel;
class TemplatePanel;

namespace proofdesk::itemmodels {
class DeliveryEventsModel;
class DetailLoader;
class MetadataModel;
class PendingReissues;
} // namespace proofdesk::itemmodels

namespace proofdesk::services {
class DocumentFetchJob;
}

// Everything about the selected communication: the document as sent with its fixity badge,
// then tabs for metadata, the delivery timeline, the template version and related
// communications. Loading happens on a worker thread (DetailLoader); the pane shows
// "Loading…" meanwhile and only the newest selection's answer. A document of a network
// repository that is not in the content store yet is fetched in the background
// (DocumentFetchJob) and shown, verified, when it arrives.
class DetailPane : public QWidget
{
    Q_OBJECT

public:
    DetailPane(const QString &databasePath, const QString &dataDir, QWidget *parent = nullptr);

    // nullopt (the selection left the results: a new search, no results): the pane empties,
    // so that nobody discusses or reissues a letter that is no longer selected.
    void showCommunication(std::optional<qint64> rowid);
    // A repository's communication the cache does not hold (Search the Repositories Too):
    // its metadata as the repository gave it, what opening it does, and Keep Offline.
    void showRemoteHit(const QJsonObject &record, const QString &repository);
    bool showsRemoteHit() const { return m_showsRemote; }
    QPushButton *keepOfflineButton() const { return m_keepOffline; }
    std::optional<qint64> shownRowId() const { return m_rowid; }
    QString shownId() const { return m_detail.id(); }
    const proofdesk::itemmodels::CommunicationDetail &detail() const { return m_detail; }
    void focusDocument();
    // Lists the shown letter's reissues not ended yet in Details, and follows them as they
    // change (read by the window for every pane, not once a selection).
    void setPendingReissues(proofdesk::itemmodels::PendingReissues *pending);

    DocumentView *documentView() const { return m_document; }
    FixityBadge *fixityBadge() const { return m_badge; }
    // "Fetch Again and Verify": shown when a network repository's document failed fixity.
    QPushButton *refetchButton() const { return m_refetch; }
    QPushButton *evidenceButton() const { return m_evidence; }
    TemplatePanel *templatePanel() const { return m_template; }
    QTabWidget *tabs() const { return m_tabs; }
    QSplitter *splitter() const { return m_splitter; }
    QString deliveryStatusText() const;
    proofdesk::services::DocumentFetchJob *documentFetchJob() const { return m_fetch; }

signals:
    void searchRequested(const QString &query);
    void templateHistoryRequested(const QString &templateId, const QString &version);
    // The detail of a selection is shown (tests and timing).
    void detailShown(qint64 rowid);
    // The pane was emptied (the selection left the results).
    void cleared();
    // A document fetched on demand changed a communication's fixity in the cache.
    void documentFetched(const QString &communicationId);
    // Keep Offline for the repository's communication shown (showRemoteHit).
    void keepOfflineRequested();
    // "Export Evidence Package…" for the communication shown.
    void evidenceRequested(const QString &communicationId);

private:
    void onLoaded(const proofdesk::itemmodels::CommunicationDetail &detail);
    void clear();
    void setUpTitle();
    void setUpButtons();
    void layOut();
    void connectParts();
    QWidget *buildDeliveryTab();
    QWidget *buildMetadataTab();
    void showHeader(const proofdesk::itemmodels::CommunicationDetail &detail);
    // Fetches the shown document when it is a network repository's and not here yet, or
    // says why it is not shown (fetching, could not be fetched, cannot be verified).
    void showFetchState(const proofdesk::itemmodels::CommunicationDetail &detail);
    void onFetched(const QString &id, const QString &fixity, const QString &message);
    void retryFetch();
    // A failed fixity may be a transfer gone wrong: the bytes are asked for again and verified.
    void refetch();
    // Details again when the shown letter's pending reissues changed.
    void onPendingReissuesChanged();
    QList<proofdesk::records::ReissueRequest> pendingReissuesOfShown() const;

    proofdesk::itemmodels::DetailLoader *m_loader;
    proofdesk::itemmodels::MetadataModel *m_metadata;
    proofdesk::itemmodels::DeliveryEventsModel *m_events;
    QLabel *m_title;
    QLabel *m_rowChanged; // the cache's row was changed outside Proofdesk
    FixityBadge *m_badge;
    QPushButton *m_refetch;
    QPushButton *m_evidence;
    QPushButton *m_keepOffline;
    bool m_showsRemote = false;
    QTableView *m_metadataView = nullptr;
    QTableView *m_eventsView = nullptr;
    DocumentView *m_document;
    QTabWidget *m_tabs;
    QSplitter *m_splitter;
    QLabel *m_deliveryStatus = nullptr;
    TemplatePanel *m_template;
    RelatedPanel *m_related;
    proofdesk::services::DocumentFetchJob *m_fetch;
    // Keyed by communication id and document SHA-256: one version of one document.
    QSet<QString> m_fetched;               // fetched (or tried) this session: not again unasked
    QHash<QString, QString> m_fetchErrors; // why it could not be fetched, until Retry
    QHash<QString, QString> m_fetching;    // communication id → the key its fetch is for
    std::optional<qint64> m_rowid;
    proofdesk::itemmodels::CommunicationDetail m_detail;
    proofdesk::itemmodels::PendingReissues *m_pendingReissues = nullptr;
    QStringList m_shownReissueStates; // "id|status" of those Details lists now
};
