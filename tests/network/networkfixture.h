#pragma once

#include "cache/cachefile.h"
#include "cache/repositorystore.h"
#include "datafolder/datafolder.h"
#include "records/helddeletiontrail.h"
#include "sync/connectorfactory.h"
#include "sync/syncengine.h"
#include "tempdatafolder.h"

#include <QJsonObject>

// One data folder with one network repository in it, and connectors with test patience:
// 200 ms timeouts and millisecond backoff, so every fault is found in well under a second.
struct NetRun
{
    TempDataFolder data;
    proofdesk::datafolder::DataFolder folder{data.path()};
    proofdesk::cache::Database writer = proofdesk::cache::CacheFile::openWriter(folder.databasePath());
    proofdesk::cache::RepositoryInfo repo;

    NetRun(const QString &kind, const QUrl &url, QJsonObject settings = {})
    {
        settings.insert(QStringLiteral("user"), QStringLiteral("tester"));
        repo = proofdesk::cache::RepositoryStore(writer).add(QStringLiteral("net"), kind, url.toString(), settings);
        proofdesk::sync::CredentialStore(false).write(repo.name, QStringLiteral("tester"), QStringLiteral("s3cret"));
    }
    static proofdesk::sync::HttpOptions fastHttp()
    {
        proofdesk::sync::HttpOptions o;
        o.timeoutMs = 200;
        o.maxAttempts = 3;
        o.backoffBaseMs = 5;
        o.backoffMaxMs = 20;
        o.maxRetryAfterMs = 2000;
        return o;
    }
    std::unique_ptr<proofdesk::sync::RepositoryConnector> connector()
    {
        proofdesk::sync::ConnectorEnvironment env;
        env.dataDir = data.path();
        env.credentials = proofdesk::sync::CredentialStore(false);
        env.httpDefaults = fastHttp();
        return proofdesk::sync::createConnector(repo, folder.contentStore(), env);
    }
    proofdesk::sync::SyncReport sync()
    {
        repo = *proofdesk::cache::RepositoryStore(writer).findById(repo.id);
        auto c = connector();
        proofdesk::sync::SyncEngine engine(writer);
        proofdesk::records::HeldDeletionTrail trail; // as SyncService: held deletions reach the trail
        engine.setHeldDeletionRecorder(&trail);
        return engine.sync(repo, *c);
    }
    qint64 count(const char *sql) { return writer.queryInt(sql); }
    // Everything a user could see of the communications, as one comparable text.
    QString dump()
    {
        QString out;
        for (const char *sql : {"SELECT id, type, issued_at, channel, customer_id, recipient_name, rendition_sha256, "
                                "extra FROM communications ORDER BY id",
                                "SELECT communication_id, event, at FROM delivery_events ORDER BY 1, 3"}) {
            proofdesk::cache::Statement st = writer.prepare(sql);
            while (st.step()) {
                for (int c = 0; c < st.columnCount(); ++c)
                    out += st.columnText(c) + QLatin1Char('|');
                out += QLatin1Char('\n');
            }
        }
        return out;
    }
};
