#include "sessionmarker.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <cerrno>
#include <csignal>

namespace proofdesk::cache {

static bool processIsGone(qint64 pid) { return pid <= 0 || (::kill(pid_t(pid), 0) == -1 && errno == ESRCH); }

QByteArray SessionMarker::bootId()
{
    QFile file(QStringLiteral("/proc/sys/kernel/random/boot_id"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray();
}

// The stale markers in the folder, each told apart by the boot it was written in; calls
// onStale with each one's path.
template <typename OnStale> static EarlierEnd readStaleMarkers(const QDir &dir, OnStale onStale)
{
    EarlierEnd end = EarlierEnd::Clean;
    const QByteArray thisBoot = SessionMarker::bootId();
    for (const QString &name : dir.entryList(QDir::Files)) {
        if (!processIsGone(name.toLongLong()))
            continue;
        QFile marker(dir.filePath(name));
        const QByteArray itsBoot = marker.open(QIODevice::ReadOnly) ? marker.readAll().trimmed() : QByteArray();
        // A marker from before boot ids were written, or on a system without one, cannot say
        // the machine kept running: checked as after a power cut.
        const bool sameBoot = !thisBoot.isEmpty() && itsBoot == thisBoot;
        if (!sameBoot)
            end = EarlierEnd::MachineMayHaveStopped;
        else if (end == EarlierEnd::Clean)
            end = EarlierEnd::ProcessStopped;
        onStale(marker.fileName());
    }
    return end;
}

SessionMarker::SessionMarker(const QString &dataDir)
{
    const QString folder = QDir(dataDir).filePath(QStringLiteral(".sessions"));
    QDir().mkpath(folder);
    const QDir dir(folder);
    m_earlierEnd = readStaleMarkers(dir, [](const QString &path) { QFile::remove(path); });
    m_markerPath = dir.filePath(QString::number(QCoreApplication::applicationPid()));
    // The stale markers that said a check is owed are gone: until it has run, this one says so.
    m_checkOwed = m_earlierEnd == EarlierEnd::MachineMayHaveStopped;
    write(m_checkOwed ? QByteArray() : bootId());
}

void SessionMarker::write(const QByteArray &boot) const
{
    QFile marker(m_markerPath);
    if (marker.open(QIODevice::WriteOnly | QIODevice::Truncate))
        marker.write(boot);
}

void SessionMarker::opened()
{
    if (!m_checkOwed)
        return;
    write(bootId());
    m_checkOwed = false;
}

EarlierEnd SessionMarker::earlierEndSinceLastOpen(const QString &dataDir)
{
    return readStaleMarkers(QDir(QDir(dataDir).filePath(QStringLiteral(".sessions"))), [](const QString &) {});
}

SessionMarker::~SessionMarker()
{
    if (!m_checkOwed)
        QFile::remove(m_markerPath);
}

} // namespace proofdesk::cache
