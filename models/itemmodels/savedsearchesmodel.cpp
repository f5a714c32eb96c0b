#include "savedsearchesmodel.h"

#include <QCoreApplication>
#include <QFont>
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
        m_entries.append(Entry{name.isEmpty() ? query : name, query,
                               settings.value(QStringLiteral("builtin")).toString(),
                               settings.value(QStringLiteral("watch")).toBool()});
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
        if (!m_entries.at(i).builtIn.isEmpty())
            settings.setValue(QStringLiteral("builtin"), m_entries.at(i).builtIn);
        if (m_entries.at(i).watched)
            settings.setValue(QStringLiteral("watch"), true);
    }
    settings.endArray();
}

void SavedSearchesModel::seedIfNeverSaved(const QList<BuiltInSearch> &builtIns)
{
    m_builtIns = builtIns;
    if (QSettings().contains(m_key + QStringLiteral("/size"))) {
        markBuiltIns();
        return;
    }
    for (const BuiltInSearch &b : builtIns) {
        const int row = int(m_entries.size());
        beginInsertRows(QModelIndex(), row, row);
        m_entries.append(Entry{QString::fromUtf8(b.name), b.query, QString::fromUtf8(b.name)});
        endInsertRows();
    }
    save();
}

// Lists saved before built-in names were marked hold the name as it read then (English, or
// the language of that first start): an entry with a built-in's query and that name is one.
void SavedSearchesModel::markBuiltIns()
{
    bool changed = false;
    for (Entry &e : m_entries) {
        if (!e.builtIn.isEmpty())
            continue;
        for (const BuiltInSearch &b : std::as_const(m_builtIns)) {
            const QString source = QString::fromUtf8(b.name);
            if (e.query == b.query && (e.name == source || e.name == QCoreApplication::translate(b.context, b.name))) {
                e.builtIn = source;
                changed = true;
                break;
            }
        }
    }
    if (!changed)
        return;
    save();
    if (!m_entries.isEmpty())
        emit dataChanged(index(0), index(int(m_entries.size()) - 1));
}

QString SavedSearchesModel::shownName(const Entry &entry) const
{
    if (entry.builtIn.isEmpty())
        return entry.name;
    for (const BuiltInSearch &b : m_builtIns) {
        if (entry.builtIn == QString::fromUtf8(b.name))
            return QCoreApplication::translate(b.context, b.name);
    }
    return entry.name; // a built-in this version no longer offers: the name it was saved under
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
    m_entries[row].builtIn.clear(); // the user's own name from now on
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
    return row >= 0 && row < m_entries.size() ? shownName(m_entries.at(row)) : QString();
}

bool SavedSearchesModel::setWatched(int row, bool watched)
{
    if (row < 0 || row >= m_entries.size() || m_entries.at(row).watched == watched)
        return false;
    m_entries[row].watched = watched;
    m_entries[row].newCount = -1;
    emit dataChanged(index(row), index(row));
    save();
    return true;
}

bool SavedSearchesModel::isWatched(int row) const
{
    return row >= 0 && row < m_entries.size() && m_entries.at(row).watched;
}

QStringList SavedSearchesModel::watchedQueries() const
{
    QStringList queries;
    for (const Entry &e : m_entries) {
        if (e.watched && !queries.contains(e.query))
            queries << e.query;
    }
    return queries;
}

void SavedSearchesModel::setNewCount(const QString &query, qint64 count)
{
    for (int row = 0; row < m_entries.size(); ++row) {
        Entry &e = m_entries[row];
        if (e.watched && e.query == query && e.newCount != count) {
            e.newCount = count;
            emit dataChanged(index(row), index(row));
        }
    }
}

qint64 SavedSearchesModel::newCountAt(int row) const
{
    return row >= 0 && row < m_entries.size() && m_entries.at(row).watched ? m_entries.at(row).newCount : -1;
}

QString SavedSearchesModel::shownLine(const Entry &entry) const
{
    const QString name = shownName(entry);
    if (!entry.watched || entry.newCount <= 0)
        return name;
    //: A watched saved search and how many letters it finds that were not there when last seen.
    return tr("%1 (%Ln new)", nullptr, int(qMin<qint64>(entry.newCount, INT_MAX))).arg(name);
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
        return shownLine(e);
    case Qt::EditRole:
        return shownName(e);
    case Qt::FontRole:
        if (e.watched && e.newCount > 0) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case WatchedRole:
        return e.watched;
    case NewCountRole:
        return e.newCount;
    case Qt::ToolTipRole:
    case QueryRole:
        return e.query;
    case BuiltInRole:
        return !e.builtIn.isEmpty();
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
