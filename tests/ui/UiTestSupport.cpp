#include "UiTestSupport.h"

#include "core/batches/BatchRepository.h"
#include "core/records/RecordRepository.h"
#include "core/records/RecordType.h"
#include "core/store/Database.h"
#include "core/validation/Validator.h"
#include "core/workflow/Workflow.h"
#include "testing/render/SyntheticRecords.h"

#include <QKeyEvent>
#include <QStandardPaths>

namespace sohoa::test {

bool waitUntil(const std::function<bool()>& done, int ms)
{
    return QTest::qWaitFor(done, ms);
}

void press(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget* target = QApplication::focusWidget();
    if (!target)
        target = QApplication::activeWindow();
    ASSERT_NE(target, nullptr) << "nothing has the keyboard focus";
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

void typeText(const QString& text)
{
    QWidget* target = QApplication::focusWidget();
    ASSERT_NE(target, nullptr) << "nothing has the keyboard focus";
    // QTest::keyClicks knows only Latin-1 keys; Vietnamese letters arrive as
    // key events carrying their text, as an input method delivers them.
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(target, &press);
        QApplication::sendEvent(target, &release);
    }
}

void UiTest::SetUp()
{
    QStandardPaths::setTestModeEnabled(true); // settings of the test, not of the user
    store = std::make_unique<TestStore>();
    clerkSession = store->clerk();
    ASSERT_TRUE(clerkSession);
}

void UiTest::TearDown()
{
    clerkSession.reset();
    store.reset();
}

std::unique_ptr<ui::StoreAccess> UiTest::access(const QString& account)
{
    auto s = store->signIn(account);
    if (!s)
        return nullptr;
    return std::make_unique<ui::StoreAccess>(std::move(s));
}

qint64 UiTest::makeBatch(const QString& name)
{
    auto b = batches::createBatch(*clerkSession, name);
    EXPECT_TRUE(b) << (b ? "" : b.error().message.toStdString());
    return b ? b->id : 0;
}

qint64 UiTest::makeRecord(qint64 batchId, const QString& type, quint32 seed,
                          const std::function<void(records::NewRecord&)>& tweak)
{
    const records::RecordType* def = records::RecordTypeRegistry::builtin().find(type);
    EXPECT_NE(def, nullptr);
    const render::SyntheticDocument syn = render::syntheticRecord(*def, seed);
    records::NewRecord n;
    n.batchId = batchId;
    n.type = type;
    const QMap<QString, QString> values = syn.fields();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        records::FieldValue f;
        f.value = it.value();
        f.raw = it.value();
        f.confidence = 0.98;
        f.source = QStringLiteral("ocr");
        f.page = 1;
        n.fields.insert(it.key(), f);
    }
    if (tweak)
        tweak(n);
    records::Record probe;
    probe.type = n.type;
    probe.fields = n.fields;
    n.issues = validation::validateRecord(probe, workflow::storeValidationContext(clerkSession->db()));
    auto tx = store::Transaction::begin(clerkSession->db());
    EXPECT_TRUE(tx);
    auto id = records::insertRecord(clerkSession->db(), n, QStringLiteral("system"));
    EXPECT_TRUE(id) << (id ? "" : id.error().message.toStdString());
    EXPECT_TRUE(tx->commit());
    return id ? *id : 0;
}

records::Record UiTest::load(qint64 id)
{
    auto r = records::loadRecord(clerkSession->db(), id);
    EXPECT_TRUE(r);
    return r ? *r : records::Record{};
}

} // namespace sohoa::test
