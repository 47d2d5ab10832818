#pragma once

#include <QGraphicsView>
#include <QImage>
#include <QList>
#include <QRect>
#include <QTransform>

class QGraphicsPixmapItem;
class QGraphicsRectItem;

namespace sohoa::ui {

// A page image with zoom (Ctrl+wheel, Ctrl++ / Ctrl+-, Ctrl+0 fits), pan
// (drag, arrow keys, scroll bars) and highlighted boxes: the focused field's
// box, faint boxes of other fields, and zones a clerk draws for a book layout.
class PageView : public QGraphicsView {
    Q_OBJECT
public:
    explicit PageView(QWidget* parent = nullptr);

    void setImage(const QImage& image); // a null image shows `placeholder`
    void setPlaceholder(const QString& text);
    bool hasImage() const { return !m_imageSize.isEmpty(); }
    QSize imageSize() const { return m_imageSize; } // of the image given (the archived page)

    // The page as OCR read it (OcrPage::correctedSize/correctedToOriginal: a
    // photo rectified, the page turned upright and deskewed). Given after
    // setImage (which forgets it); with setShowCorrected(true) the view shows
    // that corrected page, drawn in memory from the image, and maps every box
    // onto it. Boxes stay in the image's pixels for the caller either way;
    // the image itself is never changed.
    void setCorrection(const QSize& correctedSize, const QTransform& correctedToOriginal);
    bool hasCorrection() const { return !m_correctedSize.isEmpty(); }
    void setShowCorrected(bool on);
    bool showsCorrected() const { return m_showCorrected && hasCorrection(); }
    // Image pixels -> the pixels shown (identity unless the corrected page is shown).
    QTransform imageToShown() const { return m_toShown; }
    QSize shownSize() const { return m_shownSize; }

    // Boxes in image pixels.
    void setFocusBox(const QRect& box, bool scrollTo = true);
    void setOtherBoxes(const QList<QRect>& boxes);
    void clearBoxes();

    // Zone drawing: the next drag draws a rectangle and emits zoneDrawn (image pixels).
    void setDrawingZone(bool on);
    bool isDrawingZone() const { return m_drawing; }

    double zoom() const;

    // The clerk's own zoom, kept from record to record (and across starts with
    // rememberZoom, LayoutMemory.h): a factor on the automatic zoom of a
    // field's box, and one on the whole page fitted to the view. Ctrl+wheel and
    // Ctrl++/- change the one in use; Ctrl+0 sets the page's back to 1.
    double boxZoomPreference() const { return m_boxPreference; }
    double pageZoomPreference() const { return m_pagePreference; }
    void setZoomPreferences(double box, double page);
    QRect focusBox() const { return m_focusBox; }

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    void fitToWidth();

Q_SIGNALS:
    void zoneDrawn(const QRect& box);
    void zoomChanged(double factor);
    void zoomPreferenceChanged();

protected:
    void wheelEvent(QWheelEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;

private:
    void scaleBy(double factor, bool byUser = false);
    void showBox(const QRect& imageBox);
    void restoreZoom();
    void applyFit();
    double fitZoom() const;
    void rebuild(); // the scene from m_image, in the mode asked for
    QRectF shown(const QRect& box) const;

    QGraphicsPixmapItem* m_pixmap = nullptr;
    QGraphicsRectItem* m_focus = nullptr;
    QList<QGraphicsRectItem*> m_others;
    QImage m_image;
    QSize m_imageSize;
    QSize m_shownSize;
    QSize m_correctedSize;
    QTransform m_correctedToOriginal;
    QTransform m_toShown;
    bool m_showCorrected = false;
    QRect m_focusBox;
    QList<QRect> m_otherBoxes;
    QString m_placeholder;
    bool m_fitMode = true;
    double m_boxPreference = 1.0;
    double m_pagePreference = 1.0;
    bool m_drawing = false;
    QPointF m_dragStart;
    QGraphicsRectItem* m_rubber = nullptr;
};

} // namespace sohoa::ui
