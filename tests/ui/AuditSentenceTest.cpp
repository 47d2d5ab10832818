#include "audit/AuditModel.h"
#include "common/Labels.h"

#include <gtest/gtest.h>

namespace sohoa::test {
namespace {

audit::AuditEntry entry(const QString& actor, const QString& action, const QString& entity,
                        const QJsonObject& details = {})
{
    audit::AuditEntry e;
    e.seq = 1;
    e.at = QStringLiteral("2026-12-07T03:05:00Z");
    e.actor = actor;
    e.action = action;
    e.entity = entity;
    e.details = details;
    return e;
}

TEST(AuditSentenceTest, EntriesReadAsSentencesWithoutCodesOrJson)
{
    const QString when = ui::localTime(QStringLiteral("2026-12-07T03:05:00Z"));
    EXPECT_EQ(ui::auditSentence(entry(QStringLiteral("lan"), QStringLiteral("record.confirmed"),
                                      QStringLiteral("record:24"))),
              QStringLiteral("lan confirmed record 24 at %1").arg(when));
    const QString edit = ui::auditSentence(entry(QStringLiteral("lan"), QStringLiteral("record.field_edit"),
                                                 QStringLiteral("record:24"),
                                                 {{QStringLiteral("field"), QStringLiteral("full_name")},
                                                  {QStringLiteral("old"), QStringLiteral("NGUYEN VAN AN")},
                                                  {QStringLiteral("new"), QStringLiteral("NGUYỄN VĂN AN")}}));
    EXPECT_TRUE(edit.contains(QStringLiteral("\"NGUYEN VAN AN\""))) << edit.toStdString();
    EXPECT_TRUE(edit.contains(QStringLiteral("\"NGUYỄN VĂN AN\""))) << edit.toStdString();
    EXPECT_FALSE(edit.contains(QStringLiteral("full_name"))) << edit.toStdString();
    EXPECT_FALSE(edit.contains(QLatin1Char('{'))) << edit.toStdString();
    // Every action the core writes has a label of its own, not its code.
    for (const char* action : {"record.confirmation_undone", "store.backup", "sync.exported",
                               "document.ingested", "account.created", "store.recovery_code_issued"}) {
        const QString s =
            ui::auditSentence(entry(QStringLiteral("hoa"), QLatin1String(action), QStringLiteral("store:x")));
        EXPECT_FALSE(s.contains(QLatin1String(action))) << s.toStdString();
        EXPECT_FALSE(s.contains(QStringLiteral("store:x"))) << s.toStdString();
    }
}

} // namespace
} // namespace sohoa::test
