// The desktop's side of taught forms: after a clerk confirms a record whose
// values were mostly typed, the verification station offers to remember the
// form and stores it under the name given; Settings > Taught forms lists the
// office's forms and removes one (audited). Real widgets offscreen, real store.
#include "StoredPage.h"
#include "TypedPage.h"
#include "UiTestSupport.h"
#include "core/batches/BatchRepository.h"
#include "core/extraction/Extractor.h"
#include "core/ingest/BatchIngest.h"
#include "core/layouts/LayoutStore.h"
#include "core/workflow/Workflow.h"
#include "ui/settings/LayoutsPanel.h"
#include "ui/settings/SettingsPage.h"
#include "ui/verify/FieldPanel.h"
#include "ui/verify/RememberForm.h"

#include <QBuffer>
#include <QImage>
#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>

using namespace sohoa;
using test::TypedLine;

namespace {

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

// A province's own birth extract, labels the generic reading does not know.
ocr::OcrPage provincialPage()
{
    return test::typedPage(QList<TypedLine>{
        {0, 0, s("ỦY BAN NHÂN DÂN")},
        {0, 42, s("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")},
        {1, 47, s("Độc lập - Tự do - Hạnh phúc")},
        {3, 22, s("BẢN TRÍCH SAO KHAI SINH"), 0.95f, 60},
        {5, 0, s("Số thứ tự trong sổ: 125")},
        {5, 50, s("Tập sổ: 01/2019")},
        {7, 0, s("Tên con: NGUYỄN VĂN AN")},
        {8, 0, s("Ra đời ngày: 02/01/2019")},
        {8, 50, s("Phái: Nam")},
        {9, 0, s("Sắc tộc: Kinh")},
        {9, 50, s("Quốc tịch con: Việt Nam")},
        {10, 0, s("Chốn sinh: Trạm y tế xã Tân Phú, huyện Châu Thành, tỉnh Đồng Tháp")},
        {11, 0, s("Mã cá nhân: 087219001234")},
        {12, 0, s("Thân mẫu: LÊ THỊ HOA")},
        {13, 0, s("Thân phụ: NGUYỄN VĂN BÌNH")},
        {14, 0, s("Lập tại: Ủy ban nhân dân xã Tân Phú, huyện Châu Thành, tỉnh Đồng Tháp")},
        {15, 0, s("Vào sổ ngày: 05/01/2019")},
    });
}

QMap<QString, QString> provincialValues()
{
    return {{QStringLiteral("registration_number"), QStringLiteral("125")},
            {QStringLiteral("book_number"), QStringLiteral("01/2019")},
            {QStringLiteral("full_name"), s("NGUYỄN VĂN AN")},
            {QStringLiteral("date_of_birth"), QStringLiteral("2019-01-02")},
            {QStringLiteral("sex"), QStringLiteral("male")},
            {QStringLiteral("ethnicity"), QStringLiteral("Kinh")},
            {QStringLiteral("nationality"), s("Việt Nam")},
            {QStringLiteral("place_of_birth"), s("Trạm y tế xã Tân Phú, huyện Châu Thành, tỉnh Đồng Tháp")},
            {QStringLiteral("personal_id"), QStringLiteral("087219001234")},
            {QStringLiteral("mother_name"), s("LÊ THỊ HOA")},
            {QStringLiteral("father_name"), s("NGUYỄN VĂN BÌNH")},
            {QStringLiteral("registration_place"),
             s("Ủy ban nhân dân xã Tân Phú, huyện Châu Thành, tỉnh Đồng Tháp")},
            {QStringLiteral("registration_date"), QStringLiteral("2019-01-05")}};
}

class LayoutsUi : public test::UiTest {
protected:
    // Stored as ingest stores it, then typed and confirmed by the clerk.
    qint64 confirmedTypedRecord(qint64 batchId)
    {
        ingest::DocumentResult d =
            test::documentFromOcr(QStringLiteral("province.png"), provincialPage(), QStringLiteral("birth"));
        auto stored = ingest::storeDocument(clerkSession->db(), clerkSession->actor(), batchId, d);
        EXPECT_TRUE(stored) << (stored ? "" : stored.error().message.toStdString());
        if (!stored)
            return 0;
        auto edited = workflow::editFields(*clerkSession, stored->recordId, provincialValues());
        EXPECT_TRUE(edited) << (edited ? "" : edited.error().message.toStdString());
        auto confirmed = workflow::confirmRecord(*clerkSession, stored->recordId);
        EXPECT_TRUE(confirmed) << (confirmed ? "" : confirmed.error().message.toStdString());
        return confirmed ? stored->recordId : 0;
    }
};

} // namespace

TEST_F(LayoutsUi, AMostlyTypedRecordOffersToRememberItsFormAndTheFormIsStored)
{
    const qint64 batch = makeBatch(QStringLiteral("province"));
    const qint64 typed = confirmedTypedRecord(batch);
    ASSERT_GT(typed, 0);
    // A record read by the extractor (values from OCR) is not offered.
    const qint64 read = makeRecord(batch, QStringLiteral("birth"), 7);
    ASSERT_TRUE(workflow::confirmRecord(*clerkSession, read));

    auto store = access(QStringLiteral("clerk"));
    QWidget window;
    ui::RememberFormOffer offer(store.get(), &window);
    QSignalSpy offered(&offer, &ui::RememberFormOffer::offered);
    QSignalSpy finished(&offer, &ui::RememberFormOffer::finished);
    offer.recordConfirmed(read);
    QTest::qWait(300);
    EXPECT_EQ(offered.count(), 0);
    EXPECT_EQ(offer.openDialog(), nullptr);

    offer.recordConfirmed(typed);
    ASSERT_TRUE(test::waitUntil([&] { return offer.openDialog() != nullptr; }));
    ui::RememberFormDialog* dialog = offer.openDialog();
    EXPECT_FALSE(dialog->name().isEmpty()); // a name is suggested
    dialog->setName(s("Khai sinh mẫu tỉnh 1998"));
    dialog->accept();
    ASSERT_TRUE(test::waitUntil([&] { return finished.count() == 1; }));
    EXPECT_GT(finished.first().at(0).toLongLong(), 0) << finished.first().at(1).toString().toStdString();

    auto stored = layouts::loadLayouts(clerkSession->db());
    ASSERT_TRUE(stored);
    ASSERT_EQ(stored->size(), 1);
    EXPECT_EQ(stored->first().name, s("Khai sinh mẫu tỉnh 1998"));
    EXPECT_GE(stored->first().fields.size(), 10);
}

