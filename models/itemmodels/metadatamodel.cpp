#include "metadatamodel.h"

#include "deliveryeventsmodel.h"
#include "domain/codelabels.h"
#include "records/reissuequeuemodel.h"
#include "util/cuttext.h"
#include "util/readerdates.h"
#include "util/timeutil.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTimeZone>

namespace proofdesk::itemmodels {

namespace {

QString text(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toString(); }

// When a hold was applied or a reissue requested, as Details says it.
QString utcMinute(qint64 msSinceEpoch)
{
    return util::readerDateTime(QDateTime::fromMSecsSinceEpoch(msSinceEpoch, QTimeZone::utc()))
           + QStringLiteral(" UTC");
}

// The record keys that addKnown shows; everything else is an unknown field kept as JSON.
const QSet<QString> &knownKeys()
{
    static const QSet<QString> keys = {QStringLiteral("id"),
                                       QStringLiteral("type"),
                                       QStringLiteral("issued_at"),
                                       QStringLiteral("channel"),
                                       QStringLiteral("template"),
                                       QStringLiteral("rendition"),
                                       QStringLiteral("recipient"),
                                       QStringLiteral("customer_id"),
                                       QStringLiteral("account_id"),
                                       QStringLiteral("policy_id"),
                                       QStringLiteral("claim_id"),
                                       QStringLiteral("loan_id"),
                                       QStringLiteral("case_id"),
                                       QStringLiteral("workspace"),
                                       QStringLiteral("business_unit"),
                                       QStringLiteral("batch"),
                                       QStringLiteral("campaign"),
                                       QStringLiteral("language"),
                                       QStringLiteral("retention"),
                                       QStringLiteral("snapshot"),
                                       QStringLiteral("origin"),
                                       QStringLiteral("reissue_of"),
                                       QStringLiteral("request_id"),
                                       QStringLiteral("fixity"),
                                       QStringLiteral("content_sha256"),
                                       QStringLiteral("status"),
                                       QStringLiteral("text"),
                                       QStringLiteral("repo"),
                                       QStringLiteral("content_blocks"),
                                       QStringLiteral("delivery"),
                                       QStringLiteral("template_version"),
                                       QStringLiteral("holds"),
                                       QStringLiteral("deleted_in_repository"),
                                       QStringLiteral("repository_deleted_at")};
    return keys;
}

} // namespace

MetadataModel::MetadataModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString MetadataModel::fieldQuery(const QString &field, const QString &value)
{
    const bool quote = value.contains(QLatin1Char(' ')) || value.contains(QLatin1Char('"'))
                       || value.contains(QLatin1Char('(')) || value.contains(QLatin1Char(')'));
    QString v = value;
    v.remove(QLatin1Char('"'));
    return field + QLatin1Char(':') + (quote ? QLatin1Char('"') + v + QLatin1Char('"') : v);
}

void MetadataModel::setRecord(const QJsonObject &record, const QList<HoldSummary> &holds,
                              const QList<records::ReissueRequest> &pendingReissues)
{
    beginResetModel();
    m_rows.clear();
    if (!record.isEmpty()) {
        addHolds(record, holds);
        addPendingReissues(pendingReissues);
        addRepositoryDeletion(record);
        addKnown(record);
        addExtra(record);
    }
    endResetModel();
}

QJsonObject MetadataModel::recordOf(const domain::Communication &c, const QString &repository)
{
    QJsonObject r{{QStringLiteral("id"), c.id},
                  {QStringLiteral("type"), c.type},
                  {QStringLiteral("issued_at"), formatUtc(c.issuedAt)},
                  {QStringLiteral("channel"), c.channel},
                  {QStringLiteral("recipient"), QJsonObject{{QStringLiteral("name"), c.recipientName},
                                                            {QStringLiteral("address"), c.recipientAddress},
                                                            {QStringLiteral("email"), c.recipientEmail},
                                                            {QStringLiteral("phone"), c.recipientPhone}}},
                  {QStringLiteral("workspace"),
                   QJsonObject{{QStringLiteral("id"), c.workspaceId}, {QStringLiteral("title"), c.workspaceTitle}}},
                  {QStringLiteral("retention"), QJsonObject{{QStringLiteral("class"), c.retentionClass}}},
                  {QStringLiteral("rendition"), QJsonObject{{QStringLiteral("path"), c.renditionPath},
                                                            {QStringLiteral("media_type"), c.mediaType},
                                                            {QStringLiteral("bytes"), c.renditionBytes}}},
                  {QStringLiteral("repo"), repository}};
    const std::pair<const char *, const QString *> plain[] = {
        {"customer_id", &c.customerId},     {"account_id", &c.accountId}, {"policy_id", &c.policyId},
        {"claim_id", &c.claimId},           {"loan_id", &c.loanId},       {"case_id", &c.caseId},
        {"business_unit", &c.businessUnit}, {"batch", &c.batch},          {"campaign", &c.campaign},
        {"language", &c.language},          {"origin", &c.origin},        {"reissue_of", &c.reissueOf}};
    for (const auto &[key, value] : plain)
        r.insert(QLatin1String(key), *value);
    return r;
}

void MetadataModel::add(const QString &label, const QString &value, const QString &searchField)
{
    if (value.isEmpty())
        return;
    m_rows.append(Row{label, value, searchField.isEmpty() ? QString() : fieldQuery(searchField, value), {}});
}

void MetadataModel::addCode(const QString &label, const QString &code, const QString &searchField)
{
    if (!code.isEmpty())
        m_rows.append(Row{label, domain::CodeLabels::label(code), fieldQuery(searchField, code), {}});
}

void MetadataModel::addHolds(const QJsonObject &r, const QList<HoldSummary> &holds)
{
    if (holds.isEmpty()) {
        for (const auto &id : r.value(QStringLiteral("holds")).toArray())
            add(tr("Legal hold"), id.toString(), QStringLiteral("hold"));
        return;
    }
    for (const HoldSummary &hold : holds) {
        const QString name = hold.matter.isEmpty() ? hold.name : tr("%1 (matter %2)").arg(hold.name, hold.matter);
        const QString since = utcMinute(hold.since);
        // The search is by id (hold:HOLD-ID, search-syntax.md), whatever the value reads.
        m_rows.append(Row{tr("Legal hold"), tr("%1 · %2 · since %3 by %4").arg(hold.id, name, since, hold.by),
                          fieldQuery(QStringLiteral("hold"), hold.id), tr("Reason: %1").arg(hold.reason)});
        m_rows.last().note.prepend(m_rows.last().value
                                   + QLatin1Char('\n')); // the whole line, however narrow the column
    }
}

// A reissue on its way: a second one would send the customer two copies.
void MetadataModel::addPendingReissues(const QList<records::ReissueRequest> &requests)
{
    for (const records::ReissueRequest &r : requests) {
        const QString mode = r.mode == QLatin1String("regenerate") ? tr("regeneration") : tr("resend");
        const QString status = ReissueQueueModel::statusText(r.status);
        const QString channel = r.channel.isEmpty() ? r.originalChannel : r.channel;
        const bool elsewhere =
            channel != r.originalChannel || r.destination.compare(r.originalDestination, Qt::CaseInsensitive) != 0;
        const QString value = elsewhere ? tr("%1 · %2 · requested %3 by %4 · to %5 %6")
                                              .arg(status, mode, utcMinute(r.requestedAt), r.requestedBy,
                                                   domain::CodeLabels::label(channel), r.destination)
                                              .trimmed() // a channel without an address (web, mobile)
                                        : tr("%1 · %2 · requested %3 by %4 · to the original destination")
                                              .arg(status, mode, utcMinute(r.requestedAt), r.requestedBy);
        const QString note =
            tr("Request %1\nReason: %2\nOriginal: %3 %4")
                .arg(r.id, r.reason, domain::CodeLabels::label(r.originalChannel), r.originalDestination);
        // The whole line in the tooltip too, however narrow the column.
        m_rows.append(Row{tr("Pending reissue"), value, {}, value + QLatin1Char('\n') + note});
    }
}

// Right after the holds that keep it: the repository no longer has this communication.
void MetadataModel::addRepositoryDeletion(const QJsonObject &r)
{
    const QString at = text(r, "repository_deleted_at");
    if (at.isEmpty())
        return;
    m_rows.append(Row{tr("Deleted in the repository"),
                      tr("on %1 · kept in the cache while under legal hold").arg(DeliveryEventsModel::displayTime(at)),
                      {},
                      tr("%1 deleted this communication on %2. It is kept here, marked deleted, because a legal hold "
                         "covers it; the repository no longer has it.")
                          .arg(text(r, "repo"), DeliveryEventsModel::displayTime(at))});
}

void MetadataModel::addKnown(const QJsonObject &r)
{
    const QJsonObject recipient = r.value(QStringLiteral("recipient")).toObject();
    add(tr("Recipient"), text(recipient, "name"));
    add(tr("Address"), text(recipient, "address").replace(QLatin1Char('\n'), QStringLiteral(", ")));
    add(tr("Email"), text(recipient, "email"));
    add(tr("Phone"), text(recipient, "phone"));
    add(tr("Communication id"), text(r, "id"), QStringLiteral("id"));
    addCode(tr("Type"), text(r, "type"), QStringLiteral("type"));
    add(tr("Issued"), DeliveryEventsModel::displayTime(text(r, "issued_at")));
    addCode(tr("Channel"), text(r, "channel"), QStringLiteral("channel"));
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
    addCode(tr("Origin"), text(r, "origin"), QStringLiteral("origin"));
    add(tr("Reissue of"), text(r, "reissue_of"), QStringLiteral("id"));
    add(tr("Reissue request"), text(r, "request_id"));
    add(tr("Repository"), text(r, "repo"), QStringLiteral("repo"));
    const QJsonObject rendition = r.value(QStringLiteral("rendition")).toObject();
    add(tr("Rendition"), text(rendition, "path"));
    add(tr("Media type"), text(rendition, "media_type"));
    add(tr("Size"), tr("%n byte(s)", nullptr, rendition.value(QStringLiteral("bytes")).toInt()));
    if (rendition.contains(QStringLiteral("pages")))
        add(tr("Pages"), QString::number(rendition.value(QStringLiteral("pages")).toInt()));
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

int MetadataModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int MetadataModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant MetadataModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    // A field of a record a repository holds and the cache does not is as long as it came (the
    // cache cuts what it keeps, sync/fieldbounds.h): a cell and a tooltip draw a bounded part.
    case Qt::DisplayRole:
        return util::cutText(index.column() == LabelColumn ? row.label : row.value, kMaxShown);
    case Qt::ToolTipRole: {
        const QString tip = row.query.isEmpty() ? row.value : tr("Double-click to search for %1").arg(row.query);
        return util::cutText(row.note.isEmpty() ? tip : row.note + QLatin1Char('\n') + tip, kMaxShown);
    }
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
