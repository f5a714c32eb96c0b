#pragma once

#include "demoletter.h"

#include <QByteArray>

namespace proofdesk::demo {

// An e-mail, portal page (web) or in-app message (mobile): one self-contained HTML document
// with inline styles, no scripts and no remote images, as mail clients and archives need.
QByteArray renderLetterHtml(const Letter &letter, Channel channel);
// A text message: the SMS line of the template, UTF-8, one line.
QByteArray renderSmsText(const Letter &letter);

} // namespace proofdesk::demo
