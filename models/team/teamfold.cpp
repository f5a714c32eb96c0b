#include "teamfold.h"

#include "domain/textfold.h"

#include <QChar>

namespace proofdesk::team {

QString foldFunctionSql()
{
    // ASCII's A-Z are folded by lower() first, so every table starts past ASCII.
    const domain::FoldingTable latin1 = domain::foldingTable(0x80, 0xFF);
    const domain::FoldingTable latin = domain::foldingTable(0x80, 0x24F);
    const domain::FoldingTable european = domain::foldingTable(0x80, 0x52F); // Latin, Greek, Cyrillic
    const domain::FoldingTable all = domain::foldingTable(0x80, 0x10FFFF);
    // Dollar-quoted: no folding code point is a '$' (nor is any ASCII one in these tables).
    const auto quoted = [](const QString &text) -> QString {
        return QStringLiteral("$m$") + text + QStringLiteral("$m$");
    };
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
