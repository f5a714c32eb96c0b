// SyncScope::keeps(): the scope evaluated on a communication in memory, as the search engine
// evaluates it on the cache (equality ignores case; issue dates in [from, to)).
#include "syncscope.h"

#include "search/fields.h"

namespace proofdesk::sync {

namespace {

using domain::Communication;
using search::QueryNode;

// The value of a communications column (search/fields.h) on a communication in memory.
QString columnValue(const Communication &c, QLatin1String column)
{
    static const QHash<QString, QString Communication::*> members = {
        {QStringLiteral("id"), &Communication::id},
        {QStringLiteral("customer_id"), &Communication::customerId},
        {QStringLiteral("account_id"), &Communication::accountId},
        {QStringLiteral("policy_id"), &Communication::policyId},
        {QStringLiteral("claim_id"), &Communication::claimId},
        {QStringLiteral("loan_id"), &Communication::loanId},
        {QStringLiteral("case_id"), &Communication::caseId},
        {QStringLiteral("workspace_id"), &Communication::workspaceId},
        {QStringLiteral("type"), &Communication::type},
        {QStringLiteral("channel"), &Communication::channel},
        {QStringLiteral("template_id"), &Communication::templateId},
        {QStringLiteral("template_version"), &Communication::templateVersion},
        {QStringLiteral("business_unit"), &Communication::businessUnit},
        {QStringLiteral("batch"), &Communication::batch},
        {QStringLiteral("campaign"), &Communication::campaign},
        {QStringLiteral("language"), &Communication::language},
        {QStringLiteral("origin"), &Communication::origin},
    };
    const auto member = members.value(QString(column));
    return member ? c.*member : QString();
}

bool matches(const QueryNode &node, const Communication &c)
{
    switch (node.kind) {
    case QueryNode::Kind::And:
        return std::all_of(node.children.begin(), node.children.end(), [&c](const QueryNode &n) { return matches(n, c); });
    case QueryNode::Kind::Or:
        return std::any_of(node.children.begin(), node.children.end(), [&c](const QueryNode &n) { return matches(n, c); });
    case QueryNode::Kind::Not:
        return !matches(node.children.front(), c);
    case QueryNode::Kind::DateRange:
        return (!node.from || c.issuedAt >= *node.from) && (!node.to || c.issuedAt < *node.to);
    case QueryNode::Kind::Field: {
        const search::FieldInfo *info = search::findField(node.field);
        return info && columnValue(c, info->column).compare(node.text, Qt::CaseInsensitive) == 0;
    }
    case QueryNode::Kind::Term:
        return false; // refused by parse()
    }
    return false;
}

} // namespace

bool SyncScope::keeps(const Communication &communication) const
{
    return matches(m_root, communication);
}

} // namespace proofdesk::sync
