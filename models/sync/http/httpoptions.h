#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace proofdesk::sync {

// How patient a connector is with its repository. Defaults suit real servers; tests inject
// short timeouts and delays so that faults are found in milliseconds.
struct HttpOptions
{
    int timeoutMs = 30000;   // no byte for this long: the request has timed out
    int maxAttempts = 4;     // per request, re-authentication not counted
    int backoffBaseMs = 500; // first retry after ~this, doubling, with jitter
    int backoffMaxMs = 30000;
    int maxRetryAfterMs = 120000; // a longer Retry-After is an error, not a wait
    QByteArray pinnedSha256;      // lower-case hex of the accepted self-signed certificate

    // Reads "timeout_ms", "max_attempts", "backoff_ms", "pin" from repository settings,
    // keeping the defaults for what is absent.
    static HttpOptions fromSettings(const QJsonObject &settings, HttpOptions defaults);
    // "AB:CD:…" or "abcd…" → "abcd…"; empty when it is not 64 hex digits.
    static QByteArray normalizePin(const QString &pin);
};

} // namespace proofdesk::sync
