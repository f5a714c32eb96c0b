#include "keychainjob.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QTimer>

namespace proofdesk::sync::keychain {

namespace {

constexpr int kKeychainTimeoutMs = 5000;

JobResult run(QKeychain::Job &job)
{
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
