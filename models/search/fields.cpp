#include "fields.h"

namespace proofdesk::search {

const std::vector<FieldInfo> &searchFields()
{
    static const auto column = [](const char *name, const char *column) {
        return FieldInfo{QLatin1String(name), FieldKind::Column, QLatin1String(column)};
    };
    static const auto special = [](const char *name, FieldKind kind) {
        return FieldInfo{QLatin1String(name), kind, QLatin1String()};
    };
    static const std::vector<FieldInfo> all = {
        column("id", "id"),
        column("customer", "customer_id"),
        column("account", "account_id"),
        column("policy", "policy_id"),
        column("claim", "claim_id"),
        column("loan", "loan_id"),
        column("case", "case_id"),
        column("workspace", "workspace_id"),
        column("type", "type"),
        column("channel", "channel"),
        column("template", "template_id"),
        column("version", "template_version"),
        special("block", FieldKind::Block),
        column("unit", "business_unit"),
        column("batch", "batch"),
        column("campaign", "campaign"),
        column("language", "language"),
        column("origin", "origin"),
        column("status", "status"),
        special("hold", FieldKind::Hold),
        column("fixity", "fixity"),
        special("repo", FieldKind::Repo),
        special("issued", FieldKind::Issued),
    };
    return all;
}

const FieldInfo *findField(QStringView name)
{
    for (const FieldInfo &field : searchFields()) {
        if (name.compare(field.name, Qt::CaseInsensitive) == 0)
            return &field;
    }
    return nullptr;
}

QStringList fieldNames()
{
    QStringList names;
    for (const FieldInfo &field : searchFields())
        names << QString(field.name);
    return names;
}

} // namespace proofdesk::search
