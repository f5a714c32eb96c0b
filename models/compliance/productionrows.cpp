#include "productionrows.h"

#include "audit/canonicaljson.h"
#include "loadfile.h"
#include "productionlayout.h"
#include "util/sha256.h"
#include "util/translation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace proofdesk::compliance {

namespace {

QString tr(const char *text)
{
    return util::translateEither("proofdesk::compliance::ProductionRows", "proofdesk::compliance", text);
}

constexpr int kMostProblems = 500;

// A row's fields as the DAT gives them, hashed: a DAT row and a CSV row say the same when
// these agree.
QByteArray rowDigest(const QStringList &fields, bool fromCsv)
{
    QByteArray joined;
    for (const QString &f : fields)
        joined += QByteArray((fromCsv ? loadfile::datValue(f) : f).toUtf8() + '\x1f');
    return sha256Hex(joined);
}

// The fields the metadata of a document says, for the columns a row repeats of it.
QString recordField(const QJsonObject &communication, const QString &column)
{
    if (column == QLatin1String("CUSTOMER"))
        return communication.value(QStringLiteral("customer_id")).toString();
    if (column == QLatin1String("TEMPLATE"))
        return communication.value(QStringLiteral("template")).toObject().value(QStringLiteral("id")).toString();
    if (column == QLatin1String("TEMPLATE_VERSION"))
        return communication.value(QStringLiteral("template")).toObject().value(QStringLiteral("version")).toString();
    if (column == QLatin1String("DELIVERY_STATUS"))
        return communication.value(QStringLiteral("status")).toString();
    if (column == QLatin1String("ISSUED"))
        return communication.value(QStringLiteral("issued_at")).toString();
    return communication.value(column.toLower()).toString(); // TYPE, CHANNEL
}

} // namespace

ProductionRows::ProductionRows(QString folder, const QHash<QString, QString> &manifest, const QJsonObject &production,
                               ProductionCheck &check)
    : m_folder(std::move(folder))
    , m_manifest(manifest)
    , m_production(production)
    , m_check(check)
    , m_anchorSeq(production.value(QStringLiteral("anchor")).toObject().value(QStringLiteral("seq")).toInteger())
{}

void ProductionRows::problem(const QString &path, const QString &what)
{
    m_check.ok = false;
    if (m_check.problems.size() < kMostProblems)
        m_check.problems << ProductionProblem{path, what};
}

QString ProductionRows::field(const QStringList &fields, const char *column) const
{
    return fields.value(m_columns.value(QLatin1String(column), -1));
}

void ProductionRows::checkNumber(qint64 row, const QString &number)
{
    const QString prefix = m_production.value(QStringLiteral("prefix")).toString();
    const QString dat = QLatin1String(productionlayout::kLoadFileDat);
    bool ok = number.startsWith(prefix) && number.size() == prefix.size() + productionlayout::kDigits;
    const qint64 n = ok ? number.mid(prefix.size()).toLongLong(&ok) : 0;
    if (!ok) {
        problem(dat, tr("row %1: \"%2\" is not a production number of this production").arg(row).arg(number));
        return;
    }
    if (n != m_expected)
        problem(dat, n < m_expected ? tr("row %1: %2 comes again or out of order (%3 was expected): a row was "
                                         "repeated or the rows reordered")
                                          .arg(row)
                                          .arg(number, productionlayout::productionNumber(prefix, m_expected))
                                    : tr("row %1: %2 where %3 was expected: the numbers have a gap (a row was removed)")
                                          .arg(row)
                                          .arg(number, productionlayout::productionNumber(prefix, m_expected)));
    m_expected = qMax(m_expected, n) + 1;
}

