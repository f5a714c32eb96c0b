#pragma once

#include "itemmodels/communicationdetail.h"

#include <QWidget>

class QListWidget;

// Related communications, one click away: the original of a reissue, the reissues of an
// original, and everything for the same customer, account, policy, claim, loan, case or
// workspace. Each opens as a search (newest first: the customer's timeline).
class RelatedPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RelatedPanel(QWidget *parent = nullptr);

    void showLinks(const QList<proofdesk::itemmodels::RelatedLink> &links);
    QListWidget *list() const { return m_list; }

signals:
    void searchRequested(const QString &query);

private:
    QListWidget *m_list;
};
