#include "sha256hex.h"

namespace proofdesk {

bool Sha256Hex::isValid(QStringView text)
{
    if (text.size() != 64)
        return false;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F')))
            return false;
    }
    return true;
}

std::optional<Sha256Hex> Sha256Hex::parse(QStringView text)
{
    if (!isValid(text))
        return std::nullopt;
    return Sha256Hex(text.toString().toLower());
}

} // namespace proofdesk
