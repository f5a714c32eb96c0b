#pragma once

#include <QString>

class QStorageInfo;

// Whether a drop's renditions are copied into the content store at import (DESIGN.md "The
// cache"). A drop on local, fixed storage is already on disk: its files are hashed and
// checked at import and read in place (hashed again at every view) instead of being stored a
// second time. A drop on removable or network storage may be gone when someone looks, so
// its renditions are copied (and, once evicted, read again from the drop when it is back).
namespace proofdesk::sync::DropStorage {

// PROOFDESK_DROP_COPY decides when set: "1" (or "always") copies, "0" (or "never") reads in
// place; otherwise isRemovableOrNetwork(the drop's file system).
bool copiesRenditions(const QString &dropRoot);

// Mounted under /media or /run/media (desktops mount sticks and cards there), a block device
// the kernel calls removable, or a network or user-space file system (nfs, cifs, smb,
// sshfs, …). An unknown file system counts as removable: a copy is the safe side.
bool isRemovableOrNetwork(const QStorageInfo &storage);

} // namespace proofdesk::sync::DropStorage
