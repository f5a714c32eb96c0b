#pragma once

#include "demoletter.h"
#include "demorandom.h"
#include "demotemplatetext.h"

namespace proofdesk::demo {

// Builds the table a type carries (transactions, instalments, ...) and adds the figures the
// template text quotes (closing balance, total due, ...) to vars, so text and table agree.
LetterTable buildTable(const CommunicationPlan &plan, DemoRandom &rng, Variables &vars);

// The monthly payment (cents) of an annuity loan; rate in basis points a year.
qint64 monthlyInstalment(qint64 principal, int rateBp, int months);

} // namespace proofdesk::demo
