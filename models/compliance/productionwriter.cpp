#include "productionwriter.h"

#include "domain/textfold.h"
#include "loadfile.h"
#include "productionjournal.h"
#include "productionlayout.h"
#include "productionpipeline.h"
#include "records/matterrecords.h"
#include "records/productionnumbers.h"
#include "records/recordserror.h"
#include "util/crashpoint.h"
#include "util/outputfile.h"
#include "util/sha256.h"
#include "util/steptimer.h"
#include "util/timeutil.h"
#include "util/translation.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <mutex>
#include <sqlite3.h>

namespace proofdesk::compliance {

using records::RecordsError;

namespace {

QString tr(const char *text)
{
    return util::translateEither("proofdesk::compliance::ProductionWriter", "proofdesk::compliance", text);
}

QString fileSha256(const QString &path)
{
    QFile file(path);
    Sha256 hash;
    if (!file.open(QIODevice::ReadOnly) || !hash.add(file))
        throw util::OutputFileError(path, file.errorString());
    return QString::fromLatin1(hash.hex());
}

QByteArray manifestLine(const QString &sha256, const QString &path)
{
    return sha256.toLatin1() + "  " + path.toUtf8() + '\n';
}

// Many letters' reads in one read transaction at a time: SQLite takes and drops its locks once a
// batch, not once a statement. Ended before anything writes (a fetch on demand).
class ReadBatch
{
public:
    explicit ReadBatch(cache::Database &db)
        : m_db(db)
    {}
    ~ReadBatch() { end(); }
    ReadBatch(const ReadBatch &) = delete;
    ReadBatch &operator=(const ReadBatch &) = delete;

