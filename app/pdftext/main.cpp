// proofdesk-pdftext: the text of PDFs, read in a process of its own so that a hostile or
// broken PDF (a page tree that contains itself, a stream that inflates to gigabytes) costs an
// import a bounded time and memory instead of hanging it or exhausting its memory. The
// parent sets the address-space limit before this starts and kills it when a file takes too
// long; this process bounds its own processor time per file, which holds even if the parent
// is gone.
//
//   proofdesk-pdftext FILE.pdf                  prints the text of one PDF
//   proofdesk-pdftext --serve --cpu-seconds N --socket FD
//                                               reads requests on stdin, the files as
//                                               descriptors on FD, answers on stdout
//                                               (models/sync/drop/pdftextprotocol.h)
#include "sync/drop/pdftextprotocol.h"
#include "util/helperlimits.h"

#include <QCoreApplication>
#include <QFile>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QStringList>
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <new>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace proofdesk::sync;

namespace {

QString errorText(QPdfDocument::Error error)
{
    switch (error) {
    case QPdfDocument::Error::FileNotFound:
        return QStringLiteral("the file cannot be opened");
    case QPdfDocument::Error::InvalidFileFormat:
        return QStringLiteral("not a PDF, or a damaged one");
    case QPdfDocument::Error::IncorrectPassword:
        return QStringLiteral("the PDF is encrypted with a password");
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        return QStringLiteral("the PDF's security scheme is not supported");
    default:
        return QStringLiteral("QtPdf cannot read it");
    }
}

// The text, or the reason it cannot be read (then `readable` is false).
QString textOf(const QString &path, bool *readable)
{
    QPdfDocument doc;
    const QPdfDocument::Error error = doc.load(path);
    *readable = error == QPdfDocument::Error::None;
    if (!*readable)
        return errorText(error);
    QStringList pages;
    for (int i = 0; i < doc.pageCount(); ++i)
        pages << doc.getAllText(i).text();
    return pages.join(QLatin1Char('\n'));
}

bool readExactly(QByteArray &into, qsizetype length)
{
    into.resize(length);
    return length == 0 || std::fread(into.data(), 1, size_t(length), stdin) == size_t(length);
}

bool writeAll(const QByteArray &bytes)
{
    return std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) == size_t(bytes.size())
           && std::fflush(stdout) == 0;
}

// The next file the parent hands over on `socket`; -1 when none came.
int receiveDescriptor(int socket)
{
    pdftext::DescriptorMessage message;
    ssize_t n;
    do
        n = ::recvmsg(socket, message.message(), MSG_CMSG_CLOEXEC);
    while (n < 0 && errno == EINTR);
    return n == 1 ? message.fd() : -1;
}

int serve(rlim_t cpuSeconds, int socket)
{
    char header[32];
    while (std::fgets(header, sizeof header, stdin)) {
        char *end = nullptr;
        const long long length = std::strtoll(header, &end, 10);
        QByteArray name; // the file's name in the drop: the file itself comes as a descriptor
        if (end == header || *end != '\n' || length < 0 || length > 65536 || !readExactly(name, qsizetype(length)))
            return 2; // not a request: the parent speaks another protocol
        const int fd = receiveDescriptor(socket);
        if (fd < 0)
            return 2; // the file did not come with its request
        proofdesk::helperlimits::allowCpuForOneRequest(
            cpuSeconds); // processor time per file: past it, SIGXCPU ends this process
        bool readable = false;
        // The descriptor's own file (a /proc magic link names the open file, not a path).
        const QString text = textOf(QStringLiteral("/proc/self/fd/%1").arg(fd), &readable);
        ::close(fd);
        if (!writeAll(pdftext::answer(readable ? pdftext::kText : pdftext::kUnreadable, text.toUtf8())))
            return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    // An allocation refused under the parent's address-space limit ends the process with a
    // status that says so, instead of an abort the parent could not tell from a crash.
    std::set_new_handler([] { _exit(pdftext::kOutOfMemoryExit); });
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.value(0) == QLatin1String("--version")) {
        std::printf("proofdesk-pdftext %s\n", PROOFDESK_VERSION);
        return 0;
    }
    if (args.size() == 5 && args.at(0) == QLatin1String("--serve") && args.at(1) == QLatin1String("--cpu-seconds")
        && args.at(3) == QLatin1String("--socket")) {
        bool ok = false, socketOk = false;
        const uint seconds = args.at(2).toUInt(&ok);
        const int socket = args.at(4).toInt(&socketOk);
        return ok && socketOk && seconds > 0 && socket >= 0 ? serve(rlim_t(seconds), socket) : 2;
    }
    if (args.size() != 1 || args.at(0).startsWith(QLatin1String("--"))) {
        std::fprintf(stderr, "usage: proofdesk-pdftext FILE.pdf | --serve --cpu-seconds N --socket FD | --version\n");
        return 2;
    }
    bool readable = false;
    const QByteArray text = textOf(args.at(0), &readable).toUtf8();
    std::fwrite(text.constData(), 1, size_t(text.size()), readable ? stdout : stderr);
    std::fputc('\n', readable ? stdout : stderr);
    return readable ? 0 : 1;
}
