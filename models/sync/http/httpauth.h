#pragma once

#include "httpclient.h"

#include <QMutex>
#include <functional>

namespace proofdesk::sync {

class HttpSession;

// How a connector proves who it is. HttpSession asks it to decorate every request and,
// once per request, to log in again when an answer says the session is gone.
class HttpAuth
{
public:
    virtual ~HttpAuth() = default;
    virtual void decorate(HttpRequest &request) = 0;
    // True when the answer means "your credentials or session are no longer good".
    virtual bool isExpired(const HttpResponse &response) const { return response.status == 401; }
    // Gets a fresh session (or re-reads the secret). Throws ConnectorError on failure.
    virtual void reauthenticate(HttpSession &session) = 0;
};

// HTTP Basic with a secret from the credential store, read again on a 401 (it may have
// been changed in the keychain since). Safe to use from several threads at once, as
// requests sent ahead (ReadAhead) do.
class BasicAuth : public HttpAuth
{
public:
    using SecretSource = std::function<QString()>;
    BasicAuth(QString user, SecretSource secret);
    void decorate(HttpRequest &request) override;
    void reauthenticate(HttpSession &session) override;

private:
    QString m_user;
    SecretSource m_secret;
    QMutex m_mutex; // guards m_header
    QByteArray m_header;
};

} // namespace proofdesk::sync
