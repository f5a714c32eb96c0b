#pragma once

#include "cache/sqlite.h"

#include <QList>
#include <QVariant>

namespace proofdesk::search {

// Binds compiled values (QString or qint64) to ?1..?n; returns the next free index.
int bindValues(cache::Statement &st, const QList<QVariant> &values);

} // namespace proofdesk::search