void ProductionRows::checkDat()
{
    const QString dat = QLatin1String(productionlayout::kLoadFileDat);
    QFile file(m_folder + QLatin1Char('/') + dat);
    if (!file.open(QIODevice::ReadOnly)) {
        problem(dat, tr("the load file cannot be read: %1").arg(file.errorString()));
        return;
    }
    const auto header = loadfile::parseDatRow(file.readLine().chopped(2));
    if (!header || header->size() < 13 || header->mid(0, 13) != productionlayout::columns().mid(0, 13)) {
        problem(dat, tr("its first row is not the header of a production's load file"));
        return;
    }
    for (int i = 0; i < header->size(); ++i)
        m_columns.insert(header->at(i), i);
    const QString first = m_production.value(QStringLiteral("first")).toString();
    m_expected = first.mid(m_production.value(QStringLiteral("prefix")).toString().size()).toLongLong();
    qint64 row = 1;
    while (!file.atEnd()) {
        ++row;
        const QByteArray line = file.readLine();
        const auto fields = line.endsWith("\r\n") ? loadfile::parseDatRow(line.chopped(2)) : std::nullopt;
        if (!fields || fields->size() != header->size()) {
            problem(dat, tr("row %1 is not a row of %2 fields between þ and U+0014").arg(row).arg(header->size()));
            m_datRows << QByteArray();
            continue;
        }
        m_datRows << rowDigest(*fields, false);
        checkRow(row, *fields);
    }
    m_check.documents = row - 1;
    const QString last = m_production.value(QStringLiteral("last")).toString();
    if (m_check.documents > 0
        && last
               != productionlayout::productionNumber(m_production.value(QStringLiteral("prefix")).toString(),
                                                     m_expected - 1))
        problem(dat, tr("its last number is not %1, the last production.json names").arg(last));
    if (m_check.documents != m_production.value(QStringLiteral("documents")).toInteger())
        problem(dat, tr("it has %1 rows where production.json says %2 documents")
                         .arg(m_check.documents)
                         .arg(m_production.value(QStringLiteral("documents")).toInteger()));
}

void ProductionRows::checkRow(qint64 row, const QStringList &fields)
{
    const QString dat = QLatin1String(productionlayout::kLoadFileDat);
    checkNumber(row, field(fields, "BEGDOC"));
    if (field(fields, "ENDDOC") != field(fields, "BEGDOC"))
        problem(dat, tr("row %1: ENDDOC %2 is not its BEGDOC %3 (one number a document)")
                         .arg(row)
                         .arg(field(fields, "ENDDOC"), field(fields, "BEGDOC")));
    for (const auto &[pathColumn, shaColumn] :
         {std::pair{"NATIVE_PATH", "NATIVE_SHA256"}, std::pair{"TEXT_PATH", "TEXT_SHA256"},
          std::pair{"METADATA_PATH", "METADATA_SHA256"}}) {
        const QString path = field(fields, pathColumn);
        if (!m_manifest.contains(path))
            problem(
                dat,
                tr("row %1: its %2 %3 is not a file of the manifest").arg(row).arg(QLatin1String(pathColumn), path));
        else if (m_manifest.value(path) != field(fields, shaColumn))
            problem(dat, tr("row %1: its %2 is not the SHA-256 the manifest gives %3: the row was edited")
                             .arg(row)
                             .arg(QLatin1String(shaColumn), path));
    }
    QFile metadata(m_folder + QLatin1Char('/') + field(fields, "METADATA_PATH"));
    if (metadata.open(QIODevice::ReadOnly))
        checkMetadata(row, fields, QJsonDocument::fromJson(metadata.readAll()).object());
}

void ProductionRows::checkMetadata(qint64 row, const QStringList &fields, const QJsonObject &metadata)
{
    const QString dat = QLatin1String(productionlayout::kLoadFileDat);
    const QString path = field(fields, "METADATA_PATH");
    if (metadata.value(QStringLiteral("id")).toString() != field(fields, "DOCID")
        || metadata.value(QStringLiteral("production_number")).toString() != field(fields, "BEGDOC")) {
        problem(dat, tr("row %1: DOCID %2 numbered %3 is not the document its metadata %4 describes")
                         .arg(row)
                         .arg(field(fields, "DOCID"), field(fields, "BEGDOC"), path));
        return;
    }
    const QJsonObject communication =
        metadata.value(QStringLiteral("record")).toObject().value(QStringLiteral("communication")).toObject();
    for (const char *column :
         {"CUSTOMER", "TYPE", "CHANNEL", "ISSUED", "TEMPLATE", "TEMPLATE_VERSION", "DELIVERY_STATUS"}) {
        const QString expected = loadfile::datValue(recordField(communication, QLatin1String(column)));
        if (field(fields, column) != expected)
            problem(dat, tr("row %1: its %2 \"%3\" is not the letter's \"%4\" (%5): the row was edited")
                             .arg(row)
                             .arg(QLatin1String(column), field(fields, column), expected, path));
    }
    checkAudit(path, metadata.value(QStringLiteral("audit")).toArray());
}

