// The CMIS 1.1 query language: evaluating a checked condition and ORDER BY against one
// object's properties, as a repository answers a query.
#include "cmisquerygrammar.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>
#include <optional>

namespace fakeserver::cmisql {

namespace {

// One property value or literal, comparable with another of the same property type.
struct Value
{
    enum Kind { Null, Number, Text, Bool };
    Kind kind = Null;
    double number = 0;
    QString text;
    bool boolean = false;
};

Value valueOf(const QJsonValue &v, PropertyType type)
{
    Value out;
    switch (type) {
    case PropertyType::DateTime:
        if (v.isDouble()) {
            out.kind = Value::Number;
            out.number = v.toDouble();
        } else if (v.isString()) {
            const QDateTime at = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
            if (at.isValid()) {
                out.kind = Value::Number;
                out.number = double(at.toMSecsSinceEpoch());
            }
        }
        return out;
    case PropertyType::Integer:
    case PropertyType::Decimal:
        if (v.isDouble() || (v.isString() && !v.toString().isEmpty())) {
            bool ok = v.isDouble();
            out.number = ok ? v.toDouble() : v.toString().toDouble(&ok);
            out.kind = ok ? Value::Number : Value::Null;
        }
        return out;
    case PropertyType::Boolean:
        if (v.isBool() || v.isString()) {
            out.kind = Value::Bool;
            out.boolean = v.isBool() ? v.toBool() : v.toString() == QLatin1String("true");
        }
        return out;
    default:
        if (v.isString()) {
            out.kind = Value::Text;
            out.text = v.toString();
        } else if (v.isDouble()) {
            out.kind = Value::Text;
            out.text = QString::number(v.toDouble(), 'g', 17);
        }
        return out;
    }
}

Value valueOf(const Literal &l)
{
    Value out;
    switch (l.kind) {
    case Literal::String:
        out.kind = Value::Text;
        out.text = l.text;
        break;
    case Literal::Integer:
    case Literal::Decimal:
        out.kind = Value::Number;
        out.number = l.number;
        break;
    case Literal::DateTime:
        out.kind = Value::Number;
        out.number = double(l.ms);
        break;
    case Literal::Boolean:
        out.kind = Value::Bool;
        out.boolean = l.boolean;
        break;
    }
    return out;
}

// < 0, 0, > 0; nullopt when either is absent or they are not of one kind.
std::optional<int> order(const Value &a, const Value &b)
{
    if (a.kind == Value::Null || a.kind != b.kind)
        return std::nullopt;
    switch (a.kind) {
    case Value::Number:
        return a.number < b.number ? -1 : a.number > b.number ? 1 : 0;
    case Value::Text:
        return a.text.compare(b.text);
    case Value::Bool:
        return int(a.boolean) - int(b.boolean);
    default:
        return std::nullopt;
    }
}

bool holds(const QString &op, int c)
{
    if (op == QLatin1String("="))
        return c == 0;
    if (op == QLatin1String("<>"))
        return c != 0;
    if (op == QLatin1String("<"))
        return c < 0;
    if (op == QLatin1String("<="))
        return c <= 0;
    if (op == QLatin1String(">"))
        return c > 0;
    return c >= 0;
}

QList<Value> valuesOf(const QJsonObject &object, const QString &property, PropertyType type)
{
    const QJsonValue v = object.value(property);
    QList<Value> out;
    for (const QJsonValue &item : v.isArray() ? v.toArray() : QJsonArray{v})
        if (const Value value = valueOf(item, type); value.kind != Value::Null)
            out << value;
    return out;
}

bool inList(const Value &v, const QList<Literal> &literals)
{
    return std::any_of(literals.begin(), literals.end(), [&](const Literal &l) { return order(v, valueOf(l)) == 0; });
}

// LIKE: % any run, _ one character, \ escapes the next (2.1.14.2.4.2), in the pattern as
// written: one layer of escapes, the string literal's and LIKE's at once (2.1.14.2.4.4).
bool like(const QString &text, const QString &pattern)
{
    QString rx;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('\\') && i + 1 < pattern.size())
            rx += QRegularExpression::escape(QString(pattern.at(++i)));
        else if (c == QLatin1Char('%'))
            rx += QStringLiteral(".*");
        else if (c == QLatin1Char('_'))
            rx += QLatin1Char('.');
        else
            rx += QRegularExpression::escape(QString(c));
    }
    return QRegularExpression(QRegularExpression::anchoredPattern(rx), QRegularExpression::DotMatchesEverythingOption)
        .match(text)
        .hasMatch();
}

bool textMatches(const QString &search, const QString &fullText)
{
    const QString text = fullText.toLower();
    const TextSearch alternatives = parseTextSearch(search);
    return std::any_of(alternatives.begin(), alternatives.end(), [&](const QList<TextTerm> &terms) {
        return std::all_of(terms.begin(), terms.end(),
                           [&](const TextTerm &t) { return text.contains(t.word) != t.excluded; });
    });
}

} // namespace

