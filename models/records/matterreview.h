#pragma once

#include "matter.h"

#include <optional>

namespace proofdesk::records {

class RecordsSession;

// A review of one letter of a matter's review set on records.sqlite: its tags (each one the
// matter defines, matched ignoring case and kept as the matter spells it) and note, set as one
// compare-and-set on the letter's review revision with the entry that records it. A review made
// meanwhile by someone else is refused with who and when, never overwritten unseen.
class MatterReview
{
public:
    explicit MatterReview(const RecordsSession &session);

    ReviewItem tag(const QString &matterId, const QString &commId, const QStringList &tags,
                   const std::optional<QString> &note, std::optional<int> expectedRevision);

    // `tags` as the matter spells them, in the matter's order, each once. Throws
    // RecordsError(Invalid) naming the matter's tags when one is not among them.
    static QStringList matterTags(const MatterInfo &matter, const QStringList &tags);

private:
    const RecordsSession &m_session;
};

} // namespace proofdesk::records
