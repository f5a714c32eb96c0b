#include "workflowconnector.h"

#include "sync/http/urlencoding.h"
#include "workflowoutcome.h"
#include "workflowsettings.h"

#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcWorkflow, "proofdesk.sync.workflow")

namespace proofdesk::sync {

namespace {

QJsonObject variable(const QString &name, const QJsonValue &value)
{
    return QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("type"), QStringLiteral("string")},
        {QStringLiteral("value"), value.isNull() || value.isUndefined() ? QJsonValue(QString()) : value}};
}

// Flowable's errors are {"message": "Bad request", "exception": "what was wrong"}: both say
// something, the exception the more specific.
QString flowableMessage(const HttpResponse &r)
{
    const QJsonObject o = QJsonDocument::fromJson(r.body).object();
    const QString message = o.value(QStringLiteral("message")).toString();
    const QString exception = o.value(QStringLiteral("exception")).toString();
    if (message.isEmpty() && exception.isEmpty())
        return HttpSession::serverMessage(r);
    if (message.isEmpty() || exception.isEmpty())
        return message + exception;
    return message + QStringLiteral(": ") + exception;
}

QString statusText(const HttpResponse &r)
{
    const QString text = flowableMessage(r);
    return text.isEmpty() ? QStringLiteral("HTTP %1").arg(r.status)
                          : QStringLiteral("HTTP %1 (%2)").arg(r.status).arg(text);
}

} // namespace

QJsonArray workflowVariables(const OutboxItem &item)
{
    const QJsonObject p = QJsonDocument::fromJson(item.payloadJson).object();
    QJsonArray out;
    const auto add = [&](const QString &name, const QJsonValue &value) { out.append(variable(name, value)); };
    if (item.kind == QLatin1String("reissue")) {
        add(QStringLiteral("mode"), p.value(QStringLiteral("mode")));
        // An empty channel or destination means "the original one": the process gets the one meant.
        const QString channel = p.value(QStringLiteral("channel")).toString();
        add(QStringLiteral("channel"), channel.isEmpty() ? p.value(QStringLiteral("original_channel")) : channel);
        const QString destination = p.value(QStringLiteral("destination")).toString();
        add(QStringLiteral("destination"),
            destination.isEmpty() ? p.value(QStringLiteral("original_destination")) : QJsonValue(destination));
        add(QStringLiteral("reason"), p.value(QStringLiteral("reason")));
        add(QStringLiteral("communication"), p.value(QStringLiteral("communication_id")));
    } else {
        add(QStringLiteral("finding"), p.value(QStringLiteral("finding")));
        add(QStringLiteral("communication"), p.value(QStringLiteral("communication_id")));
        add(QStringLiteral("reason"), p.value(QStringLiteral("reason")));
        add(QStringLiteral("opened_by"), p.value(QStringLiteral("opened_by")));
    }
    add(QStringLiteral("proofdesk_request"), item.targetId);
    return out;
}

WorkflowConnector::WorkflowConnector(const cache::RepositoryInfo &repository, ConnectorEnvironment environment)
    : NetworkConnector(repository, std::move(environment))
    , m_auth(user(), [this] { return secret(); })
{
    m_http.setAuth(&m_auth);
}

WorkflowConnector::~WorkflowConnector() = default;

QString WorkflowConnector::processKeyFor(const QString &itemKind) const
{
    const QString key = processSettingFor(itemKind);
    return key.isEmpty() ? QString() : workflowSetting(m_repository.settings, key);
}

QUrl WorkflowConnector::api(const QString &path, const QList<QPair<QString, QString>> &query) const
{
    // The service URL names the REST root (…/flowable-rest/service): resolve beneath it.
    QUrl base(m_repository.url);
    if (!base.path().endsWith(QLatin1Char('/')))
        base.setPath(base.path() + QLatin1Char('/'));
    QUrl url = base.resolved(QUrl(path));
    if (!query.isEmpty())
        setEncodedQuery(url, query);
    return url;
}

