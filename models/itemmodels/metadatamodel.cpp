#include "metadatamodel.h"

#include "deliveryeventsmodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace proofdesk::itemmodels {

namespace {

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// The record keys that addKnown shows; everything else is an unknown field kept as JSON.
const QSet<QString> &knownKeys()
{
    static const QSet<QString> keys = {
        QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("issued_at"), QStringLiteral("channel"),
        QStringLiteral("template"), QStringLiteral("rendition"), QStringLiteral("recipient"),
        QStringLiteral("customer_id"), QStringLiteral("account_id"), QStringLiteral("policy_id"),
        QStringLiteral("claim_id"), QStringLiteral("loan_id"), QStringLiteral("case_id"),
        QStringLiteral("workspace"), QStringLiteral("business_unit"), QStringLiteral("batch"),
        QStringLiteral("campaign"), QStringLiteral("language"), QStringLiteral("retention"),
        QStringLiteral("snapshot"), QStringLiteral("origin"), QStringLiteral("reissue_of"),
        QStringLiteral("request_id"), QStringLiteral("fixity"), QStringLiteral("content_sha256"),
        QStringLiteral("status"), QStringLiteral("text"), QStringLiteral("repo"),
        QStringLiteral("content_blocks"), QStringLiteral("delivery"), QStringLiteral("template_version"),
        QStringLiteral("holds")};
    return keys;
}

} // namespace

MetadataModel::MetadataModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString MetadataModel::fieldQuery(const QString &field, const QString &value)
{
    const bool quote = value.contains(QLatin1Char(' ')) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('(')) || value.contains(QLatin1Char(')'));
    QString v = value;
    v.remove(QLatin1Char('"'));
    return field + QLatin1Char(':') + (quote ? QLatin1Char('"') + v + QLatin1Char('"') : v);
}

void MetadataModel::setRecord(const QJsonObject &record)
{
    beginResetModel();
    m_rows.clear();
    if (!record.isEmpty()) {
        addKnown(record);
        addExtra(record);
    }
    endResetModel();
}

void MetadataModel::add(const QString &label, const QString &value, const QString &searchField)
{
    if (value.isEmpty())
        return;
    m_rows.append(Row{label, value, searchField.isEmpty() ? QString() : fieldQuery(searchField, value)});
}

void MetadataModel::addKnown(const QJsonObject &r)
{
    const QJsonObject recipient = r.value(QStringLiteral("recipient")).toObject();
    add(tr("Recipient"), text(recipient, "name"));
    add(tr("Address"), text(recipient, "address").replace(QLatin1Char('\n'), QStringLiteral(", ")));
    add(tr("Email"), text(recipient, "email"));
    add(tr("Phone"), text(recipient, "phone"));
    add(tr("Communication id"), text(r, "id"), QStringLiteral("id"));
    add(tr("Type"), text(r, "type"), QStringLiteral("type"));
    add(tr("Issued"), DeliveryEventsModel::displayTime(text(r, "issued_at")));
    add(tr("Channel"), text(r, "channel"), QStringLiteral("channel"));
    add(tr("Customer"), text(r, "customer_id"), QStringLiteral("customer"));
    add(tr("Account"), text(r, "account_id"), QStringLiteral("account"));
    add(tr("Policy"), text(r, "policy_id"), QStringLiteral("policy"));
    add(tr("Claim"), text(r, "claim_id"), QStringLiteral("claim"));
    add(tr("Loan"), text(r, "loan_id"), QStringLiteral("loan"));
    add(tr("Case"), text(r, "case_id"), QStringLiteral("case"));
    const QJsonObject ws = r.value(QStringLiteral("workspace")).toObject();
    add(tr("Workspace"), text(ws, "id"), QStringLiteral("workspace"));
    add(tr("Workspace title"), text(ws, "title"));
    add(tr("Business unit"), text(r, "business_unit"), QStringLiteral("unit"));
    add(tr("Batch"), text(r, "batch"), QStringLiteral("batch"));
    add(tr("Campaign"), text(r, "campaign"), QStringLiteral("campaign"));
    add(tr("Language"), text(r, "language"), QStringLiteral("language"));
    const QJsonObject retention = r.value(QStringLiteral("retention")).toObject();
    add(tr("Retention class"), text(retention, "class"));
    add(tr("Retention trigger"), DeliveryEventsModel::displayTime(text(retention, "trigger_date")));
    add(tr("Origin"), text(r, "origin"), QStringLiteral("origin"));
    add(tr("Reissue of"), text(r, "reissue_of"), QStringLiteral("id"));
    add(tr("Reissue request"), text(r, "request_id"));
    add(tr("Repository"), text(r, "repo"), QStringLiteral("repo"));
    const QJsonObject rendition = r.value(QStringLiteral("rendition")).toObject();
    add(tr("Rendition"), text(rendition, "path"));
    add(tr("Media type"), text(rendition, "media_type"));
    add(tr("Size"), tr("%n byte(s)", nullptr, rendition.value(QStringLiteral("bytes")).toInt()));
    if (rendition.contains(QStringLiteral("pages")))
        add(tr("Pages"), QString::number(rendition.value(QStringLiteral("pages")).toInt()));
    const QJsonArray holds = r.value(QStringLiteral("holds")).toArray();
    for (const auto &hold : holds)
        add(tr("Legal hold"), hold.toString(), QStringLiteral("hold"));
}

void MetadataModel::addExtra(const QJsonObject &r)
{
    for (auto it = r.begin(); it != r.end(); ++it) {
        if (knownKeys().contains(it.key()))
            continue;
        const QJsonValue v = it.value();
        QString shown;
        if (v.isString())
            shown = v.toString();
        else if (v.isDouble())
            shown = QString::number(v.toDouble());
        else if (v.isBool())
            shown = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else if (v.isArray())
            shown = QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
        else if (v.isObject())
            shown = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        add(it.key(), shown);
    }
}

int MetadataModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MetadataModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MetadataModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == LabelColumn ? row.label : row.value;
    case Qt::ToolTipRole:
        return row.query.isEmpty() ? row.value : tr("Double-click to search for %1").arg(row.query);
    case QueryRole:
        return row.query;
    default:
        return {};
    }
}

QVariant MetadataModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == LabelColumn ? tr("Field") : tr("Value");
}

} // namespace proofdesk::itemmodels
