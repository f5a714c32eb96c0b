#pragma once

#include <QString>
#include <optional>

namespace proofdesk::util {

// Sizes as people write them in settings (`config set documents.limit 20GB`): a plain number
// of bytes, or a number (decimals allowed) with a unit: kB/MB/GB/TB are powers of 1000,
// KiB/MiB/GiB/TiB powers of 1024 (K, M, G, T alone as well, and B for bytes), any case, an
// optional space between. nullopt for anything else: negative, empty, an unknown unit, a
// number that does not fit in 63 bits.
std::optional<qint64> parseByteSize(const QString &text);

// The size with the largest decimal unit that keeps a number of at least 1, to one decimal
// place where it has one ("20 GB", "1.5 GB", "512 B"); parseByteSize reads it back.
QString formatByteSize(qint64 bytes);

} // namespace proofdesk::util
