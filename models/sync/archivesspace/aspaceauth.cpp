#include "aspaceauth.h"

#include "sync/http/httpsession.h"
#include "sync/repositoryconnector.h"

#include <QJsonObject>

namespace proofdesk::sync {

AspaceAuth::AspaceAuth(QUrl baseUrl, QString user, std::function<QString()> secret)
    : m_base(std::move(baseUrl))
    , m_user(std::move(user))
    , m_secret(std::move(secret))
{
}

void AspaceAuth::decorate(HttpRequest &request)
{
    if (!m_session.isEmpty())
        request.setHeader("X-ArchivesSpace-Session", m_session);
}

bool AspaceAuth::isExpired(const HttpResponse &r) const
{
    if (m_loggingIn)
        return false;
    if (r.status == 401 || (r.status == 403 && m_session.isEmpty()))
        return true;
    return r.status == 412
           && (r.body.contains("SESSION_EXPIRED") || r.body.contains("SESSION_GONE"));
}

void AspaceAuth::reauthenticate(HttpSession &session)
{
    login(session);
}

void AspaceAuth::login(HttpSession &session)
{
    HttpRequest request;
    request.method = "POST";
    request.url = m_base.resolved(QUrl(QStringLiteral("users/%1/login").arg(QString::fromUtf8(QUrl::toPercentEncoding(m_user)))));
    request.setHeader("Content-Type", "application/x-www-form-urlencoded");
    request.body = "password=" + QUrl::toPercentEncoding(m_secret());
    m_session.clear();
    m_loggingIn = true;
    HttpResponse r;
    try {
        r = session.send(request);
    } catch (...) {
        m_loggingIn = false;
        throw;
    }
    m_loggingIn = false;
    if (r.status == 403 || r.status == 401)
        throw ConnectorError(session.errorText(request, QStringLiteral("the user name or password was refused")));
    const QJsonObject answer = session.parseJson(request, r.isSuccess() ? r : (session.fail(request, r), r)).object();
    m_session = answer.value(QStringLiteral("session")).toString().toUtf8();
    if (m_session.isEmpty())
        throw ConnectorError(session.errorText(request, QStringLiteral("the answer carries no \"session\"")));
}

} // namespace proofdesk::sync
