#include "sha256.h"

#include <QIODevice>
#include <openssl/evp.h>
#include <stdexcept>

namespace proofdesk {

namespace {

[[noreturn]] void failed() { throw std::runtime_error("SHA-256 failed (libcrypto)"); }

QByteArray hexOf(const unsigned char *digest, unsigned int length)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(digest), int(length)).toHex();
}

} // namespace

QByteArray sha256Hex(QByteArrayView bytes)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!EVP_Digest(bytes.data(), size_t(bytes.size()), digest, &length, EVP_sha256(), nullptr))
        failed();
    return hexOf(digest, length);
}

struct Sha256::Context
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    ~Context() { EVP_MD_CTX_free(ctx); }
};

Sha256::Sha256()
    : m_context(std::make_unique<Context>())
{
    if (!m_context->ctx || !EVP_DigestInit_ex(m_context->ctx, EVP_sha256(), nullptr))
        failed();
}

Sha256::~Sha256() = default;

void Sha256::add(QByteArrayView bytes)
{
    if (!EVP_DigestUpdate(m_context->ctx, bytes.data(), size_t(bytes.size())))
        failed();
}

bool Sha256::add(QIODevice &device)
{
    QByteArray chunk(1 << 16, Qt::Uninitialized);
    for (;;) {
        const qint64 n = device.read(chunk.data(), chunk.size());
        if (n < 0)
            return false;
        if (n == 0)
            return true;
        add(QByteArrayView(chunk.constData(), n));
    }
}

QByteArray Sha256::hex()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!EVP_DigestFinal_ex(m_context->ctx, digest, &length))
        failed();
    return hexOf(digest, length);
}

QByteArray Sha256::hexSoFar() const
{
    Context copy;
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!copy.ctx || !EVP_MD_CTX_copy_ex(copy.ctx, m_context->ctx) || !EVP_DigestFinal_ex(copy.ctx, digest, &length))
        failed();
    return hexOf(digest, length);
}

} // namespace proofdesk
