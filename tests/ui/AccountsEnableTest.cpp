// The Accounts page and the security rules in core: disabling tells the
// administrator that the store key must change (accounts::rekeyPending);
// enabling asks for a new password (accounts::enableAccount).
#include "UiTestSupport.h"
#include "core/accounts/AccountAdmin.h"
#include "core/store/Database.h"
#include "core/store/Keyring.h"
#include "core/store/StoreLayout.h"
#include "ui/admin/AccountsPage.h"
#include "ui/common/StoreAccess.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QProgressBar>
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
    clerkSession.reset(); // the desktop changes the key only while it alone has the store open
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

    QSignalSpy rotated(&page, &ui::AccountsPage::keyRotated);
    toggle->click();
    ASSERT_TRUE(waitUntil([&] { return rotated.count() >= 1; }));
    EXPECT_TRUE(page.message().contains(QStringLiteral("disabled")));
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

// The data key as the clerk's password unwraps it (what a clerk could keep).
crypto::SecretBytes clerkDataKey(const QString& storePath)
{
    const auto layout = store::StoreLayout::at(storePath);
    auto keyring = store::Keyring::load(layout.keyringFile());
    EXPECT_TRUE(keyring.ok());
    const store::KeySlot* slot = keyring->findSlot(keyring->accountSlotId(QStringLiteral("clerk")));
    EXPECT_NE(slot, nullptr);
    auto key = store::Keyring::unwrapSlot(*slot, kClerkPassword);
    EXPECT_TRUE(key.ok());
    return key ? std::move(*key) : crypto::SecretBytes();
}

QPushButton* buttonNamed(QWidget& page, const QString& text)
{
    for (QPushButton* b : page.findChildren<QPushButton*>())
        if (b->text() == text)
            return b;
    return nullptr;
}

// Issue 21: the desktop does what `sohoa-cli user disable` does. Disabling an
// account replaces the data key at once, on the writer thread (a busy bar
// shows it, the window keeps answering); a key the clerk kept then opens
// nothing, and the page goes on reading under the new key. While another
// connection (an import, a sync, a second program) has the store open the
// rotation is refused, the page says why and offers to do it later.
TEST_F(AccountsEnableTest, DisablingAnAccountChangesTheStoreKeyWithoutBlockingTheWindow)
{
    const crypto::SecretBytes kept = clerkDataKey(store->path);
    ASSERT_FALSE(kept.isEmpty());
    const QString dbFile = store::StoreLayout::at(store->path).databaseFile();
    ASSERT_TRUE(store::Database::open(dbFile, kept, store::Database::OpenMode::OpenExisting).ok());

    auto admin = access(QStringLiteral("admin"));
    ui::AccountsPage page(admin.get());
    page.resize(1280, 690);
    page.show();
    QSignalSpy loaded(&page, &ui::AccountsPage::accountsLoaded);
    QSignalSpy rotated(&page, &ui::AccountsPage::keyRotated);
    page.reload();
    ASSERT_TRUE(waitUntil([&] { return loaded.count() >= 1; }));
    auto* table = page.findChild<QTableWidget*>();
    ASSERT_NE(table, nullptr);
    auto select = [&](const QString& name) {
        for (int i = 0; i < table->rowCount(); ++i)
            if (table->item(i, 0)->text() == name)
                table->setCurrentCell(i, 0);
    };
    QPushButton* toggle = buttonNamed(page, QStringLiteral("Disable / enable"));
    ASSERT_NE(toggle, nullptr);
    auto* again = page.findChild<QPushButton*>(QStringLiteral("rotateKey"));
    auto* busy = page.findChild<QProgressBar*>(QStringLiteral("rotatingKey"));
    ASSERT_NE(again, nullptr);
    ASSERT_NE(busy, nullptr);

    // 1. The clerk's own session (another connection) is still open: refused, and said.
    select(QStringLiteral("clerk2"));
    toggle->click();
    ASSERT_TRUE(waitUntil([&] { return rotated.count() >= 1; }));
    EXPECT_FALSE(rotated.last().at(0).toBool());
    EXPECT_TRUE(page.message().contains(QStringLiteral("still needs a new data key")))
        << page.message().toStdString();
    EXPECT_TRUE(again->isVisible());
    EXPECT_FALSE(busy->isVisible());
    EXPECT_TRUE(store::Database::open(dbFile, kept, store::Database::OpenMode::OpenExisting).ok());

    // 2. Once it is closed, "Change the store key now" does it.
    clerkSession.reset();
    again->click();
    EXPECT_TRUE(busy->isVisible() || rotated.count() >= 2); // shown while the writer thread works
    ASSERT_TRUE(waitUntil([&] { return rotated.count() >= 2; }));
    EXPECT_TRUE(rotated.last().at(0).toBool()) << page.message().toStdString();
    EXPECT_TRUE(page.message().contains(QStringLiteral("new data key"))) << page.message().toStdString();
    EXPECT_FALSE(busy->isVisible());
    // The key the clerk kept opens nothing now.
    EXPECT_FALSE(store::Database::open(dbFile, kept, store::Database::OpenMode::OpenExisting).ok());

    // 3. Reads go on under the new key, and disabling the next account rotates at once.
    auto count =
        admin->read([](store::Database& db) { return db.queryInt("SELECT count(*) FROM accounts;"); });
    ASSERT_TRUE(waitUntil([&] { return count.isFinished(); }));
    ASSERT_TRUE(count.result().ok()) << count.result().error().message.toStdString();
    EXPECT_GE(*count.result(), 4);
    ASSERT_TRUE(waitUntil([&] { return loaded.count() >= 2; }));
    select(QStringLiteral("clerk"));
    toggle->click();
    ASSERT_TRUE(waitUntil([&] { return rotated.count() >= 3; }));
    EXPECT_TRUE(rotated.last().at(0).toBool()) << page.message().toStdString();
    EXPECT_FALSE(again->isVisible());
    auto pending = admin->write([](accounts::Session& s) { return accounts::rekeyPending(s); });
    ASSERT_TRUE(waitUntil([&] { return pending.isFinished(); }));
    ASSERT_TRUE(pending.result().ok());
    EXPECT_FALSE(*pending.result());
}

