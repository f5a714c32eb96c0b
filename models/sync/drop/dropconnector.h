#pragma once

#include "dropcursor.h"
#include "dropdir.h"
#include "renditionchecker.h"
#include "sync/repositoryconnector.h"
#include "util/sha256.h"

#include <QSet>
#include <QString>
#include <map>

class QFile;

namespace proofdesk::cache {
class ContentStore;
}

namespace proofdesk::sync {

// drop.json: who produced the drop.
struct DropIdentity
{
    QString source;
    int version = 0;
    QString created;
};

// Reads an output drop (spec/drop-format.md) as a repository. The cursor holds per-file
// byte offsets, so an import reads only lines appended since the last one and a crashed
// import resumes exactly after the last page the cache committed.
class DropConnector : public RepositoryConnector
{
public:
    struct Options
    {
        int pageRecords = 5000; // lines per page: one cache transaction each
        // The defaults with PROOFDESK_DROP_PAGE_LINES as pageRecords when it is set (README
        // "Reading a drop"): smaller pages lose less to a kill, larger ones commit less often.
        static Options fromEnvironment();
    };

    DropConnector(const QString &dropRoot, cache::ContentStore *store, Options options);
    DropConnector(const QString &dropRoot, cache::ContentStore *store)
        : DropConnector(dropRoot, store, Options::fromEnvironment())
    {}

    // Bounds on what one read may hold (README "Reading a drop").
    static constexpr qint64 kMaxIdentityBytes = 1 << 20; // drop.json
    static constexpr qint64 kMaxLineBytes = 16 << 20;    // one record line

    // Reads and checks drop.json (dropidentity.cpp); throws ConnectorError naming the problem.
    static DropIdentity readIdentity(const QString &dropRoot);
    static DropIdentity readIdentity(const DropDir &dir);

    QString kind() const override { return QStringLiteral("drop"); }
    QString describe() const override;
    ChangePage fetchChanges(const QByteArray &cursor) override;
    // Writes the request into the drop's hot folder (drophotfolder.h), for whoever produces
    // the drop to read; a file that cannot be written is tried again (Retry, saying why).
    SendResult send(const OutboxItem &item) override;
    void setStoreBudget(cache::StoreBudget *budget) override { m_renditions.setBudget(budget); }

private:
    enum class RecordKind { Retention, Template, ContentBlock, Communication, Delivery };
    struct DropFile
    {
        QString relativePath;
        RecordKind kind;
        qint64 size;
    };

    // The SHA-256 of a file's bytes [0, offset), kept from page to page of one import so that
    // reading on only adds the new bytes.
    struct RunningHash
    {
        qint64 offset = 0;
        Sha256 sha;
    };

    // The record files in reading order; warns in `page` of those that cannot be read.
    QList<DropFile> listFiles(ChangePage &page);
    // The record files of one folder, in reading order.
    void listFolder(const QString &folder, RecordKind kind, QList<DropFile> &files, ChangePage &page);
    // Reports a record file (or folder) that cannot be read once a session, not once a page:
    // as a warning (`warning`) or as an error.
    void reportOnce(const QString &path, const QString &reason, ChangePage &page, bool warning);
    // The record file opened through m_dir; throws ConnectorError when it cannot be.
    HeldFile openRecordFile(const DropFile &file) const;
    // True when the bytes read before are as they were (then pos carries their hash and the
    // file's stamp); false, with the file reported once, when they changed or it shrank.
    bool verifyReadBytes(const DropFile &file, DropFilePosition &pos, ChangePage &page);
    QString changeInReadBytes(const DropFile &file, DropFilePosition &pos);
    // Reads whole lines from pos into page until `budget` records were read; returns false
    // when the file still has lines left (page full).
    bool readLines(const DropFile &file, DropFilePosition &pos, ChangePage &page, int &budget);
    // The hash of the bytes of `file` before `offset`, kept since verifyReadBytes (a new one at
    // offset 0); throws ConnectorError when there is none to read on from.
    RunningHash &runningHashAt(const DropFile &file, qint64 offset);
    // readLines' loop: takes the lines of `f` (at pos.offset, `size` bytes long) into page,
    // adding each byte passed to `running`.
    void scanLines(QFile &f, qint64 size, const DropFile &file, DropFilePosition &pos, ChangePage &page, int &budget,
                   RunningHash &running);
    void takeLine(const DropFile &file, const QByteArray &line, qint64 lineNo, ChangePage &page);

    QString m_root;
    Options m_options;
    DropDir m_dir; // the drop's folder, held open while it is read (before m_renditions)
    RenditionChecker m_renditions;
    std::map<QString, RunningHash> m_running; // files verified (or started) this session
    QSet<QString> m_brokenFiles;              // files reported as changed this session
    QSet<QString> m_reportedNames;            // unreadable record files reported this session
};

} // namespace proofdesk::sync
