#pragma once

// Private to core/layouts: finding a layout's landmarks on a document.
#include "core/layouts/Layout.h"
#include "core/layouts/LayoutPage_p.h"

#include <memory>
#include <optional>

namespace sohoa::layouts::detail {

// A document prepared once for matching against many layouts.
struct PreparedDocument {
    extraction::DocumentModel doc;
    QList<std::shared_ptr<PageText>> pages;
    QSet<quint32> trigrams; // of the folded text of all pages

    explicit PreparedDocument(const QList<ocr::OcrPage>& ocr);
};

// Where a layout's landmarks are on the document.
struct Located {
    QList<std::optional<Occurrence>> landmarks; // per LayoutModel::landmarks
    // Per page of the layout: taught position -> this document's (scale and shift;
    // another font, resolution or margin changes both).
    struct Fit {
        double sx = 1, sy = 1, tx = 0, ty = 0;
    };
    QList<Fit> fits;
    // Where each landmark not found should be (the fit, moved as the print
    // found above it): a caption misread or printed otherwise on this copy
    // ("Bà" for "Ông", renumbered items) still places its value. Empty when
    // the landmark's page was not fitted.
    QList<QRectF> expected;
    // Landmarks taken where the copy prints them, away from the fit (a block
    // printed in another order): trusted only on a form the layout matches.
    QList<bool> moved;
    // The landmark's box on this document: found, else expected (nullopt if neither).
    std::optional<QRectF> anchorBox(int landmark) const;
    int agreeing = 0; // landmarks found where the layout puts them
    int slots = 0;    // fields whose place holds text that is not print
    double score = 0; // (agreeing + slots) / (landmarks + fields)
};

Located locate(const PreparedDocument& doc, const LayoutModel& layout);
// Whether the layout matches: most landmarks where it puts them, most value places holding text.
bool accepted(const Located& located, const LayoutModel& layout);

// A cheap upper bound of the share of the layout's print the document holds
// (three-letter pieces), to skip layouts that cannot match.
double printOverlap(const PreparedDocument& doc, const LayoutModel& layout);

extraction::DocumentExtraction readLocated(const PreparedDocument& doc, const LayoutModel& layout,
                                           const Located& located);

} // namespace sohoa::layouts::detail
