#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace proofdesk {

// SHA-256 of bytes as lower-case hex, the form records and objects are named by. OpenSSL's
// libcrypto uses the processor's SHA instructions: several times faster than Qt 6.4's
// QCryptographicHash (portable C), and a drop import hashes every record line it reads.
QByteArray sha256Hex(QByteArrayView bytes);

} // namespace proofdesk
