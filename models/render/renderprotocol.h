#pragma once

// What proofdesk-render (app/render) and PdfRenderProcess say to each other over the
// helper's stdin and stdout. Header-only: the helper includes it without linking the models.
//
// Every message, both ways, is one header line "<tag> <n>\n" followed by n payload bytes:
//
//   requests   'O'  the PDF's bytes: open this document (closing the one before)
//              'R'  "page width height": render one page of the open document to that size
//              'F'  UTF-8 text: find it (case-insensitively) on every shown page
//   answers    'D'  "pages shown total\n" then "width height\n" per shown page (points)
//              'I'  "page width height\n" then width * height * 4 bytes (QImage::Format_RGB32)
//              'H'  "page x y width height\n" per hit (points), at most kMaxHits
//              'E'  UTF-8: why the request could not be answered
//
// Lengths first, because a PDF and its text may hold any byte. A document past the bounds
// gets no answer: the process dies (memory, processor time) or is killed (wall clock).

#include <QByteArray>
#include <QList>

namespace proofdesk::render::wire {

constexpr char kOpen = 'O';
constexpr char kRender = 'R';
constexpr char kFind = 'F';
constexpr char kDocument = 'D';
constexpr char kImage = 'I';
constexpr char kHits = 'H';
constexpr char kError = 'E';

// The helper's exit status when an allocation failed under its address-space limit.
constexpr int kOutOfMemoryExit = 3;
// Hits beyond this are not reported: a one-letter search of a long PDF stays small.
constexpr int kMaxHits = 2000;

inline QByteArray message(char tag, const QByteArray &payload)
{
    QByteArray bytes(1, tag);
    bytes.append(' ').append(QByteArray::number(payload.size())).append('\n').append(payload);
    return bytes;
}

// Parses a message at the start of `buffer`: true when it is complete (tag and payload set,
// the message removed from buffer). `malformed` is set when the bytes cannot be a message,
// or announce a payload longer than `maxPayload` (which is then never buffered).
inline bool takeMessage(QByteArray &buffer, qsizetype maxPayload, char *tag, QByteArray *payload, bool *malformed)
{
    *malformed = false;
    const qsizetype newline = buffer.indexOf('\n');
    if (newline < 0) {
        *malformed = buffer.size() > 32;
        return false;
    }
    bool ok = false;
    const qsizetype length = buffer.mid(2, newline - 2).toLongLong(&ok);
    if (newline < 3 || buffer.at(1) != ' ' || !ok || length < 0 || length > maxPayload) {
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

// The numbers of a payload's first line ("3 612 792"); empty when one is not a number.
inline QList<qint64> numbers(const QByteArray &line)
{
    QList<qint64> values;
    for (const QByteArray &word : line.split(' ')) {
        bool ok = false;
        values << word.toLongLong(&ok);
        if (!ok)
            return {};
    }
    return values;
}

} // namespace proofdesk::render::wire
