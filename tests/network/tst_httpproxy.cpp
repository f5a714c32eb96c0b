// Which requests go through the proxy (issue #25 item 13): a loopback address never does,
// every other host does when the application or system names one, whatever was asked
// before on the same thread. A request to 127.0.0.1 once set NoProxy on the thread's
// shared network manager, and the next request on that thread to another host went
// around the proxy. Over real HTTP: the proxy is a fake server on 127.0.0.1 that answers
// the absolute-form requests (GET http://host/path) clients send to an HTTP proxy.
#include "fakehttpserver.h"
#include "sync/http/httpclient.h"
#include "sync/http/proxychoice.h"

#include <QNetworkProxy>
#include <QTest>
#include <QThread>

using namespace proofdesk::sync;

namespace {

// Answers everything with who answered: the proxy or the repository.
class NamedServer : public fakeserver::FakeHttpServer
{
public:
    explicit NamedServer(QByteArray name)
        : m_name(std::move(name))
    {}

protected:
    fakeserver::Response handle(const fakeserver::Request &) override
    {
        return fakeserver::Response::json("{\"answered_by\":\"" + m_name + "\"}");
    }

private:
    QByteArray m_name;
};

// The requests, one after the other on a thread of their own (so on a network manager
// that no other test used): what answered each, or the transport error.
QStringList fetchInOrder(const QList<QUrl> &urls)
{
    QStringList answers;
    QThread *thread = QThread::create([&] {
        HttpOptions options;
        options.timeoutMs = 10000;
        const HttpClient client(options);
        for (const QUrl &url : urls) {
            HttpRequest request;
            request.url = url;
            const HttpResponse r = client.execute(request);
            answers << (r.isSuccess() ? QString::fromUtf8(r.body) : QStringLiteral("error: ") + r.error);
        }
    });
    thread->start();
    thread->wait();
    delete thread;
    return answers;
}

const QString kByProxy = QStringLiteral("{\"answered_by\":\"proxy\"}");
const QString kByRepository = QStringLiteral("{\"answered_by\":\"repository\"}");

} // namespace

class TestHttpProxy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::DefaultProxy)); }
    void loopbackHosts_data();
    void loopbackHosts();
    void eachRequestChoosesItsProxy_data();
    void eachRequestChoosesItsProxy();

private:
    NamedServer m_proxy{"proxy"};
    NamedServer m_repository{"repository"};
};

void TestHttpProxy::initTestCase()
{
    QVERIFY(m_proxy.start());
    QVERIFY(m_repository.start());
    // What a system proxy setting amounts to for Qt, without depending on the machine's.
    QNetworkProxy::setApplicationProxy(
        QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), quint16(m_proxy.baseUrl().port())));
}

void TestHttpProxy::loopbackHosts_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("127.0.0.2") << QStringLiteral("127.0.0.2") << true;
    QTest::newRow("localhost") << QStringLiteral("localhost") << true;
    QTest::newRow("LOCALHOST") << QStringLiteral("LOCALHOST") << true;
    QTest::newRow("::1") << QStringLiteral("::1") << true;
    QTest::newRow("a name") << QStringLiteral("records.example.test") << false;
    QTest::newRow("a name with localhost in it") << QStringLiteral("localhost.example.test") << false;
    QTest::newRow("another address") << QStringLiteral("10.0.0.7") << false;
}

void TestHttpProxy::loopbackHosts()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(ProxyChoice::isLoopbackHost(host), loopback);
}

void TestHttpProxy::eachRequestChoosesItsProxy_data()
{
    // records.example.test does not resolve (RFC 2606): only the proxy can answer for it.
    const QUrl remote(QStringLiteral("http://records.example.test/api/engine"));
    const QUrl local = m_repository.baseUrl().resolved(QUrl(QStringLiteral("/api/engine")));
    QTest::addColumn<QList<QUrl>>("urls");
    QTest::addColumn<QStringList>("answeredBy");
    QTest::newRow("a remote host alone") << QList<QUrl>{remote} << QStringList{kByProxy};
    QTest::newRow("a loopback address alone") << QList<QUrl>{local} << QStringList{kByRepository};
    QTest::newRow("remote after loopback") << QList<QUrl>{local, remote} << QStringList{kByRepository, kByProxy};
    QTest::newRow("loopback after remote") << QList<QUrl>{remote, local} << QStringList{kByProxy, kByRepository};
    QTest::newRow("back and forth") << QList<QUrl>{local, remote, local, remote}
                                    << QStringList{kByRepository, kByProxy, kByRepository, kByProxy};
}

void TestHttpProxy::eachRequestChoosesItsProxy()
{
    QFETCH(QList<QUrl>, urls);
    QFETCH(QStringList, answeredBy);
    const int viaProxy = m_proxy.requestCount();
    QCOMPARE(fetchInOrder(urls), answeredBy);
    const QList<fakeserver::Request> proxied = m_proxy.requests().mid(viaProxy);
    QCOMPARE(proxied.size(), int(answeredBy.count(kByProxy)));
    for (const fakeserver::Request &r : proxied) // absolute-form: the proxy was asked for the host
        QCOMPARE(r.url.host(), QStringLiteral("records.example.test"));
}

QTEST_GUILESS_MAIN(TestHttpProxy)
#include "tst_httpproxy.moc"
