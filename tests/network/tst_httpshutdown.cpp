// The main thread's network managers end while the application still exists. Qt ends a
// thread's storage when the thread ends, and the main thread's only after QCoreApplication is
// gone: a manager's own network thread ("QNetworkAccessManager thread") then still ran, and an
// event it delivered after ~QCoreApplication had cleared the application crashed the process
// at exit (tst_aspacesearch under ASan: SEGV in QCoreApplication::notifyInternal2, on that
// thread, after every test had passed). This test owns its application (its own main) to look
// at the threads in the application's last moment, after every other post routine has run.
#include "fakehttpserver.h"
#include "sync/http/httpclient.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QTest>
#include <QThread>
#include <cstdio>

using namespace proofdesk::sync;

namespace {

// Threads of this process whose name is a network manager's (Linux truncates it to 15 bytes).
int networkManagerThreads()
{
    int count = 0;
    const QStringList tasks = QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &task : tasks) {
        QFile comm(QStringLiteral("/proc/self/task/%1/comm").arg(task));
        if (comm.open(QIODevice::ReadOnly) && comm.readAll().startsWith("QNetworkAccessM"))
            ++count;
    }
    return count;
}

int g_threadsAtTheEnd = -1;

// Registered before any other: post routines run last registered first, so this one runs last.
// A thread Qt has finished may stay listed for a moment while the kernel ends it (seen under
// load): it is given up to a minute. Without the managers deleted it never goes.
void countThreadsAtTheEnd()
{
    const QDeadlineTimer patience(60000);
    while ((g_threadsAtTheEnd = networkManagerThreads()) > 0 && !patience.hasExpired())
        QThread::msleep(5);
}

class Answering : public fakeserver::FakeHttpServer
{
protected:
    fakeserver::Response handle(const fakeserver::Request &) override
    {
        return fakeserver::Response::json("{\"ok\":true}");
    }
};

} // namespace

class TestHttpShutdown : public QObject
{
    Q_OBJECT

private slots:
    void aRequestOnTheMainThread()
    {
        Answering server;
        QVERIFY(server.start());
        HttpOptions options;
        options.timeoutMs = 10000;
        const HttpClient client(options);
        HttpRequest request;
        request.url = server.baseUrl();
        const HttpResponse response = client.execute(request);
        QVERIFY2(response.isSuccess(), qPrintable(response.error));
        // Otherwise the check at the end could not fail: no manager thread to outlive anything.
        QVERIFY(networkManagerThreads() > 0);
    }
};

int main(int argc, char **argv)
{
    int failed = 0;
    {
        QCoreApplication app(argc, argv);
        qAddPostRoutine(countThreadsAtTheEnd);
        TestHttpShutdown test;
        failed = QTest::qExec(&test, argc, argv);
    }
    if (g_threadsAtTheEnd != 0) {
        std::fprintf(stderr,
                     "FAIL: %d network manager thread(s) of the main thread still ran when the application "
                     "ended\n",
                     g_threadsAtTheEnd);
        return 1;
    }
    return failed;
}

#include "tst_httpshutdown.moc"
