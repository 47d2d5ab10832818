#include "UiTestSupport.h"
#include "core/reporting/DashboardCsv.h"
#include "core/workflow/Workflow.h"
#include "ui/audit/AuditPage.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/mainwindow/MainWindow.h"

#include <QFile>
#include <QSignalSpy>

namespace sohoa::test {
namespace {

class DashboardTest : public UiTest {};

TEST_F(DashboardTest, FiguresAndACsvWithoutPersonalData)
{
    const qint64 batch = makeBatch(QStringLiteral("Marriage book"));
    QStringList names;
    for (quint32 seed = 70; seed < 76; ++seed) {
        const qint64 id = makeRecord(batch, QStringLiteral("marriage"), seed);
        const records::Record r = load(id);
        names << r.value(QStringLiteral("husband_name")) << r.value(QStringLiteral("wife_name"))
              << r.value(QStringLiteral("husband_personal_id"))
              << r.value(QStringLiteral("registration_place"));
        if (seed < 73) {
            ASSERT_TRUE(workflow::confirmRecord(*clerkSession, id));
        }
    }
    auto supervisor = access(QStringLiteral("supervisor"));
    ui::MainWindow window(supervisor.get(), ui::MainWindowOptions{});
    window.show();
    auto* page = qobject_cast<ui::DashboardPage*>(window.page(QStringLiteral("dashboard")));
    ASSERT_NE(page, nullptr);
    window.showPage(QStringLiteral("dashboard"));
    ASSERT_TRUE(waitUntil([&] { return page->hasData(); }));
    const auto& d = page->data();
    EXPECT_EQ(d.records, 6);
    EXPECT_EQ(d.recordsByStateAndType.value(QStringLiteral("verified")).value(QStringLiteral("marriage")), 3);
    EXPECT_EQ(d.recordsByStateAndType.value(QStringLiteral("to_verify")).value(QStringLiteral("marriage")),
              3);
    int confirmedByClerk = 0;
    for (const auto& a : d.perAccountDay)
        if (a.account == QLatin1String("clerk"))
            confirmedByClerk += a.confirmed;
    EXPECT_EQ(confirmedByClerk, 3);

    QTemporaryDir dir;
    const QString path = dir.path() + QStringLiteral("/figures.csv");
    QSignalSpy exported(page, &ui::DashboardPage::exported);
    page->exportCsv(path);
    ASSERT_TRUE(waitUntil([&] { return exported.count() == 1; }));
    EXPECT_TRUE(exported.first().at(0).toBool()) << exported.first().at(1).toString().toStdString();
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(f.readAll());
    EXPECT_TRUE(csv.contains(QStringLiteral("records_by_state_type,verified,marriage,3")));
    EXPECT_TRUE(csv.contains(QStringLiteral("account_day_confirmed,")));
    for (const QString& personal : std::as_const(names))
        if (!personal.isEmpty()) {
            EXPECT_FALSE(csv.contains(personal)) << "personal data in the CSV: " << personal.toStdString();
        }
}

TEST_F(DashboardTest, AuditViewFiltersAndVerifiesTheChain)
{
    const qint64 batch = makeBatch(QStringLiteral("Book"));
    const qint64 id = makeRecord(batch, QStringLiteral("death"), 81);
    ASSERT_TRUE(workflow::editFields(*clerkSession, id,
                                     {{QStringLiteral("cause_of_death"), QStringLiteral("Bệnh")}}));
    auto supervisor = access(QStringLiteral("supervisor"));
    ui::MainWindow window(supervisor.get(), ui::MainWindowOptions{});
    window.show();
    auto* page = qobject_cast<ui::AuditPage*>(window.page(QStringLiteral("audit")));
    ASSERT_NE(page, nullptr);
    QSignalSpy verified(page, &ui::AuditPage::chainVerified);
    QSignalSpy loaded(page, &ui::AuditPage::entriesLoaded);
    window.showPage(QStringLiteral("audit"));
    ASSERT_TRUE(waitUntil([&] { return verified.count() == 1 && loaded.count() >= 1; }));
    EXPECT_TRUE(verified.first().at(0).toBool());
    EXPECT_TRUE(page->chainStatus().contains(QStringLiteral("intact")));
    page->setFilter(QStringLiteral("clerk"), id);
    loaded.clear();
    page->runQuery();
    ASSERT_TRUE(waitUntil([&] { return loaded.count() == 1; }));
    EXPECT_EQ(loaded.first().at(0).toInt(), 1); // the one field edit
}

} // namespace
} // namespace sohoa::test
