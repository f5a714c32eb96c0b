#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>

namespace proofdesk::itemmodels {

// The delivery timeline of one communication: every event in time order, as
// RecordReader::deliveryEvents gives them.
class DeliveryEventsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, EventColumn, ChannelColumn, DetailColumn, ReferenceColumn, ColumnCount };
    enum Role { EventRole = Qt::UserRole };

    explicit DeliveryEventsModel(QObject *parent = nullptr);

    void setEvents(const QJsonArray &events);
    void clear() { setEvents({}); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "2026-10-03T09:12:44Z" as the UI shows UTC times: "2026-10-03 09:12:44 UTC".
    static QString displayTime(const QString &rfc3339);
    // A delivery event or status name for people ("delivered" -> "Delivered").
    static QString eventLabel(const QString &event);

private:
    QJsonArray m_events;
};

} // namespace proofdesk::itemmodels
