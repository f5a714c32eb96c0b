#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>

namespace proofdesk::itemmodels {

// The user's saved searches (a name and a query each), kept in QSettings under
// `settingsKey` and written back after every change. The name is editable in place.
class SavedSearchesModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { QueryRole = Qt::UserRole };

    explicit SavedSearchesModel(const QString &settingsKey = QStringLiteral("savedSearches"),
                                QObject *parent = nullptr);

    // Offers `defaults` (name, query pairs) when the user has never saved a list, so a new
    // user sees what saved searches are for. A list once saved, even empty, stays as it is.
    void seedIfNeverSaved(const QList<std::pair<QString, QString>> &defaults);

    // Appends a search and returns its row.
    int add(const QString &name, const QString &query);
    bool rename(int row, const QString &name);
    bool remove(int row);
    QString queryAt(int row) const;
    QString nameAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Entry
    {
        QString name;
        QString query;
    };
    void load();
    void save() const;

    QString m_key;
    QList<Entry> m_entries;
};

} // namespace proofdesk::itemmodels
