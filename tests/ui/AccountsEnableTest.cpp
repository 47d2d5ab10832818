// The Accounts page and the security rules in core: disabling tells the
// administrator that the store key must change (accounts::rekeyPending);
// enabling asks for a new password (accounts::enableAccount).
#include "UiTestSupport.h"
#include "accounts/AccountAdmin.h"
#include "admin/AccountsPage.h"

#include <QInputDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>

namespace sohoa::test {
namespace {

class AccountsEnableTest : public UiTest {};

bool isActive(accounts::Session& s, const QString& name)
{
    auto list = accounts::listAccounts(s);
    if (list)
        for (const accounts::Account& a : *list)
            if (a.name == name)
                return a.active;
    ADD_FAILURE() << "no account " << name.toStdString();
    return false;
}

TEST_F(AccountsEnableTest, DisablingSaysTheKeyMustChangeAndEnablingAsksForANewPassword)
{
    auto admin = access(QStringLiteral("admin"));
    ui::AccountsPage page(admin.get());
    page.resize(1280, 690);
    page.show();
    QSignalSpy loaded(&page, &ui::AccountsPage::accountsLoaded);
    page.reload();
    ASSERT_TRUE(waitUntil([&] { return loaded.count() >= 1; }));
    auto* table = page.findChild<QTableWidget*>();
    ASSERT_NE(table, nullptr);
    int clerkRow = -1;
    for (int i = 0; i < table->rowCount(); ++i)
        if (table->item(i, 0)->text() == QLatin1String("clerk"))
            clerkRow = i;
    ASSERT_GE(clerkRow, 0);
    table->setCurrentCell(clerkRow, 0);
    QPushButton* toggle = nullptr;
    for (QPushButton* b : page.findChildren<QPushButton*>())
        if (b->text() == QLatin1String("Disable / enable"))
            toggle = b;
    ASSERT_NE(toggle, nullptr);

    toggle->click();
    ASSERT_TRUE(waitUntil([&] { return page.message().contains(QStringLiteral("disabled")); }));
    EXPECT_TRUE(page.message().contains(QStringLiteral("new data key"))) << page.message().toStdString();
    EXPECT_FALSE(page.message().contains(QStringLiteral("sohoa-cli")));
    auto adminSession = store->admin();
    ASSERT_TRUE(adminSession);
    EXPECT_FALSE(isActive(*adminSession, QStringLiteral("clerk")));

    ASSERT_TRUE(waitUntil([&] { return loaded.count() >= 2; }));
    table->setCurrentCell(clerkRow, 0);
    toggle->click();
    auto* dialog = page.findChild<QInputDialog*>(QStringLiteral("enablePassword"));
    ASSERT_NE(dialog, nullptr) << "enabling must ask for a new password";
    dialog->setTextValue(QStringLiteral("clerk-new-pass-456"));
    dialog->accept();
    ASSERT_TRUE(waitUntil([&] { return page.message().contains(QStringLiteral("enabled again")); }))
        << page.message().toStdString();
    EXPECT_TRUE(isActive(*adminSession, QStringLiteral("clerk")));
}

} // namespace
} // namespace sohoa::test
