#include "dropdir.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace proofdesk::sync {

namespace {

// Links followed in one walk at most, as the kernel's own bound (ELOOP past 40).
constexpr int kMaxLinks = 40;

QList<QByteArray> components(const QByteArray &path)
{
    QList<QByteArray> parts = path.split('/');
    parts.removeAll(QByteArray());
    parts.removeAll(QByteArray("."));
    return parts;
}

// The target of `name` in `dirFd` when it is a symbolic link; false otherwise.
bool readLink(int dirFd, const QByteArray &name, QByteArray *target)
{
    struct stat st;
    if (::fstatat(dirFd, name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISLNK(st.st_mode))
        return false;
    char buffer[PATH_MAX];
    const ssize_t n = ::readlinkat(dirFd, name.constData(), buffer, sizeof buffer);
    if (n <= 0 || size_t(n) >= sizeof buffer)
        return false;
    *target = QByteArray(buffer, n);
    return true;
}

DropOpen problem(DropOpen::Problem kind, const QString &why)
{
    DropOpen opened;
    opened.problem = kind;
    opened.why = why;
    return opened;
}

DropOpen leadsOutside(const QString &path, const QString &link, const QByteArray &target)
{
    return problem(DropOpen::Problem::LeadsOutside,
                   QStringLiteral("%1 leads out of the drop through the symbolic link %2 (to %3); a drop's files "
                                  "are read only inside it, so it was not read")
                       .arg(path, link, QFile::decodeName(target)));
}

} // namespace

// The folders a walk went through, innermost last, each held open; names for messages.
class DropDir::FolderStack
{
public:
    explicit FolderStack(int rootFd)
        : m_rootFd(rootFd)
    {}
    ~FolderStack() { clear(); }
    FolderStack(const FolderStack &) = delete;
    FolderStack &operator=(const FolderStack &) = delete;

