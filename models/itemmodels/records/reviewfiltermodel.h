#pragma once

#include <QSortFilterProxyModel>

namespace proofdesk::itemmodels {

// The review list as filtered: by a tag, by a reviewer, or only the letters nobody reviewed.
class ReviewFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setTag(const QString &tag);
    void setReviewer(const QString &reviewer);
    void setUnreviewedOnly(bool only);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_tag;
    QString m_reviewer;
    bool m_unreviewedOnly = false;
};

} // namespace proofdesk::itemmodels
