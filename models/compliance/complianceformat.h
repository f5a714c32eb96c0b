#pragma once

#include <QString>

namespace proofdesk::compliance {

// "2026-02-01" (UTC) for the sentences of findings and reports.
QString formatDay(qint64 msecsSinceEpoch);
// "2026-02-01 14:05 UTC".
QString formatMinute(qint64 msecsSinceEpoch);
// Two moments in a sentence: days, unless they fall on the same day (then minutes), so that
// "approved on 2026-01-12 10:00 UTC, after issue on 2026-01-12 09:00 UTC" stays readable.
QString formatPair(qint64 first, qint64 second, QString *secondText);
// A stored code as a word inside a finding's sentence ("delivery bounced on …", "status
// awaiting approval"), in the interface language; an unknown code as it is. (The labels of
// domain::CodeLabels are column titles, capitalised.)
QString sentenceWord(const QString &code);

} // namespace proofdesk::compliance
