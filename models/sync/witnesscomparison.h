#pragma once

#include "cache/sqlite.h"
#include "changepage.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace proofdesk::sync {

// One thing a repository changed without telling: a letter whose record differs from what the
// desk last saw with no change recorded for it, or one gone without a deletion (issue #63).
struct WitnessDifference
{
    enum class Kind { Changed, Gone };
    Kind kind = Kind::Changed;
    QString communicationId;
    QString objectId;                         // the repository's identity of the object (its id for a drop)
    QJsonObject before;                       // what the desk saw: the compared columns, with its record hash
    QJsonObject after;                        // what the repository says now (Changed only)
    std::optional<domain::Communication> now; // Changed: the record as the repository has it
};

// What a repository lists now against what the cache holds from it. The listing is a read of
// the whole repository from its start (a connector's fetchChanges from an empty cursor, its
// pages not applied); the change log read from the cache's cursor after it names what changed
// with a record meanwhile, which is excused. A letter is compared by its record hash, the hash
// of everything the repository sent for it (equal hash = unchanged, as the cache writer decides).
class WitnessComparison
{
public:
    // Reads the keys and record hashes of the repository's live letters in the cache.
    WitnessComparison(cache::Database &db, qint64 repoId);

    // A page of the listing: each letter is compared as it comes (a later page of the same letter
    // replaces what an earlier said); a deletion in the listing takes the letter out of it.
    void observe(const ChangePage &page);
    // A page of the change log since the cache's cursor: what it names changed with a record.
    void excuse(const ChangePage &page);

    qint64 listed() const { return m_seen.size(); }
    qint64 cached() const { return m_cached.size(); }
    // After the whole listing: what changed or went without a record, changed first, each in the
    // order of its communication id.
    QList<WitnessDifference> differences() const;

private:
    struct Cached
    {
        QString communicationId;
        QString objectId; // empty for a drop's letter
        QByteArray recordHash;
    };
    static QString keyOf(const domain::Communication &c);
    static QJsonObject beforeOf(cache::Statement &rowOf, const QString &communicationId);

    cache::Database &m_db;
    QHash<QString, Cached> m_cached; // by key: the repository's object id, else the letter's id
    QSet<QString> m_seen;
    QHash<QString, domain::Communication> m_changed;
    QSet<QString> m_excused;
};

// Whether a record hash the cache holds is the one a repository's record has now: the cache
// may hold it with the mark of a prefetch's verdict (documentprefetch.cpp).
bool sameRecord(const QByteArray &cached, const QByteArray &now);

} // namespace proofdesk::sync
