#pragma once

#include "heldfile.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <mutex>
#include <optional>

namespace proofdesk::sync {

// A file of a drop opened through DropDir, or why it was not.
struct DropOpen
{
    enum class Problem {
        None,
        Missing,      // no such file (or a folder on its way is missing)
        LeadsOutside, // a symbolic link on its way leads out of the drop
        NotRegular,   // a FIFO, a device, a socket, a folder: never opened for reading
        HardLinked,   // a regular file with more than one name (README "Reading a drop")
        Unreadable,   // any other error (permissions, too many links)
    };
    HeldFile file;
    Problem problem = Problem::None;
    QString why; // names the path; empty when opened

    bool ok() const { return problem == Problem::None; }
};

// A drop folder held open as a directory descriptor for as long as it is read, and every file
// in it opened relative to that descriptor, one path component at a time with O_NOFOLLOW
// (README "Reading a drop"). A folder swapped for a link out of the drop
// between two reads, or between resolving a name and opening it, is therefore never followed:
// there is no separate resolving step. A symbolic link whose target stays inside the drop is
// followed here, by this walk (never by the kernel), so a link leading out is refused however
// it is reached: an absolute target, "..", or a folder above the file.
class DropDir
{
public:
    explicit DropDir(const QString &root);
    ~DropDir();
    DropDir(const DropDir &) = delete;
    DropDir &operator=(const DropDir &) = delete;

    bool isOpen() const { return m_rootFd >= 0; }
    QString rootError() const { return m_rootError; }
    QString root() const { return m_root; }

    // A regular file with one name, opened without blocking, ready to read from its start.
    DropOpen open(const QString &relativePath) const;

    struct Listing
    {
        QList<QByteArray> names; // the folder's entries, as the file system spells them
        DropOpen::Problem problem = DropOpen::Problem::None;
        QString why;
    };
    // The names in a folder of the drop (not "." and ".."); a folder that is missing lists
    // nothing with Problem::Missing.
    Listing list(const QString &relativeFolder) const;

private:
    struct Walked
    {
        int fd = -1; // the folder, when one was asked for (caller closes)
        DropOpen opened;
    };
    class FolderStack; // the folders a walk holds open (dropdir.cpp)
    Walked walk(const QString &relativePath, bool wantFolder) const;
    // `name` in `folder` through the folder last walked to, kept open: a production or an
    // evicted letter's reading walked "renditions", the year and the month again for every
    // letter (five opens a letter). Nullopt when it cannot say (the walk then does).
    std::optional<DropOpen> openInLastFolder(const QString &folder, const QByteArray &name,
                                             const QString &relativePath) const;
    bool followLink(FolderStack &folders, const QByteArray &name, QList<QByteArray> &pending, int &linksLeft,
                    const QString &relativePath, DropOpen *refused) const;
    QByteArray insideRoot(const QByteArray &absoluteTarget, bool *inside) const;

    QString m_root;
    QList<QByteArray> m_rootNames; // the root as given and with its links resolved
    int m_rootFd = -1;
    QString m_rootError;
    mutable std::mutex m_lastMutex;
    mutable QString m_lastFolder; // relative to the root, as asked
    mutable int m_lastFolderFd = -1;
    mutable quint64 m_lastFolderDevice = 0, m_lastFolderInode = 0;
};

} // namespace proofdesk::sync
