// proofdesk-render: draws the pages of a PDF in a process of its own, so that a hostile or
// broken PDF (a page tree that contains itself or nests 20,000 deep, a stream that inflates
// to gigabytes) costs the desktop a notice instead of its window. The viewer
// (ui/pdfviewer.h, through models/render/pdfrenderprocess.h) sets the address-space limit
// before this starts and kills it when a request takes too long in wall-clock time; this
// process bounds its own processor time per request, which holds even if the viewer is gone.
//
//   proofdesk-render --serve --cpu-seconds N --max-pages P   requests on stdin, answers on
//                                                            stdout (models/render/renderprotocol.h)
//   proofdesk-render --version
#include "render/renderprotocol.h"
#include "util/helperlimits.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QEventLoop>
#include <QImage>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QStringList>
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>
#include <new>
#include <unistd.h>

using namespace proofdesk::render;

namespace {

// What a request may ask for: the viewer asks for less (pdfrenderprocess.h).
constexpr qint64 kMaxRequestBytes = qint64(512) << 20;
constexpr int kMaxSide = 16384;
constexpr qint64 kMaxPixels = qint64(32) << 20;

QByteArray errorText(QPdfDocument::Error error)
{
    switch (error) {
    case QPdfDocument::Error::InvalidFileFormat:
        return "it is not a PDF, or a damaged one";
    case QPdfDocument::Error::IncorrectPassword:
        return "the PDF is encrypted with a password";
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        return "the PDF's security scheme is not supported";
    default:
        return "QtPdf cannot read it";
    }
}

bool readExactly(QByteArray &into, qsizetype length)
{
    into.resize(length);
    return length == 0 || std::fread(into.data(), 1, size_t(length), stdin) == size_t(length);
}

bool send(char tag, const QByteArray &payload)
{
    const QByteArray bytes = wire::message(tag, payload);
    return std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) == size_t(bytes.size())
           && std::fflush(stdout) == 0;
}

class Renderer
{
public:
    explicit Renderer(int maxPages)
        : m_maxPages(maxPages)
    {}

    bool open(const QByteArray &bytes)
    {
        m_document.reset(); // the one before goes first: its memory counts against the limit
        m_bytes = bytes;
        m_buffer.close();
        m_buffer.setBuffer(&m_bytes);
        m_buffer.open(QIODevice::ReadOnly);
        m_document = std::make_unique<QPdfDocument>();
        QEventLoop wait; // a QBuffer loads at once; the loop covers a QtPdf that would not
        QObject::connect(m_document.get(), &QPdfDocument::statusChanged, &wait, [&wait, this] {
            if (m_document->status() != QPdfDocument::Status::Loading)
                wait.quit();
        });
        m_document->load(&m_buffer);
        if (m_document->status() == QPdfDocument::Status::Loading)
            wait.exec();
        if (m_document->status() != QPdfDocument::Status::Ready)
            return send(wire::kError, errorText(m_document->error()));
        const int total = m_document->pageCount();
        m_shown = std::min(total, m_maxPages);
        QByteArray answer = QByteArray::number(m_shown) + ' ' + QByteArray::number(total) + '\n';
        for (int page = 0; page < m_shown; ++page) {
            const QSizeF size = m_document->pagePointSize(page);
            answer += QByteArray::number(size.width(), 'f', 2) + ' ' + QByteArray::number(size.height(), 'f', 2) + '\n';
        }
        return send(wire::kDocument, answer);
    }

