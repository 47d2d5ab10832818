#include "extraction/Extractor.h"

namespace sohoa::extraction {

// First version: no classifier yet, so every document stays "unknown" and
// keeps its pages and text for the clerk (the record-type issue replaces this).
DocumentExtraction extractDocument(const QList<ocr::OcrPage>& pages, const QString& typeHint)
{
    Q_UNUSED(pages);
    DocumentExtraction out;
    if (!typeHint.isEmpty() && typeHint != QLatin1String("auto"))
        out.type = typeHint;
    return out;
}

} // namespace sohoa::extraction
