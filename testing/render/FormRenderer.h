#pragma once

#include "core/common/Result.h"

#include <QImage>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QRect>
#include <QString>
#include <QStringList>

namespace sohoa::records {
struct RecordType;
}

namespace sohoa::render {

// What to print on a form: SPEC §1 values by field key, plus "_"-prefixed
// extras a paper prints that are not fields (the signer's name, the header's
// agency, the town of the date line, areas per land use).
using FormValues = QMap<QString, QString>;

// Ways a scan differs from the clean page.
struct Degradation {
    double rotateDegrees = 0; // skew
    double noiseSigma = 0;    // gaussian noise, grey levels
    double blurRadius = 0;    // gaussian blur, pixels at 300 dpi
    double fade = 0;          // 0..1: ink blended towards the paper
    int speckles = 0;         // dark and light specks
    int jpegQuality = 0;      // 0 = none, else re-encode as JPEG at this quality
    quint32 seed = 1;
};

struct RenderOptions {
    QString layout; // layout id of resources/forms/<type>.json; empty = the first
    QString fontFamily = QStringLiteral("DejaVu Serif");
    int dpi = 300;
    bool color = false; // RGB (red stamp) or greyscale
    QString stampOver;  // field key the stamp is pressed over (empty = beside the signature)
    Degradation degradation;
    quint32 seed = 1; // signature scribble, stamp details
};

struct RenderedForm {
    QList<QImage> pages;
    QString layout;
    QMap<QString, QRect>
        valueBoxes;                // where each field's value was printed (page 1 unless noted in valuePages)
    QMap<QString, int> valuePages; // 1-based
};

// The layouts a type has: resources/forms/<type>.json, or one generic layout
// made from the type's fields when the type has no form file.
QStringList formLayouts(const records::RecordType& type);

// Draws a record's paper form as page images (QPainter): header, title,
// labels with dotted leaders, values (wrapped), tables or side-by-side
// columns, signature block with scribble and round stamp; then degradations.
Result<RenderedForm> renderForm(const records::RecordType& type, const FormValues& values,
                                const RenderOptions& options);

// The same with a layout given as JSON (the keys of testing/forms/README.md):
// forms no file of testing/forms has, e.g. a province's own variant in a test.
Result<RenderedForm> renderFormLayout(const records::RecordType& type, const QJsonObject& layout,
                                      const FormValues& values, const RenderOptions& options);

// The degradations alone.
QImage degrade(const QImage& page, const Degradation& d, bool color);

// Fonts with Vietnamese glyphs installed here (DejaVu, Liberation 2).
QStringList formFontFamilies();

} // namespace sohoa::render
