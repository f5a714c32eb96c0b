#include "fakeaspaceserver.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace fakeserver {

namespace {
QByteArray compact(const QJsonValue &v)
{
    return v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                       : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
}
const QString kBase = QStringLiteral("/repositories/2/digital_objects");
} // namespace

qint64 FakeAspaceServer::now() { return QDateTime::currentSecsSinceEpoch() + m_clockSkew; }

void FakeAspaceServer::setClockSkew(qint64 seconds)
{
    QMutexLocker lock(&m_mutex);
    m_clockSkew = seconds;
}

void FakeAspaceServer::setCredentials(const QString &user, const QString &password)
{
    QMutexLocker lock(&m_mutex);
    m_user = user;
    m_password = password;
}

qint64 FakeAspaceServer::addObject(const QJsonObject &fields, const QByteArray &content)
{
    QMutexLocker lock(&m_mutex);
    const qint64 id = m_nextId++;
    const QString uri = kBase + QLatin1Char('/') + QString::number(id);
    const QString fileUri = baseUrl().toString() + QStringLiteral("/files/") + QString::number(id);
    m_files.insert(QStringLiteral("/files/") + QString::number(id), content);
    QJsonObject o{
        {QStringLiteral("uri"), uri},
        {QStringLiteral("jsonmodel_type"), QStringLiteral("digital_object")},
        {QStringLiteral("title"), QStringLiteral("Letter %1").arg(id)},
        {QStringLiteral("digital_object_id"), QStringLiteral("DO-%1").arg(id)},
        {QStringLiteral("digital_object_type"), QStringLiteral("text")},
        {QStringLiteral("lock_version"), 0},
        {QStringLiteral("create_time"), QStringLiteral("2026-03-01T10:00:00Z")},
        {QStringLiteral("user_defined"), QJsonObject{{QStringLiteral("string_1"), QStringLiteral("C-9")},
                                                     {QStringLiteral("date_1"), QStringLiteral("2026-03-01T09:00:00Z")},
                                                     {QStringLiteral("enum_1"), QStringLiteral("print")},
                                                     {QStringLiteral("enum_2"), QStringLiteral("statement")}}},
        {QStringLiteral("file_versions"),
         QJsonArray{
             QJsonObject{{QStringLiteral("file_uri"), fileUri},
                         {QStringLiteral("checksum"),
                          QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex())},
                         {QStringLiteral("checksum_method"), QStringLiteral("sha-256")},
                         {QStringLiteral("file_size_bytes"), double(content.size())},
                         {QStringLiteral("is_representative"), true}}}}};
    for (auto it = fields.begin(); it != fields.end(); ++it)
        o.insert(it.key(), it.value());
    m_objects.insert(id, o);
    m_mtime.insert(id, now());
    return id;
}

void FakeAspaceServer::updateObject(qint64 id, const QJsonObject &fields)
{
    QMutexLocker lock(&m_mutex);
    QJsonObject &o = m_objects[id];
    for (auto it = fields.begin(); it != fields.end(); ++it)
        o.insert(it.key(), it.value());
    o.insert(QStringLiteral("lock_version"), o.value(QStringLiteral("lock_version")).toInt() + 1);
    m_mtime.insert(id, now());
}

void FakeAspaceServer::deleteObject(qint64 id)
{
    QMutexLocker lock(&m_mutex);
    m_objects.remove(id);
    m_deleted.append({kBase + QLatin1Char('/') + QString::number(id), now()});
}

void FakeAspaceServer::suppress(qint64 id)
{
    QMutexLocker lock(&m_mutex);
    m_suppressed << id;
}

void FakeAspaceServer::expireSessions()
{
    QMutexLocker lock(&m_mutex);
    m_sessions.clear();
}

QJsonObject FakeAspaceServer::object(qint64 id) const
{
    QMutexLocker lock(&m_mutex);
    return m_objects.value(id);
}

int FakeAspaceServer::logins() const
{
    QMutexLocker lock(&m_mutex);
    return m_logins;
}

