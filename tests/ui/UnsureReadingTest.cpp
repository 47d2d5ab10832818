// Issue 22: a reading the extractor found doubtful (FieldValue::unsure, set
// by validation::validateReading) is shown at the verification station as
// "unsure reading" — blue, on a line of its own — not in the red/orange that
// say the paper is wrong; it goes once the clerk has checked the field.
#include "UiTestSupport.h"
#include "ui/common/Labels.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/verify/FieldPanel.h"
#include "ui/verify/VerificationPage.h"

#include <QLabel>

namespace sohoa::test {
namespace {

class UnsureReadingTest : public UiTest {};

QString styleOf(const QWidget* w)
{
    return w ? w->styleSheet().toLower() : QString();
}

} // namespace

TEST_F(UnsureReadingTest, UnsureFieldIsMarkedApartFromIssuesUntilChecked)
{
    const qint64 batch = makeBatch(QStringLiteral("Sổ đăng ký khai sinh 2001"));
    const qint64 id = makeRecord(batch, QStringLiteral("birth"), 7, [](records::NewRecord& n) {
        records::FieldValue& name = n.fields[QStringLiteral("full_name")];
        name.unsure = true;
        name.confidence = 0.45;
    });
    // The mark survives the store (it is part of the field's JSON).
    ASSERT_TRUE(load(id).fields.value(QStringLiteral("full_name")).unsure);
    ASSERT_FALSE(load(id).fields.value(QStringLiteral("sex")).unsure);

    auto clerk = access(QStringLiteral("clerk"));
    ui::MainWindow window(clerk.get(), ui::MainWindowOptions{});
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    ui::VerificationPage* station = window.verificationPage();
    station->openBatch(batch);
    window.showPage(QStringLiteral("verify"));
    station->openRecord(id);
    ASSERT_TRUE(waitUntil([&] { return station->currentRecordId() == id && !station->isBusy(); }));

    ui::FieldPanel* panel = station->fieldPanel();
    auto* unsure = panel->findChild<QLabel*>(QStringLiteral("unsure_full_name"));
    auto* other = panel->findChild<QLabel*>(QStringLiteral("unsure_sex"));
    ASSERT_TRUE(unsure && other);
    EXPECT_TRUE(unsure->isVisibleTo(panel));
    EXPECT_TRUE(unsure->text().contains(QStringLiteral("Unsure reading")));
    EXPECT_FALSE(other->isVisibleTo(panel));
    // Not the colours of a paper defect, on the line or around the value.
    const QString red = ui::errorColor().name(), orange = ui::warningColor().name();
    EXPECT_FALSE(styleOf(unsure).contains(red));
    EXPECT_FALSE(styleOf(unsure).contains(orange));
    ui::FieldEdit* edit = panel->edit(QStringLiteral("full_name"));
    ASSERT_TRUE(edit);
    EXPECT_TRUE(edit->property("unsureReading").toBool());
    EXPECT_TRUE(styleOf(edit).contains(QStringLiteral("dashed")));
    EXPECT_FALSE(panel->edit(QStringLiteral("sex"))->property("unsureReading").toBool());
    // No issue line pretends the paper is wrong.
    auto* issues = panel->findChild<QWidget*>(QStringLiteral("issues_full_name"));
    ASSERT_TRUE(issues);
    EXPECT_FALSE(issues->isVisibleTo(panel));

    // The clerk compares with the page and accepts the reading: the mark goes.
    panel->focusField(QStringLiteral("full_name"));
    ASSERT_TRUE(waitUntil([&] { return edit->hasFocus(); }));
    press(Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return !unsure->isVisibleTo(panel); }));
    EXPECT_FALSE(edit->property("unsureReading").toBool());
    EXPECT_FALSE(styleOf(edit).contains(QStringLiteral("dashed")));
}

} // namespace sohoa::test
