#pragma once

#include "search/querynode.h"
#include "sync/querytranslation.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace proofdesk::sync::cmis {

// One property of a CMIS type as its definition declares it (CMIS 1.1 2.1.3.3: the Browser
// Binding's "propertyType", "cardinality", "queryable", "orderable").
struct PropertyDefinition
{
    QString type = QStringLiteral("string"); // string, boolean, id, integer, datetime, decimal, uri, html
    bool multiValued = false;
    bool queryable = true;
    bool orderable = false;
};
using PropertyDefinitions = QHash<QString, PropertyDefinition>; // by query name

// What a repository can be asked (docs/connecting.md "Searching past the cache").
struct SearchTarget
{
    QString repository; // its name, for repo:NAME
    // The property a Proofdesk field (PropertyMapping::fields(): customer_id, issued_at, …)
    // reads; empty when none; "=value" for a fixed value.
    std::function<QString(const QString &field)> source;
    PropertyDefinitions properties; // the type's, supertypes' included
    bool fullText = false; // capabilityQuery fulltextonly, bothseparate or bothcombined
};

using LeftOutPart = sync::LeftOutPart; // sync/querytranslation.h

struct Translation
{
    // True when the query cannot match anything of this repository (repo:OTHER): it is
    // not asked at all, and nothing is left out.
    bool skip = false;
    QString where; // the WHERE condition, empty for none
    QList<LeftOutPart> leftOut;
};

// Whether a repository's capabilityQuery allows CONTAINS().
bool capabilityAllowsFullText(const QString &capabilityQuery);

// Translates a parsed query (QueryParser) into one CMIS 1.1 WHERE condition for `target`.
// The repository's answer is always a superset of the exact answer, and everything that
// widens it is named in `leftOut`, never silent:
// - a child of an AND it cannot express is left out (the rest is asked);
// - an OR with a child it cannot express is left out whole;
// - a NOT whose operand is not exactly expressible is left out;
// - words and phrases become one CONTAINS() ANDed at the top (CMIS allows no other), where
//   the repository searches full text; text under OR or NOT together with fields is left out;
// - fields compare the value as typed, in lower case and in upper case (CMIS = is exact);
//   a negation keeps objects without the property, as a local search does;
// - repo:NAME is true or false for this repository: when the query is false, `skip`.
// `query` is the text parsed, which names the parts left out.
Translation translate(const search::QueryNode &root, const QString &query, const SearchTarget &target);

// The condition that holds exactly where the query does not (objects without a property it
// names included, as a local search counts them): what lies outside a sync scope. Empty,
// with *exact false, when the query is not a property condition expressed exactly (full
// text cannot be negated in CMIS).
QString outsideCondition(const search::QueryNode &root, const QString &query, const SearchTarget &target, bool *exact);

} // namespace proofdesk::sync::cmis
