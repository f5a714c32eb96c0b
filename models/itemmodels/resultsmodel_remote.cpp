// ResultsModel: the repositories' rows of "Search the repositories too" (after the cached rows).
#include "domain/codelabels.h"
#include "resultsmodel.h"

namespace proofdesk::itemmodels {

namespace {

// The columns of a repository's communication, as a cached row shows them.
search::SearchHit shownColumns(const domain::Communication &c)
{
    search::SearchHit h;
    h.id = c.id;
    h.issuedAt = c.issuedAt;
    h.type = c.type;
    h.channel = c.channel;
    h.customerId = c.customerId;
    h.recipientName = c.recipientName;
    h.origin = c.origin;
    h.businessUnit = c.businessUnit;
    h.templateId = c.templateId;
    h.templateVersion = c.templateVersion;
    return h;
}

} // namespace

bool ResultsModel::setRemoteHits(const QString &query, const QList<services::RemoteHit> &hits)
{
    if (query != m_shownQuery)
        return false;
    clearRemoteHits();
    m_remoteQuery = query;
    if (hits.isEmpty())
        return true;
    const int first = rowCount();
    beginInsertRows({}, first, first + int(hits.size()) - 1);
    for (const services::RemoteHit &hit : hits)
        m_remote.append(RemoteRow{hit, shownColumns(hit.record), false});
    endInsertRows();
    return true;
}

void ResultsModel::clearRemoteHits()
{
    m_remoteQuery.clear();
    if (m_remote.isEmpty())
        return;
    beginRemoveRows({}, int(m_total), int(m_total + m_remote.size()) - 1);
    m_remote.clear();
    endRemoveRows();
}

void ResultsModel::keepRemoteRowsOf(const QString &query)
{
    if (query != m_remoteQuery) {
        m_remote.clear();
        m_remoteQuery.clear();
        return;
    }
    m_remote.removeIf([](const RemoteRow &row) { return row.kept; });
}

int ResultsModel::notCachedCount() const
{
    return int(std::count_if(m_remote.cbegin(), m_remote.cend(), [](const RemoteRow &row) { return !row.kept; }));
}

const services::RemoteHit *ResultsModel::remoteHitAt(int row) const
{
    return isRemoteRow(row) && !m_remote.at(row - m_total).kept ? &m_remote.at(row - m_total).hit : nullptr;
}

void ResultsModel::markKeptOffline(const QStringList &ids)
{
    for (int i = 0; i < m_remote.size(); ++i) {
        if (m_remote.at(i).kept || !ids.contains(m_remote.at(i).hit.record.id))
            continue;
        m_remote[i].kept = true;
        const int row = int(m_total) + i;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

QVariant ResultsModel::remoteData(int remoteRow, int column, int role) const
{
    const RemoteRow &row = m_remote.at(remoteRow);
    switch (role) {
    case Qt::DisplayRole:
        if (column == WhereColumn)
            return row.kept ? tr("Cached") : tr("In %1").arg(row.hit.repository);
        if (column == FixityColumn && !row.kept)
            return tr("Not fetched");
        return cellText(row.shown, column);
    case Qt::ToolTipRole:
        return row.kept ? tr("%1 was kept offline: it is in the cache now").arg(row.shown.id)
                        : tr("%1 is not in the cache: %2 holds it. Opening it keeps it offline first; its document is "
                             "then fetched and verified.")
                              .arg(row.shown.id, row.hit.repository);
    case CommunicationIdRole:
        return row.shown.id;
    case IssuedAtRole:
        return row.shown.issuedAt;
    case RemoteRole:
        return !row.kept;
    case RepositoryRole:
        return row.hit.repository;
    case HeldRole:
    case ReissuePendingRole:
        return false;
    case LoadedRole:
        return true;
    default:
        return {};
    }
}

} // namespace proofdesk::itemmodels
