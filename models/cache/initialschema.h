#pragma once

namespace proofdesk::cache {

// The cache's first schema (migration 1): communications, their full text and blocks,
// delivery events, templates, content blocks, retention classes and rejected lines.
const char *initialSchemaSql();

} // namespace proofdesk::cache
