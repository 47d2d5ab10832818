// The desktop's side of taught forms: after a clerk confirms a record whose
// values were mostly typed, the verification station offers to remember the
// form and stores it under the name given; Settings > Taught forms lists the
// office's forms and removes one (audited). Real widgets offscreen, real store.
#include "ClipCheck.h"
#include "StoredPage.h"
#include "TypedPage.h"
#include "UiTestSupport.h"
#include "core/audit/Roster.h"
#include "core/batches/BatchRepository.h"
#include "core/extraction/Extractor.h"
#include "core/ingest/BatchIngest.h"
#include "core/layouts/LayoutStore.h"
#include "core/workflow/Workflow.h"
#include "ui/settings/LayoutImportDialog.h"
#include "ui/settings/LayoutsPanel.h"
#include "ui/settings/SettingsPage.h"
#include "ui/verify/FieldPanel.h"
#include "ui/verify/RememberForm.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>

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

namespace {

// Checks a shown window as the clerk meets it at a usable screen size: it fits,
// and every text reads whole (tests/ui/ClipCheck); SOHOA_TEST_DUMP=DIR keeps a PNG.
QStringList fitProblems(QWidget* window, const QSize& screen, const QString& what)
{
    QStringList problems;
    window->resize(window->size().boundedTo(screen));
    if (!window->isVisible())
        window->show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(window));
    QTest::qWait(100);
    QCoreApplication::processEvents();
    if (window->minimumSizeHint().width() > screen.width() ||
        window->minimumSizeHint().height() > screen.height())
        problems << QStringLiteral("%1 needs at least %2x%3")
                        .arg(what)
                        .arg(window->minimumSizeHint().width())
                        .arg(window->minimumSizeHint().height());
    for (const QString& p : test::clippedTexts(window))
        problems << what + QStringLiteral(": ") + p;
    if (!qEnvironmentVariable("SOHOA_TEST_DUMP").isEmpty())
        window->grab().save(QStringLiteral("%1/%2-%3x%4.png")
                                .arg(qEnvironmentVariable("SOHOA_TEST_DUMP"), what)
                                .arg(screen.width())
                                .arg(screen.height()));
    return problems;
}

} // namespace

