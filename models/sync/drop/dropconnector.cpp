#include "dropconnector.h"

#include "droprecordparser.h"
#include "util/sha256.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace proofdesk::sync {

namespace {

QByteArray sha256Of(QFile &file, qint64 from, qint64 length)
{
    if (!file.seek(from))
        return QByteArray();
    return sha256Hex(file.read(length));
}

} // namespace

DropConnector::DropConnector(const QString &dropRoot, cache::ContentStore *store, Options options)
    : m_root(dropRoot)
    , m_options(options)
    , m_renditions(dropRoot, store)
{
}

DropIdentity DropConnector::readIdentity(const QString &dropRoot)
{
    const QString path = QDir(dropRoot).filePath(QStringLiteral("drop.json"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ConnectorError(QStringLiteral("%1 is not a drop: %2 cannot be read (%3)")
                                 .arg(dropRoot, path, file.errorString()));
    QJsonParseError err;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll(), &err).object();
    if (err.error != QJsonParseError::NoError)
        throw ConnectorError(QStringLiteral("%1: not valid JSON (%2)").arg(path, err.errorString()));
    if (o.value(QStringLiteral("format")).toString() != QLatin1String("proofdesk-drop"))
        throw ConnectorError(QStringLiteral("%1: \"format\" must be \"proofdesk-drop\"").arg(path));
    DropIdentity id;
    id.version = o.value(QStringLiteral("version")).toInt(0);
    if (id.version != 1)
        throw ConnectorError(QStringLiteral("%1: drop format version %2 is not supported; this "
                                            "Proofdesk reads version 1")
                                 .arg(path, o.value(QStringLiteral("version")).toVariant().toString()));
    id.source = o.value(QStringLiteral("source")).toString();
    if (id.source.trimmed().isEmpty())
        throw ConnectorError(QStringLiteral("%1: \"source\" is missing").arg(path));
    id.created = o.value(QStringLiteral("created")).toString();
    return id;
}

QString DropConnector::describe() const { return QStringLiteral("drop at %1").arg(m_root); }

QList<DropConnector::DropFile> DropConnector::listFiles() const
{
    // Reference data first, so that records can be checked against it; within a folder,
    // files in byte order of their names (drop-format.md).
    static const QList<QPair<const char *, RecordKind>> folders = {
        {"retention", RecordKind::Retention},         {"templates", RecordKind::Template},
        {"content-blocks", RecordKind::ContentBlock}, {"communications", RecordKind::Communication},
        {"delivery", RecordKind::Delivery}};
    QList<DropFile> files;
    for (const auto &[folder, kind] : folders) {
        const QDir dir(QDir(m_root).filePath(QLatin1String(folder)));
        QFileInfoList entries = dir.entryInfoList({QStringLiteral("*.ndjson")}, QDir::Files);
        std::sort(entries.begin(), entries.end(), [](const QFileInfo &a, const QFileInfo &b) {
            return a.fileName().toUtf8() < b.fileName().toUtf8();
        });
        for (const QFileInfo &info : entries)
            files << DropFile{QLatin1String(folder) + QLatin1Char('/') + info.fileName(), kind,
                              info.size()};
    }
    return files;
}

bool DropConnector::checkReadBytes(const DropFile &file, const DropFilePosition &pos, ChangePage &page)
{
    if (pos.offset == 0 || m_checkedFiles.contains(file.relativePath))
        return true;
    QString problem;
    if (file.size < pos.offset) {
        problem = QStringLiteral("the file shrank from %1 to %2 bytes after it was read; drops "
                                 "only grow, so it was not read again")
                      .arg(pos.offset)
                      .arg(file.size);
    } else {
        QFile f(QDir(m_root).filePath(file.relativePath));
        if (!f.open(QIODevice::ReadOnly))
            throw ConnectorError(QStringLiteral("%1: cannot read %2 (%3)")
                                     .arg(describe(), file.relativePath, f.errorString()));
        const qint64 head = std::min(pos.offset, DropCursor::kProbe);
        const qint64 tail = std::max<qint64>(0, pos.offset - DropCursor::kProbe);
        if (sha256Of(f, 0, head) != pos.headSha || sha256Of(f, tail, pos.offset - tail) != pos.tailSha)
            problem = QStringLiteral("lines already read have changed; drops only grow, so the "
                                     "file was not read again");
    }
    if (problem.isEmpty()) {
        m_checkedFiles.insert(file.relativePath);
        return true;
    }
    if (!m_brokenFiles.contains(file.relativePath)) {
        m_brokenFiles.insert(file.relativePath);
        page.rejected << RejectedRecord{file.relativePath, pos.line, problem};
    }
    return false;
}

ChangePage DropConnector::fetchChanges(const QByteArray &cursorJson)
{
    readIdentity(m_root);
    DropCursor cursor = DropCursor::fromJson(cursorJson);
    ChangePage page;
    int budget = m_options.pageRecords;
    const QList<DropFile> files = listFiles();
    for (const DropFile &file : files)
        page.bytesTotal += file.size;
    bool full = false;
    for (const DropFile &file : files) {
        DropFilePosition pos = cursor.position(file.relativePath);
        if (full || pos.offset == file.size || !checkReadBytes(file, pos, page)) {
            page.bytesRead += std::min(pos.offset, file.size);
            continue;
        }
        full = !readLines(file, pos, page, budget);
        cursor.setPosition(file.relativePath, pos);
        page.bytesRead += pos.offset;
    }
    page.more = full;
    page.nextCursor = cursor.toJson();
    return page;
}

bool DropConnector::readLines(const DropFile &file, DropFilePosition &pos, ChangePage &page, int &budget)
{
    QFile f(QDir(m_root).filePath(file.relativePath));
    if (!f.open(QIODevice::ReadOnly) || !f.seek(pos.offset))
        throw ConnectorError(QStringLiteral("%1: cannot read %2 (%3)")
                                 .arg(describe(), file.relativePath, f.errorString()));
    const qint64 size = f.size();
    constexpr qint64 kBlock = 4 << 20;
    QByteArray buffer; // bytes [bufferStart, bufferStart + buffer.size()) of the file
    qint64 bufferStart = pos.offset;
    while (budget > 0 && pos.offset < size) {
        const qsizetype begin = pos.offset - bufferStart;
        qsizetype nl = buffer.indexOf('\n', begin);
        if (nl < 0 && bufferStart + buffer.size() < size) {
            buffer = buffer.mid(begin) + f.read(kBlock);
            bufferStart = pos.offset;
            continue;
        }
        qint64 next; // offset after this line
        if (nl < 0) {
            // The last line has no newline. Valid JSON is a finished record; anything else is
            // most likely still being written: report it, but leave it for the next import.
            const QByteArray rest = buffer.mid(begin);
            if (!rest.trimmed().isEmpty() && QJsonDocument::fromJson(rest).isNull()) {
                page.rejected << RejectedRecord{file.relativePath, pos.line + 1,
                                                QStringLiteral("incomplete last line (no newline, "
                                                               "not valid JSON); it is read again "
                                                               "on the next import")};
                break;
            }
            nl = buffer.size();
            next = size;
        } else {
            next = bufferStart + nl + 1;
        }
        const QByteArray line = buffer.mid(begin, nl - begin);
        pos.line += 1;
        pos.offset = next;
        if (!line.trimmed().isEmpty()) {
            takeLine(file, line, pos.line, page);
            --budget;
        }
    }
    // Fingerprint the consumed bytes for the next import's check.
    const qint64 head = std::min(pos.offset, DropCursor::kProbe);
    const qint64 tail = std::max<qint64>(0, pos.offset - DropCursor::kProbe);
    pos.headSha = sha256Of(f, 0, head);
    pos.tailSha = sha256Of(f, tail, pos.offset - tail);
    m_checkedFiles.insert(file.relativePath);
    return budget > 0 || pos.offset >= size;
}

void DropConnector::takeLine(const DropFile &file, const QByteArray &line, qint64 lineNo, ChangePage &page)
{
    const auto reject = [&](const QString &reason) {
        page.rejected << RejectedRecord{file.relativePath, lineNo, reason};
    };
    switch (file.kind) {
    case RecordKind::Communication: {
        auto parsed = DropRecordParser::communication(line);
        if (!parsed.record)
            return reject(parsed.reason);
        if (const QString outside = m_renditions.pathOutsideDrop(*parsed.record); !outside.isEmpty())
            return reject(outside); // never read, hashed or copied into the content store
        parsed.record->sourceFile = file.relativePath;
        parsed.record->sourceLine = lineNo;
        m_renditions.check(*parsed.record);
        page.communications << std::move(*parsed.record);
        return;
    }
    case RecordKind::Template: {
        auto parsed = DropRecordParser::templateVersion(line);
        return parsed.record ? void(page.templates << std::move(*parsed.record)) : reject(parsed.reason);
    }
    case RecordKind::ContentBlock: {
        auto parsed = DropRecordParser::contentBlock(line);
        return parsed.record ? void(page.contentBlocks << std::move(*parsed.record)) : reject(parsed.reason);
    }
    case RecordKind::Delivery: {
        auto parsed = DropRecordParser::deliveryEvent(line);
        return parsed.record ? void(page.deliveryEvents << std::move(*parsed.record)) : reject(parsed.reason);
    }
    case RecordKind::Retention: {
        auto parsed = DropRecordParser::retentionClass(line);
        return parsed.record ? void(page.retentionClasses << std::move(*parsed.record)) : reject(parsed.reason);
    }
    }
}

} // namespace proofdesk::sync
