#pragma once

#include <QNetworkProxyFactory>

namespace proofdesk::sync {

// The proxy of each request, chosen when the request is made: loopback addresses never go
// through a proxy, every other host gets what the application and system settings say
// (QNetworkProxyFactory::proxyForQuery). Set on every network manager HttpClient makes, so
// that a request to 127.0.0.1 changes nothing for the next request on the same thread's
// shared manager (issue #25 item 13: a manager-wide NoProxy sent later requests to other
// hosts around the system proxy).
class ProxyChoice : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query = QNetworkProxyQuery()) override;

    static bool isLoopbackHost(const QString &host);
};

} // namespace proofdesk::sync
