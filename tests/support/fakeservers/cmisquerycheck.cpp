// The CMIS 1.1 query language: what a type's property definitions refuse in a parsed
// statement (cmisquerygrammar.cpp parses, cmisquerymatch.cpp evaluates).
#include "cmisquerygrammar.h"

#include <algorithm>

namespace fakeserver::cmisql {

namespace {

bool literalFits(const Literal &l, PropertyType type)
{
    switch (type) {
    case PropertyType::String:
    case PropertyType::Id:
    case PropertyType::Uri:
    case PropertyType::Html:
        return l.kind == Literal::String;
    case PropertyType::Integer:
        return l.kind == Literal::Integer;
    case PropertyType::Decimal:
        return l.kind == Literal::Integer || l.kind == Literal::Decimal;
    case PropertyType::Boolean:
        return l.kind == Literal::Boolean;
    case PropertyType::DateTime:
        return l.kind == Literal::DateTime;
    }
    return false;
}

QString literalText(const Literal &l)
{
    switch (l.kind) {
    case Literal::String:
        return QLatin1Char('\'') + l.text + QLatin1Char('\'');
    case Literal::DateTime:
        return QStringLiteral("TIMESTAMP '%1'").arg(l.text);
    case Literal::Boolean:
        return l.boolean ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    default:
        return QString::number(l.number, 'g', 17);
    }
}

bool ordersByValue(PropertyType type)
{
    return type == PropertyType::String || type == PropertyType::Integer || type == PropertyType::Decimal
           || type == PropertyType::DateTime;
}

class Checker
{
public:
    explicit Checker(const Properties &properties)
        : m_properties(properties)
    {}

    QString where(const Predicate &p, bool topConjunct)
    {
        switch (p.kind) {
        case Predicate::And:
            for (const PredicatePtr &c : p.children)
                if (const QString e = where(*c, topConjunct); !e.isEmpty())
                    return e;
            return QString();
        case Predicate::Or:
        case Predicate::Not:
            for (const PredicatePtr &c : p.children)
                if (const QString e = where(*c, false); !e.isEmpty())
                    return e;
            return QString();
        case Predicate::Contains:
            if (++m_contains > 1)
                return QStringLiteral("CONTAINS() may appear once in a statement");
            if (!topConjunct)
                return QStringLiteral("CONTAINS() may only be ANDed with the rest of the WHERE, not under OR or NOT");
            return QString();
        case Predicate::InFolder:
        case Predicate::InTree:
            return QString();
        default:
            return leaf(p);
        }
    }

private:
    QString leaf(const Predicate &p)
    {
        const auto found = m_properties.constFind(p.property);
        if (found == m_properties.constEnd())
            return QStringLiteral("the type has no property \"%1\"").arg(p.property);
        const PropertyInfo &info = *found;
        const QString type = propertyTypeName(info.type);
        if (!info.queryable)
            return QStringLiteral("\"%1\" is not queryable").arg(p.property);
        const bool any = p.kind == Predicate::AnyCompare || p.kind == Predicate::AnyIn;
        if (any && !info.multiValued)
            return QStringLiteral("ANY takes a multi-valued property; \"%1\" is single-valued").arg(p.property);
        if (!any && p.kind != Predicate::IsNull && info.multiValued)
            return QStringLiteral("\"%1\" is multi-valued: compare it with 'value' = ANY %1 or ANY %1 IN (…)")
                .arg(p.property);
        if (p.kind == Predicate::Compare && p.op != QLatin1String("=") && p.op != QLatin1String("<>")
            && !ordersByValue(info.type))
            return QStringLiteral("\"%1\" is of type %2, which compares only with =, <> and IN, not %3")
                .arg(p.property, type, p.op);
        if ((p.kind == Predicate::In || p.kind == Predicate::AnyIn) && info.type == PropertyType::Boolean)
            return QStringLiteral("IN does not take the boolean \"%1\"").arg(p.property);
        if (p.kind == Predicate::Like && info.type != PropertyType::String)
            return QStringLiteral("LIKE takes a string property; \"%1\" is of type %2").arg(p.property, type);
        if (p.kind == Predicate::Like)
            return QString();
        for (const Literal &l : p.literals)
            if (!literalFits(l, info.type))
                return QStringLiteral("%1 is no %2 literal for \"%3\"%4")
                    .arg(literalText(l), type, p.property,
                         info.type == PropertyType::DateTime
                             ? QStringLiteral(" (write TIMESTAMP 'YYYY-MM-DDThh:mm:ss.sssZ')")
                             : QString());
        return QString();
    }

    const Properties &m_properties;
    int m_contains = 0;
};

} // namespace

QString checkSelect(const Statement &statement, const Properties &properties)
{
    for (const QString &p : statement.select)
        if (!properties.contains(p))
            return QStringLiteral("the type has no property \"%1\" (select list)").arg(p);
    return QString();
}

QString checkWhere(const Statement &statement, const Properties &properties)
{
    return statement.where ? Checker(properties).where(*statement.where, true) : QString();
}

QString checkOrderBy(const Statement &statement, const Properties &properties)
{
    for (const OrderKey &key : statement.orderBy) {
        const auto found = properties.constFind(key.property);
        if (found == properties.constEnd())
            return QStringLiteral("the type has no property \"%1\" (ORDER BY)").arg(key.property);
        if (!found->orderable)
            return QStringLiteral("\"%1\" is not orderable (its property definition says \"orderable\": false)")
                .arg(key.property);
        if (found->multiValued)
            return QStringLiteral("\"%1\" is multi-valued and cannot be ordered by").arg(key.property);
    }
    return QString();
}

QString check(const Statement &statement, const Properties &properties)
{
    for (const QString &problem :
         {checkSelect(statement, properties), checkWhere(statement, properties), checkOrderBy(statement, properties)})
        if (!problem.isEmpty())
            return problem;
    return QString();
}

bool usesOnlyEquality(const Predicate &p)
{
    switch (p.kind) {
    case Predicate::And:
    case Predicate::Or:
    case Predicate::Not:
        return std::all_of(p.children.begin(), p.children.end(),
                           [](const PredicatePtr &c) { return usesOnlyEquality(*c); });
    case Predicate::Compare:
    case Predicate::AnyCompare:
        return p.op == QLatin1String("=") || p.op == QLatin1String("<>");
    case Predicate::In:
    case Predicate::AnyIn:
    case Predicate::IsNull:
        return true;
    default:
        return false;
    }
}

} // namespace fakeserver::cmisql
