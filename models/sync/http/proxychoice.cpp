#include "proxychoice.h"

#include <QHostAddress>

namespace proofdesk::sync {

bool ProxyChoice::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback(); // 127.0.0.0/8 and ::1
}

QList<QNetworkProxy> ProxyChoice::queryProxy(const QNetworkProxyQuery &query)
{
    if (isLoopbackHost(query.peerHostName()) || isLoopbackHost(query.url().host()))
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    // Not systemProxyForQuery: an application proxy set in code wins over the system's, as it
    // does for a manager without a factory of its own.
    return QNetworkProxyFactory::proxyForQuery(query);
}

} // namespace proofdesk::sync
