#pragma once

#include "sync/http/httpauth.h"

#include <functional>

namespace proofdesk::sync {

// ArchivesSpace sessions: POST /users/:user/login (password in the form body, never in the
// URL, so it cannot reach a log) gives "session", sent as X-ArchivesSpace-Session. An
// answer 412 with SESSION_EXPIRED or SESSION_GONE (or 401) means: log in again.
class AspaceAuth : public HttpAuth
{
public:
    AspaceAuth(QUrl baseUrl, QString user, std::function<QString()> secret);

    void decorate(HttpRequest &request) override;
    bool isExpired(const HttpResponse &response) const override;
    void reauthenticate(HttpSession &session) override;
    void login(HttpSession &session);

private:
    QUrl m_base;
    QString m_user;
    std::function<QString()> m_secret;
    QByteArray m_session;
    bool m_loggingIn = false;
};

} // namespace proofdesk::sync
