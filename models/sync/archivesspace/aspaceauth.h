#pragma once

#include "sync/http/httpauth.h"

#include <QMutex>
#include <functional>

namespace proofdesk::sync {

// ArchivesSpace sessions: POST /users/:user/login (password in the form body, never in the
// URL, so it cannot reach a log) gives "session", sent as X-ArchivesSpace-Session. An
// answer 412 with SESSION_EXPIRED or SESSION_GONE (or 401) means: log in again.
//
// Safe to use from several threads at once (id_set batches are read ahead): the session is
// guarded, one login runs at a time, and requests that failed with a session another thread
// has already replaced just use the new one instead of logging in again.
class AspaceAuth : public HttpAuth
{
public:
    AspaceAuth(QUrl baseUrl, QString user, std::function<QString()> secret);

    void decorate(HttpRequest &request) override;
    bool isExpired(const HttpResponse &response) const override;
    void reauthenticate(HttpSession &session) override;
    void login(HttpSession &session);

private:
    QByteArray session() const;

    QUrl m_base;
    QString m_user;
    std::function<QString()> m_secret;
    mutable QMutex m_mutex; // guards m_session
    QByteArray m_session;
    QMutex m_loginMutex; // one login at a time
};

} // namespace proofdesk::sync
