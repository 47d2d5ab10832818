#include "ClipCheck.h"
#include "FitSizes.h"
#include "UiTestSupport.h"
#include "core/batches/DocumentRepository.h"
#include "core/i18n/Language.h"
#include "core/workflow/Workflow.h"
#include "ui/keying/KeyingPage.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/verify/VerificationPage.h"

#include <QBuffer>
#include <QTranslator>

namespace sohoa::test {
namespace {

// Every screen of every role at the commune laptop's usable size (1366x768
// less the taskbar) and at a full-HD desk, in both languages: each text shows
// whole (or elides by design with a tooltip), and the window fits the screen.
class ScreenFitTest : public UiTest, public ::testing::WithParamInterface<Fit> {
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        if (QString::fromLatin1(GetParam().language) == QLatin1String("vi")) {
            ASSERT_TRUE(i18n::installTranslations(*qApp, QStringLiteral("vi")));
        }
        // What a commune's books look like: long names, long addresses.
        batch = makeBatch(QStringLiteral("Sổ đăng ký khai sinh năm 2024 - quyển 03 - xã Tân Hòa"));
        makeBatch(QStringLiteral("Sổ đăng ký kết hôn năm 2023 - quyển 01 - xã Tân Hòa"));
        const QString address =
            QStringLiteral("Thôn Đông Hòa, xã Tân Lập, huyện Đan Phượng, thành phố Hà Nội");
        for (quint32 seed = 1; seed <= 3; ++seed)
            records.append(makeRecord(batch, QStringLiteral("birth"), seed, [&](records::NewRecord& n) {
                for (const QString& key :
                     {QStringLiteral("mother_residence"), QStringLiteral("father_residence"),
                      QStringLiteral("place_of_birth")}) {
                    records::FieldValue& f = n.fields[key];
                    f.value = f.raw = address;
                    f.charConfidences = QList<float>(address.size(), 0.97f);
                    f.charConfidences[20] = 0.4f;
                }
            }));
        // A scanned page under a long file name, for the keying screen's page list.
        {
            QImage white(400, 560, QImage::Format_Grayscale8);
            white.fill(255);
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            white.save(&buffer, "PNG");
            batches::NewDocument doc;
            doc.batchId = batch;
            doc.sourceName = QStringLiteral(
                "So-dang-ky-khai-sinh-nam-1998-quyen-02-xa-Tan-Hoa-trang-014-den-020-ban-quet-lai.png");
            batches::NewPage p;
            p.imageData = png;
            p.imageFormat = QStringLiteral("png");
            p.width = white.width();
            p.height = white.height();
            p.dpi = 150;
            doc.pages.append(p);
            auto tx = store::Transaction::begin(clerkSession->db());
            ASSERT_TRUE(tx.ok());
            ASSERT_TRUE(batches::insertDocument(clerkSession->db(), doc, QStringLiteral("clerk")).ok());
            ASSERT_TRUE(tx->commit().ok());
        }
        // One verified record for the supervisor's screens.
        auto confirmed = workflow::confirmRecord(*clerkSession, records.last());
        if (!confirmed) { // the synthetic ID may not match: drop it and confirm again
            ASSERT_TRUE(workflow::editFields(*clerkSession, records.last(),
                                             {{QStringLiteral("personal_id"), QString()}}));
            ASSERT_TRUE(workflow::confirmRecord(*clerkSession, records.last()));
        }
    }

    void TearDown() override
    {
        for (QTranslator* t : qApp->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        UiTest::TearDown();
    }

    // The problems of each screen the account sees, prefixed with where.
    QStringList problemsFor(const QString& account)
    {
        auto access = this->access(account);
        EXPECT_TRUE(access);
        if (!access)
            return {QStringLiteral("no access for ") + account};
        const QSize size = GetParam().size;
        ui::MainWindow window(access.get(), ui::MainWindowOptions{});
        window.resize(size);
        window.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&window));
        if (window.verificationPage())
            window.verificationPage()->openBatch(batch);
        if (window.keyingPage())
            window.keyingPage()->openBatch(batch);
        QStringList out;
        const QString where = QStringLiteral("%1x%2 %3 %4 ")
                                  .arg(size.width())
                                  .arg(size.height())
                                  .arg(QString::fromLatin1(GetParam().language), account);
        for (const QString& id : window.pageIds()) {
            window.showPage(id);
            waitUntil([&] { return access->isIdle(); });
            QTest::qWait(150); // answers arrive as queued calls; layouts settle
            waitUntil([&] { return access->isIdle(); });
            QCoreApplication::processEvents();
            if (window.width() > size.width() || window.height() > size.height())
                out.append(
                    where + id +
                    QStringLiteral(": the window needs %1x%2").arg(window.width()).arg(window.height()));
            for (const QString& p : clippedTexts(&window))
                out.append(where + id + QStringLiteral(": ") + p);
        }
        return out;
    }

    qint64 batch = 0;
    QList<qint64> records;
};

TEST_P(ScreenFitTest, EveryTextOfEveryScreenShowsWhole)
{
    QStringList problems;
    for (const QString& account :
         {QStringLiteral("clerk"), QStringLiteral("supervisor"), QStringLiteral("admin")})
        problems += problemsFor(account);
    EXPECT_TRUE(problems.isEmpty()) << problems.size() << " cut texts:\n"
                                    << problems.join(QLatin1Char('\n')).toStdString();
}

INSTANTIATE_TEST_SUITE_P(Sizes, ScreenFitTest, ::testing::ValuesIn(fitSizes()), fitName);

} // namespace
} // namespace sohoa::test
