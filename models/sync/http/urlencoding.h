#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace proofdesk::sync {

// Every value a connector sends, encoded for the place it goes (issue #40 item 2). An id,
// a business key or a CMIS statement may hold any character: `+` (which a server reads as a
// space in a query or a form), `%` (the start of an escape), `&` and `=` (which end a value
// or a key), `#` (which ends the URL), `;`, `/`, spaces and letters outside ASCII. QUrlQuery
// leaves `+` and `;` as they are, so a value with them reached the server changed
// (`B+2025` as `B 2025`). Here every byte of a key or value's UTF-8 other than the
// unreserved ones (A-Z a-z 0-9 - . _ ~) is percent-encoded, which every server decodes the
// same way, in a URL's query and in an application/x-www-form-urlencoded body alike.
using QueryItems = QList<QPair<QString, QString>>;

// "k=v&k=v", each key and value percent-encoded as above.
QString encodedQuery(const QueryItems &items);
// The url with exactly this query (an earlier one is replaced).
void setEncodedQuery(QUrl &url, const QueryItems &items);
// The url's query items as a server decodes them (for adding one to a query already set).
QueryItems queryItemsOf(const QUrl &url);
// A form body (application/x-www-form-urlencoded).
QByteArray formBody(const QueryItems &items);
// One segment of a URL's path: `/` and every other reserved character encoded.
QString pathSegment(const QString &value);

} // namespace proofdesk::sync
