#pragma once

#include "fakehttpserver.h"

#include <QJsonObject>
#include <QMap>

namespace fakeserver {

// An ArchivesSpace backend with one repository (2) of digital objects: login and sessions
// (expireSessions() makes the next request answer 412 SESSION_GONE), all_ids with
// modified_since, id_set (≤ 250, else 400), record GET/POST with lock_version (409 when
// stale), suppression (hidden from listings, no tombstone), the delete feed and the search
// API with `q` and `aq` (fakeaspacesearch.cpp).
class FakeAspaceServer : public FakeHttpServer
{
public:
    void setCredentials(const QString &user, const QString &password);
    qint64 addObject(const QJsonObject &fields = {}, const QByteArray &content = "%PDF aspace");
    void updateObject(qint64 id, const QJsonObject &fields);
    void deleteObject(qint64 id);
    void suppress(qint64 id);
    void expireSessions();
    // The server's clock runs this many seconds from the machine's (modification times,
    // modified_since, the Date header of every answer).
    void setClockSkew(qint64 seconds);
    QJsonObject object(qint64 id) const;
    int logins() const;
    // Every search request received (path and query), in order.
    QList<QUrl> searches() const;

protected:
    Response handle(const Request &request) override;

private:
    Response route(const Request &request);
    Response login(const Request &request);
    Response list(const Request &request) const;
    Response post(qint64 id, const Request &request);
    Response deleteFeed(const Request &request) const;
    Response search(const Request &request);
    qint64 now();

    QString m_user = QStringLiteral("admin"), m_password = QStringLiteral("admin");
    QStringList m_sessions;
    int m_logins = 0;
    QMap<qint64, QJsonObject> m_objects;
    QMap<qint64, qint64> m_mtime; // epoch seconds
    QList<qint64> m_suppressed;
    QList<QPair<QString, qint64>> m_deleted; // uri, when
    QHash<QString, QByteArray> m_files;
    qint64 m_nextId = 1;
    qint64 m_clockSkew = 0;
    QList<QUrl> m_searches;
};

} // namespace fakeserver
