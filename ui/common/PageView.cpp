#include "ui/common/PageView.h"

#include <QGraphicsPixmapItem>
#include <QGraphicsRectItem>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace sohoa::ui {

namespace {
constexpr double kMinZoom = 0.05;
constexpr double kMaxZoom = 8.0;
constexpr double kMinPreference = 0.3;
constexpr double kMaxPreference = 5.0;
} // namespace

PageView::PageView(QWidget* parent)
    : QGraphicsView(parent)
{
    setObjectName(QStringLiteral("pageView"));
    setScene(new QGraphicsScene(this));
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setRenderHints(QPainter::SmoothPixmapTransform | QPainter::Antialiasing);
    setBackgroundBrush(QColor(90, 90, 90));
    setFocusPolicy(Qt::ClickFocus); // keyboard users stay in the fields; the view follows them
    m_placeholder = tr("No page image");
    setAccessibleName(tr("Page image"));
}

void PageView::setPlaceholder(const QString& text)
{
    m_placeholder = text;
    viewport()->update();
}

void PageView::setImage(const QImage& image)
{
    clearBoxes();
    m_image = image;
    m_imageSize = image.size();
    m_correctedSize = QSize();
    m_correctedToOriginal = QTransform();
    rebuild();
    m_fitMode = true;
    applyFit();
    viewport()->update();
}

void PageView::setCorrection(const QSize& correctedSize, const QTransform& correctedToOriginal)
{
    bool invertible = false;
    (void)correctedToOriginal.inverted(&invertible);
    const bool usable = !m_image.isNull() && !correctedSize.isEmpty() && invertible;
    const QSize size = usable ? correctedSize : QSize();
    const QTransform map = usable ? correctedToOriginal : QTransform();
    if (size == m_correctedSize && map == m_correctedToOriginal)
        return;
    const bool wasShown = showsCorrected();
    m_correctedSize = size;
    m_correctedToOriginal = map;
    if (wasShown || showsCorrected()) {
        rebuild();
        restoreZoom();
    }
}

void PageView::setShowCorrected(bool on)
{
    if (on == m_showCorrected)
        return;
    m_showCorrected = on;
    if (!hasCorrection())
        return;
    rebuild();
    restoreZoom();
}

void PageView::restoreZoom()
{
    if (m_fitMode || m_focusBox.isNull())
        applyFit();
    else
        showBox(m_focusBox);
    viewport()->update();
}

void PageView::rebuild()
{
    // The scene's items go with it; the boxes are drawn again below.
    scene()->clear();
    m_pixmap = nullptr;
    m_focus = nullptr;
    m_rubber = nullptr;
    m_others.clear();
    m_toShown = QTransform();
    m_shownSize = m_imageSize;
    if (m_image.isNull()) {
        scene()->setSceneRect(QRectF());
        return;
    }
    QImage shown = m_image;
    if (showsCorrected()) {
        // Drawn through the inverse of the map OCR recorded (projective for a
        // photo), no larger than the archived page: an enlarged small print
        // needs no more pixels than were captured.
        const double area = double(m_correctedSize.width()) * m_correctedSize.height();
        const double s = std::min(1.0, std::sqrt(double(m_imageSize.width()) * m_imageSize.height() / area));
        m_toShown = m_correctedToOriginal.inverted() * QTransform::fromScale(s, s);
        m_shownSize = QSize(std::max(1, int(std::lround(m_correctedSize.width() * s))),
                            std::max(1, int(std::lround(m_correctedSize.height() * s))));
        QImage canvas(m_shownSize, QImage::Format_RGB32);
        canvas.fill(Qt::white);
        QPainter painter(&canvas);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.setTransform(m_toShown);
        painter.drawImage(QPointF(0, 0), m_image);
        painter.end();
        shown = std::move(canvas);
    }
    m_pixmap = scene()->addPixmap(QPixmap::fromImage(shown));
    m_pixmap->setTransformationMode(Qt::SmoothTransformation);
    scene()->setSceneRect(QRectF(QPointF(0, 0), QSizeF(m_shownSize)));
    const QList<QRect> others = m_otherBoxes;
    setOtherBoxes(others);
    setFocusBox(m_focusBox, false);
}

QRectF PageView::shown(const QRect& box) const
{
    return m_toShown.mapRect(QRectF(box));
}

void PageView::setZoomPreferences(double box, double page)
{
    m_boxPreference = qBound(kMinPreference, box > 0 ? box : 1.0, kMaxPreference);
    m_pagePreference = qBound(kMinPreference, page > 0 ? page : 1.0, kMaxPreference);
    if (m_fitMode)
        applyFit();
    else if (m_focus)
        showBox(m_focusBox);
}

void PageView::clearBoxes()
{
    for (QGraphicsRectItem* r : std::as_const(m_others))
        delete r;
    m_others.clear();
    m_otherBoxes.clear();
    delete m_focus;
    m_focus = nullptr;
    m_focusBox = QRect();
}

void PageView::setOtherBoxes(const QList<QRect>& boxes)
{
    for (QGraphicsRectItem* r : std::as_const(m_others))
        delete r;
    m_others.clear();
    m_otherBoxes = boxes;
    if (!m_pixmap)
        return;
    QPen pen(QColor(30, 136, 229, 140));
    pen.setCosmetic(true);
    pen.setWidth(1);
    for (const QRect& b : boxes) {
        auto* item =
            scene()->addRect(shown(b), pen, Qt::NoBrush); // outlines only: the ink stays as dark as on paper
        item->setZValue(1);
        m_others.append(item);
    }
}

