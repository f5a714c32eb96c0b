#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

// A fresh, empty data folder (cache + content store) for one test function.
class TempDataFolder
{
public:
    TempDataFolder();
    ~TempDataFolder();
    TempDataFolder(const TempDataFolder &) = delete;
    TempDataFolder &operator=(const TempDataFolder &) = delete;
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    bool isValid() const { return m_dir.isValid(); }

private:
    QTemporaryDir m_dir;
};

// Writes `lines` (joined with '\n', plus a final '\n') to DIR/relativePath, creating folders.
void writeTextFile(const QString &dir, const QString &relativePath, const QByteArray &content);
void appendTextFile(const QString &dir, const QString &relativePath, const QByteArray &content);
// A data folder as a finished command left it, copied whole (its write-ahead logs too) into
// `to`, without the markers and locks of live processes: for a run that may leave it broken, or
// a folder made once for a test program and copied for each of its tests.
void copyDataFolder(const QString &from, const QString &to);

// A file written under a name of bytes that are not UTF-8 (a drop's "caf\xe9.ndjson"), and
// removed by those bytes when it goes: Qt decodes file names as UTF-8, so neither QFile nor a
// QTemporaryDir's removal can reach it, and the folder holding it would stay behind in /tmp.
class RawNamedFile
{
public:
    RawNamedFile(QByteArray path, const QByteArray &content);
    ~RawNamedFile();
    RawNamedFile(const RawNamedFile &) = delete;
    RawNamedFile &operator=(const RawNamedFile &) = delete;
    bool written() const { return m_written; }

private:
    QByteArray m_path;
    bool m_written = false;
};