QJsonArray WorkflowConnector::listAll(const QString &path, QList<QPair<QString, QString>> query)
{
    const int size = qBound(1, workflowSetting(m_repository.settings, QStringLiteral("page_size")).toInt(), 1000);
    query << qMakePair(QStringLiteral("size"), QString::number(size));
    QJsonArray all;
    for (qint64 start = 0;;) {
        HttpRequest request;
        request.url =
            api(path, query + QList<QPair<QString, QString>>{{QStringLiteral("start"), QString::number(start)}});
        request.setHeader("Accept", "application/json");
        const QJsonObject page = m_http.parseJson(request, m_http.sendOk(request)).object();
        const QJsonValue data = page.value(QStringLiteral("data"));
        const QJsonValue total = page.value(QStringLiteral("total"));
        if (!data.isArray() || !total.isDouble())
            throw ConnectorError(
                m_http.errorText(request, QStringLiteral("the answer is not a page "
                                                         "{\"data\", \"total\", \"start\", \"size\"}")));
        const QJsonArray rows = data.toArray();
        for (const QJsonValue &row : rows)
            all.append(row);
        start += rows.size();
        // An engine that pages with a smaller size than asked is followed by what it returns.
        if (rows.isEmpty() || start >= qint64(total.toDouble()))
            return all;
    }
}

QString WorkflowConnector::findInstance(const QString &processKey, const QString &businessKey)
{
    const QList<QPair<QString, QString>> query{{QStringLiteral("processDefinitionKey"), processKey},
                                               {QStringLiteral("businessKey"), businessKey}};
    // Running first (the common case after a dropped answer), then the history, which also
    // has instances that ended or were deleted since.
    for (const char *path : {"runtime/process-instances", "history/historic-process-instances"}) {
        const QJsonArray found = listAll(QLatin1String(path), query);
        if (!found.isEmpty())
            return found.first().toObject().value(QStringLiteral("id")).toString();
    }
    return QString();
}

SendResult WorkflowConnector::start(const QString &processKey, const OutboxItem &item, int attempt, int *waitMs)
{
    HttpRequest request;
    request.method = "POST";
    request.url = api(QStringLiteral("runtime/process-instances"));
    request.idempotent = false; // never resent below us: send() looks first
    request.setHeader("Content-Type", "application/json");
    request.setHeader("Accept", "application/json");
    request.body = QJsonDocument(QJsonObject{{QStringLiteral("processDefinitionKey"), processKey},
                                             {QStringLiteral("businessKey"), item.idempotencyKey},
                                             {QStringLiteral("variables"), workflowVariables(item)}})
                       .toJson(QJsonDocument::Compact);
    *waitMs = HttpSession::backoffMs(m_http.options(), attempt);
    const HttpResponse r = m_http.send(request); // throws on a lost answer: the caller looks again
    if (r.isSuccess()) {
        const QString id = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("id")).toString();
        if (id.isEmpty()) // an answer cut short: the instance may exist, the caller looks it up
            throw ConnectorError(m_http.errorText(request, QStringLiteral("HTTP %1 without a process instance id "
                                                                          "(%2 bytes)")
                                                               .arg(r.status)
                                                               .arg(r.body.size())));
        qCInfo(lcWorkflow) << m_repository.name << "started" << processKey << id << "for" << item.idempotencyKey;
        return {SendResult::Status::Accepted, id, {}};
    }
    if (r.status >= 500 || r.status == 429) {
        // Busy or failed, perhaps after the engine acted (a gateway's 503): the caller looks
        // before it starts again, after the engine's Retry-After where it gives one.
        try {
            *waitMs = m_http.waitBeforeRetry(request, r, attempt);
        } catch (const ConnectorError &e) {
            return {SendResult::Status::Retry, {}, e.message()}; // busy for long: the outbox tries later
        }
        throw ConnectorError(m_http.errorText(request, statusText(r)));
    }
    // 400 (a variable or key the engine refuses), 403, 404 (no such process definition):
    // the same start would get the same answer; a person has to change the settings.
    return {SendResult::Status::Rejected, {}, m_http.errorText(request, statusText(r))};
}

