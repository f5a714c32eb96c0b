#include "rowbitswords.h"

#include "rowbits.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcCache)

namespace proofdesk::cache {

WordRowsAside::WordRowsAside(Database &db, const RowBits &bits, const std::vector<std::string> &words, qint64 maxRowid)
    : m_db(db)
    , m_maxRowid(maxRowid)
{
    for (const std::string &token : words) {
        const qint64 from = bits.coveredUpTo(RowBits::wordKey(token)).value_or(0);
        if (from < maxRowid)
            m_words.push_back({token, from});
    }
    if (m_words.empty() || !db.readsBesideWrites())
        return;
    const QString path = db.path();
    m_rows = std::async(std::launch::async, [path, words = m_words, maxRowid] {
        Database reader(path, Database::Mode::ReadOnly);
        return read(reader, words, maxRowid);
    });
}

// A refresh that stops before write() (damaged stored rows are built again from nothing) still
// waits here for the reading, which uses nothing of this object's but copies.
WordRowsAside::~WordRowsAside() = default;

void WordRowsAside::write(RowBits &bits)
{
    std::vector<RowIdSet> rows;
    if (m_rows.valid()) {
        try {
            rows = m_rows.get();
        } catch (const std::exception &e) {
            qCWarning(lcCache)
                << "the common words' rows were read again on the writer's connection after their own failed:"
                << e.what();
        }
    }
    if (rows.size() != m_words.size())
        rows = read(m_db, m_words, m_maxRowid);
    for (std::size_t i = 0; i < m_words.size(); ++i) {
        const QString key = RowBits::wordKey(m_words[i].token);
        bits.add(key, rows[i]);
        bits.setCover(key, m_maxRowid);
    }
}

std::vector<RowIdSet> WordRowsAside::read(Database &db, const std::vector<Word> &words, qint64 maxRowid)
{
    std::vector<RowIdSet> found;
    Statement st = db.prepare("SELECT count(*) FROM comm_fts WHERE comm_fts MATCH ? "
                              "AND rowid > ? AND rowid <= ? AND rowset_add(?, rowid)");
    for (const Word &word : words) {
        RowIdSet rows = RowIdSet::withCapacity(maxRowid);
        QByteArray phrase = QByteArray::fromStdString(word.token);
        phrase.replace('"', "\"\"");
        st.bind(1, QByteArray('"' + phrase + '"')).bind(2, word.from).bind(3, maxRowid).bindRowSet(4, &rows);
        st.run();
        found.push_back(std::move(rows));
    }
    return found;
}

} // namespace proofdesk::cache
