#include "dropconnector.h"

#include "drophotfolder.h"
#include "droprecordparser.h"
#include "dropstorage.h"
#include "util/helperlimits.h"
#include "util/sha256.h"

#include <QFile>
#include <QJsonObject>
#include <algorithm>
#include <utility>

namespace proofdesk::sync {

namespace {

QByteArray sha256Of(QFile &file, qint64 from, qint64 length)
{
    if (!file.seek(from))
        return QByteArray();
    return sha256Hex(file.read(length));
}

// Adds the file's bytes [0, length) to sha; false when fewer could be read.
bool hashPrefix(QFile &file, qint64 length, Sha256 &sha)
{
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (qint64 done = 0; done < length;) {
        const qint64 n = file.read(chunk.data(), std::min<qint64>(chunk.size(), length - done));
        if (n <= 0)
            return false;
        sha.add(QByteArrayView(chunk.constData(), n));
        done += n;
    }
    return true;
}

// A cursor written before the whole-prefix hash: its first and last 4 KiB consumed.
bool legacyProbesMatch(QFile &file, const DropFilePosition &pos)
{
    const qint64 head = std::min(pos.offset, DropCursor::kLegacyProbe);
    const qint64 tail = std::max<qint64>(0, pos.offset - DropCursor::kLegacyProbe);
    return sha256Of(file, 0, head) == pos.legacyHeadSha && sha256Of(file, tail, pos.offset - tail) == pos.legacyTailSha;
}

// True when the byte before `offset` is not a newline; leaves the file at `offset`.
bool endsInsideLine(QFile &file, qint64 offset)
{
    char before = '\n';
    const bool inside = file.seek(offset - 1) && file.getChar(&before) && before != '\n';
    file.seek(offset);
    return inside;
}

// A record file is read this many bytes at a time.
constexpr qint64 kBlock = 4 << 20;

QString tooLongLineReason()
{
    return QStringLiteral("the line is longer than %1 MiB, the limit for one record; it was not read")
        .arg(DropConnector::kMaxLineBytes >> 20);
}

} // namespace

DropConnector::Options DropConnector::Options::fromEnvironment()
{
    Options options;
    constexpr qint64 kMostLines = 1000000;
    options.pageRecords = int(
        std::min(helperlimits::positiveFromEnvironment("PROOFDESK_DROP_PAGE_LINES", options.pageRecords), kMostLines));
    return options;
}

DropConnector::DropConnector(const QString &dropRoot, cache::ContentStore *store, Options options)
    : m_root(dropRoot)
    , m_options(options)
    , m_dir(dropRoot)
    // A drop on local, fixed storage is read in place: its files are checked here, not copied.
    , m_renditions(m_dir, DropStorage::copiesRenditions(dropRoot) ? store : nullptr)
{}

QString DropConnector::describe() const { return QStringLiteral("drop at %1").arg(m_root); }

SendResult DropConnector::send(const OutboxItem &item)
{
    try {
        DropHotFolder(m_root).write(item);
    } catch (const std::exception &e) {
        return {SendResult::Status::Retry, {}, QString::fromUtf8(e.what())};
    }
    return {SendResult::Status::Accepted, {}, {}};
}

namespace {

// A name as its bytes are, with every byte outside printable ASCII as \xNN.
QString escapedName(const QByteArray &name)
{
    QString out;
    for (const char ch : name) {
        const uchar b = uchar(ch);
        if (b >= 0x20 && b < 0x7f && b != '\\')
            out += QLatin1Char(ch);
        else
            out += QStringLiteral("\\x%1").arg(b, 2, 16, QLatin1Char('0'));
    }
    return out;
}

} // namespace

void DropConnector::reportOnce(const QString &path, const QString &reason, ChangePage &page, bool warning)
{
    if (m_reportedNames.contains(path))
        return; // once an import, not once a page
    m_reportedNames.insert(path);
    (warning ? page.warnings : page.rejected) << RejectedRecord{path, 0, reason};
}

void DropConnector::listFolder(const QString &folder, RecordKind kind, QList<DropFile> &files, ChangePage &page)
{
    const DropDir::Listing listing = m_dir.list(folder);
    if (listing.problem == DropOpen::Problem::Missing)
        return; // a drop need not have every kind of record
    if (listing.problem != DropOpen::Problem::None)
        return reportOnce(folder, listing.why + QStringLiteral("; none of its records were read"), page, false);
    QList<QByteArray> names;
    for (const QByteArray &name : listing.names) {
        // Hidden files are none of the drop's (a generator's or a copy tool's file in the
        // making); they were never listed before either.
        if (!name.endsWith(".ndjson") || name.startsWith('.'))
            continue;
        // Drop file names are UTF-8 (drop-format.md): another name would be decoded with
        // U+FFFD, a name no file has, so it is reported with its bytes shown instead.
        if (!QByteArrayView(name).isValidUtf8()) {
            reportOnce(folder + QLatin1Char('/') + escapedName(name),
                       QStringLiteral("the file name is not valid UTF-8 (its bytes are shown as \\xNN); drop file "
                                      "names are UTF-8, so the file was not read. Rename it to import it."),
                       page, true);
            continue;
        }
        names << name;
    }
    std::sort(names.begin(), names.end()); // byte order of the names (drop-format.md)
    for (const QByteArray &name : names) {
        const QString path = folder + QLatin1Char('/') + QString::fromUtf8(name);
        const DropOpen opened = m_dir.open(path);
        if (opened.ok())
            files << DropFile{path, kind, opened.file.size()};
        else if (opened.problem != DropOpen::Problem::Missing) // Missing: gone since listed
            reportOnce(path, opened.why, page, false);
    }
}

QList<DropConnector::DropFile> DropConnector::listFiles(ChangePage &page)
{
    // Reference data first, so that records can be checked against it; within a folder,
    // files in byte order of their names (drop-format.md).
    static const QList<QPair<const char *, RecordKind>> folders = {{"retention", RecordKind::Retention},
                                                                   {"templates", RecordKind::Template},
                                                                   {"content-blocks", RecordKind::ContentBlock},
                                                                   {"communications", RecordKind::Communication},
                                                                   {"delivery", RecordKind::Delivery}};
    QList<DropFile> files;
    for (const auto &[folder, kind] : folders)
        listFolder(QLatin1String(folder), kind, files, page);
    return files;
}

HeldFile DropConnector::openRecordFile(const DropFile &file) const
{
    DropOpen opened = m_dir.open(file.relativePath);
    if (!opened.ok())
        throw ConnectorError(QStringLiteral("%1: cannot read %2 (%3)").arg(describe(), file.relativePath, opened.why));
    return std::move(opened.file);
}

// Why the bytes [0, pos.offset) read before are not what they were, or empty. Hashes them
// (into m_running, for reading on) unless the file is untouched since they were read.
QString DropConnector::changeInReadBytes(const DropFile &file, DropFilePosition &pos)
{
    if (file.size < pos.offset)
        return QStringLiteral("the file shrank from %1 to %2 bytes after it was read; drops only grow, so "
                              "it was not read again")
            .arg(pos.offset)
            .arg(file.size);
    const HeldFile held = openRecordFile(file);
    QFile f;
    f.open(held.fd(), QIODevice::ReadOnly, QFileDevice::DontCloseHandle);
    const FileStamp stamp = FileStamp::of(held.fd()); // before reading: a later write changes it
    if (pos.offset == file.size && pos.stamp.isKnown() && pos.stamp == stamp)
        return QString(); // not written since everything in it was read and hashed
    m_running.erase(file.relativePath);
    RunningHash &running = m_running[file.relativePath];
    const bool legacy = pos.readSha.isEmpty();
    const bool same = (!legacy || legacyProbesMatch(f, pos)) && f.seek(0) && hashPrefix(f, pos.offset, running.sha)
                      && (legacy || running.sha.hexSoFar() == pos.readSha);
    if (!same) {
        m_running.erase(file.relativePath);
        return QStringLiteral("bytes already read (lines 1 to %1) have changed; drops only grow, so the file "
                              "was not read again")
            .arg(pos.line);
    }
    running.offset = pos.offset;
    pos.readSha = running.sha.hexSoFar();
    pos.stamp = stamp.size == pos.offset ? stamp : FileStamp();
    return QString();
}

bool DropConnector::verifyReadBytes(const DropFile &file, DropFilePosition &pos, ChangePage &page)
{
    if (m_brokenFiles.contains(file.relativePath))
        return false;
    if (pos.offset == 0)
        return true;
    if (const auto it = m_running.find(file.relativePath); it != m_running.end() && it->second.offset == pos.offset)
        return true; // verified this session, and read on from there
    const QString problem = changeInReadBytes(file, pos);
    if (problem.isEmpty())
        return true;
    m_brokenFiles.insert(file.relativePath);
    page.rejected << RejectedRecord{file.relativePath, pos.line, problem};
    return false;
}

ChangePage DropConnector::fetchChanges(const QByteArray &cursorJson)
{
    readIdentity(m_dir);
    DropCursor cursor = DropCursor::fromJson(cursorJson);
    ChangePage page;
    int budget = m_options.pageRecords;
    const QList<DropFile> files = listFiles(page);
    for (const DropFile &file : files)
        page.bytesTotal += file.size;
    bool full = false;
    for (const DropFile &file : files) {
        DropFilePosition pos = cursor.position(file.relativePath);
        // Every file is checked, also one with nothing new: an edit that kept its size is
        // still a change (drop-format.md).
        if (full || !verifyReadBytes(file, pos, page)) {
            page.bytesRead += std::min(pos.offset, file.size);
            continue;
        }
        if (pos.offset < file.size)
            full = !readLines(file, pos, page, budget);
        cursor.setPosition(file.relativePath, pos);
        page.bytesRead += pos.offset;
    }
    page.more = full;
    page.nextCursor = cursor.toJson();
    page.storedObjects = m_renditions.takeStored();
    page.notStored = m_renditions.takeNotStored();
    return page;
}

bool DropConnector::readLines(const DropFile &file, DropFilePosition &pos, ChangePage &page, int &budget)
{
    const HeldFile held = openRecordFile(file);
    QFile f;
    if (!f.open(held.fd(), QIODevice::ReadOnly, QFileDevice::DontCloseHandle) || !f.seek(pos.offset))
        throw ConnectorError(
            QStringLiteral("%1: cannot read %2 (%3)").arg(describe(), file.relativePath, f.errorString()));
    const FileStamp stamp = FileStamp::of(held.fd());
    const qint64 size = held.size();
    RunningHash &running = runningHashAt(file, pos.offset);
    scanLines(f, size, file, pos, page, budget, running);
    // What the next import checks: the hash of every byte consumed, and while the file keeps
    // its stamp (written no more since it was opened here), that it need not be read at all.
    running.offset = pos.offset;
    pos.readSha = running.sha.hexSoFar();
    pos.stamp = stamp.size == pos.offset ? stamp : FileStamp();
    return budget > 0 || pos.offset >= size;
}

DropConnector::RunningHash &DropConnector::runningHashAt(const DropFile &file, qint64 offset)
{
    // verifyReadBytes left the hash of the bytes before the offset; a file read from its start
    // begins a new one.
    if (const auto it = m_running.find(file.relativePath); it != m_running.end() && it->second.offset != offset)
        m_running.erase(it);
    if (offset > 0 && m_running.find(file.relativePath) == m_running.end())
        throw ConnectorError(QStringLiteral("%1: %2 was to be read on from byte %3 without checking the bytes "
                                            "before it")
                                 .arg(describe(), file.relativePath)
                                 .arg(offset));
    return m_running[file.relativePath];
}

void DropConnector::scanLines(QFile &f, qint64 size, const DropFile &file, DropFilePosition &pos, ChangePage &page,
                              int &budget, RunningHash &running)
{
    // A cursor may end inside a line: one refused as too long (below), or one an older
    // reader took before its newline was written. The bytes up to that newline end a line
    // already counted, not a new one.
    bool finishesReadLine = pos.offset > 0 && endsInsideLine(f, pos.offset);
    QByteArray buffer; // bytes [bufferStart, bufferStart + buffer.size()) of the file
    qint64 bufferStart = pos.offset;
    // Consumes (hashes and moves past) the buffered bytes [begin, end).
    const auto consume = [&](qsizetype begin, qsizetype end) {
        running.sha.add(QByteArrayView(buffer.constData() + begin, end - begin));
        pos.offset = bufferStart + end;
    };
    while (budget > 0 && pos.offset < size) {
        const qsizetype begin = pos.offset - bufferStart;
        qsizetype nl = buffer.indexOf('\n', begin);
        // The rest of a line taken or refused before is passed over as it comes, never held.
        if (nl < 0 && finishesReadLine && begin < buffer.size()) {
            consume(begin, buffer.size());
            continue;
        }
        // A line past the bound is refused where the bound is met, and the cursor is left
        // inside it: the rest is passed over as the rest of a line already counted (here, or
        // by the next import if its newline is still to come). Memory stays bounded by
        // kMaxLineBytes + kBlock whatever the file holds.
        if (!finishesReadLine && (nl < 0 ? buffer.size() : nl) - begin > kMaxLineBytes) {
            pos.line += 1;
            page.rejected << RejectedRecord{file.relativePath, pos.line, tooLongLineReason()};
            --budget;
            consume(begin, nl < 0 ? buffer.size() : nl + 1);
            finishesReadLine = nl < 0;
            continue;
        }
        if (nl < 0 && bufferStart + buffer.size() < size) {
            const QByteArray more = f.read(kBlock);
            if (more.isEmpty())
                break; // it shrank while read: the next import reports that
            buffer = buffer.mid(begin) + more;
            bufferStart = pos.offset;
            continue;
        }
        // A last line without its newline is not finished (the generator may be writing it,
        // and even valid JSON may be a line whose newline is still to come): it is neither
        // read nor rejected, and the next import reads it once the newline is there. So the
        // cursor ends after a newline (or inside a line refused as too long), and line
        // numbers stay those of physical lines.
        if (nl < 0)
            break;
        const QByteArray line = buffer.mid(begin, nl - begin);
        consume(begin, nl + 1);
        if (std::exchange(finishesReadLine, false))
            continue;
        pos.line += 1;
        if (!line.trimmed().isEmpty()) {
            takeLine(file, line, pos.line, page);
            --budget;
        }
    }
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
        parsed.record->sourceFile = file.relativePath;
        parsed.record->sourceLine = lineNo;
        const RenditionChecker::Result checked = m_renditions.check(*parsed.record);
        if (!checked.rejected.isEmpty())
            return reject(checked.rejected); // never read, hashed or copied into the content store
        for (const QString &warning : checked.warnings)
            page.warnings << RejectedRecord{file.relativePath, lineNo, warning};
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
