#include "UiTestSupport.h"
#include "core/audit/AuditChain.h"
#include "core/records/RecordType.h"
#include "core/review/FieldAttention.h"
#include "core/validation/Validator.h"
#include "core/workflow/Workflow.h"
#include "testing/render/SyntheticRecords.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/verify/FieldPanel.h"
#include "ui/verify/VerificationPage.h"

#include <QInputMethodEvent>
#include <QLabel>

namespace sohoa::test {
namespace {

using records::RecordState;

// The address as written in the book (33 characters) and as OCR read it: one
// letter in the middle misread, and marked as unsure.
const QString kAddress = QStringLiteral("Số 12 ngõ 45 phố Hàng Bạc, Hà Nội");
const int kWrongAt = 22; // the "B" of "Bạc"

// Keystroke counts at the verification station, each on a record of its own.
class VerificationKeysTest : public UiTest {
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        ASSERT_EQ(kAddress.mid(kWrongAt, 1), QStringLiteral("B"));
        batch = makeBatch(QStringLiteral("Sổ đăng ký khai sinh 2024"));
        clerk = access(QStringLiteral("clerk"));
    }

    void TearDown() override
    {
        window.reset();
        clerk.reset();
        UiTest::TearDown();
    }

    // A birth record OCR read well everywhere, from the first synthetic one at
    // or after `seed` that validates without any issue (no ID: the synthetic
    // one would not match the birth data; some synthetic places are pre-2025
    // units, which warn); `tweak` then spoils what a test needs spoiled.
    qint64 cleanRecord(quint32 seed, const std::function<void(records::NewRecord&)>& tweak = {})
    {
        const records::RecordType* birth =
            records::RecordTypeRegistry::builtin().find(QStringLiteral("birth"));
        // Never the same synthetic record twice: that would be a duplicate, which warns.
        seed = qMax(seed, usedSeed + 1);
        const quint32 first = seed;
        for (;; ++seed) {
            records::Record probe;
            probe.type = birth->id;
            const QMap<QString, QString> values = render::syntheticRecord(*birth, seed).fields();
            for (auto it = values.constBegin(); it != values.constEnd(); ++it)
                if (it.key() != QLatin1String("personal_id"))
                    probe.fields[it.key()].value = it.value();
            if (validation::validateRecord(probe, workflow::storeValidationContext(clerkSession->db()))
                    .isEmpty())
                break;
            if (seed > first + 500) {
                ADD_FAILURE() << "no clean synthetic birth record after seed " << first;
                break;
            }
        }
        usedSeed = seed;
        return makeRecord(batch, QStringLiteral("birth"), seed, [&](records::NewRecord& n) {
            n.fields.remove(QStringLiteral("personal_id"));
            if (tweak)
                tweak(n);
        });
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
        ASSERT_TRUE(waitUntil([&] { return station->currentRecordId() == record && !station->isBusy(); }));
        ASSERT_TRUE(waitUntil([&] { return !focusedField().isEmpty(); }));
    }

    QStringList needing(qint64 id) const
    {
        const records::RecordType* birth =
            records::RecordTypeRegistry::builtin().find(QStringLiteral("birth"));
        auto r = records::loadRecord(clerkSession->db(), id);
        return r ? review::fieldsNeedingLook(*r, *birth) : QStringList();
    }

    QString focusedField() const
    {
        auto* edit = qobject_cast<ui::FieldEdit*>(QApplication::focusWidget());
        return edit ? edit->key() : QString();
    }

