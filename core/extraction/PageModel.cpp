#include "core/extraction/PageModel.h"

#include "core/extraction/TextFold.h"

#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace sohoa::extraction {

namespace {

bool isLeaderChar(QChar c)
{
    switch (c.unicode()) {
    case '.':
    case '_':
    case '-':
    case ':':
    case ',':
    case ';':
    case '\'':
    case '`':
    case '+':
    case '*':
    case '~':
    case '=':
    case '"':
    case 0x2026:
    case 0x00B7:
    case 0x2013:
    case 0x2014:
    case 0x2019:
    case 0x2018:
    case 0x201C:
    case 0x201D:
    case 0x2022:
        return true;
    default:
        return false;
    }
}

// Residue of a dotted leader: mostly punctuation, or a long run of a few repeated letters
// ("ttttrrrrre", "aaaaaaavh") as OCR reads dots under noise.
bool looksLikeLeader(const QString& t)
{
    if (t.isEmpty())
        return false;
    int punct = 0;
    QHash<QChar, int> freq;
    int letters = 0;
    for (QChar c : t) {
        if (isLeaderChar(c))
            ++punct;
        else if (c.isLetter()) {
            ++letters;
            ++freq[c.toLower()];
        }
    }
    if (t.size() >= 3 && qsizetype(punct) * 2 >= t.size())
        return true;
    if (letters >= 6) {
        int maxf = 0;
        for (int f : freq)
            maxf = std::max(maxf, f);
        if (maxf * 10 >= letters * 4 && freq.size() <= 4)
            return true;
    }
    // Dots read as digits: "1111110111", "S1414414141141444111114.4".
    if (t.size() >= 8) {
        QHash<QChar, int> all;
        for (QChar c : t)
            ++all[c];
        int maxf = 0;
        for (int f : all)
            maxf = std::max(maxf, f);
        if (all.size() <= 4 && maxf * 10 >= int(t.size()) * 6)
            return true;
        if (all.size() <= 4 && maxf * 10 >= int(t.size()) * 4 && letters > 0)
            return true;
    }
    return false;
}

bool isMarkerText(const QString& t)
{
    static const QRegularExpression rx(QStringLiteral("^(?:[a-hA-H]|[0-9]{1,2}[a-e]?|[IVX]{1,4})[.)]$"));
    return rx.match(t).hasMatch();
}

struct Piece {
    int from, to; // in the word's text
    bool leader;
    bool colonAfter;
    bool strong;
};

// Split one OCR word into pieces at ':' and at leader runs.
QList<Piece> splitWord(const QString& w)
{
    QList<Piece> out;
    static const QRegularExpression leaderRun(QStringLiteral("[.…·_\\-–—]{3,}|[.…·_\\-–—:;,'`+*]{4,}"));
    int pos = 0;
    const int n = int(w.size());
    QRegularExpressionMatchIterator it = leaderRun.globalMatch(w);
    QList<QPair<int, int>> leaders;
    while (it.hasNext()) {
        const auto m = it.next();
        leaders.append({int(m.capturedStart()), int(m.capturedEnd())});
    }
    auto emitPlain = [&](int a, int b) {
        // Further split at ':' inside plain text.
        int s = a;
        for (int i = a; i < b; ++i) {
            if (w[i] == QLatin1Char(':')) {
                if (i > s)
                    out.append({s, i, false, true, true});
                else if (!out.isEmpty()) {
                    out.last().colonAfter = true;
                    out.last().strong = true;
                }
                s = i + 1;
            }
        }
        if (b > s)
            out.append({s, b, false, false, false});
    };
    // Values typed onto a dotted line: OCR reads the dots between and around
    // the typed words into them (".ÔNG..MẠNH..KHÁNH", "--Nâm", "Nam-‹"). The
    // residue is no part of the words: a short run of dots or dashes between
    // two letters or digits separates them, and runs glued to a word's start or
    // a dash run at its end are dropped.
    // The same for a table's ruled lines read as characters glued to a cell's
    // first or last word ("|Ngày", "[15/09/2026", "Nữ|").
    auto isResidue = [](QChar c) {
        return c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('_') ||
               c == QChar(0x2026) || c == QLatin1Char('|') || c == QLatin1Char('[') ||
               c == QLatin1Char(']') || c == QLatin1Char('{') || c == QLatin1Char('}') ||
               c == QChar(0x2013) || c == QChar(0x2014) || c == QChar(0x2039) || c == QChar(0x203A) ||
               c == QChar(0x00AB) || c == QChar(0x00BB);
    };
    auto emitText = [&](int a, int b) {
        int lead = a;
        while (lead < b && isResidue(w[lead]))
            ++lead;
        if (lead < b && w[lead].isLetterOrNumber())
            a = lead;
        int tail = b;
        while (tail > a && isResidue(w[tail - 1]))
            --tail;
        // A single '.' ends an abbreviation or a sentence ("TP.", "Q."): kept.
        if (tail < b && tail > a && !(b - tail == 1 && w[tail] == QLatin1Char('.')))
            b = tail;
        int from = a;
        for (int i = a + 1; i + 2 < b; ++i) {
            if (w[i - 1].isLetterOrNumber() && isResidue(w[i]) && isResidue(w[i + 1]) &&
                w[i + 2].isLetterOrNumber()) {
                emitPlain(from, i);
                from = i + 2;
                i += 2;
            }
        }
        emitPlain(from, b);
    };
    for (const auto& l : leaders) {
        if (l.first > pos)
            emitText(pos, l.first);
        out.append({l.first, l.second, true, false, false});
        pos = l.second;
    }
    if (pos < n) {
        // Text glued after a leader is residue of the leader.
        if (!leaders.isEmpty() && leaders.last().second == pos && looksLikeLeader(w.mid(pos)))
            out.append({pos, n, true, false, false});
        else
            emitText(pos, n);
    }
    // Weak colon: a label misread with ';' or ',' or '.' at its end.
    for (Piece& p : out) {
        if (p.leader || p.colonAfter || p.to - p.from < 2)
            continue;
        const QChar last = w[p.to - 1];
        if (last == QLatin1Char(';') || last == QLatin1Char(',') || last == QLatin1Char('.'))
            p.colonAfter = true;
    }
    return out;
}

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::clamp(int(p * (v.size() - 1)), 0, int(v.size()) - 1)];
}

