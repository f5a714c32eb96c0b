#pragma once

#include <QtGlobal>

namespace proofdesk::render {

// How much showing one PDF may cost, in the helper process that draws it (proofdesk-render).
// A document past them is not shown: the viewer says which bound it passed. The window
// itself never spends more than copying the page images it asked for.
struct RenderLimits
{
    int seconds = 10;                     // wall clock, and processor time, for one request
    qint64 memoryBytes = qint64(1) << 30; // address space of the drawing process
    int maxPages = 2000;                  // pages shown; past them the viewer says how many more
    qint64 maxImagePixels = 16 << 20;     // one page image (64 MB); more zoom is upscaled

    // The defaults, or PROOFDESK_RENDER_SECONDS, PROOFDESK_RENDER_MEMORY_MB and
    // PROOFDESK_RENDER_MAX_PAGES where set (for an operator's unusually large PDFs, and tests).
    static RenderLimits fromEnvironment();
};

} // namespace proofdesk::render
