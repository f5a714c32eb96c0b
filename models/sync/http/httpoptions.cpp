#include "httpoptions.h"

#include <QRegularExpression>

namespace proofdesk::sync {

HttpOptions HttpOptions::fromSettings(const QJsonObject &settings, HttpOptions o)
{
    const auto readInt = [&settings](const char *key, int &target) {
        const QJsonValue v = settings.value(QLatin1String(key));
        if (v.isDouble() && v.toDouble() >= 0)
            target = v.toInt();
        else if (v.isString() && v.toString().toInt() > 0)
            target = v.toString().toInt();
    };
    readInt("timeout_ms", o.timeoutMs);
    readInt("max_attempts", o.maxAttempts);
    readInt("backoff_ms", o.backoffBaseMs);
    readInt("backoff_max_ms", o.backoffMaxMs);
    readInt("max_retry_after_ms", o.maxRetryAfterMs);
    o.maxAttempts = qMax(1, o.maxAttempts);
    const QByteArray pin = normalizePin(settings.value(QStringLiteral("pin")).toString());
    if (!pin.isEmpty())
        o.pinnedSha256 = pin;
    return o;
}

QByteArray HttpOptions::normalizePin(const QString &pin)
{
    QString hex = pin.trimmed().toLower();
    hex.remove(QLatin1Char(':'));
    if (hex.startsWith(QLatin1String("sha256/")))
        hex = hex.mid(7);
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re.match(hex).hasMatch() ? hex.toLatin1() : QByteArray();
}

} // namespace proofdesk::sync
