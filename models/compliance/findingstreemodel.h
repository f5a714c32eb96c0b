#pragma once

#include "finding.h"

#include <QAbstractItemModel>

namespace proofdesk::compliance {

// Findings grouped by kind: six top-level rows (every kind, with its count, also when it has
// none) and the findings of each kind beneath them.
class FindingsTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { KindOrId, Issued, Detail, Review, ExceptionCase, ColumnCount };
    enum Role {
        CommIdRole = Qt::UserRole + 1,
        RowIdRole,
        KindRole, // FindingKind as int
        IsGroupRole,
        DetailRole,
        CanOpenCaseRole, // an undelivered or fixity-failed finding with no exception case yet
    };

    explicit FindingsTreeModel(QObject *parent = nullptr);

    void setReport(const FindingsReport &report);
    const FindingsReport &report() const { return m_report; }
    // After FindingRecords::reviewFinding(): shows the review on that finding without re-running the checks.
    void setReviewed(FindingKind kind, const QString &commId, const FindingReview &review);
    // After FindingRecords::openExceptionCase(): shows the case beside its finding.
    void setExceptionCase(const records::ExceptionCase &exceptionCase);
    const Finding *findingAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant groupData(int kindRow, int column, int role) const;
    QVariant findingData(const Finding &f, int column, int role) const;

    FindingsReport m_report;
    QList<QList<int>> m_byKind; // per kind: indexes into m_report.findings
};

} // namespace proofdesk::compliance