// Skew from the words' bottoms along each OCR line (Theil–Sen per line, median over lines).
double estimateSlope(const ocr::OcrPage& page)
{
    QList<double> slopes;
    for (const ocr::OcrLine& line : page.lines) {
        if (line.wordCount < 3)
            continue;
        QList<double> s;
        for (int i = line.firstWord; i < line.firstWord + line.wordCount && i < page.words.size(); ++i) {
            for (int j = i + 1; j < line.firstWord + line.wordCount && j < page.words.size(); ++j) {
                const QRect& a = page.words[i].box;
                const QRect& b = page.words[j].box;
                const double dx = b.center().x() - a.center().x();
                if (std::abs(dx) < 4 * std::max(a.height(), 8))
                    continue;
                s.append((b.bottom() - a.bottom()) / dx);
            }
        }
        if (s.size() >= 2)
            slopes.append(median(s));
    }
    const double m = median(slopes);
    return std::abs(m) < 0.1 ? m : 0; // more than ~6 degrees: not a skew we can trust
}

// Page p's words as tokens (split at colons and leaders), in the frame turned by the page's skew
// (c, s: its cosine and sine).
void appendPageTokens(DocumentModel& doc, const ocr::OcrPage& page, int p, double c, double s)
{
    const int firstToken = int(doc.tokens.size());
    int prevLine = -1;
    for (int wi = 0; wi < page.words.size(); ++wi) {
        const ocr::OcrWord& word = page.words[wi];
        // A fraction slash read for '/' ("02⁄2019") is a slash.
        const QString text =
            word.text.normalized(QString::NormalizationForm_C).replace(QChar(0x2044), QLatin1Char('/'));
        if (text.trimmed().isEmpty())
            continue;
        const QList<Piece> pieces = splitWord(text);
        const bool newLine = word.line != prevLine;
        prevLine = word.line;
        bool firstOfLine = newLine;
        for (const Piece& pc : pieces) {
            if (pc.to <= pc.from)
                continue;
            Token t;
            t.page = p;
            t.word = wi;
            t.ocrLine = word.line;
            t.text = text.mid(pc.from, pc.to - pc.from);
            t.key = foldKey(t.text);
            // Share the word box out by characters.
            const double w = word.box.width();
            const int left = word.box.left() + int(w * pc.from / text.size());
            const int right = word.box.left() + int(w * pc.to / text.size()) - 1;
            t.box = QRect(QPoint(left, word.box.top()), QPoint(std::max(left, right), word.box.bottom()));
            const double cx = (t.box.left() + t.box.right()) / 2.0, cy = (t.box.top() + t.box.bottom()) / 2.0;
            const double dcx = cx * c + cy * s, dcy = -cx * s + cy * c;
            t.x0 = dcx - t.box.width() / 2.0;
            t.x1 = dcx + t.box.width() / 2.0;
            t.y0 = dcy - t.box.height() / 2.0;
            t.y1 = dcy + t.box.height() / 2.0;
            double sum = 0;
            for (int k = pc.from; k < pc.to; ++k) {
                const float cc = k < word.charConfidences.size() ? word.charConfidences[k] : word.confidence;
                t.charConf.append(cc);
                sum += cc;
            }
            t.conf = sum / (pc.to - pc.from);
            // A ruled line read as a character ("|", "[") separates cells as a leader does.
            static const QRegularExpression rule(QStringLiteral("^[|\\[\\]{}]+$"));
            t.leader = pc.leader || looksLikeLeader(t.text) || (t.key.isEmpty() && t.text.size() >= 2) ||
                       rule.match(t.text).hasMatch();
            t.colonAfter = pc.colonAfter;
            t.strongColon = pc.strong;
            t.marker = firstOfLine && isMarkerText(t.text);
            t.reread = word.reread;
            firstOfLine = false;
            doc.tokens.append(t);
        }
        // A lone ':' word belongs to the token before it.
        if (pieces.isEmpty() && text.contains(QLatin1Char(':')) && doc.tokens.size() > firstToken) {
            doc.tokens.last().colonAfter = true;
            doc.tokens.last().strongColon = true;
        }
    }
}

