#include "sessionmarker.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <cerrno>
#include <csignal>

namespace proofdesk::cache {

static bool processIsGone(qint64 pid) { return pid <= 0 || (::kill(pid_t(pid), 0) == -1 && errno == ESRCH); }

SessionMarker::SessionMarker(const QString &dataDir)
{
    const QString folder = QDir(dataDir).filePath(QStringLiteral(".sessions"));
    QDir().mkpath(folder);
    const QDir dir(folder);
    for (const QString &name : dir.entryList(QDir::Files)) {
        if (processIsGone(name.toLongLong())) {
            m_unclean = true;
            QFile::remove(dir.filePath(name));
        }
    }
    m_markerPath = dir.filePath(QString::number(QCoreApplication::applicationPid()));
    QFile marker(m_markerPath);
    marker.open(QIODevice::WriteOnly); // its existence is the whole message
}

bool SessionMarker::endedUncleanlySinceLastOpen(const QString &dataDir)
{
    const QDir dir(QDir(dataDir).filePath(QStringLiteral(".sessions")));
    for (const QString &name : dir.entryList(QDir::Files)) {
        if (processIsGone(name.toLongLong()))
            return true;
    }
    return false;
}

SessionMarker::~SessionMarker() { QFile::remove(m_markerPath); }

} // namespace proofdesk::cache
