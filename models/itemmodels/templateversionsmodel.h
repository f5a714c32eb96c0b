#pragma once

#include "cache/templatereader.h"

#include <QAbstractTableModel>
#include <QList>
#include <functional>

namespace proofdesk::itemmodels {

// A template's versions with how many cached communications each produced.
struct TemplateHistory
{
    QString templateId;
    QList<cache::TemplateVersionInfo> versions;
    QList<qint64> communicationCounts; // aligned with versions
    QString error;
};

// Reads a template's history on a worker thread; `done` runs on `context`'s thread.
void loadTemplateHistory(const QString &databasePath, const QString &templateId, QObject *context,
                         std::function<void(TemplateHistory)> done);

// The versions of one template: status, effective dates, approvals, change note.
class TemplateVersionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        VersionColumn,
        StatusColumn,
        EffectiveFromColumn,
        EffectiveToColumn,
        ApprovalsColumn,
        CommunicationsColumn,
        ChangeNoteColumn,
        ColumnCount
    };
    enum Role { VersionRole = Qt::UserRole, StatusRole, BodyRole };

    explicit TemplateVersionsModel(QObject *parent = nullptr);

    void setHistory(const TemplateHistory &history);
    const TemplateHistory &history() const { return m_history; }
    int rowOfVersion(const QString &version) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString approvalsText(const QList<cache::TemplateApproval> &approvals);
    static QString dateText(const std::optional<qint64> &ms);

private:
    QVariant display(const cache::TemplateVersionInfo &v, int row, int column) const;
    TemplateHistory m_history;
};

} // namespace proofdesk::itemmodels
