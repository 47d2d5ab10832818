// Issue 22, "every record can be finished": a value wrong on the paper is kept
// "as written in the book" (F6) and the record confirmed; a record that needs
// asking is set aside with a note (F7) and taken back. Real widgets on a real
// store, driven by keys.
#include "UiTestSupport.h"
#include "core/audit/AuditChain.h"
#include "core/records/RecordType.h"
#include "core/validation/Validator.h"
#include "core/workflow/Workflow.h"
#include "testing/render/SyntheticRecords.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/verify/FieldPanel.h"
#include "ui/verify/VerificationPage.h"

#include <QComboBox>
#include <QInputDialog>
#include <QLabel>

namespace sohoa::test {
namespace {

using records::RecordState;

class AsWrittenTest : public UiTest {
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        batch = makeBatch(QStringLiteral("Sổ đăng ký khai sinh 1998"));
        clerk = access(QStringLiteral("clerk"));
    }

    void TearDown() override
    {
        window.reset();
        clerk.reset();
        UiTest::TearDown();
    }

    // A synthetic birth whose only errors sit in one field once `tweak` ran.
    qint64 recordWithErrorsIn(quint32 seed, const std::function<void(records::NewRecord&)>& tweak,
                              QString* field)
    {
        for (quint32 s = seed; s < seed + 300; ++s) {
            const records::RecordType* birth =
                records::RecordTypeRegistry::builtin().find(QStringLiteral("birth"));
            records::NewRecord n;
            n.type = birth->id;
            const QMap<QString, QString> values = render::syntheticRecord(*birth, s).fields();
            for (auto it = values.constBegin(); it != values.constEnd(); ++it)
                n.fields[it.key()].value = it.value();
            n.fields.remove(QStringLiteral("personal_id"));
            tweak(n);
            records::Record probe;
            probe.type = n.type;
            probe.fields = n.fields;
            QSet<QString> fields;
            int errors = 0;
            for (const records::Issue& i :
                 validation::validateRecord(probe, workflow::storeValidationContext(clerkSession->db())))
                if (i.isError()) {
                    ++errors;
                    fields.insert(i.field);
                }
            if (errors == 0 || fields.size() != 1 || fields.begin()->isEmpty())
                continue;
            *field = *fields.begin();
            return makeRecord(batch, QStringLiteral("birth"), s, [&](records::NewRecord& r) {
                r.fields.remove(QStringLiteral("personal_id"));
                tweak(r);
            });
        }
        ADD_FAILURE() << "no synthetic birth with errors in one field only";
        return 0;
    }

    qint64 anyRecord(quint32 seed)
    {
        return makeRecord(batch, QStringLiteral("birth"), seed,
                          [](records::NewRecord& n) { n.fields.remove(QStringLiteral("personal_id")); });
    }

    void open(qint64 record)
    {
        window = std::make_unique<ui::MainWindow>(clerk.get(), ui::MainWindowOptions{});
        window->show();
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
        station = window->verificationPage();
        station->openBatch(batch);
        window->showPage(QStringLiteral("verify"));
        station->openRecord(record);
        ASSERT_TRUE(waitUntil([&] { return station->currentRecordId() == record && !station->isBusy(); }));
    }

    void settle()
    {
        ASSERT_TRUE(waitUntil([&] { return !station->isBusy() && clerk->isIdle(); }));
    }

    int auditCount(const QString& action, qint64 record)
    {
        audit::AuditFilter f;
        f.entity = QStringLiteral("record:%1").arg(record);
        f.actionPrefix = action;
        auto rows = audit::queryAudit(clerkSession->db(), f);
        return rows ? int(rows->size()) : -1;
    }