void PageView::setFocusBox(const QRect& box, bool scrollTo)
{
    m_focusBox = box;
    delete m_focus;
    m_focus = nullptr;
    if (!m_pixmap || box.isNull())
        return;
    QPen pen(QColor(229, 57, 53));
    pen.setCosmetic(true);
    pen.setWidth(3);
    // An outline just outside the box: nothing is laid over the ink.
    m_focus = scene()->addRect(shown(box).adjusted(-4, -4, 4, 4), pen, Qt::NoBrush);
    m_focus->setZValue(2);
    if (scrollTo)
        showBox(box);
}

void PageView::showBox(const QRect& imageBox)
{
    const QRectF box = shown(imageBox);
    // Zoom so the whole box reads comfortably: a short field up to 200 %, a
    // long address zoomed out until it fits the view's width with some of
    // its surroundings. Each field gets its own zoom, in and out.
    const QSize view = viewport()->size();
    const double byWidth = view.width() * 0.9 / std::max(1.0, box.width() + 80);
    const double byHeight = view.height() * 0.5 / std::max(1.0, box.height() + 40);
    const double wanted = qBound(kMinZoom, std::min({byWidth, byHeight, 2.0}) * m_boxPreference, kMaxZoom);
    if (m_fitMode || !qFuzzyCompare(zoom(), wanted)) {
        m_fitMode = false;
        const double f = wanted / zoom();
        scale(f, f);
        Q_EMIT zoomChanged(zoom());
    }
    centerOn(box.center());
}

double PageView::zoom() const
{
    return transform().m11();
}

void PageView::scaleBy(double factor, bool byUser)
{
    const double target = qBound(kMinZoom, zoom() * factor, kMaxZoom);
    const double f = target / zoom();
    if (qFuzzyCompare(f, 1.0))
        return;
    const bool onBox = m_focus && !m_fitMode;
    m_fitMode = false;
    scale(f, f);
    Q_EMIT zoomChanged(zoom());
    if (!byUser || !m_pixmap)
        return;
    // The clerk's zoom is remembered as a factor on what the view would choose.
    if (onBox)
        m_boxPreference = qBound(kMinPreference, m_boxPreference * f, kMaxPreference);
    else
        m_pagePreference = qBound(kMinPreference, zoom() / fitZoom(), kMaxPreference);
    Q_EMIT zoomPreferenceChanged();
}

void PageView::zoomIn()
{
    scaleBy(1.25, true);
}

void PageView::zoomOut()
{
    scaleBy(0.8, true);
}

double PageView::fitZoom() const
{
    const QSize view = viewport()->size();
    if (m_shownSize.isEmpty() || view.isEmpty())
        return 1.0;
    return std::max(kMinZoom, std::min(double(view.width() - 2) / m_shownSize.width(),
                                       double(view.height() - 2) / m_shownSize.height()));
}

void PageView::applyFit()
{
    if (!m_pixmap)
        return;
    fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
    if (!qFuzzyCompare(m_pagePreference, 1.0)) {
        const double target = qBound(kMinZoom, zoom() * m_pagePreference, kMaxZoom);
        const double f = target / zoom();
        scale(f, f);
    }
    Q_EMIT zoomChanged(zoom());
}

void PageView::fitToWindow()
{
    m_fitMode = true;
    if (!qFuzzyCompare(m_pagePreference, 1.0)) {
        m_pagePreference = 1.0;
        Q_EMIT zoomPreferenceChanged();
    }
    applyFit();
}

void PageView::fitToWidth()
{
    if (!m_pixmap)
        return;
    m_fitMode = false;
    const double f = (viewport()->width() - 4) / double(qMax(1, m_shownSize.width()));
    resetTransform();
    scale(f, f);
    Q_EMIT zoomChanged(zoom());
}

void PageView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        scaleBy(event->angleDelta().y() > 0 ? 1.15 : 1 / 1.15, true);
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void PageView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitMode)
        applyFit();
}

void PageView::setDrawingZone(bool on)
{
    m_drawing = on;
    setDragMode(on ? QGraphicsView::NoDrag : QGraphicsView::ScrollHandDrag);
    viewport()->setCursor(on ? Qt::CrossCursor : Qt::OpenHandCursor);
}

void PageView::mousePressEvent(QMouseEvent* event)
{
    if (m_drawing && m_pixmap && event->button() == Qt::LeftButton) {
        m_dragStart = mapToScene(event->position().toPoint());
        QPen pen(QColor(67, 160, 71));
        pen.setCosmetic(true);
        pen.setWidth(2);
        m_rubber = scene()->addRect(QRectF(m_dragStart, m_dragStart), pen, QColor(67, 160, 71, 40));
        m_rubber->setZValue(3);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void PageView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_rubber) {
        m_rubber->setRect(QRectF(m_dragStart, mapToScene(event->position().toPoint())).normalized());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void PageView::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_rubber) {
        // Zones are kept in the archived image's pixels, whichever page is shown.
        const QRect box = m_toShown.inverted()
                              .mapRect(m_rubber->rect())
                              .toAlignedRect()
                              .intersected(QRect(QPoint(0, 0), m_imageSize));
        delete m_rubber;
        m_rubber = nullptr;
        if (box.width() > 8 && box.height() > 8)
            Q_EMIT zoneDrawn(box);
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void PageView::drawForeground(QPainter* painter, const QRectF& rect)
{
    QGraphicsView::drawForeground(painter, rect);
    if (m_pixmap)
        return;
    painter->save();
    painter->resetTransform();
    painter->setPen(Qt::white);
    painter->drawText(viewport()->rect(), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
    painter->restore();
}

} // namespace sohoa::ui
