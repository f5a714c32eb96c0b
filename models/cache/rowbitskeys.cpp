#include "rowbitskeys.h"

#include "rowbits.h"
#include "rowbitsdigest.h"
#include "sqlite.h"

namespace proofdesk::cache::rowbitskeys {

namespace {

Totals counted(const Database &db, const QString &key)
{
    Statement st = db.prepareCached("SELECT count(*), coalesce(sum(n), 0) FROM rowbits WHERE key = ?1");
    st.bind(1, key);
    st.step();
    return {st.columnInt(0), st.columnInt(1)};
}

} // namespace

void record(Database &db, const QString &key)
{
    const Totals totals = counted(db, key);
    db.prepareCached("INSERT OR REPLACE INTO rowbits_keys(key, chunks, n, digest) VALUES(?1, ?2, ?3, ?4)")
        .bind(1, key)
        .bind(2, totals.chunks)
        .bind(3, totals.rows)
        .bind(4, rowbitsdigest::ofTotals(key, totals.chunks, totals.rows))
        .run();
}

void expect(const Database &db, const QString &key, const Totals &read)
{
    Statement st = db.prepareCached("SELECT chunks, n, digest FROM rowbits_keys WHERE key = ?1");
    st.bind(1, key);
    Totals kept;
    if (st.step()) {
        kept = {st.columnInt(0), st.columnInt(1)};
        if (rowbitsdigest::ofTotals(key, kept.chunks, kept.rows) != st.columnInt(2))
            throw StoredRowsDamaged(QStringLiteral("a stored key's count of chunks and rows is not the one written"));
    }
    if (!(kept == read))
        throw StoredRowsDamaged(QStringLiteral("a stored key has %1 chunks of %2 rows where %3 of %4 were written")
                                    .arg(read.chunks)
                                    .arg(read.rows)
                                    .arg(kept.chunks)
                                    .arg(kept.rows));
}

void expectStored(const Database &db, const QString &key) { expect(db, key, counted(db, key)); }

Totals underCover(const Database &db, const QString &coverKey)
{
    // A family's keys all begin with its cover's key, which ends in ':' (';' is the character after
    // it); any other cover is its own key's.
    Statement st;
    if (coverKey.endsWith(QLatin1Char(':'))) {
        st = db.prepareCached("SELECT count(*), coalesce(sum(n), 0) FROM rowbits_keys WHERE key >= ?1 AND key < ?2");
        st.bind(1, coverKey).bind(2, coverKey.chopped(1) + QLatin1Char(';'));
    } else {
        st = db.prepareCached("SELECT count(*), coalesce(sum(n), 0) FROM rowbits_keys WHERE key = ?1");
        st.bind(1, coverKey);
    }
    st.step();
    return {st.columnInt(0), st.columnInt(1)};
}

void dropUnstored(Database &db)
{
    db.exec("DELETE FROM rowbits_keys WHERE NOT EXISTS (SELECT 1 FROM rowbits WHERE rowbits.key = rowbits_keys.key)");
}

} // namespace proofdesk::cache::rowbitskeys
