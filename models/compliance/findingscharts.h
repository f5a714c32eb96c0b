#pragma once

#include "chartdata.h"
#include "finding.h"

namespace proofdesk::compliance {

// The findings dashboards, from a report already computed (the checks are not run again).
// Clicking a kind's open bar searches `finding:KIND` within the report's scope (less the
// reviewed ones, by id); its reviewed bar searches them by id (the first `maxIds`);
// clicking a template version opens that version's communications within the scope.
ChartData findingsByKind(const FindingsReport &report, int maxIds = 200);
ChartData findingsByTemplateVersion(const FindingsReport &report, int top = 10);

// "id:A OR id:B …" for at most `maxIds` of the ids.
QString idsQuery(const QStringList &ids, int maxIds);

} // namespace proofdesk::compliance
