#pragma once

#include "util/sha256hex.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace proofdesk::cache {

// An object just written into the store, for the bounded cache's table (DocumentCache).
struct StoredObject
{
    QString sha256;
    qint64 bytes = 0;
};

// Document bytes beside the database, named by their SHA-256: DATA/objects/ab/cdef…
// Objects are written to a temporary file and renamed into place, so a crash never leaves
// a half object under a real name; identical bytes are stored once.
class ContentStore
{
public:
    explicit ContentStore(const QString &dataDir);

    // Every function here that takes a name as text refuses one that is not 64 hex digits
    // (Sha256Hex): objectPath() is then empty, contains(), holds() and remove() false, read()
    // nullopt, putFile() false. Names come from repositories and old cache rows, and a name
    // such as "..//records.sqlite" would otherwise reach a file beside the store.
    QString objectPath(const QString &sha256Hex) const;
    QString objectPath(const Sha256Hex &name) const;
    // DATA/objects: its folders ab/ hold the objects named ab….
    QString root() const { return m_root; }
    // Whether a file has the object's name (cheap: no bytes are read).
    bool contains(const QString &sha256Hex) const;
    // Whether the object is there and its bytes hash to its name: what "stored" means before
    // a download is skipped or a document reported verified. Reads the whole object.
    bool holds(const QString &sha256Hex) const;

    // Stores bytes and returns their SHA-256 (hex). Throws std::runtime_error on I/O failure
    // (disk full, permissions), naming the object.
    QString put(const QByteArray &bytes);
    // Whether a write waits for the disk before the object takes its name (Now), or leaves
    // that to one syncDeferred() for many objects (an import's page of renditions).
    enum class Sync { Now, Deferred };
    // Copies a file into the store if its bytes hash to expectedSha256, streaming (memory
    // does not grow with the file); returns false (and stores nothing) when they do not or
    // the file cannot be read. Throws std::runtime_error when the store cannot be written.
    bool putFile(const QString &sourcePath, const QString &expectedSha256, Sync sync = Sync::Now);
    // The same from a file already open (a drop's file, opened once without following links:
    // what was hashed is what is copied). Reads from offset 0 with pread(), whatever the
    // descriptor's position; never closes it.
    bool putOpenFile(int fd, const QString &expectedSha256, Sync sync = Sync::Now);
    // Waits until every object written with Sync::Deferred is on disk (one syncfs() for the
    // store's file system). Throws std::runtime_error when the disk reports an error.
    void syncDeferred() const;

    // The bytes of an object, verified against its name again before anyone is shown them
    // as "the exact version sent". nullopt if absent or if the bytes no longer match.
    std::optional<QByteArray> read(const QString &sha256Hex) const;

    // Deletes an object (the bounded cache evicting it); true when it is gone.
    bool remove(const QString &sha256Hex) const;

    // SHA-256 (hex) of a file's bytes, streamed; nullopt if the file cannot be read.
    static std::optional<QString> hashFile(const QString &path);
    // SHA-256 (hex) of an open file's bytes from offset 0, streamed; nullopt on a read error.
    static std::optional<QString> hashOpenFile(int fd);

private:
    void writeAtomically(const QString &sha256Hex, const QByteArray &bytes);
    QString m_root;
};

} // namespace proofdesk::cache
