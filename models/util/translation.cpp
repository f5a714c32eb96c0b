#include "translation.h"

#include <QCoreApplication>

namespace proofdesk::util {

QString translateEither(const char *classContext, const char *namespaceContext, const char *text, int n)
{
    const QString found = QCoreApplication::translate(classContext, text, nullptr, n);
    // What an untranslated string comes back as (with %n filled in): no such context.
    const QString untranslated = QCoreApplication::translate("", text, nullptr, n);
    return found != untranslated ? found : QCoreApplication::translate(namespaceContext, text, nullptr, n);
}

} // namespace proofdesk::util
