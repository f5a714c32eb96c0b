#pragma once

// PDFs for tests, built byte by byte: a small valid one with text, and the hostile ones of
// issue #17 (a page tree that contains itself; a page whose content stream inflates to
// hundreds of megabytes of text operators). Header-only; a test that uses it links
// ZLIB::ZLIB (the flate stream is deflated in chunks, never held inflated in memory).

#include <QByteArray>
#include <QList>
#include <zlib.h>

namespace hostilepdf {

// A PDF of the given objects (object i + 1 is objects[i]), with a correct xref table.
inline QByteArray document(const QList<QByteArray> &objects)
{
    QByteArray out("%PDF-1.4\n");
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets << out.size();
        out +=
            QByteArray::number(i + 1) + QByteArrayLiteral(" 0 obj\n") + objects.at(i) + QByteArrayLiteral("\nendobj\n");
    }
    const qsizetype xref = out.size();
    out += QByteArrayLiteral("xref\n0 ") + QByteArray::number(objects.size() + 1)
           + QByteArrayLiteral("\n0000000000 65535 f \n");
    for (qsizetype offset : offsets)
        out += QByteArray::number(offset).rightJustified(10, '0') + QByteArrayLiteral(" 00000 n \n");
    out += QByteArrayLiteral("trailer\n<< /Size ") + QByteArray::number(objects.size() + 1)
           + QByteArrayLiteral(" /Root 1 0 R >>\nstartxref\n") + QByteArray::number(xref)
           + QByteArrayLiteral("\n%%EOF\n");
    return out;
}

inline QByteArray stream(const QByteArray &dictionaryEntries, const QByteArray &bytes)
{
    return QByteArrayLiteral("<< /Length ") + QByteArray::number(bytes.size()) + dictionaryEntries
           + QByteArrayLiteral(" >>\nstream\n") + bytes + QByteArrayLiteral("\nendstream");
}

// One page showing `text` in Helvetica (a standard font: nothing embedded), with `content`
// as the page's content stream object.
inline QByteArray onePage(const QByteArray &contentObject)
{
    return document({"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                     "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                     "/Resources << /Font << /F1 5 0 R >> >> >>",
                     contentObject, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"});
}

inline QByteArray withText(const QByteArray &text)
{
    return onePage(
        stream(QByteArray(), QByteArrayLiteral("BT /F1 12 Tf 72 720 Td (") + text + QByteArrayLiteral(") Tj ET")));
}

// The page tree's only kid is the page tree itself: PDFium walks it forever.
inline QByteArray selfReferencingPageTree()
{
    return document({"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [2 0 R] /Count 1 >>"});
}

// A content stream of text operators that inflates to `megabytes` MB (deflated to about
// 1/400 of that): PDFium keeps every one of them as a text object.
inline QByteArray inflatingTo(int megabytes)
{
    const QByteArray op("BT /F1 1 Tf 0 0 Td (a) Tj ET\n");
    QByteArray chunk;
    while (chunk.size() < (1 << 20))
        chunk += op;
    z_stream z{};
    deflateInit(&z, 9);
    QByteArray deflated;
    char out[1 << 16];
    const qsizetype total = qsizetype(megabytes) << 20;
    for (qsizetype fed = 0; fed < total; fed += chunk.size()) {
        z.next_in = reinterpret_cast<Bytef *>(chunk.data());
        z.avail_in = uInt(chunk.size());
        const int flush = fed + chunk.size() >= total ? Z_FINISH : Z_NO_FLUSH;
        do {
            z.next_out = reinterpret_cast<Bytef *>(out);
            z.avail_out = sizeof out;
            deflate(&z, flush);
            deflated.append(out, qsizetype(sizeof out - z.avail_out));
        } while (z.avail_out == 0);
    }
    deflateEnd(&z);
    return onePage(stream(QByteArrayLiteral(" /Filter /FlateDecode"), deflated));
}

} // namespace hostilepdf
