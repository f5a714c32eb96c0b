#pragma once

#include <QString>
#include <optional>

namespace proofdesk::sync::keychain {

// QtKeychain's asynchronous jobs run to completion in a local event loop (with a timeout,
// since a keychain daemon that never answers must not hang a sync). `error` is empty on
// success; `notFound` tells "no such entry" apart from "no keychain".
struct JobResult
{
    QString error;
    bool notFound = false;
    std::optional<QString> secret;
};

JobResult writeSecret(const QString &service, const QString &key, const QString &secret);
JobResult readSecret(const QString &service, const QString &key);
JobResult deleteSecret(const QString &service, const QString &key);

} // namespace proofdesk::sync::keychain
