// National-standard fields (codes, page numbers, dates in words) and the table
// exports on a real store: the formatting rules, the files, the audit entry,
// and that a cancelled or refused export leaves nothing behind.
#include "QtPrinters.h"
#include "TestSupport.h"
#include "core/audit/AuditChain.h"
#include "core/batches/BatchRepository.h"
#include "core/export/ApprovedExport.h"
#include "core/export/ExportTable.h"
#include "core/records/RecordType.h"
#include "core/validation/Validator.h"
#include "core/workflow/Workflow.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace sohoa;

namespace {

const records::RecordType& type(const char* id)
{
    const records::RecordType* t = records::RecordTypeRegistry::builtin().find(QLatin1String(id));
    EXPECT_NE(t, nullptr) << id;
    return *t;
}

records::Record recordOf(const char* typeId, const QMap<QString, QString>& values)
{
    records::Record r;
    r.type = QLatin1String(typeId);
    for (auto it = values.begin(); it != values.end(); ++it)
        r.fields[it.key()].value = it.value();
    return r;
}

QStringList codesOf(const QList<records::Issue>& issues, const QString& field)
{
    QStringList out;
    for (const records::Issue& i : issues)
        if (i.field == field)
            out.append(i.code);
    return out;
}

const QMap<QString, QString> kBirth{
    {QStringLiteral("registration_number"), QStringLiteral("35")},
    {QStringLiteral("book_number"), QStringLiteral("02/2011")},
    {QStringLiteral("page_number"), QStringLiteral("12")},
    {QStringLiteral("registration_type"), QStringLiteral("2")},
    {QStringLiteral("full_name"), QStringLiteral("CẦM THÙY DIỆU HƯƠNG")},
    {QStringLiteral("date_of_birth"), QStringLiteral("2011-02-10")},
    {QStringLiteral("date_of_birth_words"),
     QStringLiteral("ngày mồng mười, tháng hai, năm hai nghìn không trăm mười một")},
    {QStringLiteral("sex"), QStringLiteral("female")},
    {QStringLiteral("nationality"), QStringLiteral("Việt Nam")},
    {QStringLiteral("mother_name"), QStringLiteral("Lộc Diệu Thúy")},
    {QStringLiteral("mother_birth_year"), QStringLiteral("1988")},
    {QStringLiteral("mother_id_document_type"), QStringLiteral("4")},
    {QStringLiteral("registration_place"),
     QStringLiteral("Ủy ban nhân dân xã Thu Lũm, huyện Mường Tè, tỉnh Lai Châu")},
    {QStringLiteral("registration_date"), QStringLiteral("2011-02-12")}};

TEST(NationalFields, CodedValuesAreShownByNameAndCheckedAgainstTheirList)
{
    const records::FieldDef* f = type("birth").field(QStringLiteral("registration_type"));
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->kind, records::ValueKind::Enum);
    EXPECT_EQ(f->enumValues, (QStringList{"1", "2", "3", "4", "5", "6"}));
    EXPECT_FALSE(f->choiceLabel(QStringLiteral("2")).isEmpty());
    EXPECT_TRUE(f->choiceLabel(QStringLiteral("9")).isEmpty());

    auto good = validation::validateRecord(type("birth"), recordOf("birth", kBirth),
                                           validation::ValidationContext::standalone());
    EXPECT_TRUE(codesOf(good, QStringLiteral("registration_type")).isEmpty());
    EXPECT_TRUE(codesOf(good, QStringLiteral("page_number")).isEmpty());
    EXPECT_TRUE(codesOf(good, QStringLiteral("date_of_birth_words")).isEmpty())
        << codesOf(good, QStringLiteral("date_of_birth_words")).join(QLatin1Char(',')).toStdString();

    auto bad = kBirth;
    bad[QStringLiteral("registration_type")] = QStringLiteral("9");
    bad[QStringLiteral("mother_id_document_type")] = QStringLiteral("Căn cước");
    bad[QStringLiteral("page_number")] = QStringLiteral("12b");
    auto issues = validation::validateRecord(type("birth"), recordOf("birth", bad),
                                             validation::ValidationContext::standalone());
    EXPECT_EQ(codesOf(issues, QStringLiteral("registration_type")),
              QStringList{QStringLiteral("code.unknown")});
    EXPECT_EQ(codesOf(issues, QStringLiteral("mother_id_document_type")),
              QStringList{QStringLiteral("code.unknown")});
    EXPECT_EQ(codesOf(issues, QStringLiteral("page_number")), QStringList{QStringLiteral("number.format")});
}

