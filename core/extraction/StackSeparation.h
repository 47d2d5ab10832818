#pragma once

#include "core/ocr/OcrPage.h"

#include <QList>
#include <QString>

namespace sohoa::records {
class RecordTypeRegistry;
}

namespace sohoa::extraction {

// Separating a stack - a PDF or a feeder pass holding several documents one
// after another - into documents by what each page prints. No barcode or
// patch-code sheets are needed; a blank sheet may be put between documents
// as a separator (a printed separator sheet is not recognised: it is an
// unknown page and becomes a document of its own, which the clerk deletes).

enum class PageRole {
    First,        // the first page of a record type: its title, or most of its labels
    Continuation, // a later page of a multi-page type (land certificate pages 2-4)
    Blank,        // nothing printed (a duplex back side or a blank separator sheet)
    Unknown,      // text no record type explains: a back side with notes, an annex, a letter
};

struct PageClass {
    PageRole role = PageRole::Unknown;
    QString type = QStringLiteral("unknown"); // record type id for First and Continuation
    double confidence = 0;
};

QString pageRoleName(PageRole role); // "first" | "continuation" | "blank" | "unknown"

// One page on its own. Continuation pages are recognised by the headings a
// record type lists under classification.continuation in its resource file.
PageClass classifyPage(const ocr::OcrPage& page, const records::RecordTypeRegistry& registry);
PageClass classifyPage(const ocr::OcrPage& page);

// Decides, page by page in order, where documents start: at every first page;
// a continuation page joins the document before it when that is of its type
// (otherwise it starts a document of its type: page II of a land certificate
// scanned alone); a blank page joins the document before it; an unknown page
// joins the document before it unless a blank sheet came between them or
// nothing came before it (then it is a document of its own, type unknown).
// Pages before the first cut (leading blank sheets) join the first document.
class StackSeparator {
public:
    // True when `page` starts a new document (the current one is complete).
    bool startsDocument(const PageClass& page);
    // The current document's type from its pages ("unknown" when none says).
    QString currentType() const { return m_type; }
    double currentConfidence() const { return m_confidence; }

private:
    bool m_any = false;        // some page came before
    bool m_open = false;       // a document with some printed page is open
    bool m_afterBlank = false; // the page before was blank
    QString m_type = QStringLiteral("unknown");
    double m_confidence = 0;
};

struct SeparatedDocument {
    int firstPage = 0; // index into the pages given
    int pages = 0;
    QString type = QStringLiteral("unknown");
    double confidence = 0;
};

// The same over a whole list of classified pages.
QList<SeparatedDocument> separatePages(const QList<PageClass>& pages);

} // namespace sohoa::extraction
