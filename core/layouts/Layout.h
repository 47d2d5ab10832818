#pragma once

#include "core/common/Result.h"
#include "core/extraction/Extractor.h"
#include "core/ocr/OcrPage.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

// Layouts taught from one verified document: where each field's value sits
// relative to the text the form itself prints (labels, captions, the title
// block), in units of the page's line height. A layout never holds pixels of
// a page nor any taught value: it can be shared between communes.
namespace sohoa::layouts {

// A piece of print the form carries on every copy (a label, a caption, the
// title): its folded text and where it lies, in line heights from the page's origin.
struct Landmark {
    QString text; // as printed on the teaching page (print only, never a value)
    QString key;  // extraction::foldKey(text)
    int page = 0; // page of the document (0-based)
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

// Where one field's value sits relative to its landmark.
struct FieldPlacement {
    enum class Relation { Right, Below };
    QString field;   // canonical key (SPEC §1)
    int anchor = -1; // index into LayoutModel::landmarks
    Relation relation = Relation::Right;
    double dx = 0;     // Right: value start - label end; Below: value start - caption start (line heights)
    double dy = 0;     // value's first line middle - anchor middle (line heights)
    double width = 0;  // of the taught value's first line (line heights)
    int lines = 1;     // printed lines the taught value took
    double contDx = 0; // continuation lines' start - anchor start (line heights), when lines > 1
};

struct LayoutModel {
    static constexpr int kFormatVersion = 1;
    QString name; // chosen by the clerk ("Giấy khai sinh mẫu 2006 - Nghệ An")
    QString type; // record type id
    QDateTime created;
    int pages = 1;
    QList<Landmark> landmarks;
    QList<FieldPlacement> fields;

    QJsonObject toJson() const;
    static Result<LayoutModel> fromJson(const QJsonObject& json);
    // A stable identity: the SHA-256 (hex) of the layout's canonical JSON.
    QString id() const;
};

// Teaches a layout from one document's OCR and its verified values
// (canonical key -> SPEC §1 value). Values that cannot be found on the page,
// and print that could hold a value, are left out. Fails when too few fields
// could be placed to make a layout.
Result<LayoutModel> learnLayout(const QList<ocr::OcrPage>& pages, const QString& type,
                                const QMap<QString, QString>& values, const QString& name);

// How well a document's print matches a layout: the share of the layout's
// landmarks found where the layout puts them (0..1).
struct LayoutMatch {
    int layout = -1; // index into the list given, -1 when none matches
    double score = 0;
};
constexpr double kMatchThreshold = 0.6;

// The best layout for the document among `layouts`, or layout -1.
LayoutMatch matchLayout(const QList<ocr::OcrPage>& pages, const QList<LayoutModel>& layouts);

// Reads the fields a layout places on the document (without matching it
// first: a wrong layout finds nothing where it looks, and reads nothing).
// Each value carries evidence.layout = layout.name.
extraction::DocumentExtraction readWithLayout(const QList<ocr::OcrPage>& pages, const LayoutModel& layout);

// The document's generic extraction improved with the best matching layout:
// the layout's values first, the generic reading for the rest. A document no
// layout matches is returned unchanged. Returns the name of the layout used ("" for none).
QString applyLayouts(const QList<ocr::OcrPage>& pages, const QList<LayoutModel>& layouts,
                     extraction::DocumentExtraction& extraction);

// Who exported a layout file: the account whose Ed25519 signing key (the
// office's roster, core/audit/Roster.h) signed the layout. A checksum catches
// damage; the signature also catches a file forged or changed on purpose.
struct LayoutSignature {
    QString account;      // as the exporting office names it (informative: the key is what counts)
    QString office;       // the exporting store's id (informative)
    QByteArray publicKey; // 32 bytes
    QByteArray signature; // 64 bytes, over layoutSignedMessage()
};

struct LayoutFile {
    LayoutModel layout;
    std::optional<LayoutSignature> signature; // nullopt: an unsigned file (layout learn, older exports)
};

// The bytes a layout's signature covers: a domain tag and the layout's canonical JSON.
QByteArray layoutSignedMessage(const LayoutModel& layout);

// Layout files: JSON with the format name, its version, the SHA-256 of the
// layout's canonical JSON and, when exported from a store, its signature. A
// changed file (checksum or signature wrong) is refused (layout.tampered).
QByteArray layoutFileBytes(const LayoutModel& layout, const std::optional<LayoutSignature>& signature = {});
Result<LayoutFile> readLayoutFile(const QByteArray& bytes);
Result<LayoutModel> parseLayoutFile(const QByteArray& bytes); // readLayoutFile(bytes).layout
QString layoutFileName(const LayoutModel& layout); // "<type>-<first 12 hex of id>.sohoa-layout.json"
Result<QString> writeLayoutFile(const LayoutModel& layout, const QString& dir,
                                const std::optional<LayoutSignature>& signature = {});
// Every *.sohoa-layout.json of dir; the first bad file fails the whole read.
Result<QList<LayoutFile>> readLayoutFiles(const QString& dir);
Result<QList<LayoutModel>> readLayoutDirectory(const QString& dir);

} // namespace sohoa::layouts