    ui::FieldEdit* focusedEdit() const { return qobject_cast<ui::FieldEdit*>(QApplication::focusWidget()); }

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
    quint32 usedSeed = 0;
    std::unique_ptr<ui::StoreAccess> clerk;
    std::unique_ptr<ui::MainWindow> window;
    ui::VerificationPage* station = nullptr;
};

TEST_F(VerificationKeysTest, ACleanRecordSaysSoAndOneEnterConfirmsIt)
{
    const qint64 id = cleanRecord(31);
    ASSERT_TRUE(needing(id).isEmpty()) << needing(id).join(QLatin1Char(',')).toStdString();
    cleanRecord(32); // the next record, so the station has somewhere to go
    open(id);
    // The cue is on screen before the Enter that confirms.
    EXPECT_TRUE(station->counterText().contains(QStringLiteral("Nothing to check")))
        << station->counterText().toStdString();
    EXPECT_TRUE(station->findChild<QLabel*>(QStringLiteral("counter"))->isVisible());
    press(Qt::Key_Return);
    settle();
    EXPECT_EQ(load(id).state, RecordState::Verified);
    EXPECT_EQ(auditCount(QStringLiteral("record.confirmed"), id), 1);
    EXPECT_EQ(auditCount(QStringLiteral("record.field_edit"), id), 0);
}

TEST_F(VerificationKeysTest, KFlaggedFieldsTakeKEntersAndLoseTheirColoursAsTheyAreChecked)
{
    const QStringList flagged{QStringLiteral("full_name"), QStringLiteral("place_of_birth"),
                              QStringLiteral("father_name")};
    const qint64 id = cleanRecord(41, [&](records::NewRecord& n) {
        for (const QString& key : flagged)
            n.fields[key].confidence = 0.6;
    });
    ASSERT_EQ(needing(id), flagged);
    open(id);
    ASSERT_EQ(focusedField(), flagged.first());
    for (int k = 0; k < flagged.size(); ++k) {
        EXPECT_TRUE(station->counterText().contains(QString::number(flagged.size() - k)))
            << k << ": " << station->counterText().toStdString();
        ui::FieldEdit* edit = station->fieldPanel()->edit(flagged[k]);
        EXPECT_NE(edit->property("attention").toInt(), 0);
        ASSERT_EQ(focusedField(), flagged[k]);
        press(Qt::Key_Return);
        settle();
        if (k + 1 < flagged.size()) {
            // Checked: no warning colour any more; the counter went down.
            EXPECT_EQ(edit->property("attention").toInt(), 0);
            EXPECT_TRUE(edit->styleSheet().isEmpty()) << edit->styleSheet().toStdString();
        }
    }
    // The k-th Enter confirmed the record; nothing was edited.
    EXPECT_EQ(load(id).state, RecordState::Verified);
    EXPECT_EQ(auditCount(QStringLiteral("record.field_edit"), id), 0);
}

TEST_F(VerificationKeysTest, OneWrongCharacterInALongAddressIsFixedInTwoKeys)
{
    QString misread = kAddress;
    misread[kWrongAt] = QLatin1Char('8');
    const qint64 id = cleanRecord(51, [&](records::NewRecord& n) {
        records::FieldValue& f = n.fields[QStringLiteral("place_of_birth")];
        f.value = f.raw = misread;
        f.confidence = 0.85;
        f.charConfidences = QList<float>(misread.size(), 0.97f);
        f.charConfidences[kWrongAt] = 0.35f;
    });
    ASSERT_EQ(needing(id), QStringList{QStringLiteral("place_of_birth")});
    open(id);
    ui::FieldEdit* edit = focusedEdit();
    ASSERT_NE(edit, nullptr);
    ASSERT_EQ(edit->key(), QStringLiteral("place_of_birth"));
    // The cursor is on the unsure letter and nothing is selected: its mark shows.
    EXPECT_EQ(edit->cursorPosition(), kWrongAt);
    EXPECT_FALSE(edit->hasSelectedText());
    EXPECT_EQ(edit->uncertainCharacters(), QList<int>{kWrongAt});
    EXPECT_TRUE(station->counterText().contains(QLatin1Char('1'))) << station->counterText().toStdString();

    typeText(QStringLiteral("B")); // key 1: the right letter replaces the wrong one
    EXPECT_EQ(edit->text(), kAddress);
    press(Qt::Key_Return); // key 2: accept; the last flagged field, so the record is confirmed
    settle();
    const records::Record r = load(id);
    EXPECT_EQ(r.value(QStringLiteral("place_of_birth")), kAddress);
    EXPECT_EQ(r.state, RecordState::Verified);
    EXPECT_EQ(auditCount(QStringLiteral("record.field_edit"), id), 1);
}

// The same fix typed through a Vietnamese input method (telex: "a" then "j" composes "ạ"): the
// composed letter replaces the unsure one, as one key would, and the field is then accepted.
TEST_F(VerificationKeysTest, ALetterComposedByAnInputMethodReplacesTheUnsureOne)
{
    const int at = kWrongAt + 1; // the "ạ" of "Bạc"
    QString misread = kAddress;
    misread[at] = QLatin1Char('a');
    const qint64 id = cleanRecord(52, [&](records::NewRecord& n) {
        records::FieldValue& f = n.fields[QStringLiteral("place_of_birth")];
        f.value = f.raw = misread;
        f.confidence = 0.85;
        f.charConfidences = QList<float>(misread.size(), 0.97f);
        f.charConfidences[at] = 0.35f;
    });
    open(id);
    ui::FieldEdit* edit = focusedEdit();
    ASSERT_NE(edit, nullptr);
    ASSERT_EQ(edit->cursorPosition(), at);
    QInputMethodEvent composing(QStringLiteral("a"), {});
    QCoreApplication::sendEvent(edit, &composing);
    QInputMethodEvent committed;
    committed.setCommitString(QStringLiteral("ạ"));
    QCoreApplication::sendEvent(edit, &committed);
    EXPECT_EQ(edit->text(), kAddress);
    EXPECT_TRUE(edit->uncertainCharacters().isEmpty());
    press(Qt::Key_Return);
    settle();
    const records::Record r = load(id);
    EXPECT_EQ(r.value(QStringLiteral("place_of_birth")), kAddress);
    EXPECT_EQ(r.state, RecordState::Verified);
}

// Two letters (not spaces, which are never marked) of `text`.
std::pair<int, int> twoLetters(const QString& text)
{
    int first = -1;
    for (int i = 1; i < text.size(); ++i) {
        if (text[i].isSpace())
            continue;
        if (first < 0)
            first = i;
        else if (i > first + 1)
            return {first, i};
    }
    return {-1, -1};
}

TEST_F(VerificationKeysTest, F3AcceptsAnUnsureCharacterAndGoesToTheNextOneAcrossFields)
{
    QMap<QString, std::pair<int, int>> marked;
    const qint64 id = cleanRecord(61, [&](records::NewRecord& n) {
        for (const QString& key : {QStringLiteral("full_name"), QStringLiteral("mother_name")}) {
            records::FieldValue& f = n.fields[key];
            f.raw = f.value;
            const auto at = twoLetters(f.raw);
            ASSERT_GE(at.first, 0) << f.raw.toStdString();
            marked.insert(key, at);
            f.charConfidences = QList<float>(f.raw.size(), 0.97f);
            f.charConfidences[at.first] = 0.4f;
            f.charConfidences[at.second] = 0.4f;
        }
    });
    const QString name = load(id).value(QStringLiteral("full_name"));
    open(id);
    ASSERT_EQ(focusedField(), QStringLiteral("full_name"));
    EXPECT_EQ(focusedEdit()->cursorPosition(), marked[QStringLiteral("full_name")].first);
    press(Qt::Key_F3);
    EXPECT_EQ(focusedField(), QStringLiteral("full_name"));
    EXPECT_EQ(focusedEdit()->cursorPosition(), marked[QStringLiteral("full_name")].second);
    press(Qt::Key_F3); // past the last one of the field: on to the next field that has one
    ASSERT_EQ(focusedField(), QStringLiteral("mother_name"));
    EXPECT_EQ(focusedEdit()->cursorPosition(), marked[QStringLiteral("mother_name")].first);
    EXPECT_FALSE(focusedEdit()->hasSelectedText());
    settle();
    // The first field counts as checked and kept its value.
    EXPECT_TRUE(station->fieldPanel()->isChecked(QStringLiteral("full_name")));
    EXPECT_EQ(load(id).value(QStringLiteral("full_name")), name);
}

TEST_F(VerificationKeysTest, AFieldThatIsNotFlaggedIsSkippedAndTabSelectsItWhole)
{
    const qint64 id = cleanRecord(
        71, [&](records::NewRecord& n) { n.fields[QStringLiteral("place_of_birth")].confidence = 0.6; });
    const QString name = load(id).value(QStringLiteral("full_name"));
    open(id);
    // full_name comes first on the form but needs no look: the cursor starts past it.
    EXPECT_EQ(focusedField(), QStringLiteral("place_of_birth"));
    ui::FieldEdit* nameEdit = station->fieldPanel()->edit(QStringLiteral("full_name"));
    EXPECT_EQ(nameEdit->property("attention").toInt(), 0);
    EXPECT_TRUE(nameEdit->uncertainCharacters().isEmpty());
    // Tab into a field without marks selects its value, to retype it whole.
    nameEdit->setFocus(Qt::TabFocusReason);
    EXPECT_EQ(nameEdit->selectedText(), name);
}

TEST_F(VerificationKeysTest, CtrlZTakesBackTheLastConfirmationAndTheTrailSaysSo)
{
    const qint64 id = cleanRecord(81);
    const qint64 next = cleanRecord(82);
    open(id);
    press(Qt::Key_Return);
    settle();
    ASSERT_EQ(load(id).state, RecordState::Verified);
    ASSERT_TRUE(waitUntil([&] { return station->currentRecordId() == next && !station->isBusy(); }));
    ASSERT_TRUE(waitUntil([&] { return !focusedField().isEmpty(); }));
    press(Qt::Key_Z, Qt::ControlModifier);
    settle();
    ASSERT_TRUE(waitUntil([&] { return station->currentRecordId() == id && !station->isBusy(); }));
    const records::Record r = load(id);
    EXPECT_EQ(r.state, RecordState::ToVerify);
    EXPECT_TRUE(r.verifiedBy.isEmpty());
    EXPECT_EQ(auditCount(QStringLiteral("record.confirmation_undone"), id), 1);
    EXPECT_EQ(load(next).state, RecordState::ToVerify);
    // Nothing left to undo.
    press(Qt::Key_Z, Qt::ControlModifier);
    settle();
    EXPECT_EQ(auditCount(QStringLiteral("record.confirmation_undone"), id), 1);
}

} // namespace
} // namespace sohoa::test
