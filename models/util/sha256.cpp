#include "sha256.h"

#include <openssl/evp.h>

#include <stdexcept>

namespace proofdesk {

QByteArray sha256Hex(QByteArrayView bytes)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!EVP_Digest(bytes.data(), size_t(bytes.size()), digest, &length, EVP_sha256(), nullptr))
        throw std::runtime_error("SHA-256 failed (libcrypto)");
    return QByteArray::fromRawData(reinterpret_cast<const char *>(digest), int(length)).toHex();
}

} // namespace proofdesk