void ProductionRows::checkAudit(const QString &path, const QJsonArray &entries)
{
    QJsonObject previous;
    for (const QJsonValue &v : entries) {
        QJsonObject entry = v.toObject();
        const QString hash = entry.take(QStringLiteral("hash")).toString();
        const QString prev = entry.take(QStringLiteral("prev_hash")).toString();
        entry.remove(QStringLiteral("reason_text")); // the reader's words, not hashed
        const QByteArray computed = sha256Hex(QByteArray(prev.toLatin1() + audit::canonicalJson(entry)));
        const qint64 seq = entry.value(QStringLiteral("seq")).toInteger();
        ++m_check.entries;
        if (QString::fromLatin1(computed) != hash)
            problem(path, tr("audit entry %1 does not hash to its recorded hash: it was changed").arg(seq));
        else if (seq >= m_anchorSeq)
            problem(path, tr("audit entry %1 is not older than the production's anchor %2").arg(seq).arg(m_anchorSeq));
        else if (!previous.isEmpty() && previous.value(QStringLiteral("seq")).toInteger() + 1 == seq
                 && previous.value(QStringLiteral("hash")).toString() != prev)
            problem(path, tr("audit entry %1 does not follow entry %2 in the chain").arg(seq).arg(seq - 1));
        previous = {{QStringLiteral("seq"), seq}, {QStringLiteral("hash"), hash}};
    }
}

void ProductionRows::checkCsv()
{
    const QString csv = QLatin1String(productionlayout::kLoadFileCsv);
    QFile file(m_folder + QLatin1Char('/') + csv);
    if (!file.open(QIODevice::ReadOnly)) {
        problem(csv, tr("the CSV load file cannot be read: %1").arg(file.errorString()));
        return;
    }
    loadfile::CsvReader reader(file.readAll());
    const auto header = reader.next();
    if (!header || header->size() != m_columns.size() || header->mid(0, 13) != productionlayout::columns().mid(0, 13))
        problem(csv, tr("its first row is not the header of the DAT load file"));
    qint64 row = 0;
    while (const auto fields = reader.next()) {
        ++row;
        if (row > m_datRows.size() || rowDigest(*fields, true) != m_datRows.at(row - 1))
            problem(csv, tr("row %1 is not row %1 of the DAT load file").arg(row + 1));
    }
    if (!reader.error().isEmpty())
        problem(csv, reader.error());
    if (row != m_datRows.size())
        problem(csv, tr("it has %1 rows where the DAT load file has %2").arg(row).arg(m_datRows.size()));
}

void ProductionRows::checkExceptions()
{
    const QString name = QLatin1String(productionlayout::kExceptions);
    QFile file(m_folder + QLatin1Char('/') + name);
    if (!file.open(QIODevice::ReadOnly)) {
        problem(name, tr("the exceptions file cannot be read: %1").arg(file.errorString()));
        return;
    }
    loadfile::CsvReader reader(file.readAll());
    const auto header = reader.next();
    if (!header || *header != QStringList{QStringLiteral("id"), QStringLiteral("reason")})
        problem(name, tr("its first row is not id,reason"));
    qint64 rows = 0;
    while (const auto fields = reader.next()) {
        ++rows;
        if (fields->size() != 2 || fields->at(0).isEmpty() || fields->at(1).isEmpty())
            problem(name, tr("row %1 does not name a letter and why it was not produced").arg(rows + 1));
    }
    if (rows != m_production.value(QStringLiteral("exceptions")).toInteger())
        problem(name, tr("it names %1 letters where production.json counts %2 exceptions")
                          .arg(rows)
                          .arg(m_production.value(QStringLiteral("exceptions")).toInteger()));
}

} // namespace proofdesk::compliance
