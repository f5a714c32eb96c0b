#include "pdfpadding.h"

#include <QRegularExpression>
#include <algorithm>

namespace {

QByteArray captured(const QByteArray &text, const char *pattern)
{
    const QRegularExpressionMatch m = QRegularExpression(QLatin1String(pattern)).match(QLatin1String(text));
    return m.hasMatch() ? m.captured(1).toLatin1() : QByteArray();
}

QByteArray filler(const QByteArray &label, qsizetype length)
{
    QByteArray bytes = label + '\n';
    for (int n = 0; bytes.size() < length; ++n)
        bytes += label + " filler " + QByteArray::number(n) + '\n';
    bytes.truncate(std::max(length, label.size() + 1));
    return bytes;
}

} // namespace

QByteArray padPdf(const QByteArray &pdf, const QByteArray &label, qsizetype totalBytes)
{
    // The last trailer and cross-reference offset: those of the newest revision.
    const qsizetype trailerAt = pdf.lastIndexOf("trailer");
    if (trailerAt < 0)
        return {};
    const QByteArray tail = pdf.mid(trailerAt);
    const QByteArray size = captured(tail, R"(/Size\s+(\d+))");
    const QByteArray root = captured(tail, R"(/Root\s+(\d+\s+\d+\s+R))");
    const QByteArray info = captured(tail, R"(/Info\s+(\d+\s+\d+\s+R))");
    const QByteArray previous = captured(tail, R"(startxref\s+(\d+))");
    if (size.isEmpty() || root.isEmpty() || previous.isEmpty())
        return {};
    const qint64 object = size.toLongLong(); // the first number the file does not use

    QByteArray start = pdf;
    if (!start.endsWith('\n'))
        start += '\n';
    const auto withStream = [&](qsizetype streamBytes) {
        const QByteArray stream = filler(label, streamBytes);
        QByteArray out = start;
        out += QByteArray::number(object) + " 0 obj\n<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n"
               + stream + "\nendstream\nendobj\n";
        const qsizetype xrefAt = out.size();
        // An entry is exactly 20 bytes: offset, generation, "n", space and newline.
        out += "xref\n" + QByteArray::number(object) + " 1\n" + QByteArray::number(start.size()).rightJustified(10, '0')
               + " 00000 n \n";
        out += "trailer\n<< /Size " + QByteArray::number(object + 1) + " /Root " + root
               + (info.isEmpty() ? QByteArray() : " /Info " + info) + " /Prev " + previous + " >>\nstartxref\n"
               + QByteArray::number(xrefAt) + "\n%%EOF\n";
        return out;
    };
    // Once with a stream of about the right length, to learn what the update takes besides
    // it, then with the stream that fills the rest. (Should a length written into the update
    // gain a digit between the two, the file is a byte or two off.)
    const qsizetype guess = std::max<qsizetype>(0, totalBytes - start.size());
    const qsizetype update = withStream(guess).size() - start.size() - filler(label, guess).size();
    return withStream(totalBytes - start.size() - update);
}
