#include "ui/common/FileNames.h"

#include <gtest/gtest.h>

namespace sohoa::test {
namespace {

TEST(FileNamesTest, VietnameseStaysOnlyForbiddenCharactersGo)
{
    EXPECT_EQ(ui::fileNameFor(QStringLiteral("Sổ đăng ký khai sinh 2024 - quyển 03")),
              QStringLiteral("Sổ đăng ký khai sinh 2024 - quyển 03"));
    // Decomposed input (as some keyboards and macOS give it) comes out composed.
    const QString decomposed = QStringLiteral("Sổ hộ tịch").normalized(QString::NormalizationForm_D);
    ASSERT_NE(decomposed, QStringLiteral("Sổ hộ tịch"));
    EXPECT_EQ(ui::fileNameFor(decomposed), QStringLiteral("Sổ hộ tịch"));
    EXPECT_EQ(ui::fileNameFor(QStringLiteral("Sổ 01/2024: \"khai sinh\" <xã> a|b?*")),
              QStringLiteral("Sổ 01-2024- -khai sinh- -xã- a-b-"));
    EXPECT_EQ(ui::fileNameFor(QStringLiteral("tab\there")), QStringLiteral("tab-here"));
    EXPECT_EQ(ui::fileNameFor(QStringLiteral("..ẩn..  ")), QStringLiteral("ẩn"));
    EXPECT_EQ(ui::fileNameFor(QStringLiteral("con")), QStringLiteral("con-1"));
    EXPECT_EQ(ui::fileNameFor(QStringLiteral("///")), QStringLiteral("-"));
    EXPECT_EQ(ui::fileNameFor(QStringLiteral("  ")), QStringLiteral("SoHoa"));
    EXPECT_LE(ui::fileNameFor(QString(300, QChar(0x1EC7))).toUtf8().size(), 200);
}

} // namespace
} // namespace sohoa::test
