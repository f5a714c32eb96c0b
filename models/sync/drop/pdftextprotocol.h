#pragma once

// What proofdesk-pdftext (app/pdftext) and PdfTextProcess say to each other over the
// helper's stdin and stdout. Header-only: the helper includes it without linking the models.
//
//   request:  the PDF itself, open, as one SCM_RIGHTS descriptor (with one byte) on the
//             socket named by --socket, then on stdin "<n>\n" and n bytes: the PDF's name in
//             the drop (QFile::encodeName), for nothing but messages. The helper never opens
//             a drop's file by name: the importer opened it once, without following links.
//   answer:   "T <n>\n" then n bytes of UTF-8 text, pages joined by "\n"
//          or "E <n>\n" then n bytes of UTF-8: why QtPdf could not read the file
//
// Lengths first, because a drop's path or a PDF's text may hold any byte, newlines included.
// A PDF past the bounds gets no answer: the process dies (memory, CPU) or is killed (time).

#include <QByteArray>
#include <cstring>
#include <sys/socket.h>
#include <sys/uio.h>

namespace proofdesk::sync::pdftext {

constexpr char kText = 'T';
constexpr char kUnreadable = 'E';
// The helper's exit status when an allocation failed under its address-space limit.
constexpr int kOutOfMemoryExit = 3;

// The buffers of one message carrying one descriptor (SCM_RIGHTS) and one byte, for sendmsg()
// (fd set) and recvmsg() (fd() after it) alike.
class DescriptorMessage
{
public:
    DescriptorMessage()
    {
        m_message.msg_iov = &m_data;
        m_message.msg_iovlen = 1;
        m_message.msg_control = m_control;
        m_message.msg_controllen = sizeof m_control;
    }
    DescriptorMessage(const DescriptorMessage &) = delete;
    DescriptorMessage &operator=(const DescriptorMessage &) = delete;

    msghdr *message() { return &m_message; }
    void setFd(int fd)
    {
        cmsghdr *header = CMSG_FIRSTHDR(&m_message);
        header->cmsg_level = SOL_SOCKET;
        header->cmsg_type = SCM_RIGHTS;
        header->cmsg_len = CMSG_LEN(sizeof(int));
        std::memcpy(CMSG_DATA(header), &fd, sizeof(int));
    }
    // The descriptor received; -1 when the message carried none.
    int fd()
    {
        const cmsghdr *header = CMSG_FIRSTHDR(&m_message);
        if (!header || header->cmsg_level != SOL_SOCKET || header->cmsg_type != SCM_RIGHTS)
            return -1;
        int fd = -1;
        std::memcpy(&fd, CMSG_DATA(header), sizeof fd);
        return fd;
    }

private:
    char m_byte = 'F';
    iovec m_data{&m_byte, 1};
    alignas(cmsghdr) char m_control[CMSG_SPACE(sizeof(int))] = {};
    msghdr m_message{};
};

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