Response FakeAspaceServer::handle(const Request &request)
{
    QMutexLocker lock(&m_mutex);
    // Every answer carries the server's clock, as the backend's web server (Jetty) does.
    Response r = route(request);
    r.headers.append({"Date", QLocale::c()
                                  .toString(QDateTime::fromSecsSinceEpoch(now(), Qt::UTC),
                                            QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                                  .toLatin1()});
    return r;
}

Response FakeAspaceServer::route(const Request &request)
{
    const QString path = request.path();
    if (path == QLatin1String("/users/") + m_user + QLatin1String("/login") && request.method == "POST")
        return login(request);
    if (path.startsWith(QLatin1String("/files/"))) {
        Response r;
        r.contentType = "application/pdf";
        r.body = m_files.value(path);
        return r;
    }
    if (!m_sessions.contains(QString::fromUtf8(request.headers.value("x-archivesspace-session"))))
        return Response::error(412, R"({"code":"SESSION_GONE","error":"No session found"})");
    if (path == kBase)
        return list(request);
    if (path == QLatin1String("/repositories/2/search"))
        return search(request);
    if (path.startsWith(kBase + QLatin1Char('/'))) {
        const qint64 id = path.mid(kBase.size() + 1).toLongLong();
        if (!m_objects.contains(id) || m_suppressed.contains(id))
            return Response::error(404, R"({"error":"Record not found"})");
        return request.method == "POST" ? post(id, request) : Response::json(compact(m_objects.value(id)));
    }
    if (path == QLatin1String("/delete-feed"))
        return deleteFeed(request);
    return Response::error(404, R"({"error":"Sinatra::NotFound"})");
}

Response FakeAspaceServer::login(const Request &request)
{
    if (request.form(QStringLiteral("password")) != m_password)
        return Response::error(403, R"({"error":"Login failed"})");
    const QString session = QStringLiteral("S%1").arg(++m_logins);
    m_sessions << session;
    return Response::json(compact(QJsonObject{{QStringLiteral("session"), session}}));
}

Response FakeAspaceServer::list(const Request &request) const
{
    if (request.hasQuery(QStringLiteral("all_ids"))) {
        const qint64 since = request.query(QStringLiteral("modified_since")).toLongLong();
        QJsonArray ids;
        for (auto it = m_objects.begin(); it != m_objects.end(); ++it)
            if (!m_suppressed.contains(it.key()) && m_mtime.value(it.key()) >= since)
                ids.append(double(it.key()));
        return Response::json(compact(ids));
    }
    const QStringList set = request.query(QStringLiteral("id_set")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (set.size() > 250)
        return Response::error(400, R"({"error":"id_set may hold at most 250 ids"})");
    QJsonArray records;
    for (const QString &id : set)
        if (m_objects.contains(id.toLongLong()) && !m_suppressed.contains(id.toLongLong()))
            records.append(m_objects.value(id.toLongLong()));
    return Response::json(compact(records));
}

Response FakeAspaceServer::post(qint64 id, const Request &request)
{
    const QJsonObject sent = QJsonDocument::fromJson(request.body).object();
    QJsonObject &stored = m_objects[id];
    if (sent.value(QStringLiteral("lock_version")).toInt() != stored.value(QStringLiteral("lock_version")).toInt())
        return Response::error(
            409,
            R"({"error":{"lock_version":["The record you tried to update has been modified since you fetched it."]}})");
    stored = sent;
    stored.insert(QStringLiteral("lock_version"), sent.value(QStringLiteral("lock_version")).toInt() + 1);
    m_mtime.insert(id, now());
    return Response::json(
        compact(QJsonObject{{QStringLiteral("status"), QStringLiteral("Updated")},
                            {QStringLiteral("id"), double(id)},
                            {QStringLiteral("lock_version"), stored.value(QStringLiteral("lock_version"))}}));
}

Response FakeAspaceServer::deleteFeed(const Request &request) const
{
    const qint64 since = request.query(QStringLiteral("modified_since")).toLongLong();
    QJsonArray uris;
    for (const auto &[uri, when] : m_deleted)
        if (when >= since)
            uris.append(uri);
    return Response::json(compact(QJsonObject{{QStringLiteral("first_page"), 1},
                                              {QStringLiteral("last_page"), 1},
                                              {QStringLiteral("this_page"), 1},
                                              {QStringLiteral("results"), uris}}));
}

} // namespace fakeserver
