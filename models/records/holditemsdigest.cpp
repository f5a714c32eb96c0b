#include "holditemsdigest.h"

#include "domain/textfold.h"

#include <QCryptographicHash>

namespace proofdesk::records {

namespace {
constexpr int kSize = 32;
}

HoldItemsDigest::HoldItemsDigest()
    : m_bytes(kSize, '\0')
{}

HoldItemsDigest HoldItemsDigest::fromHex(const QString &hex)
{
    HoldItemsDigest d;
    const QByteArray bytes = QByteArray::fromHex(hex.toLatin1());
    if (bytes.size() == kSize)
        d.m_bytes = bytes;
    return d;
}

void HoldItemsDigest::add(const QString &communicationId)
{
    const QByteArray h =
        QCryptographicHash::hash(domain::foldCase(communicationId).toUtf8(), QCryptographicHash::Sha256);
    for (int i = 0; i < kSize; ++i)
        m_bytes[i] = char(m_bytes.at(i) ^ h.at(i));
}

void HoldItemsDigest::combine(const HoldItemsDigest &other)
{
    for (int i = 0; i < kSize; ++i)
        m_bytes[i] = char(m_bytes.at(i) ^ other.m_bytes.at(i));
}

QString HoldItemsDigest::hex() const { return QString::fromLatin1(m_bytes.toHex()); }

} // namespace proofdesk::records