// Deleting on the Accounts page (issue 21): a confirmation, then the same way
// as disabling (slot removed, data key replaced on the writer thread); the
// account leaves the list, and its old password no longer opens the store.
TEST_F(AccountsEnableTest, DeletingAnAccountAsksFirstThenRemovesItAndChangesTheKey)
{
    clerkSession.reset();
    const crypto::SecretBytes kept = clerkDataKey(store->path);
    ASSERT_FALSE(kept.isEmpty());
    auto admin = access(QStringLiteral("admin"));
    ui::AccountsPage page(admin.get());
    page.resize(1280, 690);
    page.show();
    QSignalSpy loaded(&page, &ui::AccountsPage::accountsLoaded);
    QSignalSpy rotated(&page, &ui::AccountsPage::keyRotated);
    page.reload();
    ASSERT_TRUE(waitUntil([&] { return loaded.count() >= 1; }));
    auto* table = page.findChild<QTableWidget*>();
    ASSERT_NE(table, nullptr);
    const int before = table->rowCount();
    for (int i = 0; i < table->rowCount(); ++i)
        if (table->item(i, 0)->text() == QLatin1String("clerk"))
            table->setCurrentCell(i, 0);
    auto* remove = page.findChild<QPushButton*>(QStringLiteral("deleteAccount"));
    ASSERT_NE(remove, nullptr);

    // Cancelled: nothing happens.
    remove->click();
    auto* confirm = page.findChild<QMessageBox*>(QStringLiteral("confirmDelete"));
    ASSERT_NE(confirm, nullptr) << "deleting must ask first";
    confirm->button(QMessageBox::Cancel)->click();
    QCoreApplication::processEvents();
    EXPECT_EQ(rotated.count(), 0);
    EXPECT_TRUE(store->signIn(QStringLiteral("clerk")));

    remove->click();
    confirm = page.findChild<QMessageBox*>(QStringLiteral("confirmDelete"));
    ASSERT_NE(confirm, nullptr);
    confirm->button(QMessageBox::Yes)->click();
    ASSERT_TRUE(waitUntil([&] { return rotated.count() >= 1; }));
    EXPECT_TRUE(rotated.last().at(0).toBool()) << page.message().toStdString();
    EXPECT_TRUE(page.message().contains(QStringLiteral("deleted"))) << page.message().toStdString();
    ASSERT_TRUE(waitUntil([&] { return loaded.count() >= 2 && table->rowCount() == before - 1; }));
    for (int i = 0; i < table->rowCount(); ++i)
        EXPECT_NE(table->item(i, 0)->text(), QStringLiteral("clerk"));
    const QString dbFile = store::StoreLayout::at(store->path).databaseFile();
    EXPECT_FALSE(store::Database::open(dbFile, kept, store::Database::OpenMode::OpenExisting).ok());
    EXPECT_FALSE(accounts::Session::signIn(store->path, QStringLiteral("clerk"), kClerkPassword).ok());
}

} // namespace
} // namespace sohoa::test