    qint64 batch = 0;
    std::unique_ptr<ui::StoreAccess> clerk;
    std::unique_ptr<ui::MainWindow> window;
    ui::VerificationPage* station = nullptr;
};

TEST_F(AsWrittenTest, F6KeepsAWrongValueAsWrittenAndTheRecordCanBeConfirmedAndApproved)
{
    // The book registers the birth ten days before it happened.
    QString field;
    const qint64 id = recordWithErrorsIn(
        7,
        [](records::NewRecord& n) {
            const QDate born =
                QDate::fromString(n.fields.value(QStringLiteral("date_of_birth")).value, Qt::ISODate);
            n.fields[QStringLiteral("registration_date")].value = born.addDays(-10).toString(Qt::ISODate);
        },
        &field);
    ASSERT_FALSE(field.isEmpty());
    anyRecord(900); // somewhere to go after the confirmation
    open(id);

    // Ctrl+Enter is refused while the error is open.
    press(Qt::Key_Return, Qt::ControlModifier);
    settle();
    ASSERT_EQ(load(id).state, RecordState::ToVerify);

    station->fieldPanel()->focusField(field);
    ASSERT_TRUE(waitUntil([&] { return station->fieldPanel()->focusedField() == field; }));
    press(Qt::Key_F6);
    settle();
    EXPECT_EQ(auditCount(QStringLiteral("record.issue_acknowledged"), id), 1);
    records::Record r = load(id);
    ASSERT_EQ(workflow::acknowledgedErrors(r).size(), 1);
    EXPECT_TRUE(workflow::blockingErrors(r).isEmpty());
    EXPECT_EQ(r.value(field), load(id).value(field)) << "the value is kept as it was";

    // The station says so beside the field (if the record is still shown), then confirms.
    if (station->currentRecordId() == id) {
        const auto labels = station->fieldPanel()->findChildren<QLabel*>(
            QStringLiteral("issue_") + workflow::acknowledgedErrors(r).front().code);
        ASSERT_FALSE(labels.isEmpty());
        EXPECT_TRUE(labels.front()->text().startsWith(QStringLiteral("As written in the book")))
            << labels.front()->text().toStdString();
        press(Qt::Key_Return, Qt::ControlModifier);
        settle();
    }
    r = load(id);
    EXPECT_EQ(r.state, RecordState::Verified);

    // The supervisor must accept it on purpose.
    auto supervisor = store->supervisor();
    EXPECT_EQ(workflow::approveRecord(*supervisor, id).error().code, QStringLiteral("workflow.acknowledged"));
    workflow::Decision d{true, true};
    EXPECT_TRUE(workflow::approveRecord(*supervisor, id, d).ok());
}

TEST_F(AsWrittenTest, F7SetsARecordAsideWithANoteAndTakesItBack)
{
    const qint64 first = anyRecord(11);
    const qint64 second = anyRecord(12);
    open(first);
    const int queued = station->queueSize();
    ASSERT_GE(queued, 2);

    // F7 asks for the note in a dialog; the clerk types it and presses Enter.
    const QString note = QStringLiteral("Hỏi gia đình tên cha");
    station->fieldPanel()->focusField(station->fieldPanel()->keys().first());
    press(Qt::Key_F7);
    QInputDialog* dialog = nullptr;
    ASSERT_TRUE(waitUntil([&] {
        dialog = station->findChild<QInputDialog*>(QStringLiteral("holdNote"));
        return dialog && dialog->isVisible() && QApplication::focusWidget() &&
               dialog->isAncestorOf(QApplication::focusWidget());
    }));
    typeText(note);
    press(Qt::Key_Return);
    settle();
    auto hold = workflow::holdOf(clerkSession->db(), first);
    ASSERT_TRUE(hold.ok());
    ASSERT_TRUE(hold->has_value());
    EXPECT_EQ((*hold)->note, note);
    EXPECT_EQ(auditCount(QStringLiteral("record.held"), first), 1);
    // It left the queue: the station went on to the next record.
    ASSERT_TRUE(waitUntil([&] { return station->currentRecordId() == second && !station->isBusy(); }));
    EXPECT_EQ(station->queueSize(), queued - 1);

    // The "Needs asking" list has it, with its note.
    auto* scope = station->findChild<QComboBox*>(QStringLiteral("scope"));
    ASSERT_NE(scope, nullptr);
    const int needsAsking = scope->findData(2);
    ASSERT_GE(needsAsking, 0);
    scope->setCurrentIndex(needsAsking);
    Q_EMIT scope->activated(needsAsking);
    ASSERT_TRUE(waitUntil([&] { return station->currentRecordId() == first && !station->isBusy(); }));
    EXPECT_TRUE(station->isHeld());
    EXPECT_EQ(station->queueSize(), 1);
    EXPECT_TRUE(station->bannerText().contains(note)) << station->bannerText().toStdString();

    // F7 again takes it back into the records to verify.
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    station->fieldPanel()->focusField(station->fieldPanel()->keys().first());
    ASSERT_TRUE(waitUntil([] { return QApplication::focusWidget() != nullptr; }));
    press(Qt::Key_F7);
    settle();
    hold = workflow::holdOf(clerkSession->db(), first);
    ASSERT_TRUE(hold.ok());
    EXPECT_FALSE(hold->has_value());
    EXPECT_EQ(auditCount(QStringLiteral("record.hold_released"), first), 1);
    ASSERT_TRUE(waitUntil([&] { return station->queueSize() == 0 && !station->isBusy(); }));
}

} // namespace
} // namespace sohoa::test
