#pragma once

#include "cache/sqlite.h"

#include <QList>
#include <QString>

namespace proofdesk::compliance {

struct SearchRows
{
    QList<qint64> rowIds; // any order, possibly repeated
    QString error;        // a malformed query
};

// Every rowid a search (search-syntax.md) matches, read the way SearchEngine reads them
// (the planner's choice of what drives, SqlCompiler's conditions) but in no order: the
// checks and charts need the set, and ordering by issue time would read every matched
// row (SearchEngine::allRowIds takes seconds for 700,000 full-text matches; this reads
// the full-text index alone). A query that is only a row set (text, block:, hold:) is
// read from that set without touching the rows. Stored rows edited by hand (cache/rowbits.h) are
// left out of the answer, not trusted. Throws cache::SqliteError.
SearchRows searchRows(cache::Database &db, const QString &query);

} // namespace proofdesk::compliance