    int top() const { return m_fds.empty() ? m_rootFd : m_fds.back(); }
    bool atRoot() const { return m_fds.empty(); }
    void push(int fd, const QByteArray &name)
    {
        m_fds.push_back(fd);
        m_names << name;
    }
    void pop()
    {
        ::close(m_fds.back());
        m_fds.pop_back();
        m_names.removeLast();
    }
    void clear()
    {
        while (!m_fds.empty())
            pop();
    }
    // `name` in the current folder as a path inside the drop.
    QString pathOf(const QByteArray &name) const
    {
        QList<QByteArray> parts = m_names;
        parts << name;
        return QFile::decodeName(parts.join('/'));
    }

private:
    int m_rootFd;
    std::vector<int> m_fds;
    QList<QByteArray> m_names;
};

DropDir::DropDir(const QString &root)
    : m_root(root)
{
    const QString absolute = QFileInfo(root).absoluteFilePath();
    m_rootNames << QFile::encodeName(QDir::cleanPath(absolute));
    const QString canonical = QFileInfo(absolute).canonicalFilePath();
    if (!canonical.isEmpty() && canonical != absolute)
        m_rootNames << QFile::encodeName(canonical);
    m_rootFd = ::open(QFile::encodeName(absolute).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (m_rootFd < 0)
        m_rootError =
            QStringLiteral("%1 cannot be opened as a folder (%2)").arg(root, QString::fromLocal8Bit(strerror(errno)));
}

DropDir::~DropDir()
{
    if (m_rootFd >= 0)
        ::close(m_rootFd);
    if (m_lastFolderFd >= 0)
        ::close(m_lastFolderFd);
}

// The part of an absolute link target below the drop's root (inside = true), else nothing.
// Only the spelling is compared: whatever it names is then walked from the held root.
QByteArray DropDir::insideRoot(const QByteArray &absoluteTarget, bool *inside) const
{
    const QByteArray cleaned = QFile::encodeName(QDir::cleanPath(QFile::decodeName(absoluteTarget)));
    for (const QByteArray &root : m_rootNames) {
        if (cleaned == root || cleaned.startsWith(QByteArray(root + '/'))) {
            *inside = true;
            return cleaned.mid(root.size());
        }
    }
    *inside = false;
    return QByteArray();
}

namespace {

// What an open() that failed with `error` means for the file asked for.
DropOpen openFailure(int error, mode_t mode, const QString &relativePath)
{
    if (error == ENOENT || error == ENOTDIR)
        return problem(DropOpen::Problem::Missing, QStringLiteral("%1 is not in the drop").arg(relativePath));
    if (error == EINVAL)
        return problem(DropOpen::Problem::NotRegular, QStringLiteral("%1 is %2, not a regular file, so it was not read")
                                                          .arg(relativePath, QLatin1String(fileKindName(mode))));
    return problem(
        DropOpen::Problem::Unreadable,
        QStringLiteral("%1 cannot be opened (%2)").arg(relativePath, QString::fromLocal8Bit(strerror(error))));
}

// A regular file opened: kept when it has one name. A second name (a hard link) may be a file
// outside the drop, which no walk of the drop can tell.
DropOpen withOneName(HeldFile file, const QString &relativePath)
{
    const auto links = qulonglong(file.stat().st_nlink);
    if (links > 1)
        return problem(DropOpen::Problem::HardLinked,
                       QStringLiteral("%1 has %2 hard links: a file with another name may lie outside the drop, so it "
                                      "was not read (drop files have one name)")
                           .arg(relativePath)
                           .arg(links));
    DropOpen opened;
    opened.file = std::move(file);
    return opened;
}

} // namespace

// `name` in the current folder is a symbolic link: its target's components go in front of
// the pending ones (an absolute target inside the drop from the root, as the held folder
// sees it). False, with the problem in *refused, when it leads out or links go round.
bool DropDir::followLink(FolderStack &folders, const QByteArray &name, QList<QByteArray> &pending, int &linksLeft,
                         const QString &relativePath, DropOpen *refused) const
{
    QByteArray target;
    if (!readLink(folders.top(), name, &target))
        return false;
    if (--linksLeft < 0) {
        *refused =
            problem(DropOpen::Problem::Unreadable,
                    QStringLiteral("%1: more than %2 symbolic links on its way").arg(relativePath).arg(kMaxLinks));
        return false;
    }
    if (!target.startsWith('/')) {
        pending = components(target) + pending;
        return true;
    }
    bool inside = false;
    const QByteArray below = insideRoot(target, &inside);
    if (!inside) {
        *refused = leadsOutside(relativePath, folders.pathOf(name), target);
        return false;
    }
    folders.clear();
    pending = components(below) + pending;
    return true;
}

DropDir::Walked DropDir::walk(const QString &relativePath, bool wantFolder) const
{
    Walked result;
    if (m_rootFd < 0) {
        result.opened = problem(DropOpen::Problem::Unreadable, m_rootError);
        return result;
    }
    FolderStack folders(m_rootFd);
    QList<QByteArray> pending = components(QFile::encodeName(relativePath));
    int linksLeft = kMaxLinks;
    while (!pending.isEmpty()) {
        const QByteArray name = pending.takeFirst();
        if (name == "..") {
            if (folders.atRoot()) {
                result.opened =
                    problem(DropOpen::Problem::LeadsOutside,
                            QStringLiteral("%1 leads out of the drop (\"..\" above its folder)").arg(relativePath));
                return result;
            }
            folders.pop();
            continue;
        }
        int error = 0;
        mode_t mode = 0;
        if (pending.isEmpty() && !wantFolder) {
            HeldFile file = HeldFile::openRegular(folders.top(), name.constData(), &error, &mode);
            if (file.isOpen()) {
                result.opened = withOneName(std::move(file), relativePath);
                return result;
            }
        } else {
            const int fd = ::openat(folders.top(), name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (fd >= 0 && pending.isEmpty()) {
                result.fd = fd;
                return result;
            }
            if (fd >= 0) {
                folders.push(fd, name);
                continue;
            }
            error = errno;
        }
        // O_NOFOLLOW met a link: ELOOP for a file, ENOTDIR with O_DIRECTORY.
        DropOpen refused;
        if ((error == ELOOP || error == ENOTDIR)
            && followLink(folders, name, pending, linksLeft, relativePath, &refused))
            continue;
        result.opened =
            refused.problem != DropOpen::Problem::None ? std::move(refused) : openFailure(error, mode, relativePath);
        return result;
    }
    // The path named the root itself (or only "." and links back to it).
    if (wantFolder)
        result.fd = ::dup(folders.top());
    else
        result.opened = problem(DropOpen::Problem::NotRegular,
                                QStringLiteral("%1 is a folder, not a regular file").arg(relativePath));
    return result;
}

DropOpen DropDir::open(const QString &relativePath) const
{
    const qsizetype slash = relativePath.lastIndexOf(QLatin1Char('/'));
    if (slash > 0) {
        const QByteArray name = QFile::encodeName(relativePath.mid(slash + 1));
        if (!name.isEmpty() && name != "." && name != "..")
            if (std::optional<DropOpen> opened = openInLastFolder(relativePath.left(slash), name, relativePath))
                return std::move(*opened);
    }
    return walk(relativePath, false).opened;
}

// The folder is walked as any path is (one component at a time, links inside the drop only) and
// then held while its path still names it: one stat of the path (which the kernel resolves, so a
// folder on the way swapped for a link out of the drop names another folder) against the held
// one, instead of three opens. A file that is a link, or anything but an open regular file, is
// left to the whole walk, which follows or refuses it and says why.
std::optional<DropOpen> DropDir::openInLastFolder(const QString &folder, const QByteArray &name,
                                                  const QString &relativePath) const
{
    const std::lock_guard<std::mutex> lock(m_lastMutex);
    struct stat now = {};
    const bool stillNamed =
        m_lastFolderFd >= 0 && folder == m_lastFolder
        && ::fstatat(m_rootFd, QFile::encodeName(folder).constData(), &now, AT_SYMLINK_NOFOLLOW) == 0
        && quint64(now.st_dev) == m_lastFolderDevice && quint64(now.st_ino) == m_lastFolderInode;
    if (!stillNamed) {
        const Walked walked = walk(folder, true);
        struct stat held = {};
        if (walked.fd < 0 || ::fstat(walked.fd, &held) != 0) {
            if (walked.fd >= 0)
                ::close(walked.fd);
            return std::nullopt;
        }
        if (m_lastFolderFd >= 0)
            ::close(m_lastFolderFd);
        m_lastFolderFd = walked.fd;
        m_lastFolder = folder;
        m_lastFolderDevice = quint64(held.st_dev);
        m_lastFolderInode = quint64(held.st_ino);
    }
    int error = 0;
    mode_t mode = 0;
    HeldFile file = HeldFile::openRegular(m_lastFolderFd, name.constData(), &error, &mode);
    if (!file.isOpen())
        return std::nullopt;
    return withOneName(std::move(file), relativePath);
}

DropDir::Listing DropDir::list(const QString &relativeFolder) const
{
    Listing listing;
    Walked walked = walk(relativeFolder, true);
    if (walked.fd < 0) {
        listing.problem = walked.opened.problem;
        listing.why = walked.opened.why;
        return listing;
    }
    DIR *dir = ::fdopendir(walked.fd); // owns the descriptor from here
    if (!dir) {
        ::close(walked.fd);
        listing.problem = DropOpen::Problem::Unreadable;
        listing.why =
            QStringLiteral("%1 cannot be listed (%2)").arg(relativeFolder, QString::fromLocal8Bit(strerror(errno)));
        return listing;
    }
    while (const dirent *entry = ::readdir(dir)) {
        const QByteArray name(entry->d_name);
        if (name != "." && name != "..")
            listing.names << name;
    }
    ::closedir(dir);
    return listing;
}

} // namespace proofdesk::sync
