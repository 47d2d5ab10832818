#include "UiTestSupport.h"
#include "core/audit/AuditChain.h"
#include "core/records/RecordType.h"
#include "core/review/FieldAttention.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/verify/FieldPanel.h"
#include "ui/verify/VerificationPage.h"

#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QToolButton>

namespace sohoa::test {
namespace {

using records::RecordState;

// The ID a birth registration's child would really have: province 001,
// century/sex digit, the last two digits of the birth year.
QString validPersonalId(const records::NewRecord& n)
{
    const QString dob = n.fields.value(QStringLiteral("date_of_birth")).value;
    const int year = dob.left(4).toInt();
    const bool female = n.fields.value(QStringLiteral("sex")).value == QLatin1String("female");
    const int centuryDigit = (year >= 2000 ? 2 : 0) + (female ? 1 : 0);
    return QStringLiteral("001%1%2%3")
        .arg(centuryDigit)
        .arg(year % 100, 2, 10, QLatin1Char('0'))
        .arg(QStringLiteral("004521"));
}

class VerificationStationTest : public UiTest {
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        batch = makeBatch(QStringLiteral("Birth book 2019"));
        // A: OCR misread the name (accents lost, low confidence) and dropped a digit of the ID.
        recordA = makeRecord(batch, QStringLiteral("birth"), 11, [this](records::NewRecord& n) {
            correctId = validPersonalId(n);
            records::FieldValue id;
            id.value = correctId.left(11);
            id.raw = id.value;
            id.confidence = 0.71;
            id.source = QStringLiteral("ocr");
            n.fields.insert(QStringLiteral("personal_id"), id);
            records::FieldValue& name = n.fields[QStringLiteral("full_name")];
            correctName = name.value;
            name.value = name.raw = QStringLiteral("NGUYEN VAN AN");
            name.confidence = 0.58;
            name.charConfidences = QList<float>(name.raw.size(), 0.95f);
            name.charConfidences[1] = 0.3f;
        });
        // B: everything read well but the place of birth.
        recordB = makeRecord(batch, QStringLiteral("birth"), 12, [](records::NewRecord& n) {
            n.fields.remove(QStringLiteral("personal_id"));
            n.fields[QStringLiteral("place_of_birth")].confidence = 0.7;
        });
        for (qint64 id : {recordA, recordB}) {
            for (const records::Issue& i : load(id).issues) {
                if (i.isError()) {
                    ASSERT_EQ(i.field, QStringLiteral("personal_id"))
                        << "unexpected error " << i.code.toStdString();
                }
            }
        }
        ASSERT_TRUE(load(recordA).hasErrors());
        ASSERT_FALSE(load(recordB).hasErrors());

        clerk = access(QStringLiteral("clerk"));
        window = std::make_unique<ui::MainWindow>(clerk.get(), ui::MainWindowOptions{});
        window->show();
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
        station = window->verificationPage();
        ASSERT_NE(station, nullptr);
        station->openBatch(batch);
        window->showPage(QStringLiteral("verify"));
        ASSERT_TRUE(waitUntil([&] { return station->currentRecordId() == recordA && !station->isBusy(); }));
    }

    void TearDown() override
    {
        window.reset();
        clerk.reset();
        UiTest::TearDown();
    }

    QString focusedField() const
    {
        auto* edit = qobject_cast<ui::FieldEdit*>(QApplication::focusWidget());
        return edit ? edit->key() : QString();
    }

    void settle()
    {
        ASSERT_TRUE(waitUntil([&] { return !station->isBusy() && clerk->isIdle(); }));
    }

