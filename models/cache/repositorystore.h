#pragma once

#include "sqlite.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace proofdesk::cache {

// A configured repository as the cache knows it. Secrets are never here: they live in the
// OS keychain.
struct RepositoryInfo
{
    qint64 id = 0;
    QString name;
    QString kind; // drop | cmis | archivesspace | workflow | delivery
    QString url;
    QJsonObject settings;
    QByteArray cursor;
    std::optional<qint64> lastSync;
    QString lastError;
    std::optional<qint64> offlineSince;
    // The sync scope, its rolling bounds resolved to days, under which the cursor was read
    // (sync/syncscope.h resolvedJson); empty before the first sync under a scope.
    QByteArray scopeRead;

    QJsonObject toJson() const;
};

// The repositories table: add, find, list, remove, and the last error of a sync.
class RepositoryStore
{
public:
    explicit RepositoryStore(Database &db);

    std::optional<RepositoryInfo> find(const QString &name) const;
    std::optional<RepositoryInfo> findByUrl(const QString &kind, const QString &url) const;
    std::optional<RepositoryInfo> findById(qint64 id) const;
    QList<RepositoryInfo> list() const;
    // Adds a repository; throws SqliteError if the name is taken.
    RepositoryInfo add(const QString &name, const QString &kind, const QString &url, const QJsonObject &settings = {});
    // The repository of this kind at this address, or a new one named `baseName` (or the
    // first free "baseName (n)") when there is none; `added` says which. One write
    // transaction, so that two processes registering at once never both take one name.
    // Must not be called inside a transaction.
    RepositoryInfo findOrAdd(const QString &kind, const QString &url, const QString &baseName, bool *added = nullptr);
    // Removes it and everything cached from it, in the caller's transaction if one is open.
    // Returns false if it does not exist.
    bool remove(const QString &name);
    void recordError(qint64 id, const QString &message);
    // Edits a repository's address and settings (its name and kind stay). A new address
    // clears the cursor, so the next sync starts from the beginning. False if no such id.
    bool update(qint64 id, const QString &url, const QJsonObject &settings);
    // The next sync starts from the beginning (a sync scope that may take in more).
    void clearCursor(qint64 id);
    // Notes the scope the next pages are read under (RepositoryInfo::scopeRead).
    void setScopeRead(qint64 id, const QByteArray &resolvedScope);
    // How many communications the cache holds from this repository.
    qint64 communicationCount(qint64 id) const;
    // A name not yet taken: `base`, else "base (2)", "base (3)", …
    QString freeName(const QString &base) const;

private:
    QList<RepositoryInfo> query(const char *where, const QString &a = {}, const QString &b = {}) const;
    Database &m_db;
};

} // namespace proofdesk::cache
