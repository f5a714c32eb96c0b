#include "conninfo.h"

#include <QUrl>

namespace proofdesk::team {

namespace {

QString decoded(const QString &text) { return QUrl::fromPercentEncoding(text.toUtf8()); }
// Before the '@' everything but the unreserved characters is escaped; in the query, / : @ read
// as themselves (a file's path stays readable).
QString encoded(const QString &text) { return QString::fromLatin1(QUrl::toPercentEncoding(text)); }
QString encodedInQuery(const QString &text) { return QString::fromLatin1(QUrl::toPercentEncoding(text, "/:@")); }

// A key=value string's value, quoted when libpq would otherwise read it differently.
QString quotedValue(const QString &value)
{
    const bool plain = !value.isEmpty() && !value.contains(QLatin1Char('\'')) && !value.contains(QLatin1Char('\\'))
                       && !value.contains(QLatin1Char(' ')) && !value.contains(QLatin1Char('\t'))
                       && !value.contains(QLatin1Char('\n'));
    if (plain)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

// libpq's key=value grammar: keys, '=', values bare or in single quotes (\ escapes the next
// character in both), separated by white space.
QList<QPair<QString, QString>> parseKeyValues(const QString &text)
{
    QList<QPair<QString, QString>> out;
    qsizetype i = 0;
    const qsizetype n = text.size();
    const auto skipSpace = [&] {
        while (i < n && text.at(i).isSpace())
            ++i;
    };
    while (true) {
        skipSpace();
        if (i >= n)
            break;
        QString key;
        while (i < n && text.at(i) != QLatin1Char('=') && !text.at(i).isSpace())
            key += text.at(i++);
        skipSpace();
        if (i < n && text.at(i) == QLatin1Char('='))
            ++i;
        skipSpace();
        QString value;
        const bool quoted = i < n && text.at(i) == QLatin1Char('\'');
        if (quoted)
            ++i;
        while (i < n && (quoted ? text.at(i) != QLatin1Char('\'') : !text.at(i).isSpace())) {
            if (text.at(i) == QLatin1Char('\\') && i + 1 < n)
                ++i;
            value += text.at(i++);
        }
        if (quoted && i < n)
            ++i; // the closing quote
        out.append({key, value});
    }
    return out;
}

} // namespace

ConnInfo::ConnInfo(const QString &text)
{
    for (const char *scheme : {"postgresql://", "postgres://"}) {
        if (text.startsWith(QLatin1String(scheme))) {
            m_uri = true;
            m_scheme = QLatin1String(scheme);
        }
    }
    if (!m_uri) {
        m_params = parseKeyValues(text);
        return;
    }
    const QString rest = text.mid(m_scheme.size());
    qsizetype end = rest.size();
    for (const QChar c : {QLatin1Char('/'), QLatin1Char('?')})
        if (const qsizetype at = rest.indexOf(c); at >= 0 && at < end)
            end = at;
    QString authority = rest.left(end);
    if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString userinfo = authority.left(at);
        const qsizetype colon = userinfo.indexOf(QLatin1Char(':'));
        m_params.append({QStringLiteral("user"), decoded(colon < 0 ? userinfo : userinfo.left(colon))});
        if (colon >= 0)
            m_params.append({QStringLiteral("password"), decoded(userinfo.mid(colon + 1))});
        authority = authority.mid(at + 1);
    }
    m_hostspec = authority;
    const QString tail = rest.mid(end);
    const qsizetype question = tail.indexOf(QLatin1Char('?'));
    m_path = question < 0 ? tail : tail.left(question);
    if (question >= 0)
        for (const QString &pair : tail.mid(question + 1).split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            m_params.append({decoded(eq < 0 ? pair : pair.left(eq)), eq < 0 ? QString() : decoded(pair.mid(eq + 1))});
        }
}

QString ConnInfo::value(const QString &key) const
{
    QString found;
    for (const auto &[k, v] : m_params)
        if (k == key)
            found = v; // libpq takes the last
    return found;
}

void ConnInfo::set(const QString &key, const QString &value)
{
    m_params.removeIf([&](const QPair<QString, QString> &p) { return p.first == key; });
    if (value.isEmpty())
        return;
    if (m_uri && key == QLatin1String("user"))
        m_params.prepend({key, value}); // before the '@'
    else if (m_uri && key == QLatin1String("password"))
        m_params.insert(m_params.isEmpty() || m_params.first().first != QLatin1String("user") ? 0 : 1, {key, value});
    else
        m_params.append({key, value});
}

QString ConnInfo::toString() const
{
    if (!m_uri) {
        QStringList parts;
        for (const auto &[k, v] : m_params)
            parts << k + QLatin1Char('=') + quotedValue(v);
        return parts.join(QLatin1Char(' '));
    }
    // The user and password go before the '@' only when they lead (as the parser puts them);
    // a ?user= written in the query stays there.
    QString userinfo;
    QStringList query;
    for (qsizetype i = 0; i < m_params.size(); ++i) {
        const auto &[k, v] = m_params.at(i);
        if (i == 0 && k == QLatin1String("user"))
            userinfo = encoded(v);
        else if (k == QLatin1String("password")
                 && (i == 0 || (i == 1 && m_params.first().first == QLatin1String("user"))))
            userinfo += QLatin1Char(':') + encoded(v);
        else
            query << encodedInQuery(k) + QLatin1Char('=') + encodedInQuery(v);
    }
    QString out = m_scheme;
    if (!userinfo.isEmpty())
        out += userinfo + QLatin1Char('@');
    out += m_hostspec + m_path;
    if (!query.isEmpty())
        out += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return out;
}

QString ConnInfo::database() const
{
    const QString named = value(QStringLiteral("dbname"));
    if (!named.isEmpty() || !m_uri)
        return named;
    return decoded(m_path.mid(1));
}

QStringList ConnInfo::hosts() const
{
    QStringList out;
    if (m_uri && !m_hostspec.isEmpty()) { // else ?host= in the query, read below
        for (const QString &spec : m_hostspec.split(QLatin1Char(','))) {
            QString host = spec;
            if (host.startsWith(QLatin1Char('['))) // [::1]:5432
                host = host.mid(1, host.indexOf(QLatin1Char(']')) - 1);
            else if (const qsizetype colon = host.lastIndexOf(QLatin1Char(':')); colon >= 0)
                host = host.left(colon);
            out << decoded(host);
        }
        return out;
    }
    const QString host = value(QStringLiteral("host"));
    const QString named = host.isEmpty() ? value(QStringLiteral("hostaddr")) : host;
    return named.isEmpty() ? QStringList() : named.split(QLatin1Char(','));
}

} // namespace proofdesk::team
