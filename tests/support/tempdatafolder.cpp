#include "tempdatafolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

TempDataFolder::TempDataFolder()
    : m_dir(QDir::tempPath() + QStringLiteral("/proofdesk-test-XXXXXX"))
{}

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
