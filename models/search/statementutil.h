#pragma once

#include "cache/sqlite.h"

#include <QList>
#include <QMetaType>
#include <QVariant>

namespace proofdesk::search {

// A compiled value that binds a row set for rowset_has / rowset_add (cache/rowsetfunctions.h).
struct RowSetParameter
{
    cache::RowIdSet *set = nullptr;
};

// Binds compiled values (QString, qint64 or RowSetParameter) to ?1..?n; returns the next
// free index.
int bindValues(cache::Statement &st, const QList<QVariant> &values);

} // namespace proofdesk::search

Q_DECLARE_METATYPE(proofdesk::search::RowSetParameter)
