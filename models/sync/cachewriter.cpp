#include "cachewriter.h"

#include "boundedrecord.h"

#include <QDateTime>
#include <sqlite3.h>

namespace proofdesk::sync {

using cache::Database;
using cache::Statement;

namespace {

// The repository's cursor and the lines a run rejected.
constexpr char kCursorUpdate[] = "UPDATE repositories SET cursor = ?1, last_sync = ?2, last_error = NULL, "
                                 "offline_since = NULL WHERE id = ?3";
constexpr char kCursorOf[] = "SELECT cursor FROM repositories WHERE id = ?1";
constexpr char kErrorInsert[] =
    "INSERT INTO import_errors(repo_id, at, file, line, reason, run_open) VALUES(?1, ?2, ?3, ?4, ?5, ?6) "
    "ON CONFLICT(repo_id, file, line, reason) DO UPDATE SET run_open = excluded.run_open";
constexpr char kErrorsOfRunClose[] = "UPDATE import_errors SET run_open = 0 WHERE repo_id = ?1 AND run_open = 1";
constexpr char kErrorsOfOpenRun[] =
    "SELECT file, line, reason FROM import_errors WHERE repo_id = ?1 AND run_open = 1 ORDER BY seq";

} // namespace

struct CacheWriter::Statements
{
    explicit Statements(Database &db)
        : cursorUpdate(db.prepare(kCursorUpdate))
        , cursorOf(db.prepare(kCursorOf))
        , errorInsert(db.prepare(kErrorInsert))
        , errorsOfRunClose(db.prepare(kErrorsOfRunClose))
        , errorsOfOpenRun(db.prepare(kErrorsOfOpenRun))
    {}

    Statement cursorUpdate, cursorOf, errorInsert, errorsOfRunClose, errorsOfOpenRun;
};

CacheWriter::CacheWriter(Database &db)
    : m_db(db)
    , m_st(std::make_unique<Statements>(db))
    , m_catalogue(db)
    , m_communications(db)
    , m_deletions(db, m_communications, m_catalogue)
    , m_scope(db, m_communications)
{}

CacheWriter::~CacheWriter() = default;

bool CacheWriter::deletes(const sync::ChangePage &page)
{
    return !page.deletedCommunicationIds.isEmpty() || !page.deletedObjectIds.isEmpty();
}

ApplyResult CacheWriter::applyPage(qint64 repoId, const sync::ChangePage &page)
{
    // A page that deletes may keep a held letter and write its entry into the trail: it takes
    // both files' locks, in a transaction of its own. Every other page writes the cache alone
    // and leaves records.sqlite to the searches and actions beside the sync.
    std::optional<cache::FileTransaction> own;
    const bool deleting = deletes(page);
    if (deleting)
        commitHeld();
    // Else in the caller's transaction (a witness's correction and its entries together).
    if (sqlite3_get_autocommit(m_db.handle()) != 0) {
        if (deleting || !m_holdCommits)
            own.emplace(m_db, deleting ? cache::Locks::EveryFile : cache::Locks::CacheOnly);
        else
            m_held.emplace(m_db, cache::Locks::CacheOnly);
    }
    const QByteArray cursor = cursorAfter(repoId, page);
    ApplyResult result = startPage(page);
    // Reference data first, so communications of the same page can point at it.
    m_catalogue.apply(repoId, page, result);
    applyCommunications(repoId, page, result);
    m_communications.applyEvents(repoId, page, result);
    m_deletions.apply(repoId, page, result);
    recordRejections(repoId, result.rejected, page.more);
    if (!page.more) // the run is complete: what it met was reported by the sync that ends it
        m_st->errorsOfRunClose.bind(1, repoId).run();
    m_st->cursorUpdate.bind(1, cursor).bind(2, QDateTime::currentMSecsSinceEpoch()).bind(3, repoId).run();
    if (own)
        own->commit();
    return result;
}

CursorMoved::CursorMoved()
    : std::runtime_error("another sync of this repository moved its cursor on while this one read a page; the "
                         "page was not applied (the next sync reads on from where the other one stopped)")
{}

// The cursor stored with the page, read and written in the page's transaction: a
// compare-and-set. Two syncs of one repository that both read from cursor C (the lock of
// syncservice.cpp bypassed, an older build beside this one) must not both write: the late one
// brought back for good a letter the other had deleted (issue #63).
QByteArray CacheWriter::cursorAfter(qint64 repoId, const sync::ChangePage &page)
{
    if (!page.readFrom)
        return page.nextCursor;
    Statement &st = m_st->cursorOf;
    st.bind(1, repoId);
    const QByteArray stored = st.step() ? st.columnUtf8(0) : QByteArray();
    st.reset();
    if (stored == *page.readFrom) // a null cursor and an empty one compare equal
        return page.nextCursor;
    // Cleared meanwhile (a wider scope: RepositoryAdmin::readAgainUnlessNarrowed): what the page
    // brings is still so, and the next sync reads the repository again from its start.
    if (stored.isEmpty())
        return QByteArray();
    throw CursorMoved();
}

void CacheWriter::commitHeld()
{
    if (!m_held)
        return;
    m_held->commit();
    m_held.reset();
}

// The result of a page before anything is applied (its own rejections and warnings), with
// what applying it depends on read (CommunicationWriter::startPage).
ApplyResult CacheWriter::startPage(const sync::ChangePage &page)
{
    ApplyResult result;
    result.rejected = page.rejected;
    result.warnings = page.warnings;
    m_communications.startPage();
    return result;
}

ApplyResult CacheWriter::keepRecords(qint64 repoId, const sync::ChangePage &page)
{
    cache::FileTransaction tx(m_db, cache::Locks::CacheOnly);
    ApplyResult result = startPage(page);
    applyCommunications(repoId, page, result);
    tx.commit();
    return result;
}

void CacheWriter::applyCommunications(qint64 repoId, const sync::ChangePage &page, ApplyResult &r)
{
    for (const domain::Communication &given : page.communications) {
        std::optional<domain::Communication> kept;
        const domain::Communication *bounded = withinBounds(
            given, kept, given.sourceFile, given.sourceLine,
            [&] { return QStringLiteral("communication %1").arg(shownId(given.id)); }, r);
        if (!bounded)
            continue;
        const domain::Communication &c = *bounded;
        if (!m_scope.takes(repoId, c, r))
            continue;
        if (m_communications.apply(repoId, c, r)) {
            ++r.accepted;
            ++r.communicationsAccepted;
        }
    }
}

void CacheWriter::recordRejections(qint64 repoId, const QList<sync::RejectedRecord> &rejected, bool runOpen)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const auto &rej : rejected)
        m_st->errorInsert.bind(1, repoId)
            .bind(2, now)
            .bind(3, rej.file)
            .bind(4, rej.line)
            .bind(5, rej.reason)
            .bind(6, qint64(runOpen))
            .run();
}

QList<sync::RejectedRecord> CacheWriter::rejectedInUnfinishedRun(qint64 repoId)
{
    QList<sync::RejectedRecord> rejected;
    Statement &st = m_st->errorsOfOpenRun;
    st.bind(1, repoId);
    while (st.step())
        rejected << sync::RejectedRecord{st.columnText(0), st.columnInt(1), st.columnText(2)};
    st.reset();
    return rejected;
}

} // namespace proofdesk::sync
