#pragma once

#include "itemmodels/communicationdetail.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

// The template version a communication was produced with: its status, whether it was
// approved at issue time and by whom, a way to its version history, and the content
// blocks placed in the document.
class TemplatePanel : public QWidget
{
    Q_OBJECT

public:
    explicit TemplatePanel(QWidget *parent = nullptr);

    void showDetail(const proofdesk::itemmodels::CommunicationDetail &detail);
    // Nothing shown: no communication is selected.
    void clear();
    QString summaryText() const;

signals:
    void historyRequested(const QString &templateId, const QString &version);
    void searchRequested(const QString &query);

private:
    QString approvalText(const proofdesk::itemmodels::CommunicationDetail &detail) const;
    void showBlocks(const proofdesk::itemmodels::CommunicationDetail &detail);

    QLabel *m_summary;
    QLabel *m_approval;
    QPushButton *m_history;
    QPushButton *m_produced;
    QTreeWidget *m_blocks;
    QString m_templateId;
    QString m_version;
};
