#pragma once

#include "capture/PageSource.h"

#include <memory>

namespace sohoa::capture {

// PDF pages rendered with Poppler at 300 DPI (lower only for pages too large
// to render at that resolution).
//
// When a page's own text layer may be used instead of OCR: the document's
// producer/creator does not name an OCR program (an OCR layer of unknown
// quality is read again so the clerk gets confidences), the page has at least
// 20 letters, at least 95% of its characters are letters, digits or ordinary
// punctuation, and at least 90% of its words are spelt with the Vietnamese
// alphabet (text in legacy TCVN3/VNI fonts extracts as Latin-1 junk such as
// "Hµ Néi" and is OCR'd instead).
Result<std::unique_ptr<PageSource>> openPdf(const QString& path, const QString& displayName,
                                            const QByteArray& sha256, const ImportOptions& options);

// The text-layer rule above, for one page's words (exposed for tests).
bool pdfTextLayerUsable(const QString& pageText);
bool producerIsOcrTool(const QString& producerOrCreator);

} // namespace sohoa::capture