    bool render(const QByteArray &request)
    {
        const QList<qint64> n = wire::numbers(request);
        if (!m_document || n.size() != 3 || n[0] < 0 || n[0] >= m_shown || n[1] < 1 || n[2] < 1 || n[1] > kMaxSide
            || n[2] > kMaxSide || n[1] * n[2] > kMaxPixels)
            return send(wire::kError, "no such page, or a size past the bounds");
        QImage image = m_document->render(int(n[0]), QSize(int(n[1]), int(n[2])));
        if (image.isNull())
            return send(wire::kError, "QtPdf could not draw the page");
        // QtPdf draws on a transparent sheet: the page is shown on white paper.
        QImage paper(image.size(), QImage::Format_RGB32);
        paper.fill(Qt::white);
        QPainter(&paper).drawImage(0, 0, image);
        image = paper;
        QByteArray answer = request + '\n';
        for (int y = 0; y < image.height(); ++y)
            answer.append(reinterpret_cast<const char *>(image.constScanLine(y)), qsizetype(image.width()) * 4);
        return send(wire::kImage, answer);
    }

    bool find(const QByteArray &needleUtf8)
    {
        const QString needle = QString::fromUtf8(needleUtf8);
        QByteArray answer;
        int hits = 0;
        for (int page = 0; m_document && !needle.isEmpty() && page < m_shown && hits < wire::kMaxHits; ++page) {
            const QString text = m_document->getAllText(page).text();
            for (qsizetype at = text.indexOf(needle, 0, Qt::CaseInsensitive); at >= 0 && hits < wire::kMaxHits;
                 at = text.indexOf(needle, at + needle.size(), Qt::CaseInsensitive), ++hits) {
                const QRectF r = m_document->getSelectionAtIndex(page, int(at), int(needle.size())).boundingRectangle();
                answer += QByteArray::number(page) + ' ' + QByteArray::number(r.x(), 'f', 1) + ' '
                          + QByteArray::number(r.y(), 'f', 1) + ' ' + QByteArray::number(r.width(), 'f', 1) + ' '
                          + QByteArray::number(r.height(), 'f', 1) + '\n';
            }
        }
        return send(wire::kHits, answer);
    }

private:
    int m_maxPages;
    int m_shown = 0;
    QByteArray m_bytes;
    QBuffer m_buffer;
    std::unique_ptr<QPdfDocument> m_document;
};

int serve(rlim_t cpuSeconds, int maxPages)
{
    Renderer renderer(maxPages);
    char header[32];
    while (std::fgets(header, sizeof header, stdin)) {
        char *end = nullptr;
        const long long length = header[0] && header[1] == ' ' ? std::strtoll(header + 2, &end, 10) : -1;
        QByteArray payload;
        if (end == nullptr || *end != '\n' || length < 0 || length > kMaxRequestBytes
            || !readExactly(payload, qsizetype(length)))
            return 2; // not a request: the parent speaks another protocol
        proofdesk::helperlimits::allowCpuForOneRequest(cpuSeconds);
        bool written = false;
        switch (header[0]) {
        case wire::kOpen:
            written = renderer.open(payload);
            break;
        case wire::kRender:
            written = renderer.render(payload);
            break;
        case wire::kFind:
            written = renderer.find(payload);
            break;
        default:
            return 2;
        }
        if (!written)
            return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    // An allocation refused under the parent's address-space limit ends the process with a
    // status that says so, instead of an abort the parent could not tell from a crash.
    std::set_new_handler([] { _exit(wire::kOutOfMemoryExit); });
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.value(0) == QLatin1String("--version")) {
        std::printf("proofdesk-render %s\n", PROOFDESK_VERSION);
        return 0;
    }
    bool secondsOk = false, pagesOk = false;
    const uint seconds = args.value(2).toUInt(&secondsOk);
    const int pages = args.value(4).toInt(&pagesOk);
    if (args.size() != 5 || args.at(0) != QLatin1String("--serve") || args.at(1) != QLatin1String("--cpu-seconds")
        || args.at(3) != QLatin1String("--max-pages") || !secondsOk || seconds == 0 || !pagesOk || pages < 1) {
        std::fprintf(stderr, "usage: proofdesk-render --serve --cpu-seconds N --max-pages P | --version\n");
        return 2;
    }
    return serve(rlim_t(seconds), pages);
}
