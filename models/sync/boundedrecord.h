#pragma once

#include "applyresult.h"
#include "fieldbounds.h"
#include "util/cuttext.h"

#include <optional>

namespace proofdesk::sync {

// The record as the cache keeps it (fieldbounds.h): `given` when its fields are within their
// bounds; else a copy in `kept` cut to them, with a warning naming `what()`; or null when it is
// rejected. The catalogue writer, the communication writer and CacheWriter ask the same question
// of every record they write.
template <typename R, typename What>
const R *withinBounds(const R &given, std::optional<R> &kept, const QString &file, qint64 line, What &&what,
                      ApplyResult &r)
{
    if (FieldBounds::within(given))
        return &given;
    kept = given;
    const FieldBounds::Outcome o = FieldBounds::apply(*kept);
    if (!o.rejected.isEmpty()) {
        r.rejected << sync::RejectedRecord{file, line, what() + QStringLiteral(": ") + o.rejected};
        return nullptr;
    }
    r.warnings << sync::RejectedRecord{file, line, o.warning(what())};
    return &*kept;
}

// An id as a message names it: a rejected one may be megabytes long.
inline QString shownId(const QString &id) { return util::cutText(id, 64); }

} // namespace proofdesk::sync
