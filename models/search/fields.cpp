#include "fields.h"

namespace proofdesk::search {

const std::vector<FieldInfo> &searchFields()
{
    static const auto key = [](const char *name, const char *column) {
        return FieldInfo{QLatin1String(name), FieldKind::Column, QLatin1String(column), false, true};
    };
    static const auto ordered = [](const char *name, const char *column) {
        return FieldInfo{QLatin1String(name), FieldKind::Column, QLatin1String(column), true, false};
    };
    static const auto column = [](const char *name, const char *column) {
        return FieldInfo{QLatin1String(name), FieldKind::Column, QLatin1String(column), false, false};
    };
    static const auto special = [](const char *name, FieldKind kind) {
        return FieldInfo{QLatin1String(name), kind, QLatin1String(), false, false};
    };
    static const std::vector<FieldInfo> all = {
        key("id", "id"),
        key("customer", "customer_id"),
        key("account", "account_id"),
        key("policy", "policy_id"),
        key("claim", "claim_id"),
        key("loan", "loan_id"),
        key("case", "case_id"),
        key("workspace", "workspace_id"),
        ordered("type", "type"),
        ordered("channel", "channel"),
        column("template", "template_id"),
        column("version", "template_version"),
        special("block", FieldKind::Block),
        ordered("unit", "business_unit"),
        key("batch", "batch"),
        key("campaign", "campaign"),
        ordered("language", "language"),
        ordered("origin", "origin"),
        ordered("status", "status"),
        special("hold", FieldKind::Hold),
        ordered("fixity", "fixity"),
        FieldInfo{QLatin1String("repo"), FieldKind::Repo, QLatin1String("repo_id"), true, false},
        special("finding", FieldKind::Finding),
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
