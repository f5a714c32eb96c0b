#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>
#include <QStringList>

namespace proofdesk::itemmodels {

// A saved search the application offers. Its name is a source text marked with
// QT_TRANSLATE_NOOP(context, …) and shown through QCoreApplication::translate each time, so
// it reads in the language in use, whichever language the list was first saved in.
struct BuiltInSearch
{
    const char *context;
    const char *name;
    QString query;
};

// The user's saved searches (a name and a query each), kept in QSettings under
// `settingsKey` and written back after every change. The name is editable in place; a
// built-in search renamed by the user keeps the user's name, untranslated, from then on.
class SavedSearchesModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { QueryRole = Qt::UserRole, BuiltInRole, WatchedRole, NewCountRole };

    explicit SavedSearchesModel(const QString &settingsKey = QStringLiteral("savedSearches"),
                                QObject *parent = nullptr);

    // Offers `builtIns` when the user has never saved a list, so a new user sees what saved
    // searches are for. A list once saved, even empty, stays as it is; its entries that are
    // built-in ones (also those saved before built-ins were marked: the same query under
    // the source name or its translation) are shown translated.
    void seedIfNeverSaved(const QList<BuiltInSearch> &builtIns);

    // Appends a search and returns its row.
    int add(const QString &name, const QString &query);
    bool rename(int row, const QString &name);
    bool remove(int row);
    QString queryAt(int row) const;
    QString nameAt(int row) const;

    // A watched search is counted after each sync: its matches the person has not yet seen
    // (services::SearchWatch keeps what was seen). The flag is saved; the count is not (it is
    // counted again at the next start), and -1 until then.
    bool setWatched(int row, bool watched);
    bool isWatched(int row) const;
    QStringList watchedQueries() const;
    // Shows `count` new matches beside every watched search whose query is `query`.
    void setNewCount(const QString &query, qint64 count);
    qint64 newCountAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Entry
    {
        QString name;
        QString query;
        QString builtIn; // the source text of a built-in name; empty for the user's own
        bool watched = false;
        qint64 newCount = -1; // not counted yet
    };
    void load();
    void save() const;
    void markBuiltIns();
    QString shownName(const Entry &entry) const;
    QString shownLine(const Entry &entry) const;

    QString m_key;
    QList<Entry> m_entries;
    QList<BuiltInSearch> m_builtIns;
};

} // namespace proofdesk::itemmodels
