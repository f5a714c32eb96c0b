#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <memory>

class QIODevice;

namespace proofdesk {

// SHA-256 as lower-case hex, the form records and objects are named by, from OpenSSL's
// libcrypto: it uses the processor's SHA instructions, several times faster than Qt 6.4's
// QCryptographicHash (portable C). An import hashes every record line and every rendition.
QByteArray sha256Hex(QByteArrayView bytes);

// The same, a piece at a time (a rendition of hundreds of megabytes need not fit in memory).
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void add(QByteArrayView bytes);
    // Reads the device to its end; false on a read error.
    bool add(QIODevice &device);
    // Lower-case hex; the hash is then finished (make a new one to hash again).
    QByteArray hex();
    // Lower-case hex of what was added so far; adding goes on (a running hash of a file read
    // piece by piece, checked at each piece).
    QByteArray hexSoFar() const;

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

} // namespace proofdesk