TEST_F(LayoutsUi, SettingsListTheTaughtFormsAndRemoveOne)
{
    auto taught = layouts::learnLayout({provincialPage()}, QStringLiteral("birth"), provincialValues(),
                                       s("Mẫu Nghệ An 2006"));
    ASSERT_TRUE(taught) << taught.error().message.toStdString();
    ASSERT_TRUE(layouts::addLayout(*clerkSession, *taught));

    auto store = access(QStringLiteral("clerk"));
    ui::SettingsPage settings(store.get());
    ui::LayoutsPanel* panel = settings.showLayouts();
    ASSERT_TRUE(test::waitUntil([&] { return panel->rowCount() == 1; }));
    auto* table = panel->findChild<QTableWidget*>(QStringLiteral("layoutsTable"));
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(table->item(0, 0)->text(), s("Mẫu Nghệ An 2006"));
    table->selectRow(0);
    panel->removeSelected(false);
    ASSERT_TRUE(test::waitUntil([&] { return panel->rowCount() == 0; }));
    EXPECT_TRUE(panel->message().contains(s("Mẫu Nghệ An 2006")));
    auto left = layouts::loadLayouts(clerkSession->db());
    ASSERT_TRUE(left);
    EXPECT_TRUE(left->isEmpty());
    auto audited = clerkSession->db().queryInt("SELECT count(*) FROM audit WHERE action = 'layout.remove'");
    ASSERT_TRUE(audited);
    EXPECT_EQ(*audited, 1);
}

TEST_F(LayoutsUi, TheFieldPanelSaysWhichValuesTheTaughtFormPlaced)
{
    auto taught = layouts::learnLayout({provincialPage()}, QStringLiteral("birth"), provincialValues(),
                                       s("Mẫu Nghệ An 2006"));
    ASSERT_TRUE(taught) << taught.error().message.toStdString();
    // Another copy of the same form, other values.
    const ocr::OcrPage other = test::typedPage(QList<TypedLine>{
        {0, 0, s("ỦY BAN NHÂN DÂN")},
        {0, 42, s("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")},
        {1, 47, s("Độc lập - Tự do - Hạnh phúc")},
        {3, 22, s("BẢN TRÍCH SAO KHAI SINH"), 0.95f, 60},
        {5, 0, s("Số thứ tự trong sổ: 87")},
        {5, 50, s("Tập sổ: 02/2020")},
        {7, 0, s("Tên con: TRẦN THỊ MAI")},
        {8, 0, s("Ra đời ngày: 14/03/2020")},
        {8, 50, s("Phái: Nữ")},
        {9, 0, s("Sắc tộc: Kinh")},
        {9, 50, s("Quốc tịch con: Việt Nam")},
        {10, 0, s("Chốn sinh: Bệnh viện huyện Châu Thành, tỉnh Đồng Tháp")},
        {11, 0, s("Mã cá nhân: 087320004321")},
        {12, 0, s("Thân mẫu: PHAN THỊ LAN")},
        {13, 0, s("Thân phụ: TRẦN VĂN HÙNG")},
        {14, 0, s("Lập tại: Ủy ban nhân dân xã Tân Phú, huyện Châu Thành, tỉnh Đồng Tháp")},
        {15, 0, s("Vào sổ ngày: 20/03/2020")},
    });
    extraction::DocumentExtraction ex = extraction::extractDocument({other}, QStringLiteral("birth"));
    ASSERT_EQ(layouts::applyLayouts({other}, {*taught}, ex), s("Mẫu Nghệ An 2006"));
    records::Record record;
    record.id = 1;
    record.type = QStringLiteral("birth");
    record.fields = ex.fields;
    ASSERT_EQ(record.fields.value(QStringLiteral("mother_name")).layout, s("Mẫu Nghệ An 2006"));
    ASSERT_EQ(record.fields.value(QStringLiteral("mother_name")).value, s("PHAN THỊ LAN"));
    // One value typed by the clerk: no marker on it.
    records::FieldValue& typed = record.fields[QStringLiteral("father_name")];
    typed.source = QStringLiteral("clerk");

    QWidget window;
    ui::FieldPanel panel(&window);
    panel.setRecord(record, false);
    window.show();
    auto* placed = panel.findChild<QLabel*>(QStringLiteral("layout_mother_name"));
    ASSERT_NE(placed, nullptr);
    EXPECT_TRUE(placed->isVisible());
    EXPECT_TRUE(placed->text().contains(s("Mẫu Nghệ An 2006"))) << placed->text().toStdString();
    auto* byClerk = panel.findChild<QLabel*>(QStringLiteral("layout_father_name"));
    ASSERT_NE(byClerk, nullptr);
    EXPECT_FALSE(byClerk->isVisible());
}
