#include "UiTestSupport.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/search/SearchPage.h"
#include "ui/search/SearchResultModel.h"
#include "ui/verify/VerificationPage.h"

#include <QLineEdit>
#include <QTableView>

namespace sohoa::test {
namespace {

class SearchTest : public UiTest {};

TEST_F(SearchTest, ResultsAppearAsYouTypeWithoutAccentsAndEnterOpensTheRecord)
{
    const qint64 batch = makeBatch(QStringLiteral("Birth book"));
    const qint64 duc = makeRecord(batch, QStringLiteral("birth"), 51, [](records::NewRecord& n) {
        n.fields[QStringLiteral("full_name")].value = QStringLiteral("NGUYỄN VĂN ĐỨC");
    });
    makeRecord(batch, QStringLiteral("birth"), 52, [](records::NewRecord& n) {
        n.fields[QStringLiteral("full_name")].value = QStringLiteral("TRẦN THỊ HỒNG");
    });
    auto clerk = access(QStringLiteral("clerk"));
    ui::MainWindow window(clerk.get(), ui::MainWindowOptions{});
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    press(Qt::Key_F, Qt::ControlModifier);
    auto* page = qobject_cast<ui::SearchPage*>(window.page(QStringLiteral("search")));
    ASSERT_NE(page, nullptr);
    ASSERT_EQ(window.currentPageId(), QStringLiteral("search"));
    EXPECT_EQ(QApplication::focusWidget(), page->searchBox());

    typeText(QStringLiteral("nguyen van du")); // no accents, last word unfinished
    ASSERT_TRUE(waitUntil([&] { return page->model()->rowCount() == 1; }));
    EXPECT_EQ(page->model()->hitAt(0)->recordId, duc);
    EXPECT_EQ(page->model()->hitAt(0)->title, QStringLiteral("NGUYỄN VĂN ĐỨC"));

    page->searchBox()->clear();
    typeText(QStringLiteral("hong"));
    ASSERT_TRUE(waitUntil(
        [&] { return page->model()->rowCount() == 1 && page->model()->hitAt(0)->recordId != duc; }));
    page->searchBox()->clear();
    typeText(QStringLiteral("zzzz"));
    ASSERT_TRUE(waitUntil([&] { return page->model()->rowCount() == 0 && !page->isSearching(); }));

    page->searchBox()->clear();
    typeText(QStringLiteral("Đức"));
    ASSERT_TRUE(waitUntil([&] { return page->model()->rowCount() == 1; }));
    press(Qt::Key_Return);
    auto* station = window.verificationPage();
    ASSERT_TRUE(waitUntil([&] { return station->currentRecordId() == duc; }));
    EXPECT_EQ(window.currentPageId(), QStringLiteral("verify"));
}

} // namespace
} // namespace sohoa::test
