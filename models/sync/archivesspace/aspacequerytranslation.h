#pragma once

#include "search/querynode.h"
#include "sync/querytranslation.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace proofdesk::sync::aspace {

// What an ArchivesSpace repository can be asked (docs/connecting.md "Searching past the cache").
struct SearchTarget
{
    QString repository; // its name, for repo:NAME
    // The property of a digital object a Proofdesk field (customer_id, issued_at, …) reads;
    // empty when none; "=value" for a fixed value.
    std::function<QString(const QString &field)> source;
};

// A query as ArchivesSpace's advanced search can ask it, in the classes of the CMIS
// translation (cmis/cmisquerytranslation.h, sync/querybounds.h): what it asks exactly, what
// the desk checks on what comes back, what ArchivesSpace answers by its own keyword rules,
// and the facts of the cache it is never asked.
struct Translation
{
    // True when the query cannot match anything of this repository (repo:OTHER): it is not
    // asked at all, and nothing is left out.
    bool skip = false;
    // The advanced_query's "query" (a boolean_query); empty when everything is asked for.
    // Never narrower than what the desk finds; wider where `deskQuery` is not empty.
    QJsonObject query;
    QString deskQuery; // the search-syntax query the desk checks on what `query` returns
    // Only matches: asked when `query` returns more than the desk checks (nullopt: nothing
    // narrower can be asked).
    std::optional<QJsonObject> narrower;
    QList<LeftOutPart> leftOut; // not asked, not checked
    QList<LeftOutPart> inexact; // answered by ArchivesSpace's keyword search
    QList<LeftOutPart> checked; // checked on the desk; `narrower` may miss matches of them

    // The `aq` parameter: the advanced_query as compact JSON; empty when `query` is.
    static QByteArray aq(const QJsonObject &query);
    QByteArray aq() const { return aq(query); }
};

// The advanced-search field (ArchivesSpace's common/search_definitions.rb) that indexes a
// digital object's property for equality: "identifier" for digital_object_id (a whole value,
// in any case), "title" for title (its words: a value is matched as a phrase within it);
// empty for any other (user_defined.* and the rest are not indexed for the advanced search).
QString searchFieldOf(const QString &property);
// The date field for a property: create_time and user_mtime; empty for any other.
QString dateFieldOf(const QString &property);

// Translates a parsed query (QueryParser) into an ArchivesSpace advanced query for `target`:
// - words and phrases are `keyword` field queries (the record's whole text), `word*` a prefix
//   of one word: ArchivesSpace's own rules (inexact);
// - a field mapped to digital_object_id is an `identifier` literal (exact, any case); one
//   mapped to title a `title` literal, which ArchivesSpace matches as a phrase within the
//   title (wider: checked on the desk); a field it does not index is checked on the desk;
// - issued: mapped to create_time or user_mtime is a pair of `date_field_query`s (whole UTC
//   days, as ArchivesSpace compares dates); otherwise checked on the desk;
// - a negation is the parts' `negated` flags (De Morgan), never op NOT;
// - repo:NAME is true or false for this repository: when the query is false, `skip`.
// `query` is the text parsed, which names the parts.
Translation translate(const search::QueryNode &root, const QString &query, const SearchTarget &target);

} // namespace proofdesk::sync::aspace
