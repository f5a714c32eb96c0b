#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace proofdesk::compliance {

// The rows of a production's load file in the two forms it is given in (spec/cli.md):
// Concordance DAT and RFC 4180 CSV, both UTF-8, one row a document after one header row,
// each row ended by CR LF.
namespace loadfile {

// DAT: each field between þ (U+00FE), fields separated by U+0014, a line break inside a
// field written as ® (U+00AE). The format has no escape: a þ, ® or U+0014 inside a value is
// written as U+FFFD (the CSV and the document's metadata keep the value exactly).
QByteArray datRow(const QStringList &fields);
// A value as its DAT field says it (datRow's mapping), for comparing the DAT with the CSV.
QString datValue(const QString &value);
// One DAT line (without its CR LF) as its fields; nullopt when it is not a row of this form.
std::optional<QStringList> parseDatRow(const QByteArray &line);

// CSV: every field quoted, a quote inside doubled.
QByteArray csvRow(const QStringList &fields);
// Reads CSV rows one at a time from bytes (a whole file): rows end at CR LF or LF outside
// quotes. `error` says what is wrong and at which row when the text is not CSV.
class CsvReader
{
public:
    explicit CsvReader(QByteArray text);
    // The next row; nullopt at the end or on an error (error() then says it).
    std::optional<QStringList> next();
    const QString &error() const { return m_error; }
    qint64 row() const { return m_row; }

private:
    QByteArray m_text;
    qsizetype m_pos = 0;
    qint64 m_row = 0;
    QString m_error;
};

} // namespace loadfile

} // namespace proofdesk::compliance
