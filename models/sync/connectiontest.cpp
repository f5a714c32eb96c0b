#include "connectiontest.h"

#include "cache/contentstore.h"
#include "connectorfactory.h"
#include "credentials/credentialstore.h"
#include "mappingsanity.h"
#include "util/translation.h"

#include <QCoreApplication>
#include <QThread>

namespace proofdesk::sync {

namespace {

QString tr(const char *text, int n = -1)
{
    return util::translateEither("proofdesk::sync::ConnectionTest", "proofdesk::sync", text, n);
}

} // namespace

ConnectionTestResult testConnection(const cache::RepositoryInfo &repository, const QString &dataDir, bool useKeychain,
                                    const std::optional<HttpOptions> &httpDefaults)
{
    ConnectionTestResult result;
    try {
        cache::ContentStore store(dataDir);
        auto environment = ConnectorEnvironment::forDataFolder(dataDir, useKeychain, httpDefaults);
        auto connector = createConnector(repository, store, std::move(environment));
        result.problems = connector->checkConfiguration();
        result.warnings = connector->configurationWarnings();
        if (!result.problems.isEmpty()) {
            result.misconfigured = true;
            result.message = tr("%1 answers, but the configuration does not fit it:\n%2")
                                 .arg(connector->describe(), result.problems.join(QLatin1Char('\n')));
            return result;
        }
        // From the beginning: the cheapest request that proves address, login and format.
        const ChangePage page = connector->fetchChanges(QByteArray());
        result.mappingWarnings = MappingSanity::valueWarnings(page.communications);
        // Templates come at the end of a CMIS crawl: judged when this page has them, or when
        // the kind brings none (ArchivesSpace: the data folder's are all there are).
        if (!page.templates.isEmpty() || repository.kind == QLatin1String("archivesspace"))
            if (const QString w = MappingSanity::templateWarning(page.communications, page.templates, dataDir);
                !w.isEmpty())
                result.mappingWarnings << w;
        result.warnings << result.mappingWarnings;
        result.ok = true;
        result.records = page.recordCount();
        result.more = page.more;
        result.message =
            tr("Connected to %1. The first page holds %n record(s)", int(result.records)).arg(connector->describe())
            + (page.more ? tr(", and more follow.") : tr("."));
        if (!result.warnings.isEmpty())
            result.message += QLatin1Char('\n') + result.warnings.join(QLatin1Char('\n'));
    } catch (const std::exception &e) {
        result.message = QString::fromUtf8(e.what());
        result.problems = {result.message};
    }
    return result;
}

QStringList checkConfiguration(const cache::RepositoryInfo &repository, const QString &dataDir,
                               const std::optional<QString> &secret, const HttpOptions &httpDefaults,
                               QStringList *warnings)
{
    cache::ContentStore store(dataDir);
    auto environment =
        ConnectorEnvironment::forDataFolder(dataDir, CredentialStore::defaultUseKeychain(), httpDefaults);
    environment.secret = secret;
    const auto connector = createConnector(repository, store, std::move(environment));
    const QStringList problems = connector->checkConfiguration();
    if (warnings)
        *warnings = connector->configurationWarnings();
    return problems;
}

ConnectionTestJob::ConnectionTestJob(const cache::RepositoryInfo &repository, const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_dataDir(dataDir)
    , m_useKeychain(CredentialStore::defaultUseKeychain())
{}

ConnectionTestJob::~ConnectionTestJob()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void ConnectionTestJob::start()
{
    Q_ASSERT(!m_thread);
    m_thread = QThread::create([this] {
        const ConnectionTestResult r = testConnection(m_repository, m_dataDir, m_useKeychain, m_http);
        emit finished(r.ok, r.message);
    });
    m_thread->setObjectName(QStringLiteral("connection-test"));
    m_thread->start();
}

} // namespace proofdesk::sync
