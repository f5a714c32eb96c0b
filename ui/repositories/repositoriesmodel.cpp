#include "repositoriesmodel.h"

#include "util/readerdates.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>

RepositoriesModel::RepositoriesModel(const QString &databasePath, QObject *parent)
    : QAbstractTableModel(parent)
    , m_databasePath(databasePath)
{
    reload();
}

void RepositoriesModel::reload()
{
    beginResetModel();
    try {
        m_rows = proofdesk::sync::listRepositories(m_databasePath);
    } catch (const std::exception &) {
        m_rows.clear(); // an unreadable cache shows an empty list; the main window reports it
    }
    endResetModel();
}

int RepositoriesModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).info.name == name)
            return i;
    }
    return -1;
}

int RepositoriesModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int RepositoriesModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString RepositoriesModel::kindName(const QString &kind)
{
    if (kind == QLatin1String("drop"))
        return tr("Drop folder");
    if (kind == QLatin1String("cmis"))
        return tr("CMIS");
    if (kind == QLatin1String("archivesspace"))
        return tr("ArchivesSpace");
    if (kind == QLatin1String("workflow"))
        return tr("Workflow service");
    if (kind == QLatin1String("delivery"))
        return tr("Delivery feed");
    return kind;
}

static QString when(qint64 msecs) { return proofdesk::util::readerDateTime(QDateTime::fromMSecsSinceEpoch(msecs)); }

QString RepositoriesModel::statusText(const proofdesk::cache::RepositoryInfo &info)
{
    if (info.offlineSince)
        return tr("Offline since %1").arg(when(*info.offlineSince));
    return info.lastSync ? tr("Online") : tr("Never synced");
}

QVariant RepositoriesModel::display(const proofdesk::sync::RepositoryStatus &r, int column) const
{
    switch (column) {
    case NameColumn:
        return r.info.name;
    case KindColumn:
        return kindName(r.info.kind);
    case UrlColumn:
        return r.info.url;
    case StatusColumn:
        return statusText(r.info);
    case LastSyncColumn:
        return r.info.lastSync ? when(*r.info.lastSync) : tr("Never");
    case RecordsColumn:
        return QLocale().toString(r.records);
    case ErrorColumn:
        return r.info.lastError;
    default:
        return {};
    }
}

QVariant RepositoriesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(r, index.column());
    case Qt::ToolTipRole:
        return index.column() == ErrorColumn || index.column() == StatusColumn
                   ? QVariant(r.info.lastError.isEmpty() ? statusText(r.info) : r.info.lastError)
                   : display(r, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == RecordsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        return index.column() == StatusColumn && r.info.offlineSince ? QVariant(QColor(0xb0, 0x30, 0x20)) : QVariant();
    case NameRole:
        return r.info.name;
    case OfflineRole:
        return r.info.offlineSince.has_value();
    default:
        return {};
    }
}

QVariant RepositoriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case UrlColumn:
        return tr("Address");
    case StatusColumn:
        return tr("Status");
    case LastSyncColumn:
        return tr("Last sync");
    case RecordsColumn:
        return tr("Records");
    case ErrorColumn:
        return tr("Last error");
    default:
        return {};
    }
}
