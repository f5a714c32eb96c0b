#pragma once

#include <QtGlobal>

namespace proofdesk::render {

// How much showing one PDF may cost, in the helper process that draws it (proofdesk-render).
// A document past them is not shown: the viewer says which bound it passed. The window
// itself never spends more than copying the page images it asked for.
struct RenderLimits
{
    int seconds = 10;                     // processor time, and wall clock, for one request
    int wallSeconds = 0;                  // the wall clock alone where > 0 (wallClockSeconds())
    qint64 memoryBytes = qint64(1) << 30; // address space of the drawing process
    int maxPages = 2000;                  // pages shown; past them the viewer says how many more
    qint64 maxImagePixels = 16 << 20;     // one page image (64 MB); more zoom is upscaled

    // How long one request may take by the wall clock: `seconds`, unless wallSeconds is set.
    // Tests set it far above `seconds` (PROOFDESK_RENDER_WALL_SECONDS), so that on a loaded
    // machine the processor time or memory bound they are about is the one that ends a request.
    int wallClockSeconds() const { return wallSeconds > 0 ? wallSeconds : seconds; }

    // The defaults, or PROOFDESK_RENDER_SECONDS, PROOFDESK_RENDER_WALL_SECONDS,
    // PROOFDESK_RENDER_MEMORY_MB and PROOFDESK_RENDER_MAX_PAGES where set (for an operator's
    // unusually large PDFs, and tests).
    static RenderLimits fromEnvironment();
};

} // namespace proofdesk::render
