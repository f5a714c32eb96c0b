#include "deliveryeventsmodel.h"

#include "domain/codelabels.h"
#include "util/readerdates.h"
#include "util/timeutil.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTimeZone>

namespace proofdesk::itemmodels {

DeliveryEventsModel::DeliveryEventsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DeliveryEventsModel::setEvents(const QJsonArray &events)
{
    beginResetModel();
    m_events = events;
    endResetModel();
}

int DeliveryEventsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int DeliveryEventsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString DeliveryEventsModel::displayTime(const QString &rfc3339)
{
    const auto ms = parseRfc3339(rfc3339);
    if (!ms)
        return rfc3339;
    return util::readerDateTime(QDateTime::fromMSecsSinceEpoch(*ms, QTimeZone::utc()), true) + QStringLiteral(" UTC");
}

QString DeliveryEventsModel::eventLabel(const QString &event) { return domain::CodeLabels::label(event); }

QVariant DeliveryEventsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject e = m_events.at(index.row()).toObject();
    if (role == EventRole)
        return e.value(QStringLiteral("event")).toString();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case TimeColumn:
        return displayTime(e.value(QStringLiteral("at")).toString());
    case EventColumn:
        return eventLabel(e.value(QStringLiteral("event")).toString());
    case ChannelColumn:
        return domain::CodeLabels::label(e.value(QStringLiteral("channel")).toString());
    case DetailColumn:
        return e.value(QStringLiteral("detail")).toString();
    case ReferenceColumn:
        return e.value(QStringLiteral("provider_ref")).toString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DeliveryEventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case EventColumn:
        return tr("Event");
    case ChannelColumn:
        return tr("Channel");
    case DetailColumn:
        return tr("Detail");
    case ReferenceColumn:
        return tr("Provider reference");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace proofdesk::itemmodels
