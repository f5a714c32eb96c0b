#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace proofdesk {

// A SHA-256 fit to name something: exactly 64 hexadecimal digits, held in lower case.
// Hashes come from outside (a repository's checksum, a drop's record, a cache row written
// before this check existed) and the content store builds file paths from them, so text such
// as "..//records.sqlite" must be stopped before it names anything. parse() is the only way
// to make one: a function that takes a Sha256Hex cannot be handed anything else.
class Sha256Hex
{
public:
    // nullopt unless `text` is 64 hexadecimal digits (either case; nothing around them).
    static std::optional<Sha256Hex> parse(QStringView text);
    static bool isValid(QStringView text);

    const QString &text() const { return m_text; } // lower case
    friend bool operator==(const Sha256Hex &a, const Sha256Hex &b) { return a.m_text == b.m_text; }

private:
    explicit Sha256Hex(QString text)
        : m_text(std::move(text))
    {}
    QString m_text;
};

} // namespace proofdesk
