// Issue 22: the clerk's zoom is remembered per account and per station across
// starts (QSettings of the workstation, keyed by a hash of the account).
#include "UiTestSupport.h"
#include "ui/common/LayoutMemory.h"
#include "ui/common/PageView.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/verify/VerificationPage.h"

#include <QSettings>

namespace sohoa::test {
namespace {

class ZoomMemoryTest : public UiTest {
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        QSettings().clear();
        page = QImage(2000, 2800, QImage::Format_Grayscale8);
        page.fill(255);
    }

    // A station's view as it is after a start: sized, remembering, showing a page.
    std::unique_ptr<ui::PageView> start(const QString& account, const QString& station)
    {
        auto view = std::make_unique<ui::PageView>();
        view->resize(600, 500);
        view->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(view.get()));
        ui::rememberZoom(view.get(), account, station);
        view->setImage(page);
        return view;
    }

    QImage page;
    const QRect box{300, 400, 220, 40};
};

} // namespace

TEST_F(ZoomMemoryTest, FieldZoomComesBackForTheSameAccountAndStationOnly)
{
    double automatic = 0;
    {
        auto view = start(QStringLiteral("lan"), QStringLiteral("verify"));
        view->setFocusBox(box);
        automatic = view->zoom();
        ASSERT_GT(automatic, 0.3);
        view->zoomIn(); // Ctrl++ on a field: the clerk wants the writing bigger
        EXPECT_NEAR(view->boxZoomPreference(), 1.25, 0.01);
        // The next field of the same record keeps that wish.
        view->setFocusBox(box.translated(0, 300));
        EXPECT_NEAR(view->zoom(), automatic * 1.25, automatic * 0.01);
    }
    {
        auto view = start(QStringLiteral("lan"), QStringLiteral("verify"));
        view->setFocusBox(box);
        EXPECT_NEAR(view->zoom(), automatic * 1.25, automatic * 0.01);
    }
    {
        auto other = start(QStringLiteral("minh"), QStringLiteral("verify"));
        other->setFocusBox(box);
        EXPECT_NEAR(other->zoom(), automatic, automatic * 0.01);
        auto keying = start(QStringLiteral("lan"), QStringLiteral("keying"));
        keying->setFocusBox(box);
        EXPECT_NEAR(keying->zoom(), automatic, automatic * 0.01);
    }
    // No name in the settings file, only the hash.
    for (const QString& k : QSettings().allKeys())
        EXPECT_FALSE(k.contains(QStringLiteral("lan"))) << k.toStdString();
}

TEST_F(ZoomMemoryTest, WholePageZoomComesBackAndCtrl0FitsAgain)
{
    double fitted = 0;
    {
        auto view = start(QStringLiteral("lan"), QStringLiteral("review"));
        fitted = view->zoom();
        view->zoomOut();
        EXPECT_NEAR(view->pageZoomPreference(), 0.8, 0.01);
    }
    {
        auto view = start(QStringLiteral("lan"), QStringLiteral("review"));
        EXPECT_NEAR(view->zoom(), fitted * 0.8, fitted * 0.01);
        view->fitToWindow(); // Ctrl+0
        EXPECT_NEAR(view->zoom(), fitted, fitted * 0.01);
    }
    auto view = start(QStringLiteral("lan"), QStringLiteral("review"));
    EXPECT_NEAR(view->zoom(), fitted, fitted * 0.01);
}

TEST_F(ZoomMemoryTest, VerificationStationStartsWithTheAccountsZoom)
{
    {
        auto view = start(QStringLiteral("clerk"), QStringLiteral("verify"));
        view->setFocusBox(box);
        view->zoomIn();
        view->zoomIn();
    }
    auto clerk = access(QStringLiteral("clerk"));
    ui::MainWindow window(clerk.get(), ui::MainWindowOptions{});
    EXPECT_NEAR(window.verificationPage()->pageView()->boxZoomPreference(), 1.5625, 0.01);
}

} // namespace sohoa::test