SendResult WorkflowConnector::send(const OutboxItem &item)
{
    const QString processKey = processKeyFor(item.kind);
    if (processKey.isEmpty())
        return RepositoryConnector::send(item);
    const int attempts = qMax(1, m_http.options().maxAttempts);
    QString lastError;
    int waitMs = 0; // before the next look-up: a backoff, or the engine's Retry-After
    for (int attempt = 0; attempt < attempts; ++attempt) {
        try {
            if (attempt > 0) {
                HttpRequest label;
                label.method = "POST";
                label.url = api(QStringLiteral("runtime/process-instances"));
                m_http.backOff(label, waitMs);
            }
            const QString existing = findInstance(processKey, item.idempotencyKey);
            if (!existing.isEmpty())
                return {SendResult::Status::Duplicate, existing, {}};
        } catch (const ConnectorError &e) {
            return {SendResult::Status::Retry, {}, e.message()}; // the lookups were retried already
        }
        try {
            return start(processKey, item, attempt, &waitMs);
        } catch (const CancelledError &e) {
            return {SendResult::Status::Retry, {}, e.message()};
        } catch (const ConnectorError &e) {
            // The start may have been committed before its answer was lost: look again first.
            lastError = e.message();
            qCInfo(lcWorkflow) << m_repository.name << "start of" << item.idempotencyKey << "unanswered:" << lastError;
        }
    }
    return {
        SendResult::Status::Retry, {}, QStringLiteral("%1; gave up after %2 attempts").arg(lastError).arg(attempts)};
}

WorkflowCase WorkflowConnector::caseState(const QString &itemKind, const QString &businessKey)
{
    const QString processKey = processKeyFor(itemKind);
    if (processKey.isEmpty())
        throw ConnectorError(QStringLiteral("%1 runs no process for %2 requests").arg(describe(), itemKind));
    const QJsonArray found = listAll(QStringLiteral("history/historic-process-instances"),
                                     {{QStringLiteral("processDefinitionKey"), processKey},
                                      {QStringLiteral("businessKey"), businessKey},
                                      {QStringLiteral("includeProcessVariables"), QStringLiteral("true")}});
    WorkflowCase c;
    QJsonObject newest;
    for (const QJsonValue &v : found) {
        const QJsonObject o = v.toObject();
        // ISO 8601 times of one engine compare as text.
        if (newest.isEmpty()
            || o.value(QStringLiteral("startTime")).toString() > newest.value(QStringLiteral("startTime")).toString())
            newest = o;
    }
    if (newest.isEmpty())
        return c;
    c.instanceId = newest.value(QStringLiteral("id")).toString();
    c.startTime = newest.value(QStringLiteral("startTime")).toString();
    c.endTime = newest.value(QStringLiteral("endTime")).toString();
    c.deleteReason = newest.value(QStringLiteral("deleteReason")).toString();
    for (const QJsonValue &v : newest.value(QStringLiteral("variables")).toArray())
        c.variables.insert(v.toObject().value(QStringLiteral("name")).toString(),
                           v.toObject().value(QStringLiteral("value")));
    c.state = c.endTime.isEmpty()        ? WorkflowCase::State::Running
              : c.deleteReason.isEmpty() ? WorkflowCase::State::Completed
                                         : WorkflowCase::State::Deleted;
    if (c.state == WorkflowCase::State::Completed) {
        const WorkflowRejection rejection = readRejection(c.variables, m_repository.settings);
        c.rejected = rejection.rejected;
        c.rejectionReason = rejection.reason;
    } else if (c.state == WorkflowCase::State::Deleted) {
        c.rejected = saysRejected(c.deleteReason);
    }
    return c;
}

ChangePage WorkflowConnector::fetchChanges(const QByteArray &cursor)
{
    // The engine's own description: proves the address and the sign-in.
    HttpRequest request;
    request.url = api(QStringLiteral("management/engine"));
    request.setHeader("Accept", "application/json");
    m_http.parseJson(request, m_http.sendOk(request));
    ChangePage page;
    page.nextCursor = cursor.isEmpty() ? QByteArrayLiteral("{}") : cursor;
    return page;
}

QStringList WorkflowConnector::checkConfiguration()
{
    QStringList problems;
    for (const QString &kind : {QStringLiteral("reissue"), QStringLiteral("exception_case")}) {
        const QString key = processKeyFor(kind);
        const QJsonArray found =
            listAll(QStringLiteral("repository/process-definitions"),
                    {{QStringLiteral("key"), key}, {QStringLiteral("latest"), QStringLiteral("true")}});
        if (found.isEmpty())
            problems << QStringLiteral(
                            "No process definition \"%1\" is deployed on %2 (setting %3): deploy it, or name "
                            "the one to start with --set %3=KEY.")
                            .arg(key, describe(), processSettingFor(kind));
    }
    return problems;
}

} // namespace proofdesk::sync
