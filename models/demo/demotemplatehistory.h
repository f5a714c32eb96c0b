#pragma once

#include "democatalogue.h"
#include "demorandom.h"

namespace proofdesk::demo {

// Gives a template its version history: three to five approved versions covering 2023 to
// today (each superseded by the next), sometimes a draft or in-review version after them,
// with the review steps that approved each one.
void buildTemplateHistory(TemplateDef &tpl, const QString &source, const QList<BlockDef> &blocks, DemoRandom &rng);

} // namespace proofdesk::demo
