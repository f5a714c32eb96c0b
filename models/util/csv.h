#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// CSV as spreadsheets read it (RFC 4180: comma separated, CRLF line ends, UTF-8), written
// by the results export and the audit report alike so that both defuse the same way.
namespace proofdesk::util {

// One field. A value starting with = + - @ tab or CR is one a spreadsheet would run as a
// formula (OWASP "CSV injection"): it gets a leading ' and is quoted, so the cell shows the
// text as it was. Other values are quoted only when they hold a comma, quote, CR or LF.
QString csvField(const QString &value);

// One record: the fields through csvField, joined by commas, ended by CRLF, as UTF-8.
QByteArray csvRecord(const QStringList &fields);

} // namespace proofdesk::util
