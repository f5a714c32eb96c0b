#pragma once

#include <QList>

namespace proofdesk::sync {

// How a kind of repository answers one predicate of the search syntax (spec/search-syntax.md)
// in `search --remote` (issue #38 "remote search honest by construction"):
enum class RemoteAnswer {
    Exact,      // its statement matches exactly what the desk's search does; its count is the count
    Checked,    // asked wider (or not at all) and checked on the desk on what comes back: exact
                // while that is at most RemoteSearch's desk-check limit; past it, asked narrower
                // and named in `inexact`, or not asked and named in `unanswered`
    Inexact,    // asked, and answered by the repository's own rules (its full-text search):
                // named in `inexact`
    Unanswered, // a fact of the cache only: not asked, not checked, named in `unanswered`
};

// One row of the table: a form of the search syntax with the profile's default mapping, an
// example of it (the test runs each through the fake servers against a mixed-case repository
// and a full cache of the same records), and the answer of each kind. docs/connecting.md
// ("What each kind of repository answers") is this table in words.
struct RemoteAnswerRow
{
    const char *form;
    const char *example;
    RemoteAnswer cmisFullText;     // capabilityQuery fulltextonly, bothseparate, bothcombined
    RemoteAnswer cmisMetadataOnly; // metadataonly, none
    RemoteAnswer archivesSpace;
};

const QList<RemoteAnswerRow> &remoteAnswerTable();

const char *remoteAnswerName(RemoteAnswer answer);

} // namespace proofdesk::sync
