// libFuzzer: the evidence package's zip (models/compliance/evidencezip.h) written in memory
// and read back with QuaZip: the document (named from a fuzzed rendition path as
// exportEvidence names it) and the package's fixed files come back with the same names and
// bytes, SHA256SUMS last and listing every other file, and the document's name is a plain
// file name that cannot overwrite one of the fixed files.
#include "compliance/evidencezip.h"

#include <QBuffer>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fuzzer/FuzzedDataProvider.h>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using namespace proofdesk::compliance;

namespace {

using Files = QList<QPair<QString, QByteArray>>;

[[noreturn]] void failed(const char *what, const QString &name = QString())
{
    std::fprintf(stderr, "%s %s\n", what, qUtf8Printable(name));
    std::abort();
}

void checkDocumentName(const QString &name)
{
    static const QStringList fixed{QStringLiteral("record.json"), QStringLiteral("report.pdf"),
                                   QStringLiteral("audit.json"), QStringLiteral("SHA256SUMS")};
    if (name.isEmpty() || fixed.contains(name) || name == QLatin1String(".") || name == QLatin1String("..")
        || name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')))
        failed("unsafe document name:", name);
}

// Every entry of the zip, in order, with its bytes.
Files readZip(QByteArray bytes)
{
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip))
        failed("the zip written cannot be opened");
    Files entries;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly))
            failed("an entry cannot be opened:", zip.getCurrentFileName());
        entries << qMakePair(file.getActualFileName(), file.readAll());
        file.close();
        if (file.getZipError() != 0)
            failed("an entry does not read back whole (CRC):", zip.getCurrentFileName());
    }
    return entries;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider input(data, size);
    const QString renditionPath = QString::fromStdString(input.ConsumeRandomLengthString(200));
    const QString name = evidenceDocumentName(
        QJsonObject{{QStringLiteral("rendition"), QJsonObject{{QStringLiteral("path"), renditionPath}}}});
    checkDocumentName(name);
    const qint64 at =
        input.ConsumeIntegralInRange<qint64>(315532800000LL, 4102444800000LL); // 1980–2100: zip's DOS time
    Files files;
    files << qMakePair(name, QByteArray::fromStdString(input.ConsumeRandomLengthString(4096)))
          << qMakePair(QStringLiteral("record.json"), QByteArray::fromStdString(input.ConsumeRandomLengthString(1024)))
          << qMakePair(QStringLiteral("report.pdf"), QByteArray::fromStdString(input.ConsumeRandomLengthString(1024)))
          << qMakePair(QStringLiteral("audit.json"), QByteArray::fromStdString(input.ConsumeRemainingBytesAsString()));
    const Files back = readZip(buildEvidenceZip(QStringLiteral("fuzz.zip"), files, at));
    if (back != files + Files{qMakePair(QStringLiteral("SHA256SUMS"), sha256Sums(files))})
        failed("the zip does not read back as written");
    return 0;
}
