// SyncScope::keeps(): the scope decided on a communication, the one place it is decided: when
// a record arrives (ScopeKeeper::takes) and when the cache is narrowed, on each row the
// search engine proposes (ScopeKeeper::evictOutside). Values are equal once folded
// (domain/textfold.h), as the cache's COLLATE fold compares them; issue dates in [from, to).
#include "domain/textfold.h"
#include "search/fields.h"
#include "syncscope.h"

namespace proofdesk::sync {

namespace {

using domain::Communication;
using search::QueryNode;

// The member of Communication holding a communications column (search/fields.h).
QString Communication::*memberOf(const QString &column)
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
    return members.value(column);
}

QString columnValue(const Communication &c, QLatin1String column)
{
    const auto member = memberOf(QString(column));
    return member ? c.*member : QString();
}

void collectColumns(const QueryNode &node, QStringList &columns)
{
    if (node.kind == QueryNode::Kind::Field) {
        const search::FieldInfo *info = search::findField(node.field);
        if (info && !columns.contains(QString(info->column)))
            columns << QString(info->column);
    }
    for (const QueryNode &child : node.children)
        collectColumns(child, columns);
}

bool matches(const QueryNode &node, const Communication &c)
{
    switch (node.kind) {
    case QueryNode::Kind::And:
        return std::all_of(node.children.begin(), node.children.end(),
                           [&c](const QueryNode &n) { return matches(n, c); });
    case QueryNode::Kind::Or:
        return std::any_of(node.children.begin(), node.children.end(),
                           [&c](const QueryNode &n) { return matches(n, c); });
    case QueryNode::Kind::Not:
        return !matches(node.children.front(), c);
    case QueryNode::Kind::DateRange:
        return (!node.from || c.issuedAt >= *node.from) && (!node.to || c.issuedAt < *node.to);
    case QueryNode::Kind::Field: {
        const search::FieldInfo *info = search::findField(node.field);
        return info && domain::sameFolded(columnValue(c, info->column), node.text);
    }
    case QueryNode::Kind::Term:
        return false; // refused by parse()
    }
    return false;
}

} // namespace

bool SyncScope::keeps(const Communication &communication) const { return matches(m_root, communication); }

QStringList SyncScope::columns() const
{
    QStringList columns;
    collectColumns(m_root, columns);
    return columns;
}

Communication SyncScope::withColumns(qint64 issuedAt, const QStringList &columns, const QStringList &values)
{
    Communication c;
    c.issuedAt = issuedAt;
    for (qsizetype i = 0; i < columns.size() && i < values.size(); ++i)
        if (const auto member = memberOf(columns.at(i)))
            c.*member = values.at(i);
    return c;
}

} // namespace proofdesk::sync
