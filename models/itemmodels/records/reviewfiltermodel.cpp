#include "reviewfiltermodel.h"

#include "domain/textfold.h"
#include "reviewmodel.h"

namespace proofdesk::itemmodels {

void ReviewFilterModel::setTag(const QString &tag)
{
    m_tag = tag;
    invalidateFilter();
}

void ReviewFilterModel::setReviewer(const QString &reviewer)
{
    m_reviewer = reviewer;
    invalidateFilter();
}

void ReviewFilterModel::setUnreviewedOnly(bool only)
{
    m_unreviewedOnly = only;
    invalidateFilter();
}

bool ReviewFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_unreviewedOnly && index.data(ReviewModel::ReviewedRole).toBool())
        return false;
    if (!m_reviewer.isEmpty()
        && domain::foldCase(index.data(ReviewModel::ReviewerRole).toString()) != domain::foldCase(m_reviewer))
        return false;
    return m_tag.isEmpty() || index.data(ReviewModel::TagsRole).toStringList().contains(m_tag);
}

} // namespace proofdesk::itemmodels