// An OCR line's tokens and the band they cover.
struct LineBand {
    QList<int> toks;
    double y0, y1, x0, x1;
};

// The OCR lines of the tokens from firstToken on, top to bottom.
QList<LineBand> lineBands(const DocumentModel& doc, int firstToken)
{
    QList<LineBand> bands;
    QHash<int, int> bandOfLine;
    for (int ti = firstToken; ti < doc.tokens.size(); ++ti) {
        const Token& t = doc.tokens[ti];
        auto it = bandOfLine.find(t.ocrLine);
        if (it == bandOfLine.end()) {
            it = bandOfLine.insert(t.ocrLine, int(bands.size()));
            bands.append({{}, 0, 0, 0, 0});
        }
        bands[*it].toks.append(ti);
    }
    for (LineBand& b : bands) {
        QList<double> tops, bottoms;
        b.x0 = 1e9;
        b.x1 = -1e9;
        for (int ti : b.toks) {
            const Token& t = doc.tokens[ti];
            if (!t.leader) {
                tops.append(t.y0);
                bottoms.append(t.y1);
            }
            b.x0 = std::min(b.x0, t.x0);
            b.x1 = std::max(b.x1, t.x1);
        }
        if (tops.isEmpty())
            for (int ti : b.toks) {
                tops.append(doc.tokens[ti].y0);
                bottoms.append(doc.tokens[ti].y1);
            }
        b.y0 = median(tops);
        b.y1 = median(bottoms);
    }
    std::sort(bands.begin(), bands.end(),
              [](const LineBand& a, const LineBand& b) { return a.y0 + a.y1 < b.y0 + b.y1; });
    return bands;
}

// OCR lines grouped into visual rows: a band joins a row of the same height it does not
// overlap horizontally (a line Tesseract cut in two, columns side by side).
QList<Row> visualRows(const DocumentModel& doc, const QList<LineBand>& bands, int p)
{
    QList<Row> rows;
    for (const LineBand& b : bands) {
        Row* target = nullptr;
        for (int r = int(rows.size()) - 1; r >= 0 && r >= int(rows.size()) - 4; --r) {
            Row& row = rows[r];
            const double overlap = std::min(row.y1, b.y1) - std::max(row.y0, b.y0);
            const double minH = std::min(row.height(), b.y1 - b.y0);
            if (minH <= 0 || overlap < 0.5 * minH)
                continue;
            // Same height; must not overlap horizontally with what is already there.
            bool clash = false;
            for (int ti : row.tokens) {
                const Token& t = doc.tokens[ti];
                if (t.x1 > b.x0 + 2 && t.x0 < b.x1 - 2) {
                    clash = true;
                    break;
                }
            }
            if (!clash) {
                target = &row;
                break;
            }
        }
        if (!target) {
            rows.append(Row{});
            target = &rows.last();
            target->page = p;
            target->y0 = b.y0;
            target->y1 = b.y1;
            target->x0 = b.x0;
            target->x1 = b.x1;
        } else {
            target->y0 = std::min(target->y0, b.y0);
            target->y1 = std::max(target->y1, b.y1);
            target->x0 = std::min(target->x0, b.x0);
            target->x1 = std::max(target->x1, b.x1);
        }
        target->tokens += b.toks;
    }
    return rows;
}

