#include "remoteanswers.h"

namespace proofdesk::sync {

namespace {
constexpr RemoteAnswer E = RemoteAnswer::Exact;
constexpr RemoteAnswer C = RemoteAnswer::Checked;
constexpr RemoteAnswer I = RemoteAnswer::Inexact;
constexpr RemoteAnswer U = RemoteAnswer::Unanswered;
} // namespace

// The cmis/ and archivesspace/…querytranslation.cpp classes, per form: what decides each is
// there (CMIS: a string's case forms fit one IN list of 64, a LIKE of its shape otherwise;
// ArchivesSpace: only identifier, title, keyword and two dates are indexed).
const QList<RemoteAnswerRow> &remoteAnswerTable()
{
    static const QList<RemoteAnswerRow> table{
        // form, example: CMIS with full text, CMIS without, ArchivesSpace
        {"word", "garcia", I, C, I},
        {"word*", "garc*", C, C, I},
        {"\"two words\"", "\"anna garcia\"", I, C, I},
        {"a OR b (words)", "garcia OR muller", I, C, I},
        {"many words ORed (more than 16 alternatives)",
         "w1 OR w2 OR w3 OR w4 OR w5 OR w6 OR w7 OR w8 OR w9 OR w10 OR w11 OR w12 OR w13 OR w14 OR w15 OR w16 OR w17",
         C, C, I},
        {"field:value, a string of at most 64 case forms (6 letters)", "channel:email", E, E, C},
        {"field:value, a string of more case forms", "unit:retail-banking", C, C, C},
        {"field:value, letters outside ASCII", "unit:épargne", C, C, C},
        {"id:value (an Id property)", "id:d-01", E, E, C},
        {"id:value, an Id of more case forms (asked as written, lower, upper)", "id:letter-d-01", I, I, C},
        {"a business key (customer, account, policy, claim)", "customer:c-001", E, E, C},
        {"batch (ArchivesSpace: digital_object_id)", "batch:b-7", E, E, E},
        {"type", "type:notice", E, E, C},
        {"language", "language:en", E, E, C},
        {"template, version", "template:tpl-1 version:3", E, E, C},
        {"a field the mapping does not read (origin, campaign, loan, case, workspace)", "origin:reissue", C, C, C},
        {"block", "block:cb-1", C, C, C},
        {"issued:2026-10-03, issued:2026-10, issued:2026", "issued:2026-03", E, E, C},
        {"issued:A..B", "issued:2026-02-01..2026-03-31", E, E, C},
        {"a b", "channel:email issued:2026", E, E, C},
        {"a OR b (fields)", "channel:email OR channel:sms", E, E, C},
        {"a OR b (a word and a field)", "garcia OR channel:sms", C, C, C},
        {"-a", "-channel:email", E, E, C},
        {"( … )", "(channel:email OR channel:sms) issued:2026", E, E, C},
        {"repo:NAME", "repo:net", E, E, E},
        {"status", "status:delivered", U, U, U},
        {"hold", "hold:any", U, U, U},
        {"fixity", "fixity:verified", U, U, U},
        {"finding", "finding:any", U, U, U},
    };
    return table;
}

const char *remoteAnswerName(RemoteAnswer answer)
{
    switch (answer) {
    case RemoteAnswer::Exact:
        return "exact";
    case RemoteAnswer::Checked:
        return "checked on the desk";
    case RemoteAnswer::Inexact:
        return "inexact";
    case RemoteAnswer::Unanswered:
        return "not answered";
    }
    return "";
}

} // namespace proofdesk::sync
