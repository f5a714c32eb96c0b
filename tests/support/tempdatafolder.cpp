#include "tempdatafolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QThreadPool>
#include <cstdio>
#include <unistd.h>

TempDataFolder::TempDataFolder()
    : m_dir(QDir::tempPath() + QStringLiteral("/proofdesk-test-XXXXXX"))
{}

// A records job or a roles read a test started on Qt's global pool may still be opening this
// folder when the test ends: removed under it, the folder got a new cache and records file
// from SQLite before its last rmdir, and stayed behind in /tmp (tst_workspacetabs, one run
// in two). Its work ends first.
TempDataFolder::~TempDataFolder() { QThreadPool::globalInstance()->waitForDone(30000); }

static void writeFile(const QString &dir, const QString &relativePath, const QByteArray &content,
                      QIODevice::OpenMode mode)
{
    const QString path = QDir(dir).filePath(relativePath);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(mode) || file.write(content) != content.size())
        qFatal("cannot write test file %s", qPrintable(path));
}

void writeTextFile(const QString &dir, const QString &relativePath, const QByteArray &content)
{
    writeFile(dir, relativePath, content, QIODevice::WriteOnly | QIODevice::Truncate);
}

void appendTextFile(const QString &dir, const QString &relativePath, const QByteArray &content)
{
    writeFile(dir, relativePath, content, QIODevice::WriteOnly | QIODevice::Append);
}

RawNamedFile::RawNamedFile(QByteArray path, const QByteArray &content)
    : m_path(std::move(path))
{
    FILE *file = std::fopen(m_path.constData(), "wb");
    if (!file)
        return;
    m_written = std::fwrite(content.constData(), 1, size_t(content.size()), file) == size_t(content.size());
    m_written = std::fclose(file) == 0 && m_written;
}

RawNamedFile::~RawNamedFile() { ::unlink(m_path.constData()); }

void copyDataFolder(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    if (QProcess::execute(QStringLiteral("cp"), {QStringLiteral("-a"), from + QStringLiteral("/."), to}) != 0)
        qFatal("cannot copy %s", qPrintable(from));
    QDir(to + QStringLiteral("/.sessions")).removeRecursively();
    QDir(to + QStringLiteral("/locks")).removeRecursively();
}