// Each row's tokens left to right, and the page's line height, pitch and text edges from its rows.
void measureRows(const DocumentModel& doc, QList<Row>& rows, PageGeometry& geo)
{
    QList<double> heights, rights, lefts;
    for (Row& row : rows) {
        std::sort(row.tokens.begin(), row.tokens.end(),
                  [&](int a, int b) { return doc.tokens[a].x0 < doc.tokens[b].x0; });
        int words = 0;
        for (int ti : row.tokens)
            words += !doc.tokens[ti].leader;
        if (words >= 2)
            heights.append(row.height());
        if (row.tokens.size() >= 3) {
            rights.append(row.x1);
            lefts.append(row.x0);
        }
    }
    geo.lineHeight = heights.isEmpty() ? 30 : std::max(8.0, median(heights));
    // Rows side by side (columns) are not a line apart: only steps down count.
    QList<double> steps;
    for (int r = 1; r < rows.size(); ++r) {
        const double step = rows[r].cy() - rows[r - 1].cy();
        if (step > 0.6 * geo.lineHeight)
            steps.append(step);
    }
    geo.linePitch = steps.isEmpty() ? 1.5 * geo.lineHeight : median(steps);
    geo.textLeft = percentile(lefts, 0.1);
    geo.textRight = percentile(rights, 0.9);
}

} // namespace

DocumentModel DocumentModel::build(const QList<ocr::OcrPage>& pages)
{
    DocumentModel doc;
    for (int p = 0; p < pages.size(); ++p) {
        const ocr::OcrPage& page = pages[p];
        PageGeometry geo;
        geo.width = page.width;
        geo.height = page.height;
        geo.slope = estimateSlope(page);
        const double theta = std::atan(geo.slope);
        const int firstToken = int(doc.tokens.size());
        appendPageTokens(doc, page, p, std::cos(theta), std::sin(theta));
        QList<Row> rows = visualRows(doc, lineBands(doc, firstToken), p);
        measureRows(doc, rows, geo);
        // Rows are ordered by height on the page; store them.
        const int rowBase = int(doc.rows.size());
        for (int r = 0; r < rows.size(); ++r) {
            for (int ti : rows[r].tokens)
                doc.tokens[ti].row = rowBase + r;
            doc.rows.append(rows[r]);
        }
        doc.pages.append(geo);
    }
    // Item markers may also sit at the start of a visual row made of several OCR lines.
    for (const Row& row : doc.rows)
        if (!row.tokens.isEmpty() && isMarkerText(doc.tokens[row.tokens.first()].text))
            doc.tokens[row.tokens.first()].marker = true;
    return doc;
}

QPolygonF PageGeometry::toPage(const QRectF& deskewed) const
{
    // The inverse of the rotation build() applies to every box centre.
    const double theta = std::atan(slope);
    const double c = std::cos(theta), s = std::sin(theta);
    QPolygonF out;
    for (const QPointF& p :
         {deskewed.topLeft(), deskewed.topRight(), deskewed.bottomRight(), deskewed.bottomLeft()})
        out.append(QPointF(p.x() * c - p.y() * s, p.x() * s + p.y() * c));
    return out;
}

QString DocumentModel::rowText(int row, int fromToken, int toToken) const
{
    const Row& r = rows[row];
    if (toToken < 0 || toToken > r.tokens.size())
        toToken = int(r.tokens.size());
    QString out;
    for (int i = fromToken; i < toToken; ++i) {
        if (!out.isEmpty())
            out.append(QLatin1Char(' '));
        out.append(tokens[r.tokens[i]].text);
    }
    return out;
}

} // namespace sohoa::extraction
