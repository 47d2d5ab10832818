#pragma once

#include "core/capture/PageSource.h"

#include <QImage>
#include <QList>
#include <QRect>
#include <memory>

namespace sohoa::capture {

// PDF pages rendered with Poppler at 300 DPI (lower only for pages too large
// to render at that resolution, so pixels are bounded by imaging::ImageLimits).
// A document with more pages than ImportOptions::maxPdfPages is refused; a page
// whose drawing takes longer than pdfRenderTimeoutMs is abandoned (Poppler's
// abort callback) and refused.
//
// When a page's own text layer may be used instead of OCR: the document's
// producer/creator does not name an OCR program (an OCR layer of unknown
// quality is read again so the clerk gets confidences), the page has at least
// 20 letters, at least 95% of its characters are letters, digits or ordinary
// punctuation, and at least 90% of its words are spelt with the Vietnamese
// alphabet (text in legacy TCVN3/VNI fonts extracts as Latin-1 junk such as
// "Hµ Néi" and is OCR'd instead).
//
// A text layer is what the PDF says, not what it shows: invisible or white
// text can differ from the visible page. So (issue 21) a usable layer is
// still refused when most of its words have no ink under them in the rendered
// page (invisible, white or covered text), and the words of a layer that is
// taken carry kPdfTextLayerConfidence, not 1.0: the clerk compares them with
// the image like any other reading.
inline constexpr float kPdfTextLayerConfidence = 0.8f;
Result<std::unique_ptr<PageSource>> openPdf(const QString& path, const QString& displayName,
                                            const QByteArray& sha256, const ImportOptions& options);

// The text-layer rule above, for one page's words (exposed for tests).
bool pdfTextLayerUsable(const QString& pageText);
bool producerIsOcrTool(const QString& producerOrCreator);
// The share (0..1) of the words' boxes (image pixels) that have ink under them in `rendered`.
double inkedWordShare(const QImage& rendered, const QList<QRect>& wordBoxes);

} // namespace sohoa::capture
