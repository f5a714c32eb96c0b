#pragma once

// What proofdesk-pdftext (app/pdftext) and PdfTextProcess say to each other over the
// helper's stdin and stdout. Header-only: the helper includes it without linking the models.
//
//   request:  "<n>\n" then n bytes, the PDF's path (QFile::encodeName)
//   answer:   "T <n>\n" then n bytes of UTF-8 text, pages joined by "\n"
//          or "E <n>\n" then n bytes of UTF-8: why QtPdf could not read the file
//
// Lengths first, because a drop's path or a PDF's text may hold any byte, newlines included.
// A PDF past the bounds gets no answer: the process dies (memory, CPU) or is killed (time).

#include <QByteArray>

namespace proofdesk::sync::pdftext {

constexpr char kText = 'T';
constexpr char kUnreadable = 'E';
// The helper's exit status when an allocation failed under its address-space limit.
constexpr int kOutOfMemoryExit = 3;

inline QByteArray request(const QByteArray &path)
{
    QByteArray bytes = QByteArray::number(path.size());
    bytes.append('\n').append(path);
    return bytes;
}

inline QByteArray answer(char tag, const QByteArray &payload)
{
    QByteArray bytes(1, tag);
    bytes.append(' ').append(QByteArray::number(payload.size())).append('\n').append(payload);
    return bytes;
}

// Parses an answer at the start of `buffer`: true when it is complete (tag and payload set,
// the answer removed from buffer). `malformed` is set when the bytes cannot be an answer.
inline bool takeAnswer(QByteArray &buffer, char *tag, QByteArray *payload, bool *malformed)
{
    *malformed = false;
    const qsizetype newline = buffer.indexOf('\n');
    if (newline < 0) {
        *malformed = buffer.size() > 32;
        return false;
    }
    bool ok = false;
    const qsizetype length = buffer.mid(2, newline - 2).toLongLong(&ok);
    if (newline < 3 || buffer.at(1) != ' ' || (buffer.at(0) != kText && buffer.at(0) != kUnreadable) || !ok
        || length < 0) {
        *malformed = true;
        return false;
    }
    if (buffer.size() - newline - 1 < length)
        return false;
    *tag = buffer.at(0);
    *payload = buffer.mid(newline + 1, length);
    buffer.remove(0, newline + 1 + length);
    return true;
}

} // namespace proofdesk::sync::pdftext
