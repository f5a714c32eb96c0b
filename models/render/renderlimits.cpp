#include "renderlimits.h"

#include "util/helperlimits.h"

namespace proofdesk::render {

RenderLimits RenderLimits::fromEnvironment()
{
    using helperlimits::positiveFromEnvironment;
    RenderLimits limits;
    limits.seconds = int(qMin<qint64>(3600, positiveFromEnvironment("PROOFDESK_RENDER_SECONDS", limits.seconds)));
    limits.wallSeconds = int(qMin<qint64>(3600, positiveFromEnvironment("PROOFDESK_RENDER_WALL_SECONDS", 0)));
    limits.memoryBytes = positiveFromEnvironment("PROOFDESK_RENDER_MEMORY_MB", limits.memoryBytes >> 20) << 20;
    limits.maxPages =
        int(qMin<qint64>(1000000, positiveFromEnvironment("PROOFDESK_RENDER_MAX_PAGES", limits.maxPages)));
    return limits;
}

} // namespace proofdesk::render