TEST(NationalFields, DateInWordsMustSayTheSameDate)
{
    auto other = kBirth;
    other[QStringLiteral("date_of_birth_words")] =
        QStringLiteral("ngày mười một, tháng hai, năm hai nghìn không trăm mười một");
    auto issues = validation::validateRecord(type("birth"), recordOf("birth", other),
                                             validation::ValidationContext::standalone());
    ASSERT_EQ(codesOf(issues, QStringLiteral("date_of_birth_words")),
              QStringList{QStringLiteral("date.words_mismatch")});
    for (const records::Issue& i : issues) {
        if (i.code == QLatin1String("date.words_mismatch")) {
            EXPECT_EQ(i.severity, records::Severity::Warning);
        }
    }

    other[QStringLiteral("date_of_birth_words")] = QStringLiteral("không rõ");
    issues = validation::validateRecord(type("birth"), recordOf("birth", other),
                                        validation::ValidationContext::standalone());
    EXPECT_EQ(codesOf(issues, QStringLiteral("date_of_birth_words")),
              QStringList{QStringLiteral("date.words_mismatch")});
}

TEST(NationalFields, EveryTemplateColumnIsMappedOrExplained)
{
    for (const char* id : {"birth", "death", "marriage"}) {
        auto table = exporting::exportTable(type(id), QStringLiteral("national"));
        ASSERT_TRUE(table.ok()) << table.error().message.toStdString();
        EXPECT_EQ(table->sheet, QStringLiteral("DL Import"));
        for (const exporting::ExportColumn& c : table->columns)
            EXPECT_TRUE(c.rowNumber || !c.field.isEmpty() || !c.notCarried.isEmpty())
                << id << " " << c.name.toStdString();
    }
    EXPECT_EQ(exporting::exportTable(type("birth"), QStringLiteral("national"))->columns.size(), 70);
    EXPECT_EQ(exporting::exportTable(type("death"), QStringLiteral("national"))->columns.size(), 48);
    EXPECT_EQ(exporting::exportTable(type("marriage"), QStringLiteral("national"))->columns.size(), 44);
}

TEST(NationalExportTable, CodesAreNumbersAndDatesDayMonthYearText)
{
    auto table = exporting::exportTable(type("birth"), QStringLiteral("national"));
    ASSERT_TRUE(table.ok());
    const auto cells = table->row(type("birth"), recordOf("birth", kBirth), 7);
    const QStringList headers = table->headers();
    auto cell = [&](const char* column) { return cells.value(headers.indexOf(QLatin1String(column))); };
    using K = exporting::ExportCell::Kind;
    EXPECT_EQ(cell("STT").kind, K::Number);
    EXPECT_EQ(cell("STT").number, 7);
    EXPECT_EQ(cell("so").kind, K::Text);
    EXPECT_EQ(cell("so").text, QStringLiteral("35"));
    EXPECT_EQ(cell("quyenSo").text, QStringLiteral("02/2011"));
    EXPECT_EQ(cell("trangSo").kind, K::Number);
    EXPECT_EQ(cell("trangSo").number, 12);
    EXPECT_EQ(cell("loaiDangKy").kind, K::Number);
    EXPECT_EQ(cell("loaiDangKy").number, 2);
    EXPECT_EQ(cell("nksGioiTinh").kind, K::Number);
    EXPECT_EQ(cell("nksGioiTinh").number, 2);
    EXPECT_EQ(cell("nksNgaySinh").kind, K::Text);
    EXPECT_EQ(cell("nksNgaySinh").text, QStringLiteral("10/02/2011"));
    EXPECT_EQ(cell("ngayDangKy").text, QStringLiteral("12/02/2011"));
    EXPECT_EQ(cell("nksQuocTich").text, QStringLiteral("VN"));
    EXPECT_EQ(cell("nksQuocTichStr").text, QStringLiteral("Việt Nam"));
    EXPECT_EQ(cell("meLoaiGiayToTuyThan").number, 4);
    EXPECT_EQ(cell("meNgaySinh").text, QStringLiteral("1988"));
    EXPECT_EQ(cell("nksLoaiKhaiSinh").kind, K::Empty);
    EXPECT_EQ(cell("chaHoTen").kind, K::Empty);
}

TEST(NationalExportTable, PersonalIdStandsForTheIdentityCardWhenNoPaperIsTyped)
{
    auto table = exporting::exportTable(type("death"), QStringLiteral("national"));
    ASSERT_TRUE(table.ok());
    const QStringList headers = table->headers();
    auto row =
        table->row(type("death"),
                   recordOf("death", {{QStringLiteral("personal_id"), QStringLiteral("012211623922")}}), 1);
    EXPECT_EQ(row[headers.indexOf(QStringLiteral("nktSoGiayToTuyThan"))].text,
              QStringLiteral("012211623922"));
    EXPECT_EQ(row[headers.indexOf(QStringLiteral("nktLoaiGiayToTuyThan"))].number, 4);
    row = table->row(type("death"),
                     recordOf("death", {{QStringLiteral("personal_id"), QStringLiteral("012211623922")},
                                        {QStringLiteral("id_document_type"), QStringLiteral("2")},
                                        {QStringLiteral("id_document_number"), QStringLiteral("B1234567")}}),
                     1);
    EXPECT_EQ(row[headers.indexOf(QStringLiteral("nktSoGiayToTuyThan"))].text, QStringLiteral("B1234567"));
    EXPECT_EQ(row[headers.indexOf(QStringLiteral("nktLoaiGiayToTuyThan"))].number, 2);
}

