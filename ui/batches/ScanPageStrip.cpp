#include "ui/batches/ScanPageStrip.h"

#include <QAbstractItemModel>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QShortcut>
#include <QStyledItemDelegate>
#include <QTransform>
#include <QVBoxLayout>

namespace sohoa::ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kIconSide = 150;

// The page's name under its thumbnail, inside the selection's colour (list
// mode would put it beside the picture, outside the highlight).
class ThumbnailDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->decorationPosition = QStyleOptionViewItem::Top;
        option->decorationAlignment = Qt::AlignCenter;
        option->displayAlignment = Qt::AlignHCenter | Qt::AlignTop;
    }
};

} // namespace

ScanPageStrip::ScanPageStrip(QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_left(new QPushButton(tr("Turn left"), this))
    , m_right(new QPushButton(tr("Turn right"), this))
    , m_moveLeft(new QPushButton(tr("Move earlier"), this))
    , m_moveRight(new QPushButton(tr("Move later"), this))
    , m_delete(new QPushButton(tr("Delete page"), this))
    , m_rescan(new QPushButton(tr("Scan again"), this))
{
    m_list->setObjectName(QStringLiteral("scanPages"));
    m_left->setObjectName(QStringLiteral("turnLeft"));
    m_right->setObjectName(QStringLiteral("turnRight"));
    m_moveLeft->setObjectName(QStringLiteral("moveEarlier"));
    m_moveRight->setObjectName(QStringLiteral("moveLater"));
    m_delete->setObjectName(QStringLiteral("deletePage"));
    m_rescan->setObjectName(QStringLiteral("rescanPage"));
    m_left->setToolTip(tr("Turn the page a quarter anticlockwise (Shift+R)"));
    m_right->setToolTip(tr("Turn the page a quarter clockwise (R)"));
    m_moveLeft->setToolTip(tr("Put the page one place earlier (Ctrl+Left); pages can also be dragged"));
    m_moveRight->setToolTip(tr("Put the page one place later (Ctrl+Right)"));
    m_delete->setToolTip(tr("Take the page out before it is read (Del)"));
    m_rescan->setToolTip(tr("Scan this page again; the new scan takes its place (Ctrl+R)"));
    m_list->setAccessibleName(tr("Scanned pages"));
    // A horizontal strip in reading order that a drag reorders (list mode:
    // icon mode would only move the pictures, not the pages).
    m_list->setViewMode(QListView::ListMode);
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(false);
    m_list->setIconSize(QSize(kIconSide, kIconSide));
    m_list->setItemDelegate(new ThumbnailDelegate(m_list));
    m_list->setUniformItemSizes(false); // a turned page is wider than the others
    m_list->setSpacing(4);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setMinimumHeight(kIconSide + 60);
    m_list->setMaximumHeight(kIconSide + 70);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_left, m_right, m_moveLeft, m_moveRight, m_delete, m_rescan}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(buttons);

    auto current = [this] { return currentId(); };
    auto onKey = [this](const QKeySequence& key, auto action) {
        auto* s = new QShortcut(key, m_list);
        s->setContext(Qt::WidgetShortcut);
        connect(s, &QShortcut::activated, this, action);
    };
    auto rotateLeft = [this, current] {
        if (m_editable && current())
            Q_EMIT rotateRequested(current(), -1);
    };
    auto rotateRight = [this, current] {
        if (m_editable && current())
            Q_EMIT rotateRequested(current(), 1);
    };
    auto remove = [this, current] {
        if (m_editable && current())
            Q_EMIT removeRequested(current());
    };
    auto rescan = [this, current] {
        if (m_editable && current())
            Q_EMIT rescanRequested(current());
    };
    onKey(QKeySequence(Qt::Key_R), rotateRight);
    onKey(QKeySequence(Qt::SHIFT | Qt::Key_R), rotateLeft);
    onKey(QKeySequence(Qt::Key_Delete), remove);
    onKey(QKeySequence(Qt::CTRL | Qt::Key_Left), [this] { moveCurrent(-1); });
    onKey(QKeySequence(Qt::CTRL | Qt::Key_Right), [this] { moveCurrent(1); });
    onKey(QKeySequence(Qt::CTRL | Qt::Key_R), rescan);
    connect(m_left, &QPushButton::clicked, this, rotateLeft);
    connect(m_right, &QPushButton::clicked, this, rotateRight);
    connect(m_delete, &QPushButton::clicked, this, remove);
    connect(m_rescan, &QPushButton::clicked, this, rescan);
    connect(m_moveLeft, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_moveRight, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_list, &QListWidget::currentRowChanged, this, &ScanPageStrip::updateButtons);
    // A drag moved a page: the job takes the order shown.
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, [this] {
        if (!m_filling)
            Q_EMIT reorderRequested(ids());
    });
    updateButtons();
}

