#pragma once

#include <QString>
#include <QStringView>

// Who is the same person (docs/rules.md "The same person"), in one place for the desk and
// the team server (proofdesk.same_person(), team migration 7): two logins name one person
// when they are equal once put in Unicode normal form C and folded as every other value is
// (textfold.h). So Ömer = ömer, ǅemal = ǆemal = Ǆemal, Kim with the Kelvin sign = kim,
// ΣΟΦΙΑ = σοφια, and an Ö typed as O and a combining diaeresis is the Ö typed at once; a login
// with an accent is not one without it, and nothing is trimmed (a role name is exact).
// The four-eyes rule (nobody approves their own request) and "one's own" request ask it.
namespace proofdesk::domain {

// The form two logins are compared in.
QString personKey(QStringView login);

bool samePerson(QStringView a, QStringView b);

} // namespace proofdesk::domain
