#include "core/audit/Actions.h"
#include "ui/audit/AuditModel.h"
#include "ui/common/Labels.h"
#include "ui/common/Tr.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <algorithm>
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

// Every action the product can write to the audit log (audit/Actions.h) reads as words in the audit view.
TEST(AuditSentenceTest, EveryAuditActionHasALabel)
{
    QStringList missing;
    for (const QLatin1String action : audit::actions::kAll)
        if (ui::auditActionLabel(action) == ui::Tr::tr("Other action"))
            missing << action;
    EXPECT_TRUE(missing.isEmpty()) << missing.join(QStringLiteral(", ")).toStdString();

    // kAll lists every constant the header names (a line added above it but not to kAll is caught).
    QFile header(QStringLiteral(SOHOA_SOURCE_DIR "/core/audit/Actions.h"));
    ASSERT_TRUE(header.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(header.readAll());
    const QRegularExpression constant(QStringLiteral(R"re(QLatin1String (k\w+)\{"([a-z_.]+)"\})re"));
    QStringList named;
    for (auto m = constant.globalMatch(text); m.hasNext();)
        named << m.next().captured(2);
    EXPECT_GT(named.size(), 30);
    for (const QString& action : named)
        EXPECT_TRUE(std::find(audit::actions::kAll.begin(), audit::actions::kAll.end(), action) !=
                    audit::actions::kAll.end())
            << action.toStdString() << " is in audit/Actions.h but not in kAll";
}

// Every action written in the sources (found there, so a new one cannot be forgotten) is one of
// audit/Actions.h, written through its name (actions::kX, checked by the compiler): a literal string
// after an audit call fails, and names the action if the header does not list it.
TEST(AuditSentenceTest, EveryAuditedActionInTheSourcesIsANamedAction)
{
    const QRegularExpression written(QStringLiteral(
        R"re(QStringLiteral\("((?:account|auth|batch|document|export|ingest|keying|layout|policy|)re"
        R"re(record|roster|store|sync)\.[a-z_]+)"\)|actions::(k\w+))re"));
    const QRegularExpression auditCall(QStringLiteral(R"re(\b(audit|appendAudit|queueSealedEvent)\()re"));
    QStringList unknown;
    QStringList literal;
    int literals = 0;
    int named = 0;
    for (const char* folder : {"core", "ui", "app"}) {
        QDirIterator it(QStringLiteral(SOHOA_SOURCE_DIR "/") + QLatin1String(folder),
                        {QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << f.fileName().toStdString();
            const QString text = QString::fromUtf8(f.readAll());
            // An action is the first such literal or name within a few lines after an audit call.
            for (auto call = auditCall.globalMatch(text); call.hasNext();) {
                const auto c = call.next();
                const auto m = written.match(text.mid(c.capturedEnd(), 200));
                if (!m.hasMatch())
                    continue;
                if (!m.captured(2).isEmpty()) {
                    ++named;
                    continue;
                }
                ++literals;
                const QString action = m.captured(1);
                literal << action + QStringLiteral(" (") + f.fileName() + QLatin1Char(')');
                if (std::find(audit::actions::kAll.begin(), audit::actions::kAll.end(), action) ==
                    audit::actions::kAll.end())
                    unknown << action + QStringLiteral(" (") + f.fileName() + QLatin1Char(')');
            }
        }
    }
    EXPECT_GT(named, 50);
    EXPECT_EQ(literals, 0) << "write these through audit::actions: "
                           << literal.join(QStringLiteral(", ")).toStdString();
    unknown.removeDuplicates();
    EXPECT_TRUE(unknown.isEmpty()) << "not in audit/Actions.h: "
                                   << unknown.join(QStringLiteral(", ")).toStdString();
}

} // namespace
} // namespace sohoa::test
