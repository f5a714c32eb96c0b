// A cache that an earlier version of Proofdesk left, at each schema version, brought up to date
// by the migrations (cache/migrations.cpp) with what it held kept or rebuilt as each says.
#include "cache/bulkload.h"
#include "cache/cachefile.h"
#include "cache/migrations.h"
#include "tempdatafolder.h"

#include <QTest>

using namespace proofdesk::cache;

class TestCacheMigrations : public QObject
{
    Q_OBJECT

private slots:
    void aCacheOfSchema5GainsTheIndexesResultsSortBy();
    void rejectedLinesOfAnEarlierSchemaAreKeptOncePerLine();
    void aCacheOfSchema10GainsEmptyStoredRows();
    void aCacheOfSchema11DropsItsStoredRowsForRowsWithDigests();
    void aCacheOfSchema16KeepsItsStoredRowsAndTakesOffsets();
    void aCacheSampledUnderAnOlderRuleIsSampledAgain_data();
    void aCacheSampledUnderAnOlderRuleIsSampledAgain();
    void aCacheOfSchema11ForgetsVerdictsAnotherSourceLent();
    void aCacheOfSchema9GainsTheMonthAggregateOfItsRows();
    void aCacheOfSchema11ComparesValuesFolded();
};

namespace {
// A cache built by the migrations up to `version` only, as that version of Proofdesk left it.
Database cacheAtSchema(const TempDataFolder &data, int version)
{
    Database db = CacheFile::openWriter(CacheFile::databasePath(data.path()));
    CacheFile::schemaVersion(db); // creates meta
    for (const Migration &m : migrations()) {
        if (m.version > version)
            continue;
        db.exec(m.sql);
        if (m.code)
            m.code(db);
    }
    db.prepare("INSERT INTO meta(key, value) VALUES('schema_version', ?1)").bind(1, QString::number(version)).run();
    return db;
}

// The migrations after the cache's version up to `version` only: what a later one drops is seen
// before it does (migration 23 drops the stored rows that 17 to 19 keep).
void migrateThrough(Database &db, int version)
{
    const int from = CacheFile::schemaVersion(db);
    for (const Migration &m : migrations()) {
        if (m.version <= from || m.version > version)
            continue;
        db.exec(m.sql);
        if (m.code)
            m.code(db);
    }
    db.prepare("UPDATE meta SET value = ?1 WHERE key = 'schema_version'").bind(1, QString::number(version)).run();
}
} // namespace

