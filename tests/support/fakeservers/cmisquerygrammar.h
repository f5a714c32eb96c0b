#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

// The CMIS 1.1 query language (OASIS CMIS 1.1, 2.1.14.2 "Query Language Definition") as a
// repository that enforces it answers: the fake CMIS server parses every statement with it,
// refuses what the type's property definitions do not allow, and evaluates the rest. One
// FROM type, no JOIN and no alias: what the fake repository serves.
//
// What is refused (check()), with the sentence a 400 invalidArgument carries:
// - a property the type does not define, in the select list, WHERE or ORDER BY;
// - ORDER BY a property whose definition is not `orderable` (cmis:objectId is not, on
//   this repository), or a multi-valued one;
// - an operator the property's type does not take: = and <> take every type; < <= > >=
//   only String, Integer, Decimal and DateTime (never Id or Boolean); [NOT] IN every type
//   but Boolean; [NOT] LIKE only String; a multi-valued property only through ANY
//   ('x' = ANY p, ANY p [NOT] IN (…)) and IS [NOT] NULL;
// - a literal of the wrong kind: a DateTime compares with TIMESTAMP '…' only, an Integer
//   with a whole number, a Boolean with TRUE or FALSE, String, Id and URI with '…';
// - CONTAINS() more than once, or anywhere but ANDed with the rest of the WHERE.
namespace fakeserver::cmisql {

enum class PropertyType { String, Boolean, Id, Integer, DateTime, Decimal, Uri, Html };
// The Browser Binding's names: "string", "boolean", "id", "integer", "datetime", "decimal",
// "uri", "html".
QString propertyTypeName(PropertyType type);

struct PropertyInfo
{
    PropertyType type = PropertyType::String;
    bool multiValued = false;
    bool queryable = true;
    bool orderable = true;
};
using Properties = QHash<QString, PropertyInfo>; // by query name

struct Literal
{
    enum Kind { String, Integer, Decimal, Boolean, DateTime };
    Kind kind = String;
    QString text;      // String; DateTime as written
    QString raw;       // String: as written between its quotes, escapes kept (a LIKE's pattern)
    double number = 0; // Integer, Decimal
    bool boolean = false;
    qint64 ms = 0; // DateTime, epoch milliseconds
};

struct Predicate;
using PredicatePtr = std::shared_ptr<const Predicate>;

struct Predicate
{
    enum Kind { And, Or, Not, Compare, In, Like, IsNull, AnyCompare, AnyIn, Contains, InFolder, InTree };
    Kind kind = And;
    QList<PredicatePtr> children; // And, Or: two or more; Not: one
    QString property;
    QString op;              // Compare, AnyCompare: = <> < <= > >=
    bool negated = false;    // NOT IN, NOT LIKE, IS NOT NULL, ANY … NOT IN
    QList<Literal> literals; // Compare, AnyCompare, Like: one; In, AnyIn: the list; Contains, In*: the text
};

struct OrderKey
{
    QString property;
    bool descending = false;
};

struct Statement
{
    QStringList select; // empty: SELECT *
    QString from;
    PredicatePtr where; // null without WHERE
    QList<OrderKey> orderBy;
};

// The statement, or nullopt with `error` saying where the syntax went wrong.
std::optional<Statement> parse(const QString &text, QString *error);

// The first thing the type's properties refuse in each part; empty when it is allowed.
QString checkSelect(const Statement &statement, const Properties &properties);
QString checkWhere(const Statement &statement, const Properties &properties);
QString checkOrderBy(const Statement &statement, const Properties &properties);
QString check(const Statement &statement, const Properties &properties); // all three

// True when the condition uses nothing but =, <>, [NOT] IN, IS [NOT] NULL and their
// combinations (what a repository that ignores "harder" conditions still evaluates).
bool usesOnlyEquality(const Predicate &predicate);

// Whether an object (its succinct properties: DateTime as epoch ms or ISO 8601 text)
// meets the condition. `fullText` is what CONTAINS searches (the object's text).
bool matches(const Predicate &predicate, const QJsonObject &object, const Properties &properties,
             const QString &fullText);
// CONTAINS()'s text, parsed: alternatives (OR) of terms that all hold (a word or phrase,
// lower-cased, found in the object's text, or not found when excluded with '-'). matches()
// evaluates it so; an empty alternative holds.
struct TextTerm
{
    QString word;
    bool excluded = false;
};
using TextSearch = QList<QList<TextTerm>>;
TextSearch parseTextSearch(const QString &search);

// The ORDER BY comparison of two objects: < 0, 0 (a tie: the repository's own order
// decides) or > 0. Absent values sort first.
int compare(const QJsonObject &a, const QJsonObject &b, const QList<OrderKey> &keys, const Properties &properties);

// The same with each object's ORDER BY values read once, for sorting many.
struct OrderValue
{
    int kind = 0; // 0 absent, 1 number, 2 text, 3 boolean
    double number = 0;
    QString text;
};
QList<OrderValue> orderValues(const QJsonObject &object, const QList<OrderKey> &keys, const Properties &properties);
int compare(const QList<OrderValue> &a, const QList<OrderValue> &b, const QList<OrderKey> &keys);

} // namespace fakeserver::cmisql
