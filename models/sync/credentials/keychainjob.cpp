#include "keychainjob.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QMutex>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace proofdesk::sync::keychain {

namespace {

constexpr int kKeychainTimeoutMs = 5000;

JobResult run(QKeychain::Job &job)
{
    // One job at a time in the process: QtKeychain's D-Bus calls from two worker threads at
    // once (a sync and a team refresh) crashed in QtDBus when no secret service answered.
    static QMutex oneAtATime;
    QMutexLocker lock(&oneAtATime);
    job.setAutoDelete(false);
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    timeout.start(kKeychainTimeoutMs);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    // What the job posted to its own objects is delivered while they live: on a pooled
    // thread, a leftover event ran later against a destroyed job and crashed.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    JobResult r;
    if (timedOut)
        r.error = QStringLiteral("the keychain did not answer within %1 s").arg(kKeychainTimeoutMs / 1000);
    else if (job.error() == QKeychain::EntryNotFound)
        r.notFound = true;
    else if (job.error() != QKeychain::NoError)
        r.error = job.errorString();
    return r;
}

} // namespace

JobResult writeSecret(const QString &service, const QString &key, const QString &secret)
{
    QKeychain::WritePasswordJob job(service);
    job.setKey(key);
    job.setTextData(secret);
    return run(job);
}

JobResult readSecret(const QString &service, const QString &key)
{
    QKeychain::ReadPasswordJob job(service);
    job.setKey(key);
    JobResult r = run(job);
    if (r.error.isEmpty() && !r.notFound)
        r.secret = job.textData();
    return r;
}

JobResult deleteSecret(const QString &service, const QString &key)
{
    QKeychain::DeletePasswordJob job(service);
    job.setKey(key);
    return run(job);
}

} // namespace proofdesk::sync::keychain
