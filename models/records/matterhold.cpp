#include "matterhold.h"

#include "holdrecords.h"
#include "matterrecords.h"
#include "recordserror.h"
#include "util/translation.h"

namespace proofdesk::records {

namespace {

QString tr(const char *text)
{
    return util::translateEither("proofdesk::records::MatterHold", "proofdesk::records", text);
}

} // namespace

HoldInfo placeMatterHold(MatterRecords &matters, HoldRecords &holds, const QString &matterId, const QString &name,
                         const QString &reason, const HoldProgress &progress)
{
    const auto overview = matters.show(matterId);
    if (!overview->matter.isOpen())
        throw RecordsError(RecordsError::Kind::Invalid,
                           tr("Matter %1 is closed: a new hold for it is not placed.").arg(overview->matter.id));
    HoldSpec spec;
    spec.name = name;
    spec.reason = reason;
    spec.matter = overview->matter.id;
    for (const ReviewItem &item : matters.review(overview->matter.id))
        spec.ids << item.id;
    if (spec.ids.isEmpty())
        throw RecordsError(
            RecordsError::Kind::Invalid,
            tr("Matter %1 has no letters in its review set yet: add a search first.").arg(overview->matter.id));
    return holds.createHold(spec, progress);
}

} // namespace proofdesk::records
