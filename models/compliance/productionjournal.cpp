#include "productionjournal.h"

#include "loadfile.h"
#include "productionlayout.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <stdexcept>
#include <unistd.h>

namespace proofdesk::compliance {

namespace {

// Letters whose lines are written together: four small writes a letter (three parts and the
// journal) were a tenth of a production's system calls, and a kill costs at most these letters
// produced again.
constexpr int kLettersPerWrite = 64;

QByteArray line(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n'; }

QJsonArray sizesJson(const PartSizes &sizes)
{
    QJsonArray a;
    for (const qint64 s : sizes)
        a.append(s);
    return a;
}

PartSizes sizesOf(const QJsonArray &a)
{
    PartSizes sizes{};
    for (int i = 0; i < kProductionParts; ++i)
        sizes[size_t(i)] = a.at(i).toInteger();
    return sizes;
}

[[noreturn]] void notAJournal(const QString &path, const QString &why)
{
    throw std::runtime_error(
        QStringLiteral("%1 is not a production journal this program can resume: %2").arg(path, why).toStdString());
}

} // namespace

ProductionJournal::ProductionJournal(const ProductionFiles &files)
    : m_files(files)
{}

QString ProductionJournal::partName(ProductionPart part) { return QStringLiteral(".part-") + finalName(part); }

QString ProductionJournal::finalName(ProductionPart part)
{
    switch (part) {
    case ProductionPart::Dat:
        return QLatin1String(productionlayout::kLoadFileDat);
    case ProductionPart::Csv:
        return QLatin1String(productionlayout::kLoadFileCsv);
    case ProductionPart::Manifest:
        return QLatin1String(productionlayout::kManifest);
    case ProductionPart::Exceptions:
        return QLatin1String(productionlayout::kExceptions);
    }
    return QString();
}

bool ProductionJournal::exists() const
{
    return QFileInfo::exists(m_files.absolute(QLatin1String(productionlayout::kJournal)));
}

void ProductionJournal::begin(const JournalHeader &header)
{
    m_files.write(partName(ProductionPart::Dat), loadfile::datRow(productionlayout::columns()));
    m_files.write(partName(ProductionPart::Csv), loadfile::csvRow(productionlayout::columns()));
    m_files.write(partName(ProductionPart::Manifest), QByteArray());
    m_files.write(partName(ProductionPart::Exceptions),
                  loadfile::csvRow({QStringLiteral("id"), QStringLiteral("reason")}));
    const QJsonObject o{{QStringLiteral("format"), QStringLiteral("proofdesk-production-journal/1")},
                        {QStringLiteral("matter"), header.matter},
                        {QStringLiteral("tag"), header.tag},
                        {QStringLiteral("prefix"), header.prefix},
                        {QStringLiteral("key"), header.key},
                        {QStringLiteral("sizes"), sizesJson(partSizes())},
                        {QStringLiteral("letters"), QJsonArray::fromStringList(header.letters)}};
    m_files.write(QLatin1String(productionlayout::kJournal), line(o));
}

void ProductionJournal::reserved(const records::ProductionInfo &production)
{
    QJsonObject p = production.toJson();
    p.insert(QStringLiteral("anchor_seq"), production.anchorSeq);
    p.insert(QStringLiteral("anchor_hash"), production.anchorHash);
    flush();
    m_files.append(QLatin1String(productionlayout::kJournal), line({{QStringLiteral("reserved"), p}}));
    m_files.flushAppended();
}

void ProductionJournal::finished(qint64 index, const QString &id, const QString &number, const PartSizes &sizes)
{
    m_unwritten += line({{QStringLiteral("i"), index},
                         {QStringLiteral("id"), id},
                         {QStringLiteral("number"), number.isEmpty() ? QJsonValue() : QJsonValue(number)},
                         {QStringLiteral("sizes"), sizesJson(sizes)}});
    if (++m_unwrittenLetters >= kLettersPerWrite)
        flush();
}

void ProductionJournal::flush()
{
    m_files.flushAppended(); // the parts' bytes first: a line never counts bytes not yet written
    if (m_unwritten.isEmpty())
        return;
    m_files.append(QLatin1String(productionlayout::kJournal), m_unwritten);
    m_files.flushAppended();
    m_unwritten.clear();
    m_unwrittenLetters = 0;
}

JournalState ProductionJournal::read() const
{
    const QString path = m_files.absolute(QLatin1String(productionlayout::kJournal));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        notAJournal(path, file.errorString());
    JournalState state;
    const QJsonObject head = QJsonDocument::fromJson(file.readLine()).object();
    if (head.value(QStringLiteral("format")).toString() != QLatin1String("proofdesk-production-journal/1"))
        notAJournal(path, QStringLiteral("its first line is not a journal's header"));
    state.header = {head.value(QStringLiteral("matter")).toString(),
                    head.value(QStringLiteral("tag")).toString(),
                    head.value(QStringLiteral("prefix")).toString(),
                    {},
                    head.value(QStringLiteral("key")).toString()};
    for (const QJsonValue &v : head.value(QStringLiteral("letters")).toArray())
        state.header.letters << v.toString();
    state.sizes = sizesOf(head.value(QStringLiteral("sizes")).toArray());
    while (!file.atEnd()) {
        const QByteArray text = file.readLine();
        if (!text.endsWith('\n'))
            break; // cut short by a kill: that letter is done again
        const QJsonObject o = QJsonDocument::fromJson(text).object();
        if (o.contains(QStringLiteral("reserved"))) {
            const QJsonObject p = o.value(QStringLiteral("reserved")).toObject();
            state.production = records::ProductionInfo::fromJson(p);
            state.production->anchorSeq = p.value(QStringLiteral("anchor_seq")).toInteger();
            state.production->anchorHash = p.value(QStringLiteral("anchor_hash")).toString();
            continue;
        }
        if (o.value(QStringLiteral("i")).toInteger(-1) != state.done)
            notAJournal(path, QStringLiteral("letter %1 is not the one after %2")
                                  .arg(o.value(QStringLiteral("i")).toInteger())
                                  .arg(state.done));
        ++state.done;
        if (!o.value(QStringLiteral("number")).isNull())
            ++state.produced;
        state.sizes = sizesOf(o.value(QStringLiteral("sizes")).toArray());
    }
    return state;
}

void ProductionJournal::cutParts(const PartSizes &sizes) const
{
    for (int i = 0; i < kProductionParts; ++i) {
        const QString path = m_files.absolute(partName(ProductionPart(i)));
        if (QFileInfo::exists(path) && ::truncate(QFile::encodeName(path).constData(), sizes[size_t(i)]) != 0)
            throw std::runtime_error(
                QStringLiteral("Cannot cut %1 back to where its journal ends").arg(path).toStdString());
    }
}

PartSizes ProductionJournal::partSizes() const
{
    PartSizes sizes{};
    for (int i = 0; i < kProductionParts; ++i)
        sizes[size_t(i)] = QFileInfo(m_files.absolute(partName(ProductionPart(i)))).size();
    return sizes;
}

void ProductionJournal::remove() const { QFile::remove(m_files.absolute(QLatin1String(productionlayout::kJournal))); }

} // namespace proofdesk::compliance
