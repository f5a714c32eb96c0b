#include "teamfold.h"

#include "domain/textfold.h"

#include <QChar>
#include <QList>
#include <algorithm>

namespace proofdesk::team {

namespace {

// Dollar-quoted: no folding code point is a '$' (nor is any ASCII one in these tables).
QString quoted(const QString &text) { return QStringLiteral("$m$") + text + QStringLiteral("$m$"); }

} // namespace

QString foldFunctionSql()
{
    // ASCII's A-Z are folded by lower() first, so every table starts past ASCII.
    const domain::FoldingTable latin1 = domain::foldingTable(0x80, 0xFF);
    const domain::FoldingTable latin = domain::foldingTable(0x80, 0x24F);
    const domain::FoldingTable european = domain::foldingTable(0x80, 0x52F); // Latin, Greek, Cyrillic
    const domain::FoldingTable all = domain::foldingTable(0x80, 0x10FFFF);
    return QStringLiteral(
               "CREATE OR REPLACE FUNCTION proofdesk.fold(p_text text) RETURNS text\n"
               "LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fold$\n"
               "    SELECT CASE\n"
               "        WHEN octet_length(p_text) = length(p_text) THEN lower(p_text COLLATE \"C\")\n"
               "        WHEN p_text !~ '[^\\x01-\\u00ff]' THEN translate(lower(p_text COLLATE \"C\"), %1, %2)\n"
               "        WHEN p_text !~ '[^\\x01-\\u024f]' THEN translate(lower(p_text COLLATE \"C\"), %3, %4)\n"
               "        WHEN p_text !~ '[^\\x01-\\u052f]' THEN translate(lower(p_text COLLATE \"C\"), %5, %6)\n"
               "        WHEN p_text !~ %7 THEN lower(p_text COLLATE \"C\")\n"
               "        ELSE translate(lower(p_text COLLATE \"C\"), %8, %9) END\n"
               "$fold$;\n")
               .arg(quoted(latin1.from), quoted(latin1.to), quoted(latin.from), quoted(latin.to), quoted(european.from),
                    quoted(european.to), quoted(QLatin1Char('[') + all.from + QLatin1Char(']')), quoted(all.from),
                    quoted(all.to))
           + QStringLiteral("COMMENT ON FUNCTION proofdesk.fold(text) IS 'Unicode simple case folding as Qt''s "
                            "QChar::toCaseFolded (Qt %1), made by Proofdesk''s migration 4';\n")
                 .arg(QString::fromLatin1(qVersion()));
}

QString foldByLookupFunctionSql()
{
    const domain::FoldingTable latin1 = domain::foldingTable(0x80, 0xFF);
    const domain::FoldingTable all = domain::foldingTable(0x80, 0x10FFFF);
    // An int4 array indexed by code point (128 up to the last that folds), holding what it folds
    // to or 0: PostgreSQL reads an element of a fixed-width array without NULLs by its offset.
    const QList<uint> from = all.from.toUcs4();
    const QList<uint> to = all.to.toUcs4();
    const uint last = *std::max_element(from.cbegin(), from.cend());
    QList<uint> foldsTo(last - 0x80 + 1, 0);
    for (qsizetype i = from.size() - 1; i >= 0; --i) // translate() takes a character's first entry
        foldsTo[from.at(i) - 0x80] = to.at(i);
    QString table = QStringLiteral("'[128:%1]={").arg(last);
    for (qsizetype i = 0; i < foldsTo.size(); ++i)
        table += (i ? QStringLiteral(",") : QString()) + QString::number(foldsTo.at(i));
    table += QStringLiteral("}'::int4[]");
    return QStringLiteral(
               "CREATE OR REPLACE FUNCTION proofdesk.fold_each(p_text text) RETURNS text\n"
               "LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $each$\n"
               "BEGIN\n"
               "    RETURN array_to_string(ARRAY(\n"
               "        SELECT CASE WHEN octet_length(c) = 1 THEN c\n"
               "                    ELSE coalesce(chr(nullif((%1)[ascii(c)], 0)), c) END\n"
               "        FROM string_to_table(p_text, NULL) WITH ORDINALITY AS t(c, n) ORDER BY n), '');\n"
               "END $each$;\n"
               "CREATE OR REPLACE FUNCTION proofdesk.fold(p_text text) RETURNS text\n"
               "LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fold$\n"
               "    SELECT CASE\n"
               "        WHEN octet_length(p_text) = length(p_text) THEN lower(p_text COLLATE \"C\")\n"
               "        WHEN p_text !~ '[^\\x01-\\u00ff]' THEN translate(lower(p_text COLLATE \"C\"), %2, %3)\n"
               "        WHEN p_text !~ %4 THEN lower(p_text COLLATE \"C\")\n"
               "        ELSE proofdesk.fold_each(lower(p_text COLLATE \"C\")) END\n"
               "$fold$;\n")
               .arg(table, quoted(latin1.from), quoted(latin1.to),
                    quoted(QLatin1Char('[') + all.from + QLatin1Char(']')))
           + QStringLiteral("COMMENT ON FUNCTION proofdesk.fold(text) IS 'Unicode simple case folding as Qt''s "
                            "QChar::toCaseFolded (Qt %1), made by Proofdesk''s migration 10';\n")
                 .arg(QString::fromLatin1(qVersion()));
}

QString simplifiedFunctionSql()
{
    QString space;
    for (char32_t c = 1; c < 0x110000; ++c)
        if (!(c >= 0xD800 && c <= 0xDFFF) && QChar::isSpace(c))
            space += QString::fromUcs4(&c, 1);
    return QStringLiteral(
               "CREATE OR REPLACE FUNCTION proofdesk.simplified(p_text text) RETURNS text\n"
               "LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $simplified$\n"
               "    SELECT btrim(regexp_replace(p_text, $s$[%1]+$s$, ' ', 'g'), ' ')\n"
               "$simplified$;\n"
               "COMMENT ON FUNCTION proofdesk.simplified(text) IS 'QString::simplified() as Qt %2 reads white "
               "space, made by Proofdesk''s migration 5';\n")
        .arg(space, QString::fromLatin1(qVersion()));
}

} // namespace proofdesk::team
