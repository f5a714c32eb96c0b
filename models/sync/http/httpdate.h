#pragma once

#include <QByteArray>
#include <QDateTime>

namespace proofdesk::sync {

// An HTTP-date (RFC 9110 §5.6.7), as in Retry-After, as a UTC QDateTime; invalid when it is
// none. Reads the IMF-fixdate servers send ("Sun, 06 Nov 1994 08:49:37 GMT") and the two
// obsolete forms a recipient must still accept: RFC 850 ("Sunday, 06-Nov-94 08:49:37 GMT",
// whose two-digit year is taken as at most 50 years after `now`) and asctime
// ("Sun Nov  6 08:49:37 1994").
QDateTime parseHttpDate(const QByteArray &value, const QDateTime &now);

} // namespace proofdesk::sync
