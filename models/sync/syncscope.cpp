#include "syncscope.h"

#include "search/fields.h"
#include "search/queryparser.h"

#include <QCoreApplication>

namespace proofdesk::sync {

namespace {

using search::FieldKind;
using search::QueryNode;

QString tr(const char *text) { return QCoreApplication::translate("proofdesk::sync::SyncScope", text); }

// The first part of the scope that only the desk could answer (a word, status, hold, …),
// with why; empty when every part is a property the repository has.
QString refusedPart(const QueryNode &node, const QString &text)
{
    const QString part = text.mid(node.position, node.length);
    switch (node.kind) {
    case QueryNode::Kind::Term:
        return tr("\"%1\": a scope selects by properties (issued, type, channel, unit, …), not by words").arg(part);
    case QueryNode::Kind::Field: {
        const search::FieldInfo *info = search::findField(node.field);
        const bool local = !info || info->kind != FieldKind::Column || node.field == QLatin1String("status")
                           || node.field == QLatin1String("fixity");
        if (local)
            return tr("\"%1\": %2 is known to the desk, not to the repository, so it cannot choose what the "
                      "cache keeps")
                .arg(part, node.field);
        return {};
    }
    case QueryNode::Kind::DateRange:
        return {};
    default:
        for (const QueryNode &child : node.children)
            if (QString refused = refusedPart(child, text); !refused.isEmpty())
                return refused;
        return {};
    }
}

} // namespace

std::optional<SyncScope> SyncScope::parse(const QString &text, QString *error)
{
    const search::ParseResult parsed = search::QueryParser::parse(text);
    if (!parsed.ok()) {
        *error = tr("The scope is not a valid query at character %1: %2")
                     .arg(parsed.error->position + 1)
                     .arg(parsed.error->message);
        return std::nullopt;
    }
    if (const QString refused = refusedPart(parsed.root, text); !refused.isEmpty()) {
        *error = tr("The scope cannot use %1.").arg(refused);
        return std::nullopt;
    }
    SyncScope scope;
    scope.m_text = text.trimmed();
    scope.m_root = parsed.root;
    return scope;
}

SyncScope SyncScope::ofSettings(const QJsonObject &settings, QString *error)
{
    QString why;
    if (auto scope = parse(settings.value(QStringLiteral("scope")).toString(), &why))
        return *scope;
    if (error)
        *error = tr("The repository's stored scope is ignored (the cache keeps everything): %1").arg(why);
    return SyncScope();
}

QString SyncScope::outsideQuery(const QString &repositoryName) const
{
    // The search syntax cannot quote a '"': such a name is left out of the query, which then
    // finds every repository's communications outside the scope (the caller keeps its own).
    if (repositoryName.contains(QLatin1Char('"')))
        return QStringLiteral("-(%1)").arg(m_text);
    return QStringLiteral("repo:\"%1\" -(%2)").arg(repositoryName, m_text);
}

} // namespace proofdesk::sync
