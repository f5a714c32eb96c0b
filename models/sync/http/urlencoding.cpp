#include "urlencoding.h"

namespace proofdesk::sync {

namespace {

QByteArray encoded(const QString &value)
{
    // toPercentEncoding keeps the unreserved characters only, unless told otherwise.
    return QUrl::toPercentEncoding(value);
}

// One key or value of a query as a server decodes it: `+` is a space, %XX a byte, UTF-8.
QString decoded(QByteArray part)
{
    part.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
}

} // namespace

QString encodedQuery(const QueryItems &items) { return QString::fromLatin1(formBody(items)); }

void setEncodedQuery(QUrl &url, const QueryItems &items)
{
    // StrictMode: the text is taken as it is, already encoded; QUrl keeps %2B and %3B.
    url.setQuery(encodedQuery(items), QUrl::StrictMode);
}

QueryItems queryItemsOf(const QUrl &url)
{
    QueryItems out;
    const QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    for (const QByteArray &pair : query.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        out.append({decoded(eq < 0 ? pair : pair.left(eq)), eq < 0 ? QString() : decoded(pair.mid(eq + 1))});
    }
    return out;
}

QByteArray formBody(const QueryItems &items)
{
    QByteArray out;
    for (const auto &[key, value] : items) {
        if (!out.isEmpty())
            out += '&';
        out += encoded(key) + '=' + encoded(value);
    }
    return out;
}

QString pathSegment(const QString &value) { return QString::fromLatin1(encoded(value)); }

} // namespace proofdesk::sync