TEST(NationalExportTable, FileNamesAreSafeAndKeepVietnamese)
{
    EXPECT_EQ(
        exporting::safeFileName({QStringLiteral("35"), QStringLiteral("02/2011"), QStringLiteral("12")}),
        QStringLiteral("35_02-2011_12"));
    EXPECT_EQ(exporting::safeFileName({QStringLiteral("12/TLKS"), QStringLiteral("Quyển: 1*"), QString()}),
              QStringLiteral("12-TLKS_Quyển--1_0"));
    EXPECT_EQ(exporting::safeFileName({QStringLiteral("../..")}), QStringLiteral("0"));
}

struct ApprovedExport : ::testing::Test {
    test::TestStore store;
    qint64 batchId = 0;
    QTemporaryDir out;

    void SetUp() override
    {
        auto clerk = store.clerk();
        auto supervisor = store.supervisor();
        ASSERT_TRUE(clerk && supervisor);
        auto batch = batches::createBatch(*clerk, QStringLiteral("Quyển 02/2011"));
        ASSERT_TRUE(batch.ok());
        batchId = batch->id;
        for (int i = 0; i < 3; ++i) {
            auto values = kBirth;
            values[QStringLiteral("registration_number")] = QString::number(35 + i);
            values[QStringLiteral("full_name")] = QStringLiteral("NGƯỜI SỐ %1").arg(i + 1);
            auto id = workflow::createManualRecord(*clerk, batchId, 0, 1, QStringLiteral("birth"), values);
            ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
            ASSERT_TRUE(workflow::confirmRecord(*clerk, *id).ok());
            workflow::Decision d;
            d.acknowledgeWarnings = true;
            auto approved = workflow::approveRecord(*supervisor, *id, d);
            ASSERT_TRUE(approved.ok()) << approved.error().message.toStdString();
        }
    }
};

TEST_F(ApprovedExport, WritesTheWorkbookAndAudits)
{
    auto supervisor = store.supervisor();
    const QString dir = out.filePath(QStringLiteral("xuat"));
    int lastDone = 0;
    exporting::TableExportOptions options;
    options.progress = [&](int done, int total) {
        EXPECT_EQ(total, 3);
        lastDone = done;
    };
    auto result = exporting::exportApprovedRecords(*supervisor, batchId, dir, options);
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    EXPECT_EQ(lastDone, 3);
    EXPECT_EQ(result->records.value(QStringLiteral("birth")), 3);
    EXPECT_EQ(result->withoutPages, 3); // keyed by hand: no page to put in a PDF
    EXPECT_TRUE(QFile::exists(dir + QStringLiteral("/KhaiSinh.xlsx")));
    QFile f(dir + QStringLiteral("/KhaiSinh.xlsx"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.read(2) == "PK");
    // Only the workbook (and the empty PDF folder) were written: no scratch file is left.
    EXPECT_EQ(QDir(dir).entryList(QDir::Files | QDir::Hidden).size(), 1);

    audit::AuditFilter filter;
    filter.actionPrefix = QStringLiteral("export.tables");
    auto entries = audit::queryAudit(supervisor->db(), filter);
    ASSERT_TRUE(entries.ok());
    ASSERT_EQ(entries->size(), 1);
    EXPECT_EQ(entries->first().actor, QStringLiteral("supervisor"));

    auto again = exporting::exportApprovedRecords(*supervisor, batchId, dir, {});
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, QStringLiteral("export.not_empty"));
}

TEST_F(ApprovedExport, ClerksCannotExportAndCancellingLeavesNothing)
{
    const QString dir = out.filePath(QStringLiteral("xuat"));
    auto clerk = store.clerk();
    auto denied = exporting::exportApprovedRecords(*clerk, batchId, dir, {});
    ASSERT_FALSE(denied.ok());
    EXPECT_FALSE(QDir(dir).exists());

    auto supervisor = store.supervisor();
    exporting::TableExportOptions options;
    options.progress = [&](int done, int) {
        if (done == 2)
            options.cancel.cancel();
    };
    auto cancelled = exporting::exportApprovedRecords(*supervisor, batchId, dir, options);
    ASSERT_FALSE(cancelled.ok());
    EXPECT_EQ(cancelled.error().code, QStringLiteral("export.cancelled"));
    EXPECT_FALSE(QDir(dir).exists());

    exporting::TableExportOptions landOptions;
    landOptions.format = exporting::TableFormat::LandCsv;
    auto land = exporting::exportApprovedRecords(*supervisor, batchId, dir, landOptions);
    ASSERT_FALSE(land.ok());
    EXPECT_EQ(land.error().code, QStringLiteral("export.nothing"));
}

} // namespace
