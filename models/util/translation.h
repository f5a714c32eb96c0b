#pragma once

#include <QString>

namespace proofdesk::util {

// The models' files translate through a file-local tr() helper named after a class. lupdate
// files such a tr() call under that class when a member function makes it, but under the
// enclosing namespace when a free function does ("Class 'proofdesk::records' lacks
// Q_OBJECT macro"). The helpers ask for the class's context first, then the namespace's,
// so a string is found wherever lupdate put it.
QString translateEither(const char *classContext, const char *namespaceContext, const char *text, int n = -1);

} // namespace proofdesk::util