    qint64 batch = 0, recordA = 0, recordB = 0;
    QString correctId, correctName;
    std::unique_ptr<ui::StoreAccess> clerk;
    std::unique_ptr<ui::MainWindow> window;
    ui::VerificationPage* station = nullptr;
};

TEST_F(VerificationStationTest, KeyboardOnlyVerificationEndsInConfirmedRecordsWithAuditedEdits)
{
    // The cursor starts on the first field that needs a look, in the order of the paper form.
    const records::RecordType* birth = records::RecordTypeRegistry::builtin().find(QStringLiteral("birth"));
    const QStringList needing = review::fieldsNeedingLook(load(recordA), *birth);
    ASSERT_FALSE(needing.isEmpty());
    ASSERT_TRUE(waitUntil([&] { return focusedField() == needing.first(); })) << focusedField().toStdString();
    // Uncertain characters are marked in what OCR read.
    auto* evidence = station->fieldPanel()->findChild<QLabel*>(QStringLiteral("evidence_full_name"));
    ASSERT_NE(evidence, nullptr);
    EXPECT_TRUE(evidence->isVisible());
    EXPECT_TRUE(evidence->text().contains(QStringLiteral("background")));
    // What was read is shown as the clerk reads values: no ISO date, no choice code ("female").
    static const QRegularExpression storedForm(
        QStringLiteral("\\d{4}-\\d{2}-\\d{2}|\\bmale\\b|\\bfemale\\b"));
    for (QLabel* shown : station->fieldPanel()->findChildren<QLabel*>()) {
        if (shown->objectName().startsWith(QLatin1String("evidence_")) && shown->isVisible()) {
            EXPECT_FALSE(shown->text().contains(storedForm)) << shown->text().toStdString();
        }
    }

    bool typedName = false, typedId = false;
    for (int step = 0; step < 60; ++step) {
        if (load(recordA).state == RecordState::Verified && load(recordB).state == RecordState::Verified)
            break;
        const QString field = focusedField();
        ASSERT_FALSE(field.isEmpty()) << "keyboard focus left the fields at step " << step;
        if (station->currentRecordId() == recordA && field == QLatin1String("full_name") && !typedName) {
            // The cursor arrives on the unsure letter; the whole name is retyped.
            press(Qt::Key_A, Qt::ControlModifier);
            typeText(correctName);
            typedName = true;
        } else if (station->currentRecordId() == recordA && field == QLatin1String("personal_id") &&
                   !typedId) {
            typeText(correctId);
            typedId = true;
        }
        press(Qt::Key_Return);
        settle();
    }
    const records::Record a = load(recordA);
    const records::Record b = load(recordB);
    EXPECT_EQ(a.state, RecordState::Verified);
    EXPECT_EQ(b.state, RecordState::Verified);
    EXPECT_EQ(a.verifiedBy, QStringLiteral("clerk"));
    EXPECT_EQ(a.value(QStringLiteral("personal_id")), correctId);
    EXPECT_EQ(a.value(QStringLiteral("full_name")), correctName);
    EXPECT_EQ(a.fields.value(QStringLiteral("full_name")).source, QStringLiteral("clerk"));

    // Every edit is in the audit trail with who, old and new.
    audit::AuditFilter f;
    f.entity = QStringLiteral("record:%1").arg(recordA);
    f.actionPrefix = QStringLiteral("record.field_edit");
    auto edits = audit::queryAudit(clerkSession->db(), f);
    ASSERT_TRUE(edits);
    QMap<QString, std::pair<QString, QString>> byField;
    for (const audit::AuditEntry& e : *edits) {
        EXPECT_EQ(e.actor, QStringLiteral("clerk"));
        byField.insert(e.details.value(QStringLiteral("field")).toString(),
                       {e.details.value(QStringLiteral("old")).toString(),
                        e.details.value(QStringLiteral("new")).toString()});
    }
    EXPECT_EQ(byField.value(QStringLiteral("personal_id")), std::make_pair(correctId.left(11), correctId));
    EXPECT_EQ(byField.value(QStringLiteral("full_name")),
              std::make_pair(QStringLiteral("NGUYEN VAN AN"), correctName));
    audit::AuditFilter confirmed;
    confirmed.actionPrefix = QStringLiteral("record.confirmed");
    auto c = audit::queryAudit(clerkSession->db(), confirmed);
    ASSERT_TRUE(c);
    EXPECT_EQ(c->size(), 2);
    EXPECT_EQ(station->queueSize(), 0);
}

TEST_F(VerificationStationTest, ARecordWithAnOpenErrorIsNotConfirmed)
{
    press(Qt::Key_Return, Qt::ControlModifier); // confirm at once, without fixing the ID
    settle();
    ASSERT_TRUE(waitUntil([&] { return !station->bannerText().isEmpty(); }));
    EXPECT_TRUE(station->bannerText().contains(QStringLiteral("error"), Qt::CaseInsensitive))
        << station->bannerText().toStdString();
    EXPECT_EQ(load(recordA).state, RecordState::ToVerify);
    // The cursor is put on the field with the error.
    ASSERT_TRUE(waitUntil([&] { return focusedField() == QLatin1String("personal_id"); }))
        << focusedField().toStdString();
    EXPECT_EQ(station->currentRecordId(), recordA);
}

TEST_F(VerificationStationTest, TabWalksEveryFieldAndPageDownChangesRecord)
{
    auto* panel = station->fieldPanel();
    // Every field shown (empty national-standard fields are folded away, see below).
    QStringList keys;
    for (const QString& key : panel->keys())
        if (!panel->foldedFields().contains(key))
            keys.append(key);
    panel->focusField(keys.first());
    for (int i = 1; i < 5; ++i) {
        press(Qt::Key_Tab);
        EXPECT_EQ(focusedField(), keys[i]);
    }
    press(Qt::Key_PageDown);
    ASSERT_TRUE(waitUntil([&] { return station->currentRecordId() == recordB && !station->isBusy(); }));
    EXPECT_FALSE(focusedField().isEmpty());
    press(Qt::Key_PageUp);
    ASSERT_TRUE(waitUntil([&] { return station->currentRecordId() == recordA && !station->isBusy(); }));
}

TEST_F(VerificationStationTest, EscapePutsBackTheStoredValueAndNothingIsSaved)
{
    station->fieldPanel()->focusField(QStringLiteral("full_name"));
    typeText(QStringLiteral("SOMETHING ELSE"));
    press(Qt::Key_Escape);
    EXPECT_EQ(station->fieldPanel()->edit(QStringLiteral("full_name"))->text(),
              QStringLiteral("NGUYEN VAN AN"));
    press(Qt::Key_Tab);
    settle();
    EXPECT_EQ(load(recordA).value(QStringLiteral("full_name")), QStringLiteral("NGUYEN VAN AN"));
    EXPECT_EQ(load(recordA).version, 1);
}

TEST_F(VerificationStationTest, EmptyNationalFieldsOfAnOcrReadRecordFoldAwayAndOpenByKeyboard)
{
    auto* panel = station->fieldPanel();
    const records::RecordType* birth = records::RecordTypeRegistry::builtin().find(QStringLiteral("birth"));
    const records::Record a = load(recordA);
    QSet<QString> withIssues;
    for (const records::Issue& i : a.issues)
        withIssues.insert(i.field);
    // Expected: the national-only fields OCR left empty, in register order.
    QStringList expected;
    for (const QString& key : panel->keys()) {
        const records::FieldDef* f = birth->field(key);
        ASSERT_NE(f, nullptr);
        if (f->nationalOnly && a.value(key).isEmpty() && !withIssues.contains(key))
            expected.append(key);
    }
    ASSERT_GE(expected.size(), 10);
    EXPECT_EQ(panel->foldedFields(), expected);
    EXPECT_FALSE(panel->isNationalOpen());
    QToolButton* toggle = panel->nationalToggle();
    ASSERT_NE(toggle, nullptr);
    EXPECT_TRUE(toggle->isVisible());
    EXPECT_TRUE(toggle->text().contains(QStringLiteral("(%1)").arg(expected.size())))
        << toggle->text().toStdString();
    QStringList shown;
    for (const QString& key : panel->keys()) {
        EXPECT_EQ(panel->edit(key)->isVisible(), !expected.contains(key)) << key.toStdString();
        if (!expected.contains(key))
            shown.append(key);
    }
    // Fields that every extract prints stay, even when empty.
    EXPECT_TRUE(shown.contains(QStringLiteral("full_name")));

    // Tab from the last field shown reaches the toggle; Space opens it and the
    // cursor goes to the first of the folded fields, now shown in their places.
    panel->focusField(shown.last());
    press(Qt::Key_Tab);
    ASSERT_TRUE(toggle->hasFocus());
    press(Qt::Key_Space);
    EXPECT_TRUE(panel->isNationalOpen());
    for (const QString& key : expected)
        EXPECT_TRUE(panel->edit(key)->isVisible()) << key.toStdString();
    ASSERT_TRUE(waitUntil([&] { return focusedField() == expected.first(); }))
        << focusedField().toStdString();
    // Ctrl+Shift+N folds them again; the cursor stays on the toggle.
    press(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_FALSE(panel->isNationalOpen());
    EXPECT_FALSE(panel->edit(expected.first())->isVisible());
    EXPECT_TRUE(toggle->hasFocus());
    // ... and opens them again, from anywhere in the form.
    panel->focusField(QStringLiteral("full_name"));
    press(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_TRUE(panel->isNationalOpen());
    EXPECT_EQ(focusedField(), expected.first());
    // A value typed into a folded field keeps it shown when the record is saved.
    const QString page =
        expected.contains(QStringLiteral("page_number")) ? QStringLiteral("page_number") : expected.first();
    panel->focusField(page);
    typeText(QStringLiteral("17"));
    press(Qt::Key_Return);
    settle();
    ASSERT_TRUE(waitUntil([&] { return load(recordA).value(page) == QLatin1String("17"); }));
    // The next record starts folded again.
    press(Qt::Key_PageDown);
    ASSERT_TRUE(waitUntil([&] { return station->currentRecordId() == recordB && !station->isBusy(); }));
    EXPECT_FALSE(panel->isNationalOpen());
    EXPECT_FALSE(panel->foldedFields().isEmpty());
    press(Qt::Key_PageUp);
    ASSERT_TRUE(waitUntil([&] { return station->currentRecordId() == recordA && !station->isBusy(); }));
    EXPECT_FALSE(panel->foldedFields().contains(page));
    EXPECT_TRUE(panel->edit(page)->isVisible());

    // A record keyed by hand shows every field, in register order: nothing folds.
    records::Record keyed = load(recordA);
    for (auto it = keyed.fields.begin(); it != keyed.fields.end(); ++it)
        it->source = QStringLiteral("clerk");
    panel->setRecord(keyed, false);
    EXPECT_TRUE(panel->foldedFields().isEmpty());
    EXPECT_FALSE(toggle->isVisible());
    for (const QString& key : panel->keys())
        EXPECT_TRUE(panel->edit(key)->isVisible()) << key.toStdString();
}

} // namespace
} // namespace sohoa::test
