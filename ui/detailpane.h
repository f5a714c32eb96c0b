#pragma once

#include "itemmodels/communicationdetail.h"

#include <QWidget>

#include <optional>

class DocumentView;
class FixityBadge;
class QLabel;
class QSplitter;
class QTabWidget;
class QTableView;
class RelatedPanel;
class TemplatePanel;

namespace proofdesk::itemmodels {
class DeliveryEventsModel;
class DetailLoader;
class MetadataModel;
}

// Everything about the selected communication: the document as sent with its fixity badge,
// then tabs for metadata, the delivery timeline, the template version and related
// communications. Loading happens on a worker thread (DetailLoader); the pane shows
// "Loading…" meanwhile and only the newest selection's answer.
class DetailPane : public QWidget
{
    Q_OBJECT

public:
    DetailPane(const QString &databasePath, const QString &dataDir, QWidget *parent = nullptr);

    void showCommunication(std::optional<qint64> rowid);
    std::optional<qint64> shownRowId() const { return m_rowid; }
    QString shownId() const { return m_detail.id(); }
    const proofdesk::itemmodels::CommunicationDetail &detail() const { return m_detail; }
    void focusDocument();

    DocumentView *documentView() const { return m_document; }
    FixityBadge *fixityBadge() const { return m_badge; }
    TemplatePanel *templatePanel() const { return m_template; }
    QTabWidget *tabs() const { return m_tabs; }
    QSplitter *splitter() const { return m_splitter; }
    QString deliveryStatusText() const;

signals:
    void searchRequested(const QString &query);
    void templateHistoryRequested(const QString &templateId, const QString &version);
    // The detail of a selection is shown (tests and timing).
    void detailShown(qint64 rowid);

private:
    void onLoaded(const proofdesk::itemmodels::CommunicationDetail &detail);
    QWidget *buildDeliveryTab();
    QWidget *buildMetadataTab();
    void showHeader(const proofdesk::itemmodels::CommunicationDetail &detail);

    proofdesk::itemmodels::DetailLoader *m_loader;
    proofdesk::itemmodels::MetadataModel *m_metadata;
    proofdesk::itemmodels::DeliveryEventsModel *m_events;
    QLabel *m_title;
    FixityBadge *m_badge;
    DocumentView *m_document;
    QTabWidget *m_tabs;
    QSplitter *m_splitter;
    QLabel *m_deliveryStatus = nullptr;
    TemplatePanel *m_template;
    RelatedPanel *m_related;
    std::optional<qint64> m_rowid;
    proofdesk::itemmodels::CommunicationDetail m_detail;
};
