#include "dropstorage.h"

#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

namespace proofdesk::sync::DropStorage {

namespace {

bool isNetworkType(const QByteArray &type)
{
    static const char *const network[] = {"nfs",   "nfs4",  "cifs",  "smb",  "smb2",      "smb3",
                                          "smbfs", "9p",    "afs",   "ceph", "glusterfs", "lustre",
                                          "gpfs",  "ncpfs", "davfs", "coda", "sshfs"};
    for (const char *name : network) {
        if (type == name)
            return true;
    }
    // FUSE file systems (fuse.sshfs, fuse.rclone, fuse.davfs2, …) may be anything, often remote.
    return type.startsWith("fuse");
}

// /sys/block/sdb/removable for /dev/sdb1 (and /dev/mmcblk0p1 -> mmcblk0).
bool kernelSaysRemovable(const QByteArray &device)
{
    if (!device.startsWith("/dev/"))
        return false;
    QByteArray name = device.mid(5);
    for (int cut = int(name.size()); cut > 0; --cut) {
        QFile flag(QStringLiteral("/sys/block/%1/removable").arg(QString::fromLocal8Bit(name.left(cut))));
        if (flag.open(QIODevice::ReadOnly))
            return flag.read(1) == "1";
    }
    return false;
}

} // namespace

bool isRemovableOrNetwork(const QStorageInfo &storage)
{
    if (!storage.isValid())
        return true;
    const QString root = storage.rootPath();
    if (root.startsWith(QLatin1String("/media/")) || root.startsWith(QLatin1String("/run/media/")))
        return true;
    return isNetworkType(storage.fileSystemType()) || kernelSaysRemovable(storage.device());
}

bool copiesRenditions(const QString &dropRoot)
{
    const QByteArray forced = qgetenv("PROOFDESK_DROP_COPY").trimmed().toLower();
    if (forced == "1" || forced == "always")
        return true;
    if (forced == "0" || forced == "never")
        return false;
    return isRemovableOrNetwork(QStorageInfo(QFileInfo(dropRoot).absoluteFilePath()));
}

} // namespace proofdesk::sync::DropStorage