    void open()
    {
        if (!m_open && sqlite3_get_autocommit(m_db.handle())) {
            m_db.exec("BEGIN");
            m_open = true;
            m_letters = 0;
        }
    }
    void letterDone()
    {
        if (++m_letters >= 256)
            end();
    }
    void end() noexcept
    {
        if (m_open)
            sqlite3_exec(m_db.handle(), "COMMIT", nullptr, nullptr, nullptr); // nothing was written
        m_open = false;
    }

private:
    cache::Database &m_db;
    bool m_open = false;
    int m_letters = 0;
};

// The cache read through its page cache while a production runs, not mapped: a production
// reads each letter's rows once, and the mapped pages counted in its memory (100,000 letters:
// 395 MB at its peak, 256 MB of it the map). The connection's map comes back afterwards.
class UnmappedReads
{
public:
    explicit UnmappedReads(cache::Database &db)
        : m_db(db)
        , m_mapped(db.queryInt("PRAGMA mmap_size"))
    {
        m_db.exec("PRAGMA mmap_size = 0");
    }
    ~UnmappedReads()
    {
        sqlite3_exec(m_db.handle(), QByteArray("PRAGMA mmap_size = " + QByteArray::number(m_mapped)).constData(),
                     nullptr, nullptr, nullptr);
    }
    UnmappedReads(const UnmappedReads &) = delete;
    UnmappedReads &operator=(const UnmappedReads &) = delete;

private:
    cache::Database &m_db;
    qint64 m_mapped;
};

// The fetch asked for a letter whose bytes are not here, the batch of reads ended before it.
FetchMissing endingBatch(const FetchMissing &fetch, ReadBatch &batch)
{
    if (!fetch)
        return FetchMissing();
    return [&fetch, &batch](const QString &id) {
        batch.end(); // a fetch writes the cache
        return fetch(id);
    };
}
} // namespace

namespace {

// Outside the constructor's initializer, where lupdate took std::runtime_error for the context.
QString stoppedMessage(const QString &folder, qint64 done, qint64 total)
{
    return tr("The production was stopped after %1 of %2 letters. %3 holds what was done: the same "
              "command with the same folder finishes it; its numbers stay reserved.")
        .arg(done)
        .arg(total)
        .arg(folder);
}

} // namespace

ProductionStopped::ProductionStopped(const QString &folder, qint64 done, qint64 total)
    : std::runtime_error(stoppedMessage(folder, done, total).toStdString())
{}

struct ProductionWriter::Run
{
    explicit Run(const QString &folder)
        : files(folder)
        , journal(files)
    {}
    ProductionFiles files;
    ProductionJournal journal;
    JournalState state;
    records::ProductionInfo production;
    PartSizes sizes{};
    bool resumed = false;
};

ProductionWriter::ProductionWriter(records::MatterRecords &matters, records::AuditRecords &trail, cache::Database &db,
                                   const cache::ContentStore &store, FetchMissing fetch)
    : m_matters(matters)
    , m_trail(trail)
    , m_db(db)
    , m_store(store)
    , m_fetch(std::move(fetch))
{}

// A new production: its letters chosen and journalled, then its numbers reserved.
void ProductionWriter::begin(Run &run, const ProductionOptions &options)
{
    const auto overview = m_matters.show(options.matter);
    const QList<audit::StateProblem> problems = m_matters.checkState(overview->matter.id);
    if (!problems.isEmpty())
        throw RecordsError(RecordsError::Kind::Refused,
                           tr("Matter %1 is not produced: its records are not what its audit trail says (%2: %3). "
                              "`audit verify` names every such row.")
                               .arg(overview->matter.id, problems.constFirst().object, problems.constFirst().problem));
    JournalHeader header{overview->matter.id, options.tag.trimmed(),
                         records::ProductionNumbers::checkedPrefix(options.prefix, overview->matter.id),
                         m_matters.productionSet(overview->matter.id, options.tag),
                         QUuid::createUuid().toString(QUuid::WithoutBraces)};
    if (header.letters.isEmpty())
        throw RecordsError(
            RecordsError::Kind::Invalid,
            options.tag.trimmed().isEmpty()
                ? tr("Matter %1 has no letters in its review set: nothing to produce.").arg(header.matter)
                : tr("No letter of matter %1 is tagged \"%2\": nothing to produce.")
                      .arg(header.matter, options.tag.trimmed()));
    if (!QDir().mkpath(run.files.root()))
        throw util::OutputFileError(run.files.root(), tr("the folder cannot be made"));
    run.journal.begin(header);
    crashPoint("production-begun"); // tests: journalled, no number reserved yet
    run.state = run.journal.read();
}

void ProductionWriter::addLetter(Run &run, const ProducedLetter &letter, const QString &id)
{
    auto add = [&](ProductionPart part, const QByteArray &bytes) {
        run.files.append(ProductionJournal::partName(part), bytes);
        run.sizes[size_t(part)] += bytes.size();
    };
    if (!letter.exception.isEmpty()) {
        add(ProductionPart::Exceptions, loadfile::csvRow({id, letter.exception}));
        return;
    }
    add(ProductionPart::Dat, loadfile::datRow(letter.row));
    add(ProductionPart::Csv, loadfile::csvRow(letter.row));
    QByteArray manifest;
    for (const auto &[path, sha] : letter.files)
        manifest += manifestLine(sha, path);
    add(ProductionPart::Manifest, manifest);
}

// Each letter's records read here, its files written by the pipeline's writer, numbered there
// in order (a letter whose bytes no longer hash as recorded takes no number), its rows added and
// its step journalled after its files.
void ProductionWriter::produceLetters(Run &run, const Progress &progress, const std::atomic_bool *cancel)
{
    const QStringList &letters = run.state.header.letters;
    ReadBatch batch(m_db);
    ProductionLetter producer(m_db, m_store, m_trail, run.files, run.production, endingBatch(m_fetch, batch));
    {
        const util::StepTimer timer("production.prepare");
        producer.prepare(letters.mid(run.state.done));
    }
    const util::StepTimer timer("production.letters");
    ProductionProgress p{run.state.done, letters.size(), run.state.produced, run.state.done - run.state.produced};
    run.sizes = run.state.sizes;
    std::mutex shownMutex;
    ProductionProgress shown = p;
    ProductionPipeline pipeline([&](GatheredLetter &gathered) {
        const QString number =
            productionlayout::productionNumber(run.production.prefix, run.production.firstNumber + p.produced);
        const ProducedLetter letter = producer.write(p.produced, number, gathered);
        addLetter(run, letter, gathered.commId);
        crashPoint("production-letter-written"); // tests: its files and rows in place, not journalled
        run.journal.finished(p.done, gathered.commId, letter.exception.isEmpty() ? number : QString(), run.sizes);
        crashPoint("production-letter-journalled");
        ++(letter.exception.isEmpty() ? p.produced : p.exceptions);
        ++p.done;
        const std::lock_guard lock(shownMutex);
        shown = p;
    });
    auto snapshot = [&] {
        const std::lock_guard lock(shownMutex);
        return shown;
    };
    for (qint64 i = run.state.done; i < letters.size(); ++i) {
        if (cancel && cancel->load()) {
            pipeline.stop();
            run.journal.flush(); // the same command goes on from the last letter finished
            throw ProductionStopped(run.files.root(), p.done, letters.size());
        }
        batch.open();
        GatheredLetter letter = producer.gather(letters.at(i));
        batch.letterDone();
        if (pipeline.writerBehind())
            ProductionLetter::serializeRecord(letter);
        if (!pipeline.push(std::move(letter)))
            break; // the writer stopped: finish() says why
        if (progress)
            progress(snapshot());
    }
    batch.end();
    pipeline.finish();
    run.journal.flush();
    if (progress)
        progress(p);
    run.state.done = p.done;
    run.state.produced = p.produced;
}

void ProductionWriter::writeFinalFiles(Run &run)
{
    run.files.closeAppended(); // the parts are whole: they are renamed into place
    for (const ProductionPart part : {ProductionPart::Dat, ProductionPart::Csv, ProductionPart::Exceptions}) {
        const QString from = run.files.absolute(ProductionJournal::partName(part));
        if (QFileInfo::exists(from) && !QFile::rename(from, run.files.absolute(ProductionJournal::finalName(part)))) {
            QFile::remove(run.files.absolute(ProductionJournal::finalName(part)));
            if (!QFile::rename(from, run.files.absolute(ProductionJournal::finalName(part))))
                throw util::OutputFileError(from, tr("it cannot be renamed into place"));
        }
    }
    const records::ProductionInfo &p = run.production;
    const auto overview = m_matters.show(p.matter);
    QJsonArray searches;
    for (const records::MatterSearch &s : overview->searches)
        searches.append(QJsonObject{{QStringLiteral("search"), s.seq},
                                    {QStringLiteral("query"), s.query},
                                    {QStringLiteral("ran_at"), formatUtc(s.ranAt)},
                                    {QStringLiteral("total"), s.total}});
    const qint64 documents = run.state.produced;
    const QJsonObject production{
        {QStringLiteral("format"), QLatin1String(productionlayout::kFormat)},
        {QStringLiteral("production"), p.id},
        {QStringLiteral("matter"), p.matter},
        {QStringLiteral("title"), overview->matter.title},
        {QStringLiteral("tag"), p.tag.isEmpty() ? QJsonValue() : QJsonValue(p.tag)},
        {QStringLiteral("searches"), searches},
        {QStringLiteral("prefix"), p.prefix},
        {QStringLiteral("digits"), productionlayout::kDigits},
        {QStringLiteral("first"), documents ? productionlayout::productionNumber(p.prefix, p.firstNumber) : QString()},
        {QStringLiteral("last"),
         documents ? productionlayout::productionNumber(p.prefix, p.firstNumber + documents - 1) : QString()},
        {QStringLiteral("documents"), documents},
        {QStringLiteral("exceptions"), run.state.done - documents},
        {QStringLiteral("created_by"), p.createdBy},
        {QStringLiteral("created_at"), formatUtc(p.createdAt)},
        {QStringLiteral("anchor"),
         QJsonObject{{QStringLiteral("seq"), p.anchorSeq}, {QStringLiteral("hash"), p.anchorHash}}},
    };
    run.files.write(QLatin1String(productionlayout::kProduction),
                    QJsonDocument(production).toJson(QJsonDocument::Indented));
    QByteArray topLevel;
    for (const char *name : {productionlayout::kLoadFileDat, productionlayout::kLoadFileCsv,
                             productionlayout::kExceptions, productionlayout::kProduction})
        topLevel += manifestLine(fileSha256(run.files.absolute(QLatin1String(name))), QLatin1String(name));
    run.files.append(ProductionJournal::partName(ProductionPart::Manifest), topLevel);
    run.files.flushAppended();
    if (!QFile::rename(run.files.absolute(ProductionJournal::partName(ProductionPart::Manifest)),
                       run.files.absolute(QLatin1String(productionlayout::kManifest))))
        throw util::OutputFileError(run.files.absolute(QLatin1String(productionlayout::kManifest)),
                                    tr("it cannot be renamed into place"));
}

ProductionResult ProductionWriter::finish(Run &run)
{
    const QString manifest = run.files.absolute(QLatin1String(productionlayout::kManifest));
    if (!QFileInfo::exists(manifest))
        writeFinalFiles(run);
    crashPoint("production-files-final");
    ProductionResult r;
    r.rootSha256 = fileSha256(manifest);
    run.files.syncAll(); // the folder is whole on disk before the trail says it exists
    const auto recorded = m_matters.findProduction(run.production.id);
    r.production = recorded && recorded->complete()
                       ? *recorded
                       : m_matters.completeProduction(run.production.id, run.state.produced,
                                                      run.state.done - run.state.produced, r.rootSha256);
    crashPoint("production-recorded"); // tests: in the trail, the journal still there
    run.journal.remove();
    r.documents = run.state.produced;
    r.exceptions = run.state.done - run.state.produced;
    if (r.documents > 0) {
        r.first = productionlayout::productionNumber(run.production.prefix, run.production.firstNumber);
        r.last =
            productionlayout::productionNumber(run.production.prefix, run.production.firstNumber + r.documents - 1);
    }
    r.path = run.files.root();
    r.resumed = run.resumed;
    return r;
}

ProductionResult ProductionWriter::produce(const ProductionOptions &options, const Progress &progress,
                                           const std::atomic_bool *cancel)
{
    const util::StepTimer timer("production");
    const UnmappedReads unmapped(m_db);
    Run run(QDir(options.out).absolutePath());
    const QDir folder(run.files.root());
    if (run.journal.exists()) {
        run.state = run.journal.read();
        if (domain::foldCase(run.state.header.matter) != domain::foldCase(options.matter.trimmed()))
            throw RecordsError(RecordsError::Kind::Invalid,
                               tr("%1 holds an unfinished production of matter %2, not of %3: choose another folder.")
                                   .arg(run.files.root(), run.state.header.matter, options.matter.trimmed()));
        run.resumed = true;
        run.journal.cutParts(run.state.sizes);
    } else if (folder.exists()
               && !folder.isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
        throw RecordsError(
            RecordsError::Kind::Invalid,
            tr("%1 is not empty: a production is written into an empty or new folder.").arg(run.files.root()));
    } else {
        begin(run, options);
    }
    if (!run.state.production) {
        records::ProductionRequest request{run.files.root(), run.state.header.prefix, run.state.header.tag,
                                           run.state.header.letters.size(), run.state.header.key};
        const records::ProductionInfo started = m_matters.startProduction(run.state.header.matter, request);
        crashPoint("production-started"); // tests: numbers reserved, not yet in the journal
        run.journal.reserved(started);
        run.state = run.journal.read();
    }
    run.production = *run.state.production;
    produceLetters(run, progress, cancel);
    const util::StepTimer finishing("production.finish");
    return finish(run);
}

} // namespace proofdesk::compliance
