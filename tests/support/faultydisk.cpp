#include "faultydisk.h"

#include <QFileInfo>
#include <QMutex>
#include <cstring>
#include <sqlite3.h>

// The VFS shim (sqlite.org/vfs.html): each file SQLite opens through it is the platform VFS's
// file, kept right after this struct, with methods that count and forward.
namespace {

struct ShimFile
{
    sqlite3_file base;
    const char *name; // SQLite keeps the name it opened with for as long as the file is open
    sqlite3_file *real() { return reinterpret_cast<sqlite3_file *>(this + 1); }
};

sqlite3_vfs *g_real = nullptr;
sqlite3_vfs g_shim;
sqlite3_io_methods g_methods;
QMutex g_failureLock;

ShimFile *shim(sqlite3_file *f) { return reinterpret_cast<ShimFile *>(f); }

int fail(ShimFile *f, const char *what, int code)
{
    return FaultyDisk::install().shouldFail(f->name, what) ? code : SQLITE_OK;
}

int shimClose(sqlite3_file *f) { return shim(f)->real()->pMethods->xClose(shim(f)->real()); }
int shimRead(sqlite3_file *f, void *buffer, int amount, sqlite3_int64 offset)
{
    if (const int rc = fail(shim(f), "read", SQLITE_IOERR_READ))
        return rc;
    return shim(f)->real()->pMethods->xRead(shim(f)->real(), buffer, amount, offset);
}
int shimWrite(sqlite3_file *f, const void *buffer, int amount, sqlite3_int64 offset)
{
    if (const int rc = fail(shim(f), "write", SQLITE_IOERR_WRITE))
        return rc;
    return shim(f)->real()->pMethods->xWrite(shim(f)->real(), buffer, amount, offset);
}
int shimTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    if (const int rc = fail(shim(f), "truncate", SQLITE_IOERR_TRUNCATE))
        return rc;
    return shim(f)->real()->pMethods->xTruncate(shim(f)->real(), size);
}
int shimSync(sqlite3_file *f, int flags)
{
    if (const int rc = fail(shim(f), "sync", SQLITE_IOERR_FSYNC))
        return rc;
    return shim(f)->real()->pMethods->xSync(shim(f)->real(), flags);
}
// The rest forwards as it is.
int shimFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return shim(f)->real()->pMethods->xFileSize(shim(f)->real(), size);
}
int shimLock(sqlite3_file *f, int level) { return shim(f)->real()->pMethods->xLock(shim(f)->real(), level); }
int shimUnlock(sqlite3_file *f, int level) { return shim(f)->real()->pMethods->xUnlock(shim(f)->real(), level); }
int shimCheckReservedLock(sqlite3_file *f, int *out)
{
    return shim(f)->real()->pMethods->xCheckReservedLock(shim(f)->real(), out);
}
int shimFileControl(sqlite3_file *f, int op, void *arg)
{
    return shim(f)->real()->pMethods->xFileControl(shim(f)->real(), op, arg);
}
int shimSectorSize(sqlite3_file *f) { return shim(f)->real()->pMethods->xSectorSize(shim(f)->real()); }
int shimDeviceCharacteristics(sqlite3_file *f)
{
    return shim(f)->real()->pMethods->xDeviceCharacteristics(shim(f)->real());
}
int shimShmMap(sqlite3_file *f, int region, int size, int extend, void volatile **out)
{
    return shim(f)->real()->pMethods->xShmMap(shim(f)->real(), region, size, extend, out);
}
int shimShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return shim(f)->real()->pMethods->xShmLock(shim(f)->real(), offset, n, flags);
}
void shimShmBarrier(sqlite3_file *f) { shim(f)->real()->pMethods->xShmBarrier(shim(f)->real()); }
int shimShmUnmap(sqlite3_file *f, int deleteFlag)
{
    return shim(f)->real()->pMethods->xShmUnmap(shim(f)->real(), deleteFlag);
}
int shimFetch(sqlite3_file *f, sqlite3_int64 offset, int amount, void **out)
{
    return shim(f)->real()->pMethods->xFetch(shim(f)->real(), offset, amount, out);
}
int shimUnfetch(sqlite3_file *f, sqlite3_int64 offset, void *page)
{
    return shim(f)->real()->pMethods->xUnfetch(shim(f)->real(), offset, page);
}

int shimOpen(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    ShimFile *f = shim(file);
    f->base.pMethods = nullptr;
    f->name = name ? name : "";
    const int rc = g_real->xOpen(g_real, name, f->real(), flags, outFlags);
    if (rc == SQLITE_OK || f->real()->pMethods) {
        // The shim's methods stand in for the real ones (whose version they copy: the
        // platform's file has the shared-memory and memory-map methods a WAL file needs).
        g_methods.iVersion = f->real()->pMethods->iVersion;
        f->base.pMethods = &g_methods;
    }
    return rc;
}

void setUp()
{
    g_real = sqlite3_vfs_find(nullptr);
    g_shim = *g_real;
    g_shim.zName = "proofdesk-faulty-disk";
    g_shim.szOsFile = int(sizeof(ShimFile)) + g_real->szOsFile;
    g_shim.xOpen = shimOpen;
    g_shim.pNext = nullptr;
    g_methods = sqlite3_io_methods{3,
                                   shimClose,
                                   shimRead,
                                   shimWrite,
                                   shimTruncate,
                                   shimSync,
                                   shimFileSize,
                                   shimLock,
                                   shimUnlock,
                                   shimCheckReservedLock,
                                   shimFileControl,
                                   shimSectorSize,
                                   shimDeviceCharacteristics,
                                   shimShmMap,
                                   shimShmLock,
                                   shimShmBarrier,
                                   shimShmUnmap,
                                   shimFetch,
                                   shimUnfetch};
    sqlite3_vfs_register(&g_shim, 1);
}

} // namespace

FaultyDisk &FaultyDisk::install()
{
    static FaultyDisk disk;
    static const bool registered = (setUp(), true);
    Q_UNUSED(registered);
    return disk;
}

void FaultyDisk::watch(const QString &folder)
{
    m_folder = QFileInfo(folder).absoluteFilePath();
    failAccess(0);
}

void FaultyDisk::failAccess(qint64 n)
{
    const QMutexLocker lock(&g_failureLock);
    m_accesses = 0;
    m_failed = false;
    m_failure.clear();
    m_failAt = n;
}

QString FaultyDisk::failure() const
{
    const QMutexLocker lock(&g_failureLock);
    return m_failure;
}

bool FaultyDisk::shouldFail(const char *file, const char *what)
{
    if (m_folder.isEmpty() || !QString::fromUtf8(file).startsWith(m_folder))
        return false;
    const qint64 n = ++m_accesses;
    if (n != m_failAt.load())
        return false;
    const QMutexLocker lock(&g_failureLock);
    m_failed = true;
    m_failure =
        QStringLiteral("%1 of %2").arg(QString::fromLatin1(what), QFileInfo(QString::fromUtf8(file)).fileName());
    return true;
}
