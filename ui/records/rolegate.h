#pragma once

#include "records/roles.h"

#include <functional>

class QWidget;

namespace proofdesk::itemmodels {
class RecordsContext;
}

// Before a form for something the role acted in may not do (adding a repository as an agent):
// say so first, and offer a granted role that may (the switch audited, as in the role
// switcher), rather than a form whose last button is refused. `then` runs once the role in
// force may do `action`; never when the person declines, has no such role or the switch is
// refused (the switcher says why).
namespace rolegate {

void whenPermitted(QWidget *parent, proofdesk::itemmodels::RecordsContext *context, proofdesk::records::Action action,
                   const std::function<void()> &then);

} // namespace rolegate
