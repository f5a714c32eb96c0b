#pragma once

#include "search/querynode.h"
#include "sync/querytranslation.h"

#include <QHash>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

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
    bool fullText = false;          // capabilityQuery fulltextonly, bothseparate or bothcombined
};

using LeftOutPart = sync::LeftOutPart; // sync/querytranslation.h

// A query as CMIS can ask it (issue #38 "remote search honest by construction"). The
// statement asked (`where`) is never narrower than what the desk's own search would find
// among the repository's objects; where it is wider, `deskQuery` is what the desk checks on
// each object that comes back, so that what it counts is exact. Where the desk cannot
// check all that comes back (too many), `narrower` asks only for objects that match, and
// `checked` names what it may miss. Each part of the query falls in one class
// (remotesearchtable.h has the table):
// - exact: the statement matches exactly what the desk matches (dates, whole numbers, a
//   string whose every case form fits in one IN list, repo:, a fixed value);
// - checked on the desk: asked wider, or not at all (a string with more case forms is asked
//   as a LIKE of its shape; a prefix, words where there is no full-text search, a field the
//   type does not let be queried, a property of another type);
// - answered inexactly (`inexact`): words and phrases in CONTAINS(), which the repository
//   matches by its own full-text rules; an Id with more case forms than one IN lists, asked
//   as written, in lower and in upper case (an Id has no LIKE; a lookup by a repository's id
//   read the whole repository);
// - not answered (`leftOut`): the facts of the cache (status, hold, fixity, finding).
struct Translation
{
    // True when the query cannot match anything of this repository (repo:OTHER): it is
    // not asked at all, and nothing is left out.
    bool skip = false;
    QString where; // the WHERE condition, empty for none
    // The search-syntax query the desk applies to what `where` returns; empty when `where`
    // is exact (then the repository's count is the count).
    QString deskQuery;
    // A condition that holds only where the query does (its exact parts, the case forms most
    // often stored): asked instead of `where` when that returns more than the desk checks.
    // nullopt when no such condition narrows anything (a prefix alone).
    std::optional<QString> narrower;
    QList<LeftOutPart> leftOut; // not asked, not checked
    QList<LeftOutPart> inexact; // answered by the repository's own full-text rules
    QList<LeftOutPart> checked; // checked on the desk; `narrower` may miss matches of them
};

// Whether a repository's capabilityQuery allows CONTAINS().
bool capabilityAllowsFullText(const QString &capabilityQuery);

// Translates a parsed query (QueryParser) for `target`. `query` is the text parsed, which
// names the parts. The top is an AND: each of its parts is classed as above; text parts go
// into one CONTAINS() ANDed at the top (CMIS allows no other place), in disjunctive form.
Translation translate(const search::QueryNode &root, const QString &query, const SearchTarget &target);

// A condition that holds for every object the query does not match (objects without a
// property it names included, as a local search counts them): what lies outside a sync
// scope, asked by `search --remote`. *exact: it holds for those objects only. Empty when
// nothing narrower than everything can be said.
QString outsideCondition(const search::QueryNode &root, const QString &query, const SearchTarget &target, bool *exact);

} // namespace proofdesk::sync::cmis
