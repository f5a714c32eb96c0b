#pragma once

#include "communicationdetail.h"
#include "domain/communication.h"
#include "records/reissue.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>

namespace proofdesk::itemmodels {

// A communication's metadata as label/value rows: recipient, ids, business keys, workspace,
// batch, campaign, retention, origin, rendition, and any unknown fields of the record.
// Rows that name a searchable key carry the search that finds everything with it. Active
// legal holds come first, then reissues not ended yet: a person about to reissue or discuss
// a letter must see them.
class MetadataModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LabelColumn, ValueColumn, ColumnCount };
    enum Role { QueryRole = Qt::UserRole };

    explicit MetadataModel(QObject *parent = nullptr);

    // `record` is RecordReader::communication's JSON; `holds` the active holds with their
    // names (DetailLoader). Without them, the record's hold ids are listed alone.
    // `pendingReissues` are the letter's requests not ended yet (PendingReissues::of).
    void setRecord(const QJsonObject &record, const QList<HoldSummary> &holds = {},
                   const QList<records::ReissueRequest> &pendingReissues = {});
    void clear() { setRecord({}); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A repository's communication the cache does not hold (a remote search's hit), as the
    // record setRecord() reads: its fields, and `repository` as its repo.
    static QJsonObject recordOf(const domain::Communication &c, const QString &repository);

    // `field:value`, quoting the value when it has spaces or quotes.
    static QString fieldQuery(const QString &field, const QString &value);

private:
    static constexpr qsizetype kMaxShown = 4096; // characters of a value a cell or tooltip shows
    struct Row
    {
        QString label;
        QString value;
        QString query;
        QString note; // shown in the tooltip (a hold's reason)
    };
    void add(const QString &label, const QString &value, const QString &searchField = {});
    // A code shown as its label (CodeLabels) that still searches by the code itself.
    void addCode(const QString &label, const QString &code, const QString &searchField);
    void addHolds(const QJsonObject &r, const QList<HoldSummary> &holds);
    void addPendingReissues(const QList<records::ReissueRequest> &requests);
    void addRepositoryDeletion(const QJsonObject &r);
    void addKnown(const QJsonObject &r);
    void addExtra(const QJsonObject &r);

    QList<Row> m_rows;
};

} // namespace proofdesk::itemmodels
