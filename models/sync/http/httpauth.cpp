#include "httpauth.h"

namespace proofdesk::sync {

BasicAuth::BasicAuth(QString user, SecretSource secret)
    : m_user(std::move(user))
    , m_secret(std::move(secret))
{}

void BasicAuth::decorate(HttpRequest &request)
{
    if (m_user.isEmpty())
        return;
    QMutexLocker lock(&m_mutex);
    if (m_header.isEmpty())
        m_header = "Basic " + (m_user + QLatin1Char(':') + m_secret()).toUtf8().toBase64();
    request.setHeader("Authorization", m_header);
}

void BasicAuth::reauthenticate(HttpSession &)
{
    QMutexLocker lock(&m_mutex);
    m_header.clear(); // the next decorate() reads the secret again
}

} // namespace proofdesk::sync
