#include "audit/AuditModel.h"
#include "common/Labels.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
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
    // Entries SoHoa writes itself, about the whole store, read in words too.
    const QString signedRoster = ui::auditSentence(
        entry(QStringLiteral("system"), QStringLiteral("roster.signed"), QStringLiteral("store")));
    EXPECT_FALSE(signedRoster.contains(QStringLiteral("system"))) << signedRoster.toStdString();
    EXPECT_FALSE(signedRoster.contains(QStringLiteral("(store)"))) << signedRoster.toStdString();
    EXPECT_FALSE(signedRoster.contains(QStringLiteral("roster"))) << signedRoster.toStdString();
    // Every action the core writes has a label of its own, not its code.
    for (const char* action : {"record.confirmation_undone", "store.backup", "sync.exported",
                               "document.ingested", "account.created", "store.recovery_code_issued"}) {
        const QString s =
            ui::auditSentence(entry(QStringLiteral("hoa"), QLatin1String(action), QStringLiteral("store:x")));
        EXPECT_FALSE(s.contains(QLatin1String(action))) << s.toStdString();
        EXPECT_FALSE(s.contains(QStringLiteral("store:x"))) << s.toStdString();
    }
}

// Every action the product writes to the audit log (found in the sources, so a new one cannot be
// forgotten) reads as words in the audit view.
TEST(AuditSentenceTest, EveryAuditedActionInTheSourcesHasALabel)
{
    const QRegularExpression written(QStringLiteral(
        R"re(QStringLiteral\("((?:account|auth|batch|document|export|ingest|keying|layout|policy|)re"
        R"re(record|roster|store|sync)\.[a-z_]+)"\))re"));
    const QRegularExpression auditCall(QStringLiteral(R"re(\b(audit|appendAudit)\()re"));
    QStringList missing;
    int found = 0;
    for (const char* folder : {"core", "ui", "app"}) {
        QDirIterator it(QStringLiteral(SOHOA_SOURCE_DIR "/") + QLatin1String(folder),
                        {QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << f.fileName().toStdString();
            const QString text = QString::fromUtf8(f.readAll());
            // An action is the first such literal within a few lines after an audit call.
            for (auto call = auditCall.globalMatch(text); call.hasNext();) {
                const auto c = call.next();
                const auto m = written.match(text.mid(c.capturedEnd(), 200));
                if (!m.hasMatch())
                    continue;
                ++found;
                const QString action = m.captured(1);
                if (ui::auditActionLabel(action) ==
                    QCoreApplication::translate("sohoa::ui::AuditModel", "Other action"))
                    missing << action;
            }
        }
    }
    EXPECT_GT(found, 30);
    missing.removeDuplicates();
    EXPECT_TRUE(missing.isEmpty()) << missing.join(QStringLiteral(", ")).toStdString();
}

} // namespace
} // namespace sohoa::test
