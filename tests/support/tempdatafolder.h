#pragma once

#include <QString>
#include <QTemporaryDir>

// A fresh, empty data folder (cache + content store) for one test function.
class TempDataFolder
{
public:
    TempDataFolder();
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    bool isValid() const { return m_dir.isValid(); }

private:
    QTemporaryDir m_dir;
};

// Writes `lines` (joined with '\n', plus a final '\n') to DIR/relativePath, creating folders.
void writeTextFile(const QString &dir, const QString &relativePath, const QByteArray &content);
void appendTextFile(const QString &dir, const QString &relativePath, const QByteArray &content);
