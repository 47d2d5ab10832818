#include "ClipCheck.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTextDocument>
#include <QToolButton>
#include <QtMath>

namespace sohoa::test {

namespace {

// Pixels of slack: rounding of font metrics against the style's own sums.
constexpr int kSlack = 2;

QString where(const QWidget* w)
{
    QStringList path;
    for (const QWidget* p = w; p; p = p->parentWidget()) {
        if (!p->objectName().isEmpty() && !p->objectName().startsWith(QLatin1String("qt_"))) {
            path.prepend(p->objectName());
            if (path.size() >= 3)
                break;
        }
    }
    return QStringLiteral("%1 [%2]").arg(QString::fromLatin1(w->metaObject()->className()),
                                         path.join(QLatin1Char('/')));
}

// The part of `w` its ancestors let be seen (a widget scrolled out of a
// scroll area is not on screen, so its text cannot be cut there).
bool onScreen(const QWidget* w)
{
    QRect r(w->mapTo(w->window(), QPoint(0, 0)), w->size());
    for (const QWidget* p = w->parentWidget(); p; p = p->parentWidget()) {
        const QRect pr(p->mapTo(p->window(), QPoint(0, 0)), p->size());
        r = r.intersected(pr);
        if (r.isEmpty())
            return false;
    }
    return true;
}

bool insideScrollArea(const QWidget* w)
{
    for (const QWidget* p = w->parentWidget(); p; p = p->parentWidget())
        if (qobject_cast<const QAbstractScrollArea*>(p))
            return true;
    return false;
}

bool hasTip(const QWidget* w, const QString& text = {})
{
    return !w->toolTip().isEmpty() && (text.isEmpty() || w->toolTip().contains(text));
}

QString plain(const QLabel* label)
{
    QString t = label->text();
    if (label->buddy())
        t.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    return t;
}

void checkLabel(const QLabel* label, QStringList& out)
{
    if (label->text().isEmpty() || label->pixmap().cacheKey() != 0)
        return;
    const QRect cr =
        label->contentsRect().adjusted(label->margin(), label->margin(), -label->margin(), -label->margin());
    const bool rich = label->textFormat() == Qt::RichText ||
                      (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
    int needW = 0, needH = 0;
    if (rich) {
        QTextDocument doc;
        doc.setDefaultFont(label->font());
        doc.setDocumentMargin(0);
        doc.setHtml(label->text());
        if (label->wordWrap()) {
            doc.setTextWidth(cr.width());
            needH = qCeil(doc.size().height());
            needW = qMin(qCeil(doc.idealWidth()), cr.width());
        } else {
            needW = qCeil(doc.idealWidth());
            needH = qCeil(doc.size().height());
        }
    } else if (label->wordWrap()) {
        // heightForWidth counts the frame, margin and contents margins that
        // `cr` leaves out (a message box's labels have some).
        needH = label->heightForWidth(label->width()) - (label->height() - cr.height());
        needW = 0;
    } else {
        const QFontMetrics fm(label->font());
        const QRect br = fm.boundingRect(QRect(0, 0, 100000, 100000), Qt::TextShowMnemonic, plain(label));
        needW = br.width();
        needH = br.height();
    }
    if ((needW > cr.width() + kSlack || needH > cr.height() + kSlack) && !hasTip(label))
        out.append(QStringLiteral("%1 \"%2\": needs %3x%4, has %5x%6")
                       .arg(where(label), plain(label).left(60))
                       .arg(needW)
                       .arg(needH)
                       .arg(cr.width())
                       .arg(cr.height()));
}

void checkButton(const QAbstractButton* b, QStringList& out)
{
    if (b->text().isEmpty())
        return;
    if (auto* tb = qobject_cast<const QToolButton*>(b); tb && tb->toolButtonStyle() == Qt::ToolButtonIconOnly)
        return;
    const QSize hint = b->sizeHint();
    if (b->width() + kSlack < hint.width() ||
        b->height() + kSlack < qMin(hint.height(), b->fontMetrics().height()))
        out.append(QStringLiteral("%1 \"%2\": needs %3 px wide, has %4")
                       .arg(where(b), QString(b->text()).remove(QLatin1Char('&')))
                       .arg(hint.width())
                       .arg(b->width()));
}

void checkLineEdit(const QLineEdit* e, QStringList& out)
{
    if (e->text().isEmpty() || e->echoMode() != QLineEdit::Normal)
        return;
    const QMargins m = e->textMargins();
    const int frame = e->hasFrame() ? e->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, e) : 0;
    const int room = e->width() - 2 * frame - 4 - m.left() - m.right(); // QLineEdit keeps 2 px each side
    const int need = e->fontMetrics().horizontalAdvance(e->text());
    if (need > room + kSlack && !hasTip(e, e->text()))
        out.append(QStringLiteral("%1 \"%2\": needs %3 px, has %4")
                       .arg(where(e), e->text().left(60))
                       .arg(need)
                       .arg(room));
}

void checkHeader(const QHeaderView* h, QStringList& out)
{
    if (!h->model() || h->orientation() != Qt::Horizontal)
        return;
    for (int v = 0; v < h->count(); ++v) {
        const int logical = h->logicalIndex(v);
        if (h->isSectionHidden(logical) || h->sectionSize(logical) == 0)
            continue;
        const QString text = h->model()->headerData(logical, Qt::Horizontal, Qt::DisplayRole).toString();
        if (text.isEmpty() ||
            !h->model()->headerData(logical, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty())
            continue;
        const int need = h->sectionSizeHint(logical);
        if (h->sectionSize(logical) + kSlack < need)
            out.append(QStringLiteral("%1 column \"%2\": needs %3 px, has %4")
                           .arg(where(h), text)
                           .arg(need)
                           .arg(h->sectionSize(logical)));
    }
}

void checkTable(const QTableView* view, QStringList& out)
{
    const QAbstractItemModel* model = view->model();
    if (!model)
        return;
    const int first = view->rowAt(0);
    if (first < 0)
        return;
    int last = view->rowAt(view->viewport()->height() - 1);
    if (last < 0)
        last = model->rowCount() - 1;
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.font = view->font();
    option.features = QStyleOptionViewItem::HasDisplay;
    for (int row = first; row <= last; ++row) {
        for (int c = 0; c < model->columnCount(); ++c) {
            if (view->isColumnHidden(c) || view->columnWidth(c) == 0)
                continue;
            const QModelIndex i = model->index(row, c);
            const QString text = i.data(Qt::DisplayRole).toString();
            if (text.isEmpty() || !i.data(Qt::ToolTipRole).toString().isEmpty())
                continue;
            const int need = view->itemDelegateForIndex(i)->sizeHint(option, i).width();
            if (view->columnWidth(c) + kSlack < need) {
                out.append(QStringLiteral("%1 cell (%2, %3) \"%4\": needs %5 px, has %6")
                               .arg(where(view))
                               .arg(row)
                               .arg(c)
                               .arg(text.left(60))
                               .arg(need)
                               .arg(view->columnWidth(c)));
                return; // one cell says enough about a table
            }
        }
    }
}

// A list (not a table): its items must show whole in the list's width, by
// wrapping or by eliding with a tooltip; a list that scrolls sideways hides
// the end of its lines.
void checkList(const QListView* view, QStringList& out)
{
    const QAbstractItemModel* model = view->model();
    if (!model || model->rowCount() == 0)
        return;
    if (view->horizontalScrollBar()->isVisible()) {
        out.append(QStringLiteral("%1: scrolls sideways").arg(where(view)));
        return;
    }
    if (view->flow() != QListView::TopToBottom || view->viewMode() != QListView::ListMode)
        return;
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.font = view->font();
    option.features = QStyleOptionViewItem::HasDisplay;
    if (view->wordWrap())
        option.features |= QStyleOptionViewItem::WrapText;
    const int room = view->viewport()->width();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex i = model->index(row, view->modelColumn());
        const QRect r = view->visualRect(i);
        if (r.isEmpty() || !view->viewport()->rect().intersects(r))
            continue;
        const QString text = i.data(Qt::DisplayRole).toString();
        if (text.isEmpty() || !i.data(Qt::ToolTipRole).toString().isEmpty())
            continue;
        option.rect = QRect(0, 0, room, r.height());
        const int need = view->wordWrap() ? 0 : view->itemDelegateForIndex(i)->sizeHint(option, i).width();
        if (need > room + kSlack || r.right() > room + kSlack) {
            out.append(QStringLiteral("%1 item %2 \"%3\": needs %4 px, has %5")
                           .arg(where(view))
                           .arg(row)
                           .arg(text.left(60))
                           .arg(qMax(need, r.right()))
                           .arg(room));
            return;
        }
    }
}

void checkScrollArea(const QScrollArea* area, QStringList& out)
{
    if (area->horizontalScrollBar()->isVisible())
        out.append(QStringLiteral("%1: scrolls sideways").arg(where(area)));
    else if (area->widget() && area->widget()->width() > area->viewport()->width() + kSlack)
        out.append(QStringLiteral("%1: content %2 px wide is cut to %3")
                       .arg(where(area))
                       .arg(area->widget()->width())
                       .arg(area->viewport()->width()));
}

} // namespace

QStringList clippedTexts(QWidget* root)
{
    QStringList out;
    const QRect window = root->window()->rect();
    const auto widgets = root->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        if (!w->isVisible() || w->isWindow() || !onScreen(w))
            continue;
        const QRect inWindow(w->mapTo(w->window(), QPoint(0, 0)), w->size());
        if (w->window() == root->window() && !window.contains(inWindow) && !insideScrollArea(w))
            out.append(QStringLiteral("%1: reaches outside the window (%2,%3 %4x%5)")
                           .arg(where(w))
                           .arg(inWindow.x())
                           .arg(inWindow.y())
                           .arg(inWindow.width())
                           .arg(inWindow.height()));
        if (auto* l = qobject_cast<QLabel*>(w))
            checkLabel(l, out);
        else if (auto* b = qobject_cast<QAbstractButton*>(w))
            checkButton(b, out);
        else if (auto* e = qobject_cast<QLineEdit*>(w))
            checkLineEdit(e, out);
        else if (auto* h = qobject_cast<QHeaderView*>(w))
            checkHeader(h, out);
        else if (auto* t = qobject_cast<QTableView*>(w))
            checkTable(t, out);
        else if (auto* lv = qobject_cast<QListView*>(w))
            checkList(lv, out);
        else if (auto* a = qobject_cast<QScrollArea*>(w))
            checkScrollArea(a, out);
    }
    return out;
}

} // namespace sohoa::test
