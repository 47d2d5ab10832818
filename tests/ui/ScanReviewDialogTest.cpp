// Scanning like NAPS2 (issue 22): the scan dialog on SANE's real `test`
// backend (this program's SANE_CONFIG_DIR enables only it), driven by keys.
// Three flatbed pages are scanned, one is turned, one deleted, one moved and
// one scanned again, then sent: the batch holds exactly the pages shown, in
// that order and that orientation.
#include "UiTestSupport.h"
#include "core/batches/DocumentRepository.h"
#include "core/ocr/OcrWorkerPool.h"
#include "ui/batches/ScanDialog.h"
#include "ui/batches/ScanPageStrip.h"

#include <QComboBox>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>

using namespace sohoa;

namespace {

class ScanReviewDialogTest : public test::UiTest {};

void key(QWidget* w, int k, Qt::KeyboardModifiers m = Qt::NoModifier)
{
    w->setFocus();
    QTest::keyClick(w, Qt::Key(k), m);
}

} // namespace

TEST_F(ScanReviewDialogTest, ScannedPagesAreTurnedDeletedMovedRescannedThenRead)
{
    ASSERT_FALSE(qEnvironmentVariable("SANE_CONFIG_DIR").isEmpty());
    auto clerk = access(QStringLiteral("clerk"));
    ASSERT_TRUE(clerk);
    const qint64 batch = makeBatch(QStringLiteral("Sổ khai sinh 2024 - quyển 9"));
    auto pool = std::make_shared<ocr::OcrWorkerPool>(1);
    ui::ScanDialog dialog(clerk.get(), batch, QStringLiteral("Sổ khai sinh 2024 - quyển 9"), pool);
    dialog.resize(1100, 650);
    dialog.show();

    auto* device = dialog.findChild<QComboBox*>(QStringLiteral("scanner"));
    auto* source = dialog.findChild<QComboBox*>(QStringLiteral("paperSource"));
    auto* dpi = dialog.findChild<QComboBox*>(QStringLiteral("resolution"));
    auto* sheets = dialog.findChild<QSpinBox*>(QStringLiteral("sheetsPerDocument"));
    auto* list = dialog.findChild<QListWidget*>(QStringLiteral("scanPages"));
    auto* cont = dialog.findChild<QPushButton*>(QStringLiteral("continueScan"));
    ASSERT_TRUE(device && source && dpi && sheets && list && cont);
    ASSERT_TRUE(test::waitUntil([&] { return device->findData(QStringLiteral("test:0")) >= 0; }));
    dialog.selectDevice(QStringLiteral("test:0"));
    ASSERT_TRUE(test::waitUntil(
        [&] { return source->findData(QStringLiteral("Flatbed")) >= 0 && dpi->count() > 0; }));
    source->setCurrentIndex(source->findData(QStringLiteral("Flatbed")));
    dpi->setCurrentIndex(0); // the lowest: quick to scan and to read
    sheets->setValue(0);     // everything scanned is one document: the order is checked page by page

    QSignalSpy passes(&dialog, &ui::ScanDialog::passFinished);
    dialog.startScan();
    ASSERT_TRUE(test::waitUntil([&] { return passes.size() == 1; }));
    for (int pass = 2; pass <= 3; ++pass) {
        ASSERT_TRUE(cont->isEnabled());
        cont->click();
        ASSERT_TRUE(test::waitUntil([&] { return passes.size() == pass; }));
    }
    ASSERT_EQ(list->count(), 3);
    EXPECT_EQ(dialog.pagesScanned(), 3);
    // Thumbnails arrive with the pages.
    EXPECT_FALSE(list->item(0)->icon().isNull());

    // Page 2 turned clockwise (R), then page 1 deleted (Del): [2 turned, 3].
    list->setCurrentRow(1);
    key(list, Qt::Key_R);
    ASSERT_TRUE(test::waitUntil([&] { return list->item(1)->toolTip().contains(QStringLiteral("90")); }));
    list->setCurrentRow(0);
    key(list, Qt::Key_Delete);
    ASSERT_TRUE(test::waitUntil([&] { return list->count() == 2; }));
    EXPECT_TRUE(list->item(0)->toolTip().contains(QStringLiteral("sheet 2")));
    // Shift+R then R again leaves it turned once: keys undo each other.
    list->setCurrentRow(0);
    key(list, Qt::Key_R, Qt::ShiftModifier);
    key(list, Qt::Key_R);
    // Page 3 moved earlier (Ctrl+Left): [3, 2 turned].
    list->setCurrentRow(1);
    key(list, Qt::Key_Left, Qt::ControlModifier);
    ASSERT_TRUE(
        test::waitUntil([&] { return list->item(0)->toolTip().contains(QStringLiteral("sheet 3")); }));
    EXPECT_EQ(list->currentRow(), 0); // the moved page stays chosen
    // Page 3 scanned again (Ctrl+R): the new scan (sheet 4) takes its place.
    key(list, Qt::Key_R, Qt::ControlModifier);
    ASSERT_TRUE(test::waitUntil([&] { return passes.size() == 4; }));
    ASSERT_EQ(list->count(), 2);
    EXPECT_TRUE(list->item(0)->toolTip().contains(QStringLiteral("sheet 4")));
    EXPECT_TRUE(list->item(1)->toolTip().contains(QStringLiteral("sheet 2")));
    // The turned thumbnail is shown turned (wider than high).
    const QSize upright = list->item(0)->icon().availableSizes().value(0);
    const QSize turned = list->item(1)->icon().availableSizes().value(0);
    EXPECT_GT(upright.height(), upright.width());
    EXPECT_GT(turned.width(), turned.height());

    // Nothing is stored before the clerk sends the pages.
    store::Database& db = clerkSession->db();
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM documents;").value(), 0);
    QSignalSpy done(&dialog, &ui::ScanDialog::scanFinished);
    key(list, Qt::Key_Return, Qt::ControlModifier);
    ASSERT_TRUE(test::waitUntil([&] { return list->count() == 0; }));
    dialog.finishScan();
    ASSERT_TRUE(test::waitUntil([&] { return done.size() == 1; }, 120000));
    EXPECT_EQ(done.front().at(0).toInt(), 1);

    auto docs = batches::documentsInBatch(db, batch);
    ASSERT_TRUE(docs.ok());
    ASSERT_EQ(docs->size(), 1);
    auto pages = batches::documentPages(db, docs->front().id);
    ASSERT_TRUE(pages.ok());
    ASSERT_EQ(pages->size(), 2);
    const batches::PageInfo& first = pages->at(0);
    const batches::PageInfo& second = pages->at(1);
    EXPECT_EQ(first.provenance.value(QStringLiteral("sheet")).toInt(), 4);
    EXPECT_EQ(second.provenance.value(QStringLiteral("sheet")).toInt(), 2);
    EXPECT_GT(first.height, first.width);
    EXPECT_GT(second.width, second.height);
    EXPECT_FALSE(first.provenance.contains(QStringLiteral("turned_by_clerk")));
    EXPECT_EQ(second.provenance.value(QStringLiteral("turned_by_clerk")).toInt(), 90);
    // The archived image is the turned one, as the clerk saw it.
    auto image = batches::loadPageImage(db, second.id);
    ASSERT_TRUE(image.ok());
    const QImage archived = QImage::fromData(image->data);
    EXPECT_GT(archived.width(), archived.height());
}
