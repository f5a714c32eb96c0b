#include "rowloader.h"

#include "asyncread.h"
#include "cache/holdsql.h"
#include "search/searchengine.h"
#include "stringpool.h"

#include <QMutex>
#include <QMutexLocker>
#include <QSet>

namespace proofdesk::itemmodels {

namespace {

struct Request
{
    int generation = 0;
    int page = 0;
    QList<qint64> rowIds;
};

QString jsonIntArray(const QList<qint64> &values)
{
    QStringList numbers;
    numbers.reserve(values.size());
    for (const qint64 v : values)
        numbers << QString::number(v);
    return QLatin1Char('[') + numbers.join(QLatin1Char(',')) + QLatin1Char(']');
}

// Which of the rowids are under at least one active hold.
QSet<qint64> heldAmong(cache::Database &db, const QList<qint64> &rowIds)
{
    // Holds live in records.sqlite (rec) by communication id, with scope holds: holdsql.h.
    static const QString sql = QStringLiteral("SELECT c.rowid FROM communications c WHERE c.rowid IN "
                                              "(SELECT value FROM json_each(?1)) AND ")
                               + cache::holdsql::isHeld(QStringLiteral("c"));
    cache::Statement st = db.prepare(sql);
    st.bind(1, jsonIntArray(rowIds));
    QSet<qint64> held;
    while (st.step())
        held.insert(st.columnInt(0));
    return held;
}

} // namespace

struct RowLoader::Shared
{
    QString databasePath;
    QMutex mutex;
    QList<Request> waiting; // newest last
    cache::Database db;     // used on the worker thread only
    StringPool values;      // likewise
};

RowLoader::RowLoader(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
{
    qRegisterMetaType<proofdesk::itemmodels::ResultRows>();
    m_shared->databasePath = databasePath;
    m_thread.setObjectName(QStringLiteral("proofdesk-rows"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

RowLoader::~RowLoader()
{
    clear();
    m_thread.quit();
    m_thread.wait();
}

QList<int> RowLoader::request(int generation, int page, const QList<qint64> &rowIds)
{
    QList<int> dropped;
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->waiting.append(Request{generation, page, rowIds});
        while (m_shared->waiting.size() > kMaxWaiting)
            dropped << m_shared->waiting.takeFirst().page;
    }
    QMetaObject::invokeMethod(
        m_context, [this] { serveNewest(); }, Qt::QueuedConnection);
    return dropped;
}

void RowLoader::clear()
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->waiting.clear();
}

void RowLoader::serveNewest()
{
    Request request;
    {
        QMutexLocker lock(&m_shared->mutex);
        if (m_shared->waiting.isEmpty())
            return;
        request = m_shared->waiting.takeLast();
    }
    try {
        if (!m_shared->db.isOpen())
            m_shared->db = openReaderConnection(m_shared->databasePath);
        const QList<search::SearchHit> hits = search::SearchEngine(m_shared->db).hitsForRowIds(request.rowIds);
        const QSet<qint64> held = heldAmong(m_shared->db, request.rowIds);
        ResultRows rows;
        rows.reserve(hits.size());
        for (search::SearchHit hit : hits) {
            // The columns whose values repeat from row to row: one copy each, not one a row.
            for (QString *value : {&hit.type, &hit.channel, &hit.status, &hit.fixity, &hit.origin, &hit.businessUnit,
                                   &hit.templateId, &hit.templateVersion})
                m_shared->values.intern(*value);
            const bool isHeld = held.contains(hit.rowid);
            rows.append(ResultRow{std::move(hit), isHeld});
        }
        // The loader outlives m_context's queue (its destructor waits for the thread), and a
        // queued call to a destroyed receiver is discarded, so `this` is safe here.
        QMetaObject::invokeMethod(
            this, [this, request, rows] { emit pageLoaded(request.generation, request.page, rows); },
            Qt::QueuedConnection);
    } catch (const std::exception &e) {
        const QString message = QString::fromUtf8(e.what());
        QMetaObject::invokeMethod(
            this, [this, message] { emit failed(message); }, Qt::QueuedConnection);
    }
}

} // namespace proofdesk::itemmodels
