#include "aspaceauth.h"

#include "sync/http/httpsession.h"
#include "sync/http/urlencoding.h"
#include "sync/repositoryconnector.h"

#include <QJsonObject>

namespace proofdesk::sync {

namespace {
// Per thread, because requests on other threads must not see them: the session this
// thread's last request carried, and whether this thread is logging in (its login's own
// 401/403 is the answer, not a reason to log in again).
thread_local QByteArray t_sentSession;
thread_local bool t_loggingIn = false;
} // namespace

AspaceAuth::AspaceAuth(QUrl baseUrl, QString user, std::function<QString()> secret)
    : m_base(std::move(baseUrl))
    , m_user(std::move(user))
    , m_secret(std::move(secret))
{}

QByteArray AspaceAuth::session() const
{
    QMutexLocker lock(&m_mutex);
    return m_session;
}

void AspaceAuth::decorate(HttpRequest &request)
{
    t_sentSession = session();
    if (!t_sentSession.isEmpty())
        request.setHeader("X-ArchivesSpace-Session", t_sentSession);
}

bool AspaceAuth::isExpired(const HttpResponse &r) const
{
    if (t_loggingIn)
        return false;
    if (r.status == 401 || (r.status == 403 && t_sentSession.isEmpty()))
        return true;
    return r.status == 412 && (r.body.contains("SESSION_EXPIRED") || r.body.contains("SESSION_GONE"));
}

void AspaceAuth::reauthenticate(HttpSession &session)
{
    QMutexLocker lock(&m_loginMutex);
    const QByteArray current = this->session();
    if (!current.isEmpty() && current != t_sentSession)
        return; // another thread logged in again while this request was out
    login(session);
}

void AspaceAuth::login(HttpSession &session)
{
    HttpRequest request;
    request.method = "POST";
    request.url = m_base.resolved(QUrl(QStringLiteral("users/%1/login").arg(pathSegment(m_user)), QUrl::StrictMode));
    request.setHeader("Content-Type", "application/x-www-form-urlencoded");
    request.body = formBody({{QStringLiteral("password"), m_secret()}});
    {
        QMutexLocker lock(&m_mutex);
        m_session.clear();
    }
    t_loggingIn = true;
    HttpResponse r;
    try {
        r = session.send(request);
    } catch (...) {
        t_loggingIn = false;
        throw;
    }
    t_loggingIn = false;
    if (r.status == 403 || r.status == 401)
        throw ConnectorError(session.errorText(request, QStringLiteral("the user name or password was refused")));
    const QJsonObject answer = session.parseJson(request, r.isSuccess() ? r : (session.fail(request, r), r)).object();
    const QByteArray fresh = answer.value(QStringLiteral("session")).toString().toUtf8();
    if (fresh.isEmpty())
        throw ConnectorError(session.errorText(request, QStringLiteral("the answer carries no \"session\"")));
    QMutexLocker lock(&m_mutex);
    m_session = fresh;
}

} // namespace proofdesk::sync
