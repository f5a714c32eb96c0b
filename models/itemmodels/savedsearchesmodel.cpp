#include "savedsearchesmodel.h"

#include <QSettings>

namespace proofdesk::itemmodels {

SavedSearchesModel::SavedSearchesModel(const QString &settingsKey, QObject *parent)
    : QAbstractListModel(parent)
    , m_key(settingsKey)
{
    load();
}

void SavedSearchesModel::load()
{
    QSettings settings;
    const int n = settings.beginReadArray(m_key);
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        const QString query = settings.value(QStringLiteral("query")).toString();
        const QString name = settings.value(QStringLiteral("name")).toString();
        m_entries.append(Entry{name.isEmpty() ? query : name, query});
    }
    settings.endArray();
}

void SavedSearchesModel::save() const
{
    QSettings settings;
    settings.remove(m_key);
    settings.beginWriteArray(m_key, int(m_entries.size()));
    for (int i = 0; i < m_entries.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), m_entries.at(i).name);
        settings.setValue(QStringLiteral("query"), m_entries.at(i).query);
    }
    settings.endArray();
}

void SavedSearchesModel::seedIfNeverSaved(const QList<std::pair<QString, QString>> &defaults)
{
    if (QSettings().contains(m_key + QStringLiteral("/size")))
        return;
    for (const auto &[name, query] : defaults)
        add(name, query);
}

int SavedSearchesModel::add(const QString &name, const QString &query)
{
    const int row = int(m_entries.size());
    beginInsertRows(QModelIndex(), row, row);
    m_entries.append(Entry{name.trimmed().isEmpty() ? query : name.trimmed(), query});
    endInsertRows();
    save();
    return row;
}

bool SavedSearchesModel::rename(int row, const QString &name)
{
    if (row < 0 || row >= m_entries.size() || name.trimmed().isEmpty())
        return false;
    m_entries[row].name = name.trimmed();
    emit dataChanged(index(row), index(row));
    save();
    return true;
}

bool SavedSearchesModel::remove(int row)
{
    if (row < 0 || row >= m_entries.size())
        return false;
    beginRemoveRows(QModelIndex(), row, row);
    m_entries.removeAt(row);
    endRemoveRows();
    save();
    return true;
}

QString SavedSearchesModel::queryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).query : QString();
}

QString SavedSearchesModel::nameAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).name : QString();
}

int SavedSearchesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant SavedSearchesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return e.name;
    case Qt::ToolTipRole:
    case QueryRole:
        return e.query;
    default:
        return {};
    }
}

bool SavedSearchesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    return rename(index.row(), value.toString());
}

Qt::ItemFlags SavedSearchesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

} // namespace proofdesk::itemmodels
