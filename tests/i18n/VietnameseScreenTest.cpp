#include "core/accounts/Session.h"
#include "core/audit/Actions.h"
#include "core/audit/AuditChain.h"
#include "core/i18n/Language.h"
#include "ui/audit/AuditModel.h"
#include "ui/common/Labels.h"
#include "ui/signin/SignInDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

// The catalogue is looked up under the context each message is written with (core/i18n/Tr.h; no
// flattening): a screen, a core message and a ui label read in Vietnamese once Vietnamese is installed,
// and differ from the English they are written in.
namespace sohoa::test {
namespace {

// A letter only Vietnamese uses among these texts: ă â đ ê ô ơ ư or a tone mark.
bool looksVietnamese(const QString& text)
{
    static const QRegularExpression letter(
        QStringLiteral("[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợ"
                       "ùúủũụưừứửữựỳýỷỹỵ]"),
        QRegularExpression::CaseInsensitiveOption);
    return letter.match(text).hasMatch();
}

bool hasLetters(const QString& text)
{
    static const QRegularExpression letters(QStringLiteral("[A-Za-z]{3}"));
    return letters.match(text).hasMatch();
}

// What a screen shows: title, labels, buttons, placeholders, in the order the screen made them; the
// store path (not a message) blanked.
QStringList shownTexts(QWidget& w, const QString& leaveOut)
{
    QStringList out{w.windowTitle()};
    for (auto* l : w.findChildren<QLabel*>())
        out << l->text();
    for (auto* b : w.findChildren<QAbstractButton*>())
        out << b->text() << b->toolTip();
    for (auto* e : w.findChildren<QLineEdit*>())
        out << e->placeholderText();
    for (QString& t : out)
        if (t == leaveOut)
            t.clear();
    return out;
}

class VietnameseScreen : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        // What the sign-in screen says before any catalogue is installed: the English of the sources.
        QTemporaryDir dir;
        ui::SignInDialog english(dir.path());
        englishTexts() = shownTexts(english, dir.path());
        ASSERT_TRUE(i18n::installTranslations(*qApp, QStringLiteral("vi")));
    }
    static QStringList& englishTexts()
    {
        static QStringList texts;
        return texts;
    }
};

TEST_F(VietnameseScreen, TheSignInScreenReadsInVietnamese)
{
    QTemporaryDir dir;
    ui::SignInDialog dialog(dir.path());
    const QStringList vietnamese = shownTexts(dialog, dir.path());
    ASSERT_EQ(vietnamese.size(), englishTexts().size());
    int words = 0;
    int translated = 0;
    for (int i = 0; i < vietnamese.size(); ++i) {
        if (!hasLetters(englishTexts().at(i)))
            continue; // empty, or not words
        ++words;
        if (vietnamese.at(i) == englishTexts().at(i)) {
            ADD_FAILURE() << "still English: " << vietnamese.at(i).toStdString();
            continue;
        }
        translated += looksVietnamese(vietnamese.at(i));
    }
    EXPECT_GE(words, 6);
    EXPECT_GE(translated, words - 1); // one text may hold no letter of its own (a name)
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("SoHoa - Đăng nhập"));
}

TEST_F(VietnameseScreen, CoreAndUiMessagesReadInVietnamese)
{
    // core (accounts' context), through a real call that fails.
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("no-store-here"));
    auto signedIn = accounts::Session::signIn(missing, QStringLiteral("lan"), QByteArray("password"));
    ASSERT_FALSE(signedIn);
    EXPECT_EQ(signedIn.error().message, QStringLiteral("Không có kho dữ liệu SoHoa tại %1.").arg(missing));

    // ui's own context outside a QObject: a label and an audit sentence.
    EXPECT_TRUE(looksVietnamese(ui::stateLabel(QStringLiteral("approved"))))
        << ui::stateLabel(QStringLiteral("approved")).toStdString();
    audit::AuditEntry e;
    e.actor = QStringLiteral("lan");
    e.action = audit::actions::kRecordApproved;
    e.entity = QStringLiteral("record:24");
    e.at = QStringLiteral("2026-12-07T03:05:00Z");
    const QString sentence = ui::auditSentence(e);
    EXPECT_TRUE(looksVietnamese(sentence)) << sentence.toStdString();
    EXPECT_FALSE(sentence.contains(QStringLiteral("approved"))) << sentence.toStdString();
}

} // namespace
} // namespace sohoa::test