// Migration 6: an ascending index per sortable column, the customer's with the issue date
// in place of the old one, and an interrupted bulk load does not bring the old one back.
void TestCacheMigrations::aCacheOfSchema5GainsTheIndexesResultsSortBy()
{
    TempDataFolder data;
    Database db = cacheAtSchema(data, 5);
    db.exec("INSERT INTO meta(key, value) VALUES('deferred_index.comm_customer', "
            "'CREATE INDEX comm_customer ON communications(customer_id)')");
    QCOMPARE(db.queryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'comm_customer'"), 1);
    CacheFile::migrate(db);
    QCOMPARE(CacheFile::schemaVersion(db), migrations().back().version);
    QCOMPARE(db.queryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'comm_customer'"), 0);
    QCOMPARE(db.queryInt("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name IN "
                         "('comm_type_sort', 'comm_channel_sort', 'comm_status_sort', 'comm_customer_sort')"),
             4);
    QCOMPARE(db.queryInt("SELECT count(*) FROM meta WHERE key = 'deferred_index.comm_customer'"), 0);
}

// Migration 10 (issue #30): a cache of schema 9 with communications gains the month aggregate
// counted from them, and its triggers keep it from then on.
void TestCacheMigrations::aCacheOfSchema9GainsTheMonthAggregateOfItsRows()
{
    TempDataFolder data;
    Database db = cacheAtSchema(data, 9);
    db.exec("INSERT INTO repositories(id, name, kind, url) VALUES(1, 'r', 'drop', '/x')");
    const char *insert =
        "INSERT INTO communications(id, repo_id, type, issued_at, channel, template_id, template_version, "
        "rendition_path, media_type, rendition_sha256, rendition_bytes, recipient_name, customer_id, "
        "business_unit, record_hash) VALUES(?1, 1, ?2, ?3, 'email', 't', '1', 'p', 'application/pdf', "
        "'00', 1, 'n', 'c', ?4, 'h')";
    const struct
    {
        const char *id, *type;
        qint64 at;
        const char *unit;
    } rows[] = {
        {"A", "statement", 1767225600000, "retail"}, // 2026-01-01T00:00Z
        {"B", "Statement", 1769903999999, "RETAIL"}, // 2026-01-31T23:59:59.999Z
        {"C", "statement", 1769904000000, nullptr},  // 2026-02-01T00:00Z
        {"D", "invoice", -1, nullptr},               // 1969-12-31T23:59:59.999Z
    };
    for (const auto &row : rows) {
        Statement st = db.prepare(insert);
        st.bind(1, QString::fromLatin1(row.id)).bind(2, QString::fromLatin1(row.type)).bind(3, row.at);
        if (row.unit)
            st.bind(4, QString::fromLatin1(row.unit));
        st.run();
    }
    CacheFile::migrate(db);
    QCOMPARE(CacheFile::schemaVersion(db), migrations().back().version);
    QCOMPARE(db.queryText(
                 "SELECT group_concat(issued_at || ' ' || lower(type) || ' ' || coalesce(lower(business_unit), '-') "
                 "|| ' ' || n, '; ') FROM (SELECT * FROM agg_comm_month ORDER BY issued_at, type)"),
             QStringLiteral("-2678400000 invoice - 1; 1767225600000 statement retail 2; 1769904000000 statement - 1"));
    db.exec("DELETE FROM communications WHERE id = 'B'");
    QCOMPARE(db.queryInt("SELECT n FROM agg_comm_month WHERE issued_at = 1767225600000"), 1);
}

// Migration 11 (issue #30): a cache of schema 10 gains the stored rows' tables, empty (the
// next sync fills them), and its communications keep their rowids and text.
void TestCacheMigrations::aCacheOfSchema10GainsEmptyStoredRows()
{
    TempDataFolder data;
    Database db = cacheAtSchema(data, 10);
    db.exec("INSERT INTO repositories(id, name, kind, url) VALUES(1, 'r', 'drop', '/x')");
    db.exec("INSERT INTO communications(rowid, id, repo_id, type, issued_at, channel, template_id, template_version, "
            "rendition_path, media_type, rendition_sha256, rendition_bytes, recipient_name, customer_id, record_hash) "
            "VALUES(7, 'A', 1, 'letter', 1, 'email', 't', '1', 'p', 'application/pdf', '00', 1, 'n', 'c', 'h')");
    db.exec("INSERT INTO comm_text(rowid, body, names, ids) VALUES(7, 'balance', '', 'A')");
    CacheFile::migrate(db);
    QCOMPARE(CacheFile::schemaVersion(db), migrations().back().version); // through 11 and those after it
    QCOMPARE(db.queryInt("SELECT count(*) FROM rowbits") + db.queryInt("SELECT count(*) FROM rowbits_cover"),
             qint64(0));
    QCOMPARE(db.queryInt("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'rowbits%'"),
             qint64(7));
    QCOMPARE(db.queryText("SELECT body FROM comm_text WHERE rowid = 7"), QStringLiteral("balance"));
}

// Migration 15 (issue #44): stored rows without digests are dropped (the next sync builds them
// again with theirs), and the digest is read before a chunk's bits.
void TestCacheMigrations::aCacheOfSchema11DropsItsStoredRowsForRowsWithDigests()
{
    TempDataFolder data;
    Database db = cacheAtSchema(data, 11);
    db.exec("INSERT INTO rowbits_cover(key, upto) VALUES('word:balance', 7)");
    db.exec("INSERT INTO rowbits(key, chunk, n, bits) VALUES('word:balance', 0, 1, zeroblob(8192))");
    CacheFile::migrate(db);
    QCOMPARE(CacheFile::schemaVersion(db), migrations().back().version);
    QCOMPARE(db.queryInt("SELECT count(*) FROM rowbits") + db.queryInt("SELECT count(*) FROM rowbits_cover"),
             qint64(0));
    QCOMPARE(db.queryText("SELECT group_concat(name, ' ') FROM pragma_table_info('rowbits')"),
             QStringLiteral("key chunk n digest bits"));
    QCOMPARE(db.queryInt("SELECT count(*) FROM pragma_table_info('rowbits_cover') WHERE name = 'digest'"), qint64(1));
    QCOMPARE(db.queryInt("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'rowbits%'"),
             qint64(7));
}

// Migration 17 (issue #43): a chunk of fewer than 4,096 rows may be stored as its rows' 16-bit
// offsets; the chunks of 8 KB stored before are kept as they are, and nothing else passes. The
// words are sampled again.
void TestCacheMigrations::aCacheOfSchema16KeepsItsStoredRowsAndTakesOffsets()
{
    TempDataFolder data;
    Database db = cacheAtSchema(data, 16);
    db.exec("INSERT INTO rowbits_cover(key, upto, digest) VALUES('word:balance', 7, 1), ('sampled:words', 7, 3)");
    db.exec("INSERT INTO rowbits(key, chunk, n, digest, bits) VALUES('word:balance', 0, 1, 2, zeroblob(8192))");
    migrateThrough(db, 22);
    QCOMPARE(db.queryText("PRAGMA integrity_check"), QStringLiteral("ok")); // its definition edited in place
    QCOMPARE(db.queryText("SELECT key || ' ' || chunk || ' ' || n || ' ' || digest || ' ' || length(bits) FROM "
                          "rowbits"),
             QStringLiteral("word:balance 0 1 2 8192"));
    // The sample is taken again by the next refresh: every pair of the words kept is kept now.
    QCOMPARE(db.queryText("SELECT group_concat(key) FROM rowbits_cover"), QStringLiteral("word:balance"));
    db.exec("INSERT INTO rowbits(key, chunk, n, digest, bits) VALUES('word:fee', 0, 2, 3, x'07000900')");
    db.exec("INSERT INTO rowbits(key, chunk, n, digest, bits) VALUES('word:fee', 1, 0, 3, x'')");
    for (const char *wrong : {"INSERT INTO rowbits(key, chunk, n, digest, bits) VALUES('word:a', 0, 3, 3, x'07000900')",
                              "INSERT INTO rowbits(key, chunk, n, digest, bits) VALUES('word:b', 0, 4096, 3, "
                              "zeroblob(8190))",
                              "INSERT INTO rowbits(key, chunk, n, digest, bits) VALUES('word:c', 0, 4200, 3, "
                              "zeroblob(8400))"}) {
        QVERIFY_THROWS_EXCEPTION(SqliteError, db.exec(wrong));
    }
    QCOMPARE(db.queryInt("SELECT count(*) FROM rowbits"), qint64(3));
    QCOMPARE(db.queryText("SELECT group_concat(name, ' ') FROM pragma_table_info('rowbits')"),
             QStringLiteral("key chunk n digest bits"));
}

void TestCacheMigrations::aCacheSampledUnderAnOlderRuleIsSampledAgain_data()
{
    QTest::addColumn<int>("schema");
    QTest::newRow("schema 17: phrases of three whose pairs meet often (migration 18)") << 17;
    QTest::newRow("schema 18: a larger sample, a lower threshold (migration 19)") << 18;
}

// Migrations 18 and 19 (issue #43): the next refresh samples the words again (to keep the
// phrases of three whose pairs meet often, by the rule of the day); what is stored stays.
void TestCacheMigrations::aCacheSampledUnderAnOlderRuleIsSampledAgain()
{
    QFETCH(int, schema);
    TempDataFolder data;
    Database db = cacheAtSchema(data, schema);
    db.exec("INSERT INTO rowbits_cover(key, upto, digest) VALUES('word:balance', 7, 1), ('sampled:words', 7, 3)");
    db.exec("INSERT INTO rowbits(key, chunk, n, digest, bits) VALUES('word:balance', 0, 1, 2, x'0500')");
    migrateThrough(db, 22);
    QCOMPARE(db.queryText("SELECT group_concat(key || ' ' || upto) FROM rowbits_cover"),
             QStringLiteral("word:balance 7"));
    QCOMPARE(db.queryText("SELECT key || ' ' || n || ' ' || hex(bits) FROM rowbits"),
             QStringLiteral("word:balance 1 0500"));
    // Migration 23 (issue #62): stored rows without a count of their keys' chunks and rows are
    // dropped, for the next sync to build again with one.
    CacheFile::migrate(db);
    QCOMPARE(CacheFile::schemaVersion(db), migrations().back().version);
    QCOMPARE(db.queryInt("SELECT (SELECT count(*) FROM rowbits) + (SELECT count(*) FROM rowbits_cover)"), qint64(0));
    QCOMPARE(db.queryInt("SELECT count(*) FROM rowbits_keys"), qint64(0));
}

// Migration 16 (issue #40): a network repository's document counted verified on bytes another
// source (another record, a drop) had put in the store under the hash it claimed goes back to
// missing, with its record hash changed so that the next sync writes a new verdict; a verdict
// on a hash no other source names, and a drop's, stand.
void TestCacheMigrations::aCacheOfSchema11ForgetsVerdictsAnotherSourceLent()
{
    TempDataFolder data;
    Database db = cacheAtSchema(data, 11);
    db.exec(
        "INSERT INTO repositories(id, name, kind, url) VALUES(1, 'cm', 'cmis', 'https://x'), (2, 'd', 'drop', '/x')");
    const QString shared(64, QLatin1Char('a')), own(64, QLatin1Char('b'));
    Statement insert = db.prepare(
        "INSERT INTO communications(id, repo_id, type, issued_at, channel, template_id, template_version, "
        "rendition_path, "
        "media_type, rendition_sha256, rendition_bytes, recipient_name, customer_id, record_hash, fixity, "
        "content_sha256) "
        "VALUES(?1, ?2, 'letter', 1, 'email', 't', '1', ?3, 'application/pdf', ?4, 1, 'n', 'c', 'h', 'verified', ?4)");
    for (const auto &[id, repo, path, sha] : {std::tuple{"A", 1, "objA", shared}, std::tuple{"B", 1, "objB", shared},
                                              std::tuple{"C", 1, "objC", own}, std::tuple{"D", 2, "d.pdf", shared}}) {
        insert.reset();
        insert.bind(1, QLatin1String(id)).bind(2, repo).bind(3, QLatin1String(path)).bind(4, sha).run();
    }
    CacheFile::migrate(db);
    QCOMPARE(CacheFile::schemaVersion(db), migrations().back().version);
    const auto state = [&db](const char *id) {
        Statement st = db.prepare("SELECT fixity || ':' || coalesce(content_sha256, '') || ':' || record_hash FROM "
                                  "communications WHERE id = ?1");
        st.bind(1, QLatin1String(id));
        return st.step() ? st.columnText(0) : QString();
    };
    QCOMPARE(state("A"), QStringLiteral("missing::h-lent"));
    QCOMPARE(state("B"), QStringLiteral("missing::h-lent"));
    QCOMPARE(state("C"), QStringLiteral("verified:%1:h").arg(own));
    QCOMPARE(state("D"), QStringLiteral("verified:%1:h").arg(shared)); // a drop's own file
}

// Migration 7 (issue #17): a cache whose import_errors holds a line twice (two imports at
// once) or the old reader's "incomplete last line" rows keeps each rejected line once, and
// rejected lines are unique from then on.
void TestCacheMigrations::rejectedLinesOfAnEarlierSchemaAreKeptOncePerLine()
{
    TempDataFolder data;
    const QString path = CacheFile::prepare(data.path()).databasePath;
    {
        // The cache as schema 6 left it.
        Database db = CacheFile::openWriter(path);
        db.exec("DROP TABLE rowbits_keys"); // migration 23
        for (const char *trigger :
             {"event_seal_insert", "event_seal_update", "text_seal_insert", "text_seal_update"}) // migration 22
            db.exec(QString(QLatin1String("DROP TRIGGER ") + QLatin1String(trigger)));
        db.exec("ALTER TABLE delivery_events DROP COLUMN row_seal");
        db.exec("ALTER TABLE comm_text DROP COLUMN row_seal");
        for (const char *trigger :
             {"tally_repository_insert", "tally_comm_insert", "tally_comm_delete", "tally_comm_move",
              "tally_event_insert", "tally_event_delete", "tally_event_move"}) // migration 21
            db.exec(QString(QLatin1String("DROP TRIGGER ") + QLatin1String(trigger)));
        db.exec("DROP TABLE row_tally");
        db.exec("DROP TRIGGER comm_seal_insert"); // migration 20
        db.exec("DROP TRIGGER comm_seal_update");
        db.exec("ALTER TABLE communications DROP COLUMN row_seal");
        db.exec("DROP TABLE trail_staged");                         // migration 14
        db.exec("ALTER TABLE repositories DROP COLUMN scope_read"); // migration 13
        db.exec("DROP TABLE rowbits");                              // migration 11, with its triggers
        db.exec("DROP TABLE rowbits_cover");
        for (const char *trigger :
             {"rowbits_text_insert", "rowbits_text_update", "rowbits_text_delete", "rowbits_comm_insert",
              "rowbits_comm_delete", "rowbits_comm_issued", "rowbits_comm_values"})
            db.exec(QString(QLatin1String("DROP TRIGGER ") + QLatin1String(trigger)));
        db.exec("DROP TABLE agg_comm_month"); // migration 10, with its index and triggers
        for (const char *trigger : {"agg_comm_month_insert", "agg_comm_month_delete", "agg_comm_month_update"})
            db.exec(QString(QLatin1String("DROP TRIGGER ") + QLatin1String(trigger)));
        db.exec("DROP TABLE doc_objects"); // migration 8
        db.exec("DROP TABLE doc_pins");
        db.exec("DROP INDEX import_errors_open");
        db.exec("DROP INDEX import_errors_line");
        db.exec("ALTER TABLE import_errors DROP COLUMN run_open");
        db.exec("UPDATE meta SET value = '6' WHERE key = 'schema_version'");
        db.exec("INSERT INTO repositories(id, name, kind, url) VALUES(1, 'r', 'drop', '/x')");
        db.exec("INSERT INTO import_errors(repo_id, at, file, line, reason) VALUES"
                "(1, 1, 'communications/a.ndjson', 3, 'not valid JSON'),"
                "(1, 2, 'communications/a.ndjson', 3, 'not valid JSON'),"
                "(1, 3, 'communications/a.ndjson', 4, 'incomplete last line (no newline, not valid JSON); it is read "
                "again on the next import'),"
                "(1, 4, 'communications/a.ndjson', 5, 'missing required field \"id\"')");
    }
    const CacheOpenReport report = CacheFile::prepare(data.path());
    QVERIFY(!report.rebuilt);
    QCOMPARE(report.schemaVersion, migrations().back().version);
    Database db = CacheFile::openWriter(path);
    QCOMPARE(db.queryInt("SELECT count(*) FROM import_errors"), 2);
    QCOMPARE(db.queryInt("SELECT min(at) FROM import_errors WHERE line = 3"), 1); // the first time it was met
    QVERIFY_THROWS_EXCEPTION(SqliteError, db.exec("INSERT INTO import_errors(repo_id, at, file, line, reason) "
                                                  "VALUES(1, 5, 'communications/a.ndjson', 3, 'not valid JSON')"));
}

// Migration 12 (issue #38): every column a field compares is COLLATE fold (Unicode folding,
// as the scope and the team server fold), not NOCASE (ASCII letters only); its indexes are
// rebuilt, the aggregates counted again with the units NOCASE told apart as one, an
// interrupted bulk load's saved index definitions follow, and of two ids equal once folded
// only the first stays (a UNIQUE id).
void TestCacheMigrations::aCacheOfSchema11ComparesValuesFolded()
{
    TempDataFolder data;
    Database db = cacheAtSchema(data, 11);
    db.exec("INSERT INTO repositories(id, name, kind, url) VALUES(1, 'r', 'drop', '/x')");
    const char *rows[][2] = {{"A", "Épargne"},    {"B", "ÉPARGNE"},    {"C", "épargne"}, {"D", "Epargne"},
                             {"été-1", "Crédit"}, {"ÉTÉ-1", "Crédit"}, {"S1", "CRÉDIT"}, {"\u017f1", "Crédit"}};
    qint64 rowid = 0;
    for (const auto &[id, unit] : rows)
        db.prepare("INSERT INTO communications(rowid, id, repo_id, type, issued_at, channel, template_id, "
                   "template_version, rendition_path, media_type, rendition_sha256, rendition_bytes, recipient_name, "
                   "customer_id, record_hash, business_unit) VALUES(?1, ?2, 1, 'letter', 1767225600000, 'email', 't', "
                   "'1', 'p', 'application/pdf', '00', 1, 'n', 'c', 'h', ?3)")
            .bind(1, ++rowid)
            .bind(2, QString::fromUtf8(id))
            .bind(3, QString::fromUtf8(unit))
            .run();
    db.exec("INSERT INTO meta(key, value) VALUES('deferred_index.comm_x', "
            "'CREATE INDEX comm_x ON communications(batch COLLATE NOCASE)')");
    QCOMPARE(db.queryInt("SELECT count(*) FROM communications WHERE business_unit = 'épargne'"), 1); // NOCASE
    CacheFile::migrate(db);
    QCOMPARE(CacheFile::schemaVersion(db), migrations().back().version);
    QCOMPARE(db.queryText("PRAGMA integrity_check"), QStringLiteral("ok"));
    QCOMPARE(db.queryInt("SELECT count(*) FROM sqlite_schema WHERE sql LIKE '%NOCASE%'"), 0);
    QCOMPARE(db.queryInt("SELECT count(*) FROM communications WHERE business_unit = 'épargne'"), 3);
    QCOMPARE(db.queryText("SELECT group_concat(id, ' ') FROM (SELECT id FROM communications ORDER BY rowid)"),
             QStringLiteral("A B C D été-1 S1"));
    QCOMPARE(db.queryInt("SELECT count(*) FROM communications WHERE id = 'ÉTÉ-1'"), 1);
    QCOMPARE(db.queryText("SELECT group_concat(n, ' ') FROM (SELECT n FROM agg_comm_month ORDER BY n)"),
             QStringLiteral("1 2 3"));
    QCOMPARE(db.queryText("SELECT value FROM meta WHERE key = 'deferred_index.comm_x'"),
             QStringLiteral("CREATE INDEX comm_x ON communications(batch COLLATE fold)"));
}

QTEST_GUILESS_MAIN(TestCacheMigrations)
#include "tst_cachemigrations.moc"
