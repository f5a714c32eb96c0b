// SyncScope as a sync last read a repository under it: its rolling bounds resolved to days.
// A scope such as `issued:<now-3d` lets letters in as days pass; the cursor of the last sync
// has already gone past them (they were outside then). The sync compares today's window with
// the one noted here and reads the repository again when today's admits more
// (SyncEngine::cursorUnderScope).
#include "syncscope.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace proofdesk::sync {

namespace {

using search::QueryNode;

const char *const kKinds[] = {"and", "or", "not", "term", "field", "issued"};

QJsonObject toJson(const QueryNode &node)
{
    QJsonObject o{{QStringLiteral("k"), QLatin1String(kKinds[int(node.kind)])}};
    if (node.kind == QueryNode::Kind::Field) {
        o.insert(QStringLiteral("f"), node.field);
        o.insert(QStringLiteral("v"), node.text);
    }
    if (node.from)
        o.insert(QStringLiteral("from"), double(*node.from));
    if (node.to)
        o.insert(QStringLiteral("to"), double(*node.to));
    if (!node.children.empty()) {
        QJsonArray children;
        for (const QueryNode &child : node.children)
            children.append(toJson(child));
        o.insert(QStringLiteral("c"), children);
    }
    return o;
}

std::optional<QueryNode> fromJson(const QJsonObject &o)
{
    QueryNode node;
    const QString kind = o.value(QStringLiteral("k")).toString();
    const auto known =
        std::find_if(std::begin(kKinds), std::end(kKinds), [&kind](const char *k) { return kind == QLatin1String(k); });
    if (known == std::end(kKinds) || kind == QLatin1String("term"))
        return std::nullopt; // a scope has no words (parse() refuses them)
    node.kind = QueryNode::Kind(known - std::begin(kKinds));
    node.field = o.value(QStringLiteral("f")).toString();
    node.text = o.value(QStringLiteral("v")).toString();
    if (o.contains(QStringLiteral("from")))
        node.from = qint64(o.value(QStringLiteral("from")).toDouble());
    if (o.contains(QStringLiteral("to")))
        node.to = qint64(o.value(QStringLiteral("to")).toDouble());
    for (const QJsonValue &child : o.value(QStringLiteral("c")).toArray()) {
        auto parsed = fromJson(child.toObject());
        if (!parsed)
            return std::nullopt;
        node.children.push_back(std::move(*parsed));
    }
    return node;
}

bool hasRollingBound(const QueryNode &node)
{
    if (node.kind == QueryNode::Kind::DateRange && node.text.contains(QLatin1String("now"), Qt::CaseInsensitive))
        return true;
    return std::any_of(node.children.begin(), node.children.end(), hasRollingBound);
}

} // namespace

bool SyncScope::rolls() const { return hasRollingBound(m_root); }

QByteArray SyncScope::resolvedJson() const
{
    const QJsonObject o{{QStringLiteral("text"), m_text}, {QStringLiteral("root"), toJson(m_root)}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<SyncScope> SyncScope::fromResolvedJson(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    if (!o.contains(QStringLiteral("root")))
        return std::nullopt;
    auto root = fromJson(o.value(QStringLiteral("root")).toObject());
    if (!root)
        return std::nullopt;
    SyncScope scope;
    scope.m_text = o.value(QStringLiteral("text")).toString();
    scope.m_root = std::move(*root);
    return scope;
}

} // namespace proofdesk::sync
