#include "core/extraction/StackSeparation.h"

#include "core/extraction/Classifier.h"
#include "core/extraction/LabelFinder.h"
#include "core/extraction/PageModel.h"
#include "core/extraction/TextFold.h"
#include "core/records/RecordType.h"

#include <QJsonArray>
#include <algorithm>

namespace sohoa::extraction {

namespace {

// Fewer words than this that look like print (two letters or digits or more):
// a back side with a page number, punched holes, scanner noise.
constexpr int kMinPrintedWords = 4;

int printedWords(const ocr::OcrPage& page)
{
    int n = 0;
    for (const ocr::OcrWord& w : page.words) {
        int alnum = 0;
        for (QChar c : w.text)
            if (c.isLetterOrNumber())
                ++alnum;
        if (alnum >= 2 && w.confidence >= 0.3f)
            ++n;
    }
    return n;
}

QStringList continuationHeadings(const records::RecordType& type)
{
    QStringList out;
    for (const QJsonValue& v : type.classification.value(QLatin1String("continuation")).toArray())
        out.append(v.toString());
    return out;
}

// Best match 0..1 of one of `headings` on a row (or two rows) of the page. A
// short heading ("Thửa đất") must be most of its row, so that a label that
// starts the same way ("Thửa đất số: 12") does not count; at the top of the
// page, where a section heading sits, half of its row is enough (OCR adds
// residue of the security print around it). A long heading may have a quarter
// of its letters misread (certificates on guilloche paper): that many
// letters in that order do not come together by chance.
double headingScore(const DocumentModel& doc, const QStringList& headings)
{
    QStringList rowKeys;
    for (const Row& row : doc.rows) {
        QString k;
        for (int ti : row.tokens)
            if (!doc.tokens[ti].leader && !doc.tokens[ti].marker)
                k += doc.tokens[ti].key;
        rowKeys.append(k);
    }
    double best = 0;
    for (const QString& heading : headings) {
        const QString hk = foldKey(heading);
        if (hk.size() < 5)
            continue;
        const int tol = hk.size() >= 20 ? std::max(labelTolerance(int(hk.size())), int(hk.size() / 4))
                                        : labelTolerance(int(hk.size()));
        for (int r = 0; r < rowKeys.size(); ++r) {
            const bool top = r < 3;
            for (int span = 1; span <= 2 && r + span - 1 < rowKeys.size(); ++span) {
                QString text = rowKeys[r];
                if (span == 2) {
                    if (doc.rows[r + 1].page != doc.rows[r].page)
                        break;
                    text += rowKeys[r + 1];
                }
                if (text.size() + tol < hk.size())
                    continue;
                const int d = approximateFind(hk, text, tol);
                if (d > tol)
                    continue;
                const double share = double(hk.size()) / std::max<qsizetype>(1, text.size());
                if (hk.size() < 16 && share < (top ? 0.45 : 0.6))
                    continue;
                best = std::max(best, 1.0 - double(d) / hk.size());
            }
        }
    }
    return best;
}

} // namespace

QString pageRoleName(PageRole role)
{
    switch (role) {
    case PageRole::First:
        return QStringLiteral("first");
    case PageRole::Continuation:
        return QStringLiteral("continuation");
    case PageRole::Blank:
        return QStringLiteral("blank");
    case PageRole::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

PageClass classifyPage(const ocr::OcrPage& page)
{
    return classifyPage(page, records::RecordTypeRegistry::builtin());
}

PageClass classifyPage(const ocr::OcrPage& page, const records::RecordTypeRegistry& registry)
{
    PageClass out;
    if (page.blank || printedWords(page) < kMinPrintedWords) {
        out.role = PageRole::Blank;
        out.confidence = page.blank ? 1.0 : 0.8;
        return out;
    }
    const DocumentModel doc = DocumentModel::build({page});
    const Classification c = classifyDocument(doc, registry);

    // The later page of a multi-page type its headings point to.
    QString continuationType;
    double continuation = 0;
    for (const records::RecordType* t : registry.all()) {
        const QStringList headings = continuationHeadings(*t);
        if (headings.isEmpty())
            continue;
        const double s = headingScore(doc, headings);
        if (s > continuation) {
            continuation = s;
            continuationType = t->id;
        }
    }
    const bool isContinuation = continuation >= 0.75;

    if (c.type != QLatin1String("unknown")) {
        const TypeEvidence& e = c.evidence[c.type];
        // A title makes a first page even when the page also prints a later
        // section's heading (one-sheet certificates print all of them).
        if (e.title >= 0.75 || !isContinuation) {
            out.role = PageRole::First;
            out.type = c.type;
            out.confidence = c.confidence;
            return out;
        }
    }
    if (isContinuation) {
        out.role = PageRole::Continuation;
        out.type = continuationType;
        out.confidence = continuation;
        return out;
    }
    out.role = PageRole::Unknown;
    out.confidence = c.confidence;
    return out;
}

bool StackSeparator::startsDocument(const PageClass& page)
{
    const bool first = !m_any;
    m_any = true;
    bool cut = false;
    switch (page.role) {
    case PageRole::Blank:
        m_afterBlank = true;
        return first;
    case PageRole::First:
        cut = m_open;
        m_type = page.type;
        m_confidence = page.confidence;
        break;
    case PageRole::Continuation:
        if (!(m_open && m_type == page.type)) {
            cut = m_open;
            m_type = page.type;
            m_confidence = page.confidence;
        }
        break;
    case PageRole::Unknown:
        if (!m_open || m_afterBlank) {
            cut = m_open;
            m_type = QStringLiteral("unknown");
            m_confidence = page.confidence;
        }
        break;
    }
    m_open = true;
    m_afterBlank = false;
    return first || cut;
}

QList<SeparatedDocument> separatePages(const QList<PageClass>& pages)
{
    QList<SeparatedDocument> out;
    StackSeparator separator;
    for (int i = 0; i < pages.size(); ++i) {
        if (separator.startsDocument(pages[i]))
            out.append(SeparatedDocument{i, 0, {}, 0});
        out.last().pages += 1;
        out.last().type = separator.currentType();
        out.last().confidence = separator.currentConfidence();
    }
    return out;
}

} // namespace sohoa::extraction
