#pragma once

#include <QJsonObject>
#include <QSet>
#include <QString>
#include <map>
#include <memory>

class QFile;

namespace proofdesk::demo {

// Writes bytes under a temporary name in the target folder, then renames: a reader never
// sees half a file. Creates missing folders (remembered in createdDirs to save lookups).
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QSet<QString> *createdDirs, QString *error);

// The drop's NDJSON files. Each is written as ".NAME.part" (skipped by "*.ndjson" readers)
// and renamed into place when closed, so an interrupted run leaves no half files behind.
class NdjsonWriter
{
public:
    explicit NdjsonWriter(const QString &dropDir);
    ~NdjsonWriter(); // removes files that were never closed

    bool append(const QString &relativePath, const QJsonObject &line);
    bool close(const QString &relativePath);
    bool closeAll();
    QString error() const { return m_error; }

private:
    struct OpenFile
    {
        std::unique_ptr<QFile> file;
        QString finalPath;
    };
    bool open(const QString &relativePath);

    QString m_dir;
    std::map<QString, OpenFile> m_files;
    QSet<QString> m_createdDirs;
    QString m_error;
};

} // namespace proofdesk::demo
