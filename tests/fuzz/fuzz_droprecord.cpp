// libFuzzer: one NDJSON line of a drop (spec/drop-format.md) through the strict JSON check and
// every record kind's parser. A line is either a record or a reason, never both or neither.
#include "sync/drop/droprecordparser.h"
#include "sync/drop/strictjson.h"

#include <cstdint>
#include <cstdlib>

using namespace proofdesk::sync;

namespace {

template <typename T> void check(const Parsed<T> &parsed)
{
    if (parsed.record.has_value() == !parsed.reason.isEmpty())
        std::abort(); // a rejected line must say why; an accepted one has no reason
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray line = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const auto violation = StrictJson::firstViolation(line)) {
        if (violation->offset < 0 || violation->offset > line.size() || violation->problem.isEmpty())
            std::abort();
    }
    check(DropRecordParser::communication(line));
    check(DropRecordParser::templateVersion(line));
    check(DropRecordParser::contentBlock(line));
    check(DropRecordParser::deliveryEvent(line));
    check(DropRecordParser::retentionClass(line));
    return 0;
}
