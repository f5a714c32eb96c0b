#pragma once

#include "sync/repositorysettings.h"

#include <QAbstractTableModel>

// The configured repositories with their status, for the repositories dialog.
// reload() reads them again (after add, edit, remove, sync).
class RepositoriesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        KindColumn,
        UrlColumn,
        StatusColumn,
        LastSyncColumn,
        RecordsColumn,
        ErrorColumn,
        ColumnCount
    };
    enum Role { NameRole = Qt::UserRole + 1, OfflineRole };

    explicit RepositoriesModel(const QString &databasePath, QObject *parent = nullptr);

    void reload();
    const proofdesk::sync::RepositoryStatus &repository(int row) const { return m_rows.at(row); }
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindName(const QString &kind);
    static QString statusText(const proofdesk::cache::RepositoryInfo &info);

private:
    QVariant display(const proofdesk::sync::RepositoryStatus &r, int column) const;

    QString m_databasePath;
    QList<proofdesk::sync::RepositoryStatus> m_rows;
};