void ScanPageStrip::setPages(const std::vector<ingest::ReviewPage>& pages)
{
    const quint64 keep = currentId();
    const int keepRow = m_list->currentRow();
    m_filling = true;
    m_list->clear();
    int n = 0;
    for (const ingest::ReviewPage& p : pages) {
        ++n;
        QImage thumb = p.thumbnail;
        if (p.quarterTurns)
            thumb = thumb.transformed(QTransform().rotate(90.0 * p.quarterTurns));
        auto* item = new QListWidgetItem(QIcon(QPixmap::fromImage(thumb)), tr("Page %1").arg(n));
        item->setData(kIdRole, p.id);
        item->setTextAlignment(Qt::AlignHCenter | Qt::AlignTop);
        QString tip = p.back ? tr("Page %1: back of sheet %2").arg(n).arg(p.sheet)
                             : tr("Page %1: sheet %2").arg(n).arg(p.sheet);
        if (p.quarterTurns)
            tip += QLatin1Char('\n') + tr("Will be turned %1 degrees clockwise").arg(90 * p.quarterTurns);
        item->setToolTip(tip);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable |
                       (m_editable ? Qt::ItemIsDragEnabled : Qt::ItemFlags()));
        m_list->addItem(item);
    }
    m_filling = false;
    // Keep the same page chosen; if it went away, the one now in its place.
    setCurrentId(keep);
    if (m_list->currentRow() < 0 && m_list->count() > 0)
        m_list->setCurrentRow(std::clamp(keepRow, 0, m_list->count() - 1));
    updateButtons();
}

void ScanPageStrip::setEditable(bool editable)
{
    m_editable = editable;
    m_list->setDragDropMode(editable ? QAbstractItemView::InternalMove : QAbstractItemView::NoDragDrop);
    updateButtons();
}

int ScanPageStrip::pageCount() const
{
    return m_list->count();
}

quint64 ScanPageStrip::currentId() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(kIdRole).toULongLong() : 0;
}

void ScanPageStrip::setCurrentId(quint64 id)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(kIdRole).toULongLong() == id) {
            m_list->setCurrentRow(i);
            m_list->scrollToItem(m_list->item(i));
            return;
        }
}

QList<quint64> ScanPageStrip::ids() const
{
    QList<quint64> out;
    for (int i = 0; i < m_list->count(); ++i)
        out.append(m_list->item(i)->data(kIdRole).toULongLong());
    return out;
}

void ScanPageStrip::moveCurrent(int step)
{
    const int row = m_list->currentRow();
    if (!m_editable || row < 0)
        return;
    const int to = row + step;
    if (to < 0 || to >= m_list->count())
        return;
    Q_EMIT moveRequested(currentId(), to);
}

void ScanPageStrip::updateButtons()
{
    const int row = m_list->currentRow();
    const bool chosen = m_editable && row >= 0;
    for (QPushButton* b : {m_left, m_right, m_delete, m_rescan})
        b->setEnabled(chosen);
    m_moveLeft->setEnabled(chosen && row > 0);
    m_moveRight->setEnabled(chosen && row + 1 < m_list->count());
}

} // namespace sohoa::ui
