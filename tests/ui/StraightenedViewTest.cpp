// Issue 22: the verification station shows a phone photo as OCR read it
// (imaging::correctedView's geometry, OcrPage::correctedToOriginal): the page
// straightened, with the field boxes mapped onto it (F8). The archived image
// stays as it was.
#include "UiTestSupport.h"
#include "core/batches/DocumentRepository.h"
#include "core/imaging/PageCleanup.h"
#include "core/imaging/Pix.h"
#include "ui/common/PageView.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/verify/FieldPanel.h"
#include "ui/verify/VerificationPage.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QGraphicsPixmapItem>
#include <QGraphicsRectItem>
#include <QPainter>
#include <QRandomGenerator>
#include <iostream>

namespace sohoa::test {
namespace {

class StraightenedViewTest : public UiTest {};

// The share of dark pixels of `image` inside `rect`.
double darkShare(const QImage& image, const QRect& rect)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const QRect r = rect.intersected(grey.rect());
    if (r.isEmpty())
        return 0;
    int dark = 0;
    for (int y = r.top(); y <= r.bottom(); ++y) {
        const uchar* line = grey.constScanLine(y);
        for (int x = r.left(); x <= r.right(); ++x)
            dark += line[x] < 100;
    }
    return double(dark) / (r.width() * r.height());
}

// Mean absolute grey difference of two images brought to the same small size.
double meanDifference(const QImage& a, const QImage& b)
{
    const QSize small(200, int(200.0 * a.height() / a.width()));
    const QImage x = a.scaled(small, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                         .convertToFormat(QImage::Format_Grayscale8);
    const QImage y = b.scaled(small, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                         .convertToFormat(QImage::Format_Grayscale8);
    double sum = 0;
    for (int row = 0; row < small.height(); ++row)
        for (int col = 0; col < small.width(); ++col)
            sum += std::abs(int(x.constScanLine(row)[col]) - int(y.constScanLine(row)[col]));
    return sum / (small.width() * small.height());
}

QGraphicsRectItem* focusItem(ui::PageView* view)
{
    for (QGraphicsItem* item : view->scene()->items())
        if (item->zValue() == 2)
            return qgraphicsitem_cast<QGraphicsRectItem*>(item);
    return nullptr;
}

QImage shownImage(ui::PageView* view)
{
    for (QGraphicsItem* item : view->scene()->items())
        if (auto* p = qgraphicsitem_cast<QGraphicsPixmapItem*>(item))
            return p->pixmap().toImage();
    return {};
}

} // namespace

TEST_F(StraightenedViewTest, PhotoShownStraightenedWithTheFieldBoxOnItsInk)
{
    // A register page photographed in perspective on a desk, with a solid bar
    // where the clerk's field is (the page's own coordinates).
    QImage page(test::devsetDir() + QStringLiteral("/images/scan-0003.jpg"));
    ASSERT_FALSE(page.isNull());
    page = page.convertToFormat(QImage::Format_RGB32)
               .scaled(1000, 1414, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const QRect bar(300, 700, 400, 50);
    {
        QPainter p(&page);
        p.fillRect(bar, Qt::black);
    }
    const QPolygonF corners{QPointF(182, 131), QPointF(1206, 176), QPointF(1255, 1561), QPointF(139, 1528)};
    QTransform place;
    ASSERT_TRUE(
        QTransform::quadToQuad(QPolygonF{QPointF(0, 0), QPointF(page.width(), 0),
                                         QPointF(page.width(), page.height()), QPointF(0, page.height())},
                               corners, place));
    QImage photo(1400, 1700, QImage::Format_RGB32);
    photo.fill(QColor(96, 62, 36));
    {
        QPainter p(&photo);
        QRandomGenerator rng(7);
        for (int y = 0; y < photo.height(); y += 3) // grain of the wood
            p.fillRect(0, y, photo.width(), 2,
                       QColor(80 + int(rng.bounded(40)), 50 + int(rng.bounded(25)), 30));
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.setTransform(place);
        p.drawImage(0, 0, page);
    }
    // Where the bar lies on the photo: the field's box as the extractor keeps it.
    const QRect barOnPhoto = place.mapRect(QRectF(bar)).toAlignedRect();

    // What OCR records for the page: the rectified page's size and map.
    imaging::PixPtr pix = imaging::pixFromQImage(photo);
    auto cleaned = imaging::cleanPage(pix.get(), 72);
    ASSERT_TRUE(cleaned.ok());
    ASSERT_TRUE(cleaned->photo);
    ocr::OcrPage ocr;
    ocr.width = photo.width();
    ocr.height = photo.height();
    ocr.dpi = 72;
    ocr.correctedSize =
        QSize(imaging::pixWidth(cleaned->binary.get()), imaging::pixHeight(cleaned->binary.get()));
    ocr.correctedToOriginal = cleaned->toOriginal;

    const qint64 batch = makeBatch(QStringLiteral("Ảnh chụp sổ khai sinh"));
    QByteArray jpeg;
    {
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        ASSERT_TRUE(photo.save(&buffer, "JPEG", 90));
    }
    batches::NewDocument doc;
    doc.batchId = batch;
    doc.sourceName = QStringLiteral("anh-chup.jpg");
    batches::NewPage newPage;
    newPage.imageData = jpeg;
    newPage.imageFormat = QStringLiteral("jpeg");
    newPage.width = photo.width();
    newPage.height = photo.height();
    newPage.dpi = 72;
    newPage.hasOcr = true;
    newPage.ocr = ocr;
    doc.pages.append(newPage);
    qint64 documentId = 0;
    {
        auto tx = store::Transaction::begin(clerkSession->db());
        ASSERT_TRUE(tx.ok());
        auto inserted = batches::insertDocument(clerkSession->db(), doc, QStringLiteral("clerk"));
        ASSERT_TRUE(inserted.ok());
        documentId = *inserted;
        ASSERT_TRUE(tx->commit().ok());
    }
    auto pages = batches::documentPages(clerkSession->db(), documentId);
    ASSERT_TRUE(pages.ok() && pages->size() == 1);
    const qint64 pageId = pages->first().id;
    const QByteArray archivedBefore = batches::loadPageImage(clerkSession->db(), pageId)->data;
    const qint64 id = makeRecord(batch, QStringLiteral("birth"), 3, [&](records::NewRecord& n) {
        n.documentId = documentId;
        n.pageNo = 1;
        records::FieldValue& name = n.fields[QStringLiteral("full_name")];
        name.page = 1;
        name.box = barOnPhoto;
    });

    auto clerk = access(QStringLiteral("clerk"));
    ui::MainWindow window(clerk.get(), ui::MainWindowOptions{});
    window.resize(1280, 690);
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    ui::VerificationPage* station = window.verificationPage();
    station->openBatch(batch);
    window.showPage(QStringLiteral("verify"));
    station->openRecord(id);
    ui::PageView* view = station->pageView();
    ASSERT_TRUE(waitUntil(
        [&] { return station->currentRecordId() == id && !station->isBusy() && view->hasCorrection(); }));
    station->fieldPanel()->focusField(QStringLiteral("full_name"));
    ASSERT_TRUE(waitUntil([&] { return focusItem(view) != nullptr; }));
    EXPECT_FALSE(view->showsCorrected());
    EXPECT_EQ(view->shownSize(), photo.size());

    // F8: the page as OCR read it.
    QElapsedTimer drawing;
    drawing.start();
    press(Qt::Key_F8);
    ASSERT_TRUE(waitUntil([&] { return view->showsCorrected(); }, 5000));
    std::cout << "straightened view of a " << photo.width() << "x" << photo.height() << " photo drawn in "
              << drawing.elapsed() << " ms\n";
    const QImage shown = shownImage(view);
    ASSERT_FALSE(shown.isNull());
    EXPECT_EQ(shown.size(), view->shownSize());
    // The rectified page's shape, not the photo's frame (1400x1700).
    EXPECT_NEAR(double(shown.height()) / shown.width(),
                double(ocr.correctedSize.height()) / ocr.correctedSize.width(), 0.01);
    EXPECT_NE(shown.size(), photo.size());
    // The same picture Leptonica warps for OCR (imaging::correctedView).
    const QImage reference = imaging::qimageFromPix(imaging::correctedView(pix.get(), *cleaned).get());
    ASSERT_FALSE(reference.isNull());
    if (!qEnvironmentVariable("SOHOA_TEST_DUMP").isEmpty()) {
        shown.save(qEnvironmentVariable("SOHOA_TEST_DUMP") + QStringLiteral("/shown.png"));
        reference.save(qEnvironmentVariable("SOHOA_TEST_DUMP") + QStringLiteral("/reference.png"));
        photo.save(qEnvironmentVariable("SOHOA_TEST_DUMP") + QStringLiteral("/photo.png"));
    }
    EXPECT_LT(meanDifference(shown, reference), 12.0);
    // The field's box follows the page: the bar's ink fills most of it (the
    // box is the bounding box of the photo's tilted box, so a little larger).
    QGraphicsRectItem* focus = focusItem(view);
    ASSERT_TRUE(focus);
    const QRect focusShown = focus->rect().toAlignedRect().adjusted(4, 4, -4, -4);
    EXPECT_GT(darkShare(shown, focusShown), 0.45)
        << focusShown.x() << "," << focusShown.y() << " " << focusShown.width() << "x" << focusShown.height();
    // Where the box was on the photo, the straightened page has no bar.
    EXPECT_LT(darkShare(shown, barOnPhoto), 0.3);

    // F8 again: the photo as archived, the box where the extractor put it.
    press(Qt::Key_F8);
    ASSERT_TRUE(waitUntil([&] { return !view->showsCorrected(); }, 5000));
    EXPECT_EQ(shownImage(view).size(), photo.size());
    focus = focusItem(view);
    ASSERT_TRUE(focus);
    EXPECT_EQ(focus->rect().toAlignedRect().adjusted(4, 4, -4, -4), barOnPhoto);

    // Nothing of this touched the archived image.
    EXPECT_EQ(batches::loadPageImage(clerkSession->db(), pageId)->data, archivedBefore);
}

} // namespace sohoa::test
