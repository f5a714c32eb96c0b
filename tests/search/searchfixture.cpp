#include "searchfixture.h"

#include "cache/cachefile.h"
#include "util/timeutil.h"

#include <QStringList>
#include <utility>
#include <vector>

using namespace proofdesk::cache;

namespace {

using Row = std::vector<std::pair<const char *, const char *>>;

// Newest first, which is also the expected order of the blank query: three rows share one
// issued_at and differ in case so that byte order (T-B, T-a, T-c) differs from NOCASE order
// (T-a, T-B, T-c); the others sit on the edges of UTC days, months and years.
// Keys: "issued" (RFC 3339), "repo" (repository name), "body" (the text); every other key
// is a column of communications.
const std::vector<Row> &rows()
{
    // clang-format off
    static const std::vector<Row> all = {
        {{"id", "T-B"}, {"issued", "2026-11-15T12:00:00Z"}, {"type", "notice"},
         {"channel", "mobile"}, {"template_id", "TPL-PUSH"}, {"template_version", "1"},
         {"customer_id", "CUST-2001"}, {"business_unit", "digital"}, {"language", "en"},
         {"fixity", "verified"}, {"status", "delivered"}, {"recipient_name", "Lena Weiß"},
         {"body", "Push reminder: your statement is ready"}},
        {{"id", "T-a"}, {"issued", "2026-11-15T12:00:00Z"}, {"type", "notice"},
         {"channel", "mobile"}, {"template_id", "TPL-PUSH"}, {"template_version", "1"},
         {"customer_id", "CUST-2001"}, {"business_unit", "digital"}, {"language", "en"},
         {"fixity", "verified"}, {"recipient_name", "Lena Weiß"},
         {"body", "Push reminder: payment received"}},
        {{"id", "T-c"}, {"issued", "2026-11-15T12:00:00Z"}, {"type", "notice"},
         {"channel", "mobile"}, {"template_id", "TPL-PUSH"}, {"template_version", "2"},
         {"customer_id", "CUST-2002"}, {"business_unit", "digital"}, {"language", "en"},
         {"fixity", "verified"}, {"status", "failed"}, {"recipient_name", "Kai Berg"},
         {"body", "Push reminder: card expiring"}},
        {{"id", "EXS-2026-10-000200"}, {"issued", "2026-10-31T23:59:59.999Z"},
         {"type", "statement"}, {"channel", "email"}, {"template_id", "TPL-STMT-MONTHLY"},
         {"template_version", "7"}, {"customer_id", "CUST-1006"}, {"business_unit", "Retail"},
         {"batch", "b-200"}, {"campaign", "FALL-2026"}, {"language", "en"}, {"fixity", "verified"},
         {"status", "opened"}, {"recipient_name", "Peter Quinn"},
         {"body", "Statement for October, includes the new fee schedule."}},
        {{"id", "EXS-2026-10-000123"}, {"issued", "2026-10-03T09:12:44Z"}, {"type", "statement"},
         {"channel", "email"}, {"template_id", "TPL-STMT-MONTHLY"}, {"template_version", "7"},
         {"customer_id", "CUST-1001"}, {"account_id", "ACC-501"}, {"workspace_id", "WS-RET-1"},
         {"business_unit", "retail"}, {"batch", "B-100"}, {"campaign", "FALL-2026"},
         {"language", "en"}, {"fixity", "verified"}, {"status", "delivered"},
         {"recipient_name", "María García"},
         {"body", "Your monthly statement for October. Balance due on 2026-10-20."}},
        {{"id", "EXS-2026-10-000124"}, {"issued", "2026-10-03T00:00:00Z"}, {"type", "statement"},
         {"channel", "print"}, {"template_id", "TPL-STMT-MONTHLY"}, {"template_version", "6"},
         {"customer_id", "CUST-1002"}, {"account_id", "ACC-502"}, {"business_unit", "retail"},
         {"batch", "B-100"}, {"language", "de"}, {"fixity", "missing"},
         {"recipient_name", "Jürgen Müller"},
         {"body", "Your monthly statement. Fee change notice enclosed."}},
        {{"id", "EXS-2026-10-000125"}, {"issued", "2026-10-02T23:59:59.999Z"},
         {"type", "claim_letter"}, {"channel", "email"}, {"template_id", "TPL-CLAIM"},
         {"template_version", "2"}, {"customer_id", "CUST-1001"}, {"claim_id", "CLM-88812"},
         {"case_id", "CASE-42"}, {"business_unit", "claims"}, {"language", "es"},
         {"fixity", "failed"}, {"status", "bounced"}, {"recipient_name", "María García"},
         {"body", "We received your claim about water damage at the Müllerstraße flat."}},
        {{"id", "EXS-2026-10-000001"}, {"issued", "2026-10-01T00:00:00Z"},
         {"type", "renewal_letter"}, {"channel", "email"}, {"template_id", "TPL-RENEW"},
         {"template_version", "3"}, {"customer_id", "CUST-1004"}, {"policy_id", "POL-8"},
         {"business_unit", "insurance"}, {"language", "en"}, {"fixity", "verified"},
         {"status", "delivered"}, {"recipient_name", "Zoë Ångström"},
         {"body", "Renewal reminder: your policy renews soon."}},
        {{"id", "EXS-2026-09-000001"}, {"issued", "2026-09-30T23:59:59.999Z"},
         {"type", "renewal_letter"}, {"channel", "print"}, {"template_id", "TPL-RENEW"},
         {"template_version", "3"}, {"customer_id", "CUST-1003"}, {"policy_id", "POL-7"},
         {"business_unit", "insurance"}, {"language", "en"}, {"fixity", "verified"},
         {"status", "returned"}, {"recipient_name", "Sean O'Brien"},
         {"body", "Your policy renewal is due. Premium schedule attached."}},
        {{"id", "EXS-2026-01-000001"}, {"issued", "2026-01-01T00:00:00Z"}, {"type", "notice"},
         {"channel", "sms"}, {"template_id", "TPL-FEE"}, {"template_version", "2"},
         {"customer_id", "CUST-1005"}, {"loan_id", "LN-500"}, {"business_unit", "lending"},
         {"campaign", "Fee Change 2026"}, {"language", "en"}, {"origin", "reissue"},
         {"reissue_of", "EXS-2025-12-000999"}, {"fixity", "verified"}, {"status", "delivered"},
         {"recipient_name", "Ana Núñez"}, {"body", "Fee change notice: reminder."}},
        {{"id", "EXS-2025-12-000999"}, {"issued", "2025-12-31T23:59:59.999Z"}, {"type", "notice"},
         {"channel", "web"}, {"template_id", "TPL-FEE"}, {"template_version", "1"},
         {"customer_id", "CUST-1005"}, {"loan_id", "LN-500"}, {"business_unit", "lending"},
         {"language", "en"}, {"fixity", "failed"}, {"status", "failed"},
         {"recipient_name", "Ana Núñez"},
         {"body", "Regulatory notice: fee change effective January."}},
        {{"id", "ARC-2024-000077"}, {"issued", "2024-06-15T08:00:00Z"}, {"repo", "archive"},
         {"type", "statement"}, {"channel", "print"}, {"template_id", "TPL-STMT-MONTHLY"},
         {"template_version", "5"}, {"customer_id", "CUST-1002"}, {"workspace_id", "WS-RET-1"},
         {"business_unit", "retail"}, {"language", "de"}, {"origin", "regeneration"},
         {"fixity", "missing"}, {"recipient_name", "Jürgen Müller"},
         {"body", "Archived statement for June."}},
    };
    // clang-format on
    return all;
}

// The ids text: the communication id and its business keys, as a sync would index them.
const char *const kIdColumns[] = {"id",       "customer_id", "account_id", "policy_id",
                                  "claim_id", "loan_id",     "case_id",    "workspace_id"};

QString valueOf(const Row &row, const char *key)
{
    for (const auto &[k, v] : row) {
        if (qstrcmp(k, key) == 0)
            return QString::fromUtf8(v);
    }
    return QString();
}

qint64 insertCommunication(Database &db, const Row &row)
{
    QStringList columns{QStringLiteral("repo_id"),          QStringLiteral("issued_at"),
                        QStringLiteral("rendition_path"),   QStringLiteral("media_type"),
                        QStringLiteral("rendition_sha256"), QStringLiteral("rendition_bytes"),
                        QStringLiteral("record_hash")};
    QStringList values;
    for (const auto &[key, value] : row) {
        if (qstrcmp(key, "issued") != 0 && qstrcmp(key, "repo") != 0 && qstrcmp(key, "body") != 0) {
            columns << QString::fromLatin1(key);
            values << QString::fromUtf8(value);
        }
    }
    QStringList marks;
    for (int i = 1; i <= columns.size(); ++i)
        marks << QStringLiteral("?%1").arg(i);
    Statement st = db.prepare(QStringLiteral("INSERT INTO communications(%1) VALUES(%2)")
                                  .arg(columns.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
    const QString repo = valueOf(row, "repo");
    st.bind(2, *proofdesk::parseRfc3339(valueOf(row, "issued")))
        .bind(3, QStringLiteral("objects/x.pdf"))
        .bind(4, QStringLiteral("application/pdf"))
        .bind(5, QStringLiteral("00"))
        .bind(6, 1)
        .bind(7, QStringLiteral("hash"));
    Statement repoId = db.prepare("SELECT id FROM repositories WHERE name = ?1");
    repoId.bind(1, repo.isEmpty() ? QStringLiteral("exstream") : repo);
    st.bind(1, repoId.step() ? repoId.columnInt(0) : qint64(0));
    for (int i = 0; i < values.size(); ++i)
        st.bind(8 + i, values.at(i));
    st.run();
    return db.lastInsertRowId();
}

void insertText(Database &db, qint64 rowid, const Row &row)
{
    QStringList ids;
    for (const char *column : kIdColumns) {
        if (const QString v = valueOf(row, column); !v.isEmpty())
            ids << v;
    }
    const QString body = valueOf(row, "body");
    const QString names = valueOf(row, "recipient_name");
    const QString idText = ids.join(QLatin1Char(' '));
    for (const char *table : {"comm_text", "comm_fts"}) {
        db.prepare(QStringLiteral("INSERT INTO %1(rowid, body, names, ids) VALUES(?1, ?2, ?3, ?4)")
                       .arg(QLatin1String(table)))
            .bind(1, rowid)
            .bind(2, body)
            .bind(3, names)
            .bind(4, idText)
            .run();
    }
}

// Blocks and holds, by communication id.
const char kLinks[] = R"SQL(
INSERT INTO comm_blocks(comm_rowid, block_id, block_version)
  SELECT rowid, 'BLK-FEE-2026', '1' FROM communications WHERE id = 'EXS-2026-10-000123'
  UNION ALL SELECT rowid, 'BLK-LEGAL', '3' FROM communications WHERE id = 'EXS-2026-10-000123'
  UNION ALL SELECT rowid, 'BLK-FEE-2026', '2' FROM communications WHERE id = 'EXS-2026-10-000124'
  UNION ALL SELECT rowid, 'BLK-FEE-2026', '2' FROM communications WHERE id = 'EXS-2026-10-000200'
  UNION ALL SELECT rowid, 'BLK-LEGAL', '2' FROM communications WHERE id = 'EXS-2025-12-000999';
INSERT INTO rec.holds(id, name, matter, reason, created_by, created_at, released_at) VALUES
  ('HOLD-LIT-1', 'Water damage litigation', 'CLM-88812', 'litigation', 'rm', 1, NULL),
  ('HOLD-AUDIT', 'Retail audit', NULL, 'audit', 'rm', 1, NULL),
  ('HOLD-OLD', 'Closed matter', NULL, 'litigation', 'rm', 1, 2);
INSERT INTO rec.hold_items(hold_id, comm_id, added_at, added_by)
  SELECT 'HOLD-LIT-1', id, 1, 'rm' FROM communications WHERE id IN ('EXS-2026-10-000123', 'EXS-2026-10-000125')
  UNION ALL SELECT 'HOLD-AUDIT', id, 1, 'rm' FROM communications WHERE id IN ('EXS-2026-10-000125', 'ARC-2024-000077')
  UNION ALL SELECT 'HOLD-OLD', id, 1, 'rm' FROM communications WHERE id = 'EXS-2025-12-000999';
)SQL";

} // namespace

SearchFixture::SearchFixture()
{
    m_databasePath = CacheFile::prepare(m_folder.path()).databasePath;
    Database db = CacheFile::openWriter(m_databasePath);
    insertAll(db);
}

void SearchFixture::insertAll(Database &db)
{
    Transaction tx(db);
    db.exec("INSERT INTO repositories(name, kind, url) VALUES('exstream', 'drop', '/drop'), "
            "('archive', 'cmis', 'https://archive.example')");
    // Inserted oldest first, so that rowid order is not the expected result order.
    for (auto it = rows().rbegin(); it != rows().rend(); ++it)
        insertText(db, insertCommunication(db, *it), *it);
    db.exec(kLinks);
    tx.commit();
}

Database SearchFixture::openReader() const { return CacheFile::openReader(m_databasePath); }

qint64 SearchFixture::rowidOf(const QString &id) const
{
    Database db = openReader();
    Statement st = db.prepare("SELECT rowid FROM communications WHERE id = ?1");
    st.bind(1, id);
    return st.step() ? st.columnInt(0) : -1;
}