// Import from a folder shows what the check of each file found (signed by whom,
// refused why, in words); an administrator ticks and confirms the files nobody
// here vouches for, and the accepted key is remembered; a changed file cannot be
// ticked; export writes signed files; a remembered key can be removed (audited).
TEST_F(LayoutsUi, AnAdministratorImportsChecksAcceptsAndExportsFormsOnTheDesktop)
{
    auto taught = layouts::learnLayout({provincialPage()}, QStringLiteral("birth"), provincialValues(),
                                       s("Mẫu Nghệ An 2006"));
    ASSERT_TRUE(taught) << taught.error().message.toStdString();
    auto variant = [&](const QString& name) {
        layouts::LayoutModel l = *taught;
        l.name = name;
        return l;
    };
    // Another office signs two forms; one file is unsigned; one was changed after signing.
    test::TestStore otherOffice;
    QTemporaryDir folder, second, out;
    QString fingerprint, otherStore;
    {
        auto adminA = otherOffice.admin();
        ASSERT_TRUE(adminA);
        fingerprint = audit::keyFingerprint(adminA->signingPublicKey());
        otherStore = adminA->storeId();
        for (const auto& [name, dir] : {std::pair{s("Mẫu Quảng Trị 1998"), folder.path()},
                                        std::pair{s("Mẫu Quảng Trị 2006"), second.path()}}) {
            auto sig = layouts::signLayout(*adminA, variant(name));
            ASSERT_TRUE(sig) << sig.error().message.toStdString();
            ASSERT_TRUE(layouts::writeLayoutFile(variant(name), dir, *sig));
        }
        auto sig = layouts::signLayout(*adminA, variant(s("Mẫu bị sửa")));
        ASSERT_TRUE(sig);
        auto changed = layouts::writeLayoutFile(variant(s("Mẫu bị sửa")), folder.path(), *sig);
        ASSERT_TRUE(changed);
        QFile f(*changed);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        f.close();
        bytes.replace(QString(s("Mẫu bị sửa")).toUtf8(), QString(s("Mẫu bị sửa!")).toUtf8());
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }
    ASSERT_TRUE(layouts::writeLayoutFile(variant(s("Mẫu không ký")), folder.path()));
    ASSERT_TRUE(layouts::writeLayoutFile(variant(s("Mẫu không ký 2")), second.path()));

    // One record read with the form that will be imported, one without any form.
    const qint64 batch = makeBatch(s("Sổ khai sinh 2019"));
    for (const QString& layoutName : {s("Mẫu Quảng Trị 1998"), QString()}) {
        records::NewRecord n;
        n.batchId = batch;
        n.type = QStringLiteral("birth");
        records::FieldValue v;
        v.value = s("NGUYỄN VĂN AN");
        v.confidence = 0.9;
        v.layout = layoutName;
        n.fields.insert(QStringLiteral("full_name"), v);
        ASSERT_TRUE(records::insertRecord(clerkSession->db(), n, QStringLiteral("clerk")));
    }
    auto desk = access(QStringLiteral("admin"));
    ui::SettingsPage settings(desk.get());
    ui::LayoutsPanel* panel = settings.showLayouts();
    panel->importFrom(folder.path());
    ASSERT_TRUE(test::waitUntil([&] { return panel->importDialog() && panel->importDialog()->isVisible(); }));
    ui::LayoutImportDialog* dialog = panel->importDialog();
    ASSERT_EQ(dialog->rowCount(), 3);
    int signedRow = -1, unsignedRow = -1, changedRow = -1;
    for (int row = 0; row < 3; ++row) {
        const QString v = dialog->verdict(row);
        EXPECT_FALSE(v.contains(QStringLiteral("layout."))) << "no internal code: " << v.toStdString();
        if (v.contains(fingerprint))
            signedRow = row;
        else if (v.contains(QStringLiteral("not signed")))
            unsignedRow = row;
        else if (v.contains(QStringLiteral("changed")))
            changedRow = row;
    }
    ASSERT_GE(signedRow, 0);
    ASSERT_GE(unsignedRow, 0);
    ASSERT_GE(changedRow, 0) << dialog->verdict(0).toStdString() << " / " << dialog->verdict(1).toStdString()
                             << " / " << dialog->verdict(2).toStdString();
    EXPECT_TRUE(dialog->canTick(signedRow));
    EXPECT_TRUE(dialog->canTick(unsignedRow));
    EXPECT_FALSE(dialog->canTick(changedRow)) << "a changed file is never accepted";
    EXPECT_TRUE(dialog->selected().isEmpty()) << "nothing untrusted is ticked by default";
    QStringList problems;
    problems << fitProblems(dialog, QSize(1280, 690), QStringLiteral("import"));
    dialog->setTicked(signedRow, true);
    dialog->setTicked(unsignedRow, true);
    dialog->setTicked(changedRow, true);
    EXPECT_EQ(dialog->selected().size(), 2);
    dialog->confirm(false);
    ASSERT_TRUE(test::waitUntil([&] { return panel->rowCount() == 2 && panel->signerCount() == 1; }));
    EXPECT_TRUE(panel->message().contains(QStringLiteral("2"))) << panel->message().toStdString();
    auto count = [&](const char* sql) {
        auto n = clerkSession->db().queryInt(sql);
        EXPECT_TRUE(n);
        return n ? *n : -1;
    };
    EXPECT_EQ(count("SELECT count(*) FROM audit WHERE action = 'layout.signer_accepted'"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM audit WHERE action = 'layout.add' AND details LIKE "
                    "'%unsigned_accepted%'"),
              1);
    auto* signers = panel->findChild<QTableWidget*>(QStringLiteral("layoutSignersTable"));
    ASSERT_NE(signers, nullptr);
    EXPECT_EQ(signers->item(0, 0)->text(), otherStore);
    EXPECT_EQ(signers->item(0, 2)->text(), fingerprint);
    auto* forms = panel->findChild<QTableWidget*>(QStringLiteral("layoutsTable"));
    ASSERT_NE(forms, nullptr);
    for (int row = 0; row < forms->rowCount(); ++row)
        EXPECT_EQ(forms->item(row, 4)->text(), forms->item(row, 0)->text() == s("Mẫu Quảng Trị 1998")
                                                   ? QStringLiteral("1")
                                                   : QStringLiteral("0"))
            << forms->item(row, 0)->text().toStdString();

    // The whole window at both usable screen sizes.
    QWidget* window = settings.findChild<QDialog*>(QStringLiteral("layoutsDialog"));
    ASSERT_NE(window, nullptr);
    problems << fitProblems(window, QSize(1280, 690), QStringLiteral("taught-forms"));
    window->resize(QSize(1920, 1050));
    problems << fitProblems(window, QSize(1920, 1050), QStringLiteral("taught-forms"));
    EXPECT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();

    // Export: every form, signed with this administrator's key.
    panel->exportTo(out.path());
    ASSERT_TRUE(test::waitUntil([&] {
        return panel->message().contains(QStringLiteral("signed with your key"));
    })) << panel->message().toStdString();
    EXPECT_TRUE(panel->message().contains(QDir::toNativeSeparators(out.path())));
    auto exported = layouts::readLayoutFiles(out.path());
    ASSERT_TRUE(exported) << exported.error().message.toStdString();
    ASSERT_EQ(exported->size(), 2);
    auto admin = store->signIn(QStringLiteral("admin"));
    ASSERT_TRUE(admin);
    for (const layouts::LayoutFile& f : *exported) {
        ASSERT_TRUE(f.signature.has_value());
        EXPECT_EQ(f.signature->publicKey, admin->signingPublicKey());
    }

    // A clerk: the remembered key's next file goes in; an unsigned one cannot be accepted.
    {
        auto clerkStore = access(QStringLiteral("clerk"));
        ui::LayoutsPanel clerkPanel(clerkStore.get());
        clerkPanel.importFrom(second.path());
        ASSERT_TRUE(test::waitUntil(
            [&] { return clerkPanel.importDialog() && clerkPanel.importDialog()->isVisible(); }));
        ui::LayoutImportDialog* d = clerkPanel.importDialog();
        ASSERT_EQ(d->rowCount(), 2);
        int trusted = -1;
        for (int row = 0; row < 2; ++row)
            if (d->verdict(row).contains(QStringLiteral("accepted earlier")))
                trusted = row;
        ASSERT_GE(trusted, 0);
        EXPECT_TRUE(d->canTick(trusted));
        EXPECT_FALSE(d->canTick(1 - trusted)) << "only an administrator accepts an unsigned form";
        EXPECT_EQ(d->selected().size(), 1);
        d->confirm(false);
        ASSERT_TRUE(test::waitUntil([&] { return clerkPanel.rowCount() == 3; }));
        EXPECT_EQ(count("SELECT count(*) FROM audit WHERE action = 'layout.add' AND details LIKE "
                        "'%signer_remembered%'"),
                  1);
        EXPECT_EQ(clerkPanel.findChild<QPushButton*>(QStringLiteral("removeLayoutSigner")), nullptr);
        EXPECT_EQ(clerkPanel.findChild<QPushButton*>(QStringLiteral("exportLayoutFolder")), nullptr);
    }

    // The administrator stops accepting the key (audited).
    signers->selectRow(0);
    panel->removeSelectedSigner(false);
    ASSERT_TRUE(test::waitUntil([&] { return panel->signerCount() == 0; }));
    EXPECT_EQ(count("SELECT count(*) FROM audit WHERE action = 'layout.signer_removed'"), 1);
    EXPECT_TRUE(panel->message().contains(otherStore)) << panel->message().toStdString();
}
