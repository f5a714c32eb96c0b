#pragma once

#include "records/roles.h"

#include <QJsonObject>
#include <QString>
#include <functional>

namespace proofdesk::cli {

class CliContext;

// What a read of the cache records in the audit trail: a search (with its query and total)
// or a view of one communication.
struct ReadAccess
{
    bool search = true;
    QString objectId;
    QJsonObject detail;

    records::Action action() const { return search ? records::Action::Search : records::Action::ViewCommunication; }
    QString objectType() const { return search ? QStringLiteral("search") : QStringLiteral("communication"); }
};

// Records `read` through `append` (which records it as a records action does and returns its
// exit code; it throws SqliteError when the trail cannot be written). A read the trail cannot
// take for a full disk is refused (Unusable, the disk and the folder named): the caller shows
// nothing of it. Returns Done or the exit code of a refusal.
int recordRead(CliContext &ctx, const ReadAccess &read, const std::function<int(const ReadAccess &)> &append);

} // namespace proofdesk::cli
