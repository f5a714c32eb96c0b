#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace proofdesk::team {

// A libpq connection string, in either of its forms, edited without changing its form or what
// it leaves unsaid (issue #39 item 7: QUrl took only one host, so a URI with several lost them
// all but one):
//   URI        postgresql://[user[:password]@][host[:port][,host[:port]…]][/dbname][?key=value&…]
//   key=value  host=a,b port=5432 dbname=proofdesk user='ann' …
// The hosts part of a URI is kept as written; the user, password and query parameters are read
// and written decoded. Parameters are libpq's names (user, password, sslmode, sslrootcert, …).
class ConnInfo
{
public:
    explicit ConnInfo(const QString &text);

    bool isUri() const { return m_uri; }
    // The value of `key` (a URI's user and password count as parameters), or a null string.
    QString value(const QString &key) const;
    // Sets `key`, replacing every value it had (in a URI, the user and password go before the
    // '@'); an empty value removes it.
    void set(const QString &key, const QString &value);
    void remove(const QString &key) { set(key, QString()); }
    QString toString() const;

    // The database and the hosts as a person knows them ("proofdesk", {"db1.example", …}); a
    // host that is a socket folder stays a path.
    QString database() const;
    QStringList hosts() const;

private:
    bool m_uri = false;
    QString m_scheme;                        // "postgresql://" or "postgres://"
    QString m_hostspec;                      // as written
    QString m_path;                          // "/dbname", as written, or empty
    QList<QPair<QString, QString>> m_params; // URI: query and user/password; key=value: all
};

} // namespace proofdesk::team
