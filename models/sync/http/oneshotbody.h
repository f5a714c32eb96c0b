#pragma once

#include <QByteArray>
#include <QIODevice>

namespace proofdesk::sync {

// The body of a request that must not be sent twice blindly (HttpRequest::idempotent false):
// it reads once, from the start, and refuses to be rewound once a byte of it was read. Qt's
// network layer rewinds a request's body (reset()) before it resends the request on its own
// after the connection closed without an answer; refused, it ends the request with
// QNetworkReply::ContentReSendError instead, and the resending is left to a caller that
// first asks whether the first attempt took effect. An empty body is never read, so it
// cannot refuse: a request that must not be resent carries a body (a workflow start does).
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(QByteArray bytes)
        : m_bytes(std::move(bytes))
    {}

    bool isSequential() const override { return false; } // its size is known: Content-Length
    qint64 size() const override { return m_bytes.size(); }
    bool seek(qint64 pos) override;
    bool reset() override { return seek(0); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    bool m_read = false;
};

} // namespace proofdesk::sync
