#include "querynode.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace proofdesk::search {

QString queryErrorText(const char *source) { return QCoreApplication::translate(kQueryErrorContext, source); }

QueryNode QueryNode::term(TermKind termKind, const QString &text, int position, int length)
{
    QueryNode node;
    node.kind = Kind::Term;
    node.termKind = termKind;
    node.text = text;
    node.position = position;
    node.length = length;
    return node;
}

QueryNode QueryNode::fieldValue(const QString &field, const QString &value, int position, int length)
{
    QueryNode node;
    node.kind = Kind::Field;
    node.field = field;
    node.text = value;
    node.position = position;
    node.length = length;
    return node;
}

QueryNode QueryNode::negation(QueryNode child, int position)
{
    QueryNode node;
    node.kind = Kind::Not;
    node.position = position;
    node.length = child.position + child.length - position;
    node.children.push_back(std::move(child));
    return node;
}

static QString termDebugString(const QueryNode &node)
{
    switch (node.termKind) {
    case QueryNode::TermKind::Word:
        return QStringLiteral("word(%1)").arg(node.text);
    case QueryNode::TermKind::Prefix:
        return QStringLiteral("prefix(%1)").arg(node.text);
    case QueryNode::TermKind::Phrase:
        return QStringLiteral("phrase(%1)").arg(node.text);
    }
    return QString();
}

static QString utcText(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate); }

static QString childrenDebugString(const QueryNode &node)
{
    QStringList parts;
    for (const QueryNode &child : node.children)
        parts << toDebugString(child);
    return parts.join(QLatin1Char(' '));
}

QString toDebugString(const QueryNode &node)
{
    switch (node.kind) {
    case QueryNode::Kind::And:
        return node.children.empty() ? QStringLiteral("all") : QStringLiteral("and(%1)").arg(childrenDebugString(node));
    case QueryNode::Kind::Or:
        return QStringLiteral("or(%1)").arg(childrenDebugString(node));
    case QueryNode::Kind::Not:
        return QStringLiteral("not(%1)").arg(childrenDebugString(node));
    case QueryNode::Kind::Term:
        return termDebugString(node);
    case QueryNode::Kind::Field:
        return QStringLiteral("field(%1 %2)").arg(node.field, node.text);
    case QueryNode::Kind::DateRange:
        return QStringLiteral("%1(%2..%3)")
            .arg(node.field, node.from ? utcText(*node.from) : QString(), node.to ? utcText(*node.to) : QString());
    }
    return QString();
}

} // namespace proofdesk::search
