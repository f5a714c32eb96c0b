#pragma once

#include "search/querynode.h"
#include "sync/querytranslation.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace proofdesk::sync::aspace {

// What an ArchivesSpace repository can be asked (docs/connecting.md "Searching past the cache").
struct SearchTarget
{
    QString repository; // its name, for repo:NAME
    // The property of a digital object a Proofdesk field (customer_id, issued_at, …) reads;
    // empty when none; "=value" for a fixed value.
    std::function<QString(const QString &field)> source;
};

struct Translation
{
    // True when the query cannot match anything of this repository (repo:OTHER): it is not
    // asked at all, and nothing is left out.
    bool skip = false;
    // The advanced_query's "query" (a boolean_query); empty when everything is asked for.
    QJsonObject query;
    QList<LeftOutPart> leftOut;

    // The `aq` parameter: the advanced_query as compact JSON; empty when `query` is.
    QByteArray aq() const;
};

// The advanced-search field (ArchivesSpace's common/search_definitions.rb) that indexes a
// digital object's property for equality: "identifier" for digital_object_id (a whole value,
// in any case), "title" for title (its words: a value is matched as a phrase within it);
// empty for any other (user_defined.* and the rest are not indexed for the advanced search).
QString searchFieldOf(const QString &property);
// The date field for a property: create_time and user_mtime; empty for any other.
QString dateFieldOf(const QString &property);

// Translates a parsed query (QueryParser) into an ArchivesSpace advanced query for `target`,
// with the rule of the CMIS translation (cmis/cmisquerytranslation.h): the answer is always a
// superset of the exact answer, and everything that widens it is named in `leftOut`:
// - a child of an AND it cannot express is left out (the rest is asked);
// - an OR with a child it cannot express is left out whole;
// - a NOT whose operand is not exactly expressible is left out whole;
// - words and phrases are `keyword` field queries (the record's whole text), `word*` a prefix;
// - a field mapped to digital_object_id is an `identifier` literal (exact, any case); one
//   mapped to title is a `title` literal, which ArchivesSpace matches as a phrase within the
//   title: it is asked, and named as not answered exactly;
// - issued: mapped to create_time or user_mtime is a pair of `date_field_query`s (whole UTC
//   days, as ArchivesSpace compares dates);
// - a negation is the parts' `negated` flags (De Morgan), never op NOT;
// - repo:NAME is true or false for this repository: when the query is false, `skip`.
// `query` is the text parsed, which names the parts left out.
Translation translate(const search::QueryNode &root, const QString &query, const SearchTarget &target);

} // namespace proofdesk::sync::aspace
