#include "fakeflowableserver.h"

#include <QDateTime>
#include <QJsonDocument>

namespace fakeserver {

namespace {

Response flowableError(int status, const QString &message, const QString &exception)
{
    return Response::error(status, QJsonDocument(QJsonObject{{QStringLiteral("message"), message},
                                                             {QStringLiteral("exception"), exception}})
                                       .toJson(QJsonDocument::Compact));
}

} // namespace

FakeFlowableServer::FakeFlowableServer(QString user, QString password)
    : m_user(std::move(user))
    , m_password(std::move(password))
{}

void FakeFlowableServer::deploy(const QString &processDefinitionKey)
{
    QMutexLocker lock(&m_mutex);
    m_deployed << processDefinitionKey;
}

void FakeFlowableServer::setPassword(const QString &password)
{
    QMutexLocker lock(&m_mutex);
    m_password = password;
}

void FakeFlowableServer::setMaxPageSize(int rows)
{
    QMutexLocker lock(&m_mutex);
    m_maxPageSize = rows;
}

QString FakeFlowableServer::addInstance(const QString &processDefinitionKey, const QString &businessKey)
{
    QMutexLocker lock(&m_mutex);
    return addLocked(processDefinitionKey, businessKey, {});
}

QString FakeFlowableServer::addLocked(const QString &key, const QString &businessKey, const QJsonArray &variables)
{
    Instance i;
    i.id = QString::number(2500 + 5 * m_instances.size()); // Flowable's ids are numbers as text
    i.processDefinitionKey = key;
    i.businessKey = businessKey;
    i.variables = variables;
    i.startTime = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC).addSecs(m_clock++).toString(Qt::ISODateWithMs);
    m_instances << i;
    return i.id;
}

FakeFlowableServer::Instance *FakeFlowableServer::findLocked(const QString &id)
{
    for (Instance &i : m_instances)
        if (i.id == id)
            return &i;
    return nullptr;
}

void FakeFlowableServer::complete(const QString &instanceId, const QJsonArray &variables)
{
    QMutexLocker lock(&m_mutex);
    Instance *i = findLocked(instanceId);
    if (!i)
        return;
    for (const QJsonValue &v : variables) { // a variable set again replaces the one started with
        const QString name = v.toObject().value(QStringLiteral("name")).toString();
        for (qsizetype k = i->variables.size() - 1; k >= 0; --k)
            if (i->variables.at(k).toObject().value(QStringLiteral("name")).toString() == name)
                i->variables.removeAt(k);
        i->variables.append(v);
    }
    i->endTime = QDateTime(QDate(2026, 11, 3), QTime(17, 30), Qt::UTC).toString(Qt::ISODateWithMs);
}

void FakeFlowableServer::deleteInstance(const QString &instanceId, const QString &reason)
{
    QMutexLocker lock(&m_mutex);
    if (Instance *i = findLocked(instanceId)) {
        i->endTime = QDateTime(QDate(2026, 11, 3), QTime(12, 0), Qt::UTC).toString(Qt::ISODateWithMs);
        i->deleteReason = reason;
    }
}

QList<FakeFlowableServer::Instance> FakeFlowableServer::instances() const
{
    QMutexLocker lock(&m_mutex);
    return m_instances;
}

int FakeFlowableServer::starts() const
{
    QMutexLocker lock(&m_mutex);
    return m_starts;
}

QJsonObject FakeFlowableServer::toJson(const Instance &i, bool history, bool withVariables) const
{
    QJsonObject o{
        {QStringLiteral("id"), i.id},
        {QStringLiteral("url"), QString(baseUrl().toString() + QStringLiteral("/runtime/process-instances/") + i.id)},
        {QStringLiteral("businessKey"), i.businessKey},
        {QStringLiteral("processDefinitionId"), QString(i.processDefinitionKey + QStringLiteral(":1:2400"))},
        {QStringLiteral("processDefinitionKey"), i.processDefinitionKey},
        {QStringLiteral("tenantId"), QString()}};
    if (history) {
        o.insert(QStringLiteral("startTime"), i.startTime);
        o.insert(QStringLiteral("endTime"), i.endTime.isEmpty() ? QJsonValue() : QJsonValue(i.endTime));
        o.insert(QStringLiteral("deleteReason"), i.deleteReason.isEmpty() ? QJsonValue() : QJsonValue(i.deleteReason));
        o.insert(QStringLiteral("variables"), withVariables ? i.variables : QJsonArray());
    } else {
        o.insert(QStringLiteral("suspended"), false);
        o.insert(QStringLiteral("ended"), false);
        o.insert(QStringLiteral("completed"), false);
        o.insert(QStringLiteral("variables"), QJsonArray());
    }
    return o;
}

