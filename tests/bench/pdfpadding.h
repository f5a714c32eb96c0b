#pragma once
// Grows a PDF the way a PDF may legally grow: an incremental update appended after its
// %%EOF (ISO 32000-1, 7.5.6) that adds one stream object nobody refers to, with its own
// cross-reference section and a trailer that points back (/Prev) at the original's. A
// reader shows the same pages; the file has the size, and bytes of its own, that a
// benchmark asks for.

#include <QByteArray>

// `label` opens the added stream (two paddings with different labels differ), filler lines
// follow until the file is about `totalBytes` long (never shorter than the PDF and the
// update). Empty when the PDF's trailer cannot be read.
QByteArray padPdf(const QByteArray &pdf, const QByteArray &label, qsizetype totalBytes);
