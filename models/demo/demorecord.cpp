#include "demorecord.h"

#include "demokey.h"
#include "demotime.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace proofdesk::demo {

namespace {

QJsonObject recipientJson(const CommunicationPlan &plan)
{
    const Customer &c = plan.customer;
    QJsonObject r{{key("name"), c.fullName()}};
    switch (plan.channel) {
    case Channel::Print:
        r.insert(key("address"), c.address.join(QLatin1Char('\n')));
        break;
    case Channel::Email:
    case Channel::Web:
        r.insert(key("email"), c.email);
        break;
    case Channel::Mobile:
    case Channel::Sms:
        r.insert(key("phone"), c.phone);
        break;
    }
    return r;
}

QJsonObject workspaceJson(const CommunicationPlan &plan)
{
    const Customer &c = plan.customer;
    const QString dash = QStringLiteral(" – ");
    const auto ws = [](const char *type, const QString &id, const QString &title) {
        return QJsonObject{{key("type"), QLatin1String(type)}, {key("id"), id}, {key("title"), title}};
    };
    if (!plan.claimId.isEmpty())
        return ws("claim", plan.claimId,
                  QStringLiteral("Claim ") + plan.claimId + dash + plan.claimKind + dash + c.fullName());
    if (!plan.caseId.isEmpty())
        return ws("case", plan.caseId, QStringLiteral("Complaint ") + plan.caseId + dash + c.fullName());
    switch (plan.unit) {
    case Unit::Insurance:
        return ws("policy", c.policyId, c.policyProduct + QLatin1Char(' ') + c.policyId + dash + c.fullName());
    case Unit::Lending:
        return ws("loan", c.loanId, c.loanProduct + QLatin1Char(' ') + c.loanId + dash + c.fullName());
    case Unit::RetailBanking:
        break;
    }
    return ws("account", c.accountId, QStringLiteral("Current account ") + c.accountId + dash + c.fullName());
}

void addBusinessKeys(QJsonObject &o, const CommunicationPlan &plan)
{
    const Customer &c = plan.customer;
    if (plan.unit == Unit::RetailBanking)
        o.insert(key("account_id"), c.accountId);
    if (plan.unit == Unit::Insurance)
        o.insert(key("policy_id"), c.policyId);
    if (plan.unit == Unit::Lending)
        o.insert(key("loan_id"), c.loanId);
    if (!plan.claimId.isEmpty())
        o.insert(key("claim_id"), plan.claimId);
    if (!plan.caseId.isEmpty())
        o.insert(key("case_id"), plan.caseId);
    o.insert(key("workspace"), workspaceJson(plan));
}

// Fields Exstream adds that the drop format does not define: they must survive an import.
void addGeneratorFields(QJsonObject &o, const CommunicationPlan &plan)
{
    o.insert(key("exs_job"), QString(QStringLiteral("JOB-") + plan.batch
                                     + QStringLiteral("-%1").arg(plan.slot % 97, 2, 10, QLatin1Char('0'))));
    o.insert(key("exs_server"), QStringLiteral("exs-prod-eu-0%1").arg(plan.slot % 3 + 1));
    if (plan.channel == Channel::Print) {
        o.insert(key("exs_postal"), QJsonObject{{key("envelope"), key("C5 window")},
                                                {key("tray"), plan.slot % 4 + 1},
                                                {key("postage"), key("priority")}});
    }
}

} // namespace

QJsonObject communicationJson(const CommunicationPlan &plan, const StoredRendition &rendition, const QString &text,
                              const SnapshotRef &snapshot)
{
    QJsonObject r{{key("path"), rendition.path},
                  {key("media_type"), rendition.mediaType},
                  {key("sha256"), rendition.sha256},
                  {key("bytes"), rendition.bytes}};
    if (rendition.pages > 0)
        r.insert(key("pages"), rendition.pages);
    QJsonArray blocks;
    for (const BlockUse &use : plan.blocks)
        blocks.append(QJsonObject{{key("id"), use.block->id}, {key("version"), QString::number(use.version->number)}});
    QJsonObject o{
        {key("id"), plan.id},
        {key("type"), QLatin1String(plan.type->type)},
        {key("issued_at"), rfc3339(plan.issuedAt)},
        {key("channel"), channelKey(plan.channel)},
        {key("template"),
         QJsonObject{{key("id"), plan.tpl->id}, {key("version"), QString::number(plan.version->number)}}},
        {key("rendition"), r},
        {key("recipient"), recipientJson(plan)},
        {key("customer_id"), plan.customer.id},
        {key("business_unit"), unitKey(plan.unit)},
        {key("batch"), plan.batch},
        {key("language"), plan.customer.language},
        {key("content_blocks"), blocks},
        {key("retention"), QJsonObject{{key("class"), QLatin1String(plan.type->retention)}}},
        {key("snapshot"), QJsonObject{{key("path"), snapshot.path}, {key("sha256"), snapshot.sha256}}},
    };
    addBusinessKeys(o, plan);
    if (!plan.campaign.isEmpty())
        o.insert(key("campaign"), plan.campaign);
    if (!text.isEmpty())
        o.insert(key("text"), text);
    if (plan.origin != Origin::Original) {
        o.insert(key("origin"), originKey(plan.origin));
        o.insert(key("reissue_of"), plan.reissueOf);
        o.insert(key("request_id"), plan.requestId);
    }
    if (plan.extraFields)
        addGeneratorFields(o, plan);
    return o;
}

QByteArray snapshotJson(const CommunicationPlan &plan)
{
    // Only the run's parameters: per-customer input stays in the production data store.
    const QJsonObject o{
        {key("batch"), plan.snapshotBatch},
        {key("run_month"), plan.snapshotMonth},
        {key("type"), QLatin1String(plan.type->type)},
        {key("source_system"), key("core-extract")},
        {key("extract_id"), QString(QStringLiteral("CX-") + plan.snapshotBatch)},
        {key("generator"), key("Exstream 23.4 (Proofdesk demo)")},
        {key("parameters"), QJsonObject{{key("currency"), key("EUR")},
                                        {key("locale_fallback"), key("en")},
                                        {key("paper"), key("A4")},
                                        {key("duplex"), true}}},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

} // namespace proofdesk::demo