// CONTAINS' text search (2.1.14.2.4.4): terms ANDed, OR between groups, -term excluded,
// "a phrase" as one term; case-insensitive.
TextSearch parseTextSearch(const QString &search)
{
    static const QRegularExpression term(QStringLiteral("(-?)(?:\"([^\"]*)\"|(\\S+))"));
    TextSearch alternatives{QList<TextTerm>()};
    for (auto it = term.globalMatch(search); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.captured(3) == QLatin1String("OR")) {
            alternatives.append(QList<TextTerm>());
            continue;
        }
        const QString word = (m.captured(2).isNull() ? m.captured(3) : m.captured(2)).toLower();
        alternatives.last().append(TextTerm{word, !m.captured(1).isEmpty()});
    }
    return alternatives;
}

bool matches(const Predicate &p, const QJsonObject &object, const Properties &properties, const QString &fullText)
{
    const PropertyType type = properties.value(p.property).type;
    switch (p.kind) {
    case Predicate::And:
        return std::all_of(p.children.begin(), p.children.end(),
                           [&](const PredicatePtr &c) { return matches(*c, object, properties, fullText); });
    case Predicate::Or:
        return std::any_of(p.children.begin(), p.children.end(),
                           [&](const PredicatePtr &c) { return matches(*c, object, properties, fullText); });
    case Predicate::Not:
        return !matches(*p.children.first(), object, properties, fullText);
    case Predicate::Compare: {
        const QList<Value> values = valuesOf(object, p.property, type);
        const auto c = values.isEmpty() ? std::nullopt : order(values.first(), valueOf(p.literals.first()));
        return c && holds(p.op, *c);
    }
    case Predicate::In: {
        const QList<Value> values = valuesOf(object, p.property, type);
        return !values.isEmpty() && inList(values.first(), p.literals) != p.negated;
    }
    case Predicate::Like: {
        const QList<Value> values = valuesOf(object, p.property, type);
        return !values.isEmpty() && like(values.first().text, p.literals.first().raw) != p.negated;
    }
    case Predicate::IsNull:
        return valuesOf(object, p.property, type).isEmpty() != p.negated;
    case Predicate::AnyCompare: {
        const QList<Value> values = valuesOf(object, p.property, type);
        const Value literal = valueOf(p.literals.first());
        return std::any_of(values.begin(), values.end(), [&](const Value &v) { return order(v, literal) == 0; });
    }
    case Predicate::AnyIn: {
        const QList<Value> values = valuesOf(object, p.property, type);
        return std::any_of(values.begin(), values.end(),
                           [&](const Value &v) { return inList(v, p.literals) != p.negated; });
    }
    case Predicate::Contains:
        return textMatches(p.literals.first().text, fullText);
    case Predicate::InFolder:
    case Predicate::InTree:
        return false; // the fake repository files nothing in folders
    }
    return false;
}

QList<OrderValue> orderValues(const QJsonObject &object, const QList<OrderKey> &keys, const Properties &properties)
{
    QList<OrderValue> out;
    for (const OrderKey &key : keys) {
        const QList<Value> values = valuesOf(object, key.property, properties.value(key.property).type);
        OrderValue v;
        if (!values.isEmpty()) {
            const Value &first = values.first();
            v.kind = first.kind == Value::Number ? 1 : first.kind == Value::Text ? 2 : 3;
            v.number = first.kind == Value::Bool ? double(first.boolean) : first.number;
            v.text = first.text;
        }
        out << v;
    }
    return out;
}

int compare(const QList<OrderValue> &a, const QList<OrderValue> &b, const QList<OrderKey> &keys)
{
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const OrderValue &x = a.at(i), &y = b.at(i);
        int c = 0;
        if (x.kind == 0 || y.kind == 0 || x.kind != y.kind)
            c = int(x.kind != 0) - int(y.kind != 0); // absent first
        else if (x.kind == 2)
            c = x.text.compare(y.text);
        else
            c = x.number < y.number ? -1 : x.number > y.number ? 1 : 0;
        if (c != 0)
            return keys.at(i).descending ? -c : c;
    }
    return 0;
}

int compare(const QJsonObject &a, const QJsonObject &b, const QList<OrderKey> &keys, const Properties &properties)
{
    for (const OrderKey &key : keys) {
        const PropertyType type = properties.value(key.property).type;
        const QList<Value> va = valuesOf(a, key.property, type), vb = valuesOf(b, key.property, type);
        int c = 0;
        if (va.isEmpty() || vb.isEmpty())
            c = int(!va.isEmpty()) - int(!vb.isEmpty()); // absent first
        else
            c = order(va.first(), vb.first()).value_or(0);
        if (c != 0)
            return key.descending ? -c : c;
    }
    return 0;
}

} // namespace fakeserver::cmisql
