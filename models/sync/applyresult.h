#pragma once

#include "changepage.h"

#include <QList>

namespace proofdesk::sync {

// What applying one page did. accepted + unchanged + rejected = records offered.
struct ApplyResult
{
    qint64 accepted = 0;  // records that added or changed something
    qint64 unchanged = 0; // records already in the cache exactly as given
    qint64 deleted = 0;
    qint64 keptHeld = 0; // deleted in the repository but under hold: kept, marked deleted
    // The repository's sync scope (syncscope.h): records offered that lie outside it and were
    // not taken, and cached communications that left it and were removed from the cache
    // (never one under hold, in a reissue or in an open exception case: those stay).
    qint64 outsideScope = 0;
    qint64 leftScope = 0;
    QList<sync::RejectedRecord> rejected; // the page's rejections plus conflicts found here
    QList<sync::RejectedRecord> warnings; // records taken with something to report
    qint64 communicationsAccepted = 0;

    void add(const ApplyResult &other);
};

} // namespace proofdesk::sync
