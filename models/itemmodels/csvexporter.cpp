#include "csvexporter.h"

#include "asyncread.h"
#include "resultsmodel.h"
#include "search/searchengine.h"
#include "util/csv.h"
#include "util/outputfile.h"
#include "util/timeutil.h"

#include <QSaveFile>
#include <QThread>

namespace proofdesk::itemmodels {

namespace {

QStringList hitFields(const search::SearchHit &h)
{
    return {h.id,         formatUtc(h.issuedAt), h.type,       h.channel,
            h.customerId, h.recipientName,       h.status,     h.fixity,
            h.origin,     h.businessUnit,        h.templateId, h.templateVersion};
}

QStringList headerFields()
{
    QStringList titles;
    // The cached rows only (the repositories' are not exported): no Where column.
    for (int c = 0; c < ResultsModel::WhereColumn; ++c)
        titles << ResultsModel::columnTitle(c);
    return titles;
}

} // namespace

CsvExporter::CsvExporter(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
{}

CsvExporter::~CsvExporter()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool CsvExporter::isRunning() const { return m_thread && m_thread->isRunning(); }

void CsvExporter::start(const QList<qint64> &rowIds, const QString &filePath)
{
    if (isRunning())
        return;
    delete m_thread;
    m_cancel = false;
    m_thread = QThread::create([this, rowIds, filePath] { run(rowIds, filePath); });
    m_thread->setObjectName(QStringLiteral("proofdesk-export"));
    m_thread->start();
}

// Worker thread: signals are queued to the exporter's thread; nothing throws out.
void CsvExporter::run(const QList<qint64> &rowIds, const QString &filePath)
{
    try {
        cache::Database db = openReaderConnection(m_databasePath);
        search::SearchEngine engine(db);
        QSaveFile file(filePath);
        if (!file.open(QIODevice::WriteOnly)) {
            emit finished(false, tr("Cannot write %1: %2").arg(filePath, file.errorString()), 0);
            return;
        }
        file.write("\xEF\xBB\xBF"); // a BOM, so that spreadsheets read the names as UTF-8
        file.write(util::csvRecord(headerFields()));
        const qint64 total = rowIds.size();
        qint64 written = 0;
        for (qint64 start = 0; start < total; start += kBatch) {
            if (m_cancel) {
                file.cancelWriting();
                emit finished(false, tr("Export cancelled; no file was written."), 0);
                return;
            }
            for (const auto &hit : engine.hitsForRowIds(rowIds.mid(start, kBatch))) {
                file.write(util::csvRecord(hitFields(hit)));
                ++written;
            }
            emit progress(qMin(total, start + kBatch), total);
        }
        if (QString error; !util::commitWhole(file, &error)) {
            emit finished(false, tr("Cannot write %1: %2").arg(filePath, error), 0);
            return;
        }
        emit finished(true, tr("%n communication(s) exported to %1", nullptr, int(written)).arg(filePath), written);
    } catch (const std::exception &e) {
        emit finished(false, QString::fromUtf8(e.what()), 0);
    }
}

} // namespace proofdesk::itemmodels
