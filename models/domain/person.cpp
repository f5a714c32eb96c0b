#include "person.h"

#include "textfold.h"

namespace proofdesk::domain {

QString personKey(QStringView login) { return foldCase(login.toString().normalized(QString::NormalizationForm_C)); }

bool samePerson(QStringView a, QStringView b) { return personKey(a) == personKey(b); }

} // namespace proofdesk::domain