Response FakeFlowableServer::page(const Request &request, const QList<QJsonObject> &rows) const
{
    const int start = request.hasQuery(QStringLiteral("start")) ? request.query(QStringLiteral("start")).toInt() : 0;
    const int asked = request.hasQuery(QStringLiteral("size")) ? request.query(QStringLiteral("size")).toInt() : 10;
    const int size = qMin(asked, m_maxPageSize);
    QJsonArray data;
    for (int i = start; i < rows.size() && i < start + size; ++i)
        data.append(rows.at(i));
    const QJsonObject o{{QStringLiteral("data"), data},
                        {QStringLiteral("total"), rows.size()},
                        {QStringLiteral("start"), start},
                        {QStringLiteral("sort"), QStringLiteral("id")},
                        {QStringLiteral("order"), QStringLiteral("asc")},
                        {QStringLiteral("size"), data.size()}};
    return Response::json(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Response FakeFlowableServer::startInstance(const Request &request)
{
    QJsonParseError error;
    const QJsonObject body = QJsonDocument::fromJson(request.body, &error).object();
    if (error.error != QJsonParseError::NoError)
        return flowableError(400, QStringLiteral("Bad request"), QStringLiteral("Request body is not valid JSON"));
    const QString key = body.value(QStringLiteral("processDefinitionKey")).toString();
    if (key.isEmpty())
        return flowableError(
            400, QStringLiteral("Bad request"),
            QStringLiteral("Either processDefinitionId, processDefinitionKey or message is required."));
    if (!m_deployed.contains(key))
        return flowableError(404, QStringLiteral("Not found"),
                             QStringLiteral("no processes deployed with key '%1'").arg(key));
    for (const QJsonValue &v : body.value(QStringLiteral("variables")).toArray())
        if (v.toObject().value(QStringLiteral("name")).toString().isEmpty())
            return flowableError(400, QStringLiteral("Bad request"), QStringLiteral("Variable name is required"));
    ++m_starts;
    const QString id = addLocked(key, body.value(QStringLiteral("businessKey")).toString(),
                                 body.value(QStringLiteral("variables")).toArray());
    return Response::json(QJsonDocument(toJson(*findLocked(id), false, false)).toJson(QJsonDocument::Compact), 201);
}

Response FakeFlowableServer::handle(const Request &request)
{
    QMutexLocker lock(&m_mutex);
    const QByteArray expected = "Basic " + (m_user + QLatin1Char(':') + m_password).toUtf8().toBase64();
    if (request.headers.value("authorization") != expected) {
        Response r =
            flowableError(401, QStringLiteral("Unauthorized"), QStringLiteral("Full authentication is required"));
        r.headers.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Basic realm=\"Flowable\"")));
        return r;
    }
    const QString path = request.path();
    if (path == QLatin1String("/management/engine"))
        return Response::json(R"({"name":"default","version":"7.0.1","resourceUrl":null,"exception":null})");
    if (path == QLatin1String("/repository/process-definitions")) {
        QList<QJsonObject> rows;
        const QString key = request.query(QStringLiteral("key"));
        for (const QString &deployed : std::as_const(m_deployed))
            if (key.isEmpty() || key == deployed)
                rows << QJsonObject{{QStringLiteral("id"), QString(deployed + QStringLiteral(":1:2400"))},
                                    {QStringLiteral("key"), deployed},
                                    {QStringLiteral("version"), 1}};
        return page(request, rows);
    }
    const bool runtime = path == QLatin1String("/runtime/process-instances");
    const bool history = path == QLatin1String("/history/historic-process-instances");
    if (runtime && request.method == "POST")
        return startInstance(request);
    if ((runtime || history) && request.method == "GET") {
        const QString key = request.query(QStringLiteral("processDefinitionKey"));
        const QString businessKey = request.query(QStringLiteral("businessKey"));
        const bool withVariables = request.query(QStringLiteral("includeProcessVariables")) == QLatin1String("true");
        QList<QJsonObject> rows;
        for (const Instance &i : std::as_const(m_instances)) {
            if ((runtime && !i.endTime.isEmpty()) || (!key.isEmpty() && i.processDefinitionKey != key)
                || (request.hasQuery(QStringLiteral("businessKey")) && i.businessKey != businessKey))
                continue;
            rows << toJson(i, history, withVariables);
        }
        return page(request, rows);
    }
    return flowableError(404, QStringLiteral("Not found"), QStringLiteral("No resource at %1").arg(path));
}

} // namespace fakeserver
