#pragma once

#include <QByteArray>
#include <QString>

namespace proofdesk::records {

// The letters a hold's entry added or removed, as one digest the entry keeps (`items_xor`):
// the XOR of each id's SHA-256 (folded for case). XOR is its own inverse, so the digest of
// the letters a hold holds now is the XOR of its entries' digests, adds and removes alike
// (an add only adds letters not held, a remove only removes letters held), and a hold of a
// million letters is checked without its entries listing them (records::HoldReplay).
class HoldItemsDigest
{
public:
    HoldItemsDigest();
    static HoldItemsDigest fromHex(const QString &hex); // an invalid text gives an empty digest

    void add(const QString &communicationId);
    void combine(const HoldItemsDigest &other);
    QString hex() const;
    bool operator==(const HoldItemsDigest &other) const { return m_bytes == other.m_bytes; }
    bool operator!=(const HoldItemsDigest &other) const { return m_bytes != other.m_bytes; }

private:
    QByteArray m_bytes; // 32 bytes
};

} // namespace proofdesk::records
