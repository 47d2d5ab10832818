// Layout learning on real Tesseract: a province's own birth form, whose labels
// the generic extractor does not know, is taught from ONE rendered document
// and read on five others; a page of another form is not matched; a layout
// forced onto the wrong form does not lower the reading; a layout stored and
// exported reads the same; a changed layout file is refused.
#include "core/layouts/Layout.h"

#include "FieldScore.h"
#include "OcrHarness.h"
#include "StoredPage.h"
#include "TestSupport.h"
#include "core/audit/Roster.h"
#include "core/batches/BatchRepository.h"
#include "core/extraction/Extractor.h"
#include "core/ingest/BatchIngest.h"
#include "core/layouts/LayoutStore.h"
#include "core/records/RecordRepository.h"
#include "core/records/RecordType.h"
#include "core/sync/Signature.h"
#include "core/workflow/Workflow.h"
#include "testing/render/FormRenderer.h"
#include "testing/render/SyntheticRecords.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <algorithm>
#include <cctype>
#include <gtest/gtest.h>

using namespace sohoa;

namespace {

// A birth extract of an old provincial print: its own wording for every
// label ("Phái", "Chốn sinh", "Mã cá nhân"...), two values on some lines.
QJsonObject provincialBirthForm()
{
    auto line = [](const char* text) {
        return QJsonObject{{QStringLiteral("line"), QString::fromUtf8(text)}};
    };
    auto cells = [](const char* a, const char* b) {
        return QJsonObject{{QStringLiteral("cells"), QJsonArray{QString::fromUtf8(a), QString::fromUtf8(b)}},
                           {QStringLiteral("at"), QJsonArray{0, 0.5}}};
    };
    return QJsonObject{
        {QStringLiteral("id"), QStringLiteral("province-1998")},
        {QStringLiteral("orientation"), QStringLiteral("portrait")},
        {QStringLiteral("font_pt"), 12.5},
        {QStringLiteral("header"), QStringLiteral("commune")},
        {QStringLiteral("numbers"), QJsonArray{QString::fromUtf8("Số thứ tự trong sổ: {registration_number}"),
                                               QString::fromUtf8("Tập sổ: {book_number}")}},
        {QStringLiteral("title"), QJsonArray{QString::fromUtf8("BẢN TRÍCH SAO KHAI SINH")}},
        {QStringLiteral("leaders"), false},
        {QStringLiteral("body"),
         QJsonArray{line("Tên con: {full_name}"), cells("Ra đời ngày: {date_of_birth}", "Phái: {sex}"),
                    cells("Sắc tộc: {ethnicity}", "Quốc tịch con: {nationality}"),
                    line("Chốn sinh: {place_of_birth}"), line("Mã cá nhân: {personal_id}"),
                    line("Thân mẫu: {mother_name}"), line("Thân phụ: {father_name}"),
                    line("Trú quán thân phụ: {father_residence}"), line("Lập tại: {registration_place}"),
                    line("Vào sổ ngày: {registration_date}")}},
        {QStringLiteral("signature"),
         QJsonObject{{QStringLiteral("title"), QStringLiteral("NGƯỜI KÝ TRÍCH LỤC")},
                     {QStringLiteral("note"), QString::fromUtf8("(Ký, ghi rõ họ tên, đóng dấu)")}}}};
}

// The fields the provincial form prints.
const QStringList kPrinted = {QStringLiteral("registration_number"),
                              QStringLiteral("book_number"),
                              QStringLiteral("full_name"),
                              QStringLiteral("date_of_birth"),
                              QStringLiteral("sex"),
                              QStringLiteral("ethnicity"),
                              QStringLiteral("nationality"),
                              QStringLiteral("place_of_birth"),
                              QStringLiteral("personal_id"),
                              QStringLiteral("mother_name"),
                              QStringLiteral("father_name"),
                              QStringLiteral("father_residence"),
                              QStringLiteral("registration_place"),
                              QStringLiteral("registration_date")};

struct Page {
    QMap<QString, QString> truth;
    QList<ocr::OcrPage> ocr;
};

Page renderAndRead(const QJsonObject* form, quint32 seed, int dpi, double rotate)
{
    const records::RecordType* type = records::RecordTypeRegistry::builtin().find(QStringLiteral("birth"));
    const render::SyntheticDocument rec = render::syntheticRecord(*type, seed, QDate(2025, 9, 1));
    render::RenderOptions options;
    options.fontFamily = render::formFontFamilies().value(int(seed % 2));
    options.dpi = dpi;
    options.seed = seed;
    options.degradation.rotateDegrees = rotate;
    options.degradation.noiseSigma = 5;
    options.degradation.seed = seed;
    auto rendered = form ? render::renderFormLayout(*type, *form, rec.values, options)
                         : render::renderForm(*type, rec.values, options);
    Page out;
    if (!rendered)
        return out;
    out.truth = rec.fields();
    for (const QImage& image : rendered->pages)
        out.ocr.append(test::ocrImage(image, dpi));
    return out;
}

struct Score {
    int right = 0, total = 0;
    double share() const { return total ? double(right) / total : 0; }
};

Score score(const Page& page, const extraction::DocumentExtraction& ex, const QStringList& keys,
            QStringList* misses = nullptr)
{
    Score s;
    for (const QString& key : keys) {
        if (page.truth.value(key).isEmpty())
            continue;
        ++s.total;
        const bool right = test::sameFieldValue(key, page.truth.value(key), ex.fields.value(key).value);
        s.right += right;
        if (!right && misses)
            misses->append(QStringLiteral("%1: '%2' read '%3'")
                               .arg(key, page.truth.value(key), ex.fields.value(key).value));
    }
    return s;
}

// OCR once for every test of the program (about 8 pages).
struct Pages {
    QList<Page> provincial; // [0] teaches, [1..5] are read
    Page otherForm;         // the birth form A of testing/forms
    layouts::LayoutModel taught;
    qint64 learnMs = -1;
    bool ok = false;
};

const Pages& pages()
{
    static const Pages p = [] {
        Pages out;
        const QJsonObject form = provincialBirthForm();
        // The teacher is a record that fills every field of the form (a clerk
        // teaches with a complete one); the five read after it are as they come.
        const records::RecordType* birth =
            records::RecordTypeRegistry::builtin().find(QStringLiteral("birth"));
        quint32 teacher = 9300;
        for (;; ++teacher) {
            const QMap<QString, QString> truth =
                render::syntheticRecord(*birth, teacher, QDate(2025, 9, 1)).fields();
            if (std::all_of(kPrinted.begin(), kPrinted.end(),
                            [&](const QString& k) { return !truth.value(k).isEmpty(); }))
                break;
        }
        out.provincial.append(renderAndRead(&form, teacher, 300, -0.3));
        for (int i = 1; i < 6; ++i)
            out.provincial.append(renderAndRead(&form,
                                                9300 + quint32(i) + (teacher == 9300 + quint32(i) ? 100 : 0),
                                                i % 2 ? 200 : 300, i % 3 == 1 ? 0.5 : -0.3));
        out.otherForm = renderAndRead(nullptr, 9400, 300, 0.2);
        for (const Page& page : out.provincial)
            if (page.ocr.isEmpty())
                return out;
        if (out.otherForm.ocr.isEmpty())
            return out;
        QMap<QString, QString> values;
        for (const QString& key : kPrinted)
            if (!out.provincial[0].truth.value(key).isEmpty())
                values.insert(key, out.provincial[0].truth.value(key));
        QElapsedTimer clock;
        clock.start();
        auto taught = layouts::learnLayout(out.provincial[0].ocr, QStringLiteral("birth"), values,
                                           QStringLiteral("Tỉnh 1998"));
        out.learnMs = clock.elapsed();
        if (!taught)
            return out;
        out.taught = *taught;
        out.ok = true;
        return out;
    }();
    return p;
}

} // namespace

TEST(Layouts, ATaughtFormIsReadOnFiveOtherDocuments)
{
    const Pages& p = pages();
    ASSERT_TRUE(p.ok);
    QStringList placed;
    for (const layouts::FieldPlacement& f : p.taught.fields)
        placed.append(f.field);
    std::printf("learned in %lld ms: %s\n", p.learnMs, qPrintable(placed.join(QLatin1Char(' '))));
    for (auto it = p.provincial[0].truth.constBegin(); it != p.provincial[0].truth.constEnd(); ++it)
        if (kPrinted.contains(it.key()) && !placed.contains(it.key()))
            std::printf("  not placed: %s '%s'\n", qPrintable(it.key()), qPrintable(it.value()));
    EXPECT_LT(p.learnMs, 1000);
    EXPECT_GE(p.taught.fields.size(), kPrinted.size() - 2);
    // No taught value is kept in the layout, only print.
    const QByteArray file = layouts::layoutFileBytes(p.taught);
    for (const QString& key : kPrinted) {
        const QString value = p.provincial[0].truth.value(key);
        if (value.size() >= 4 && key != QLatin1String("nationality") && key != QLatin1String("sex")) {
            EXPECT_FALSE(file.contains(value.toUtf8())) << key.toStdString();
        }
    }
    Score generic, withLayout;
    QStringList misses;
    for (int i = 1; i < p.provincial.size(); ++i) {
        const Page& page = p.provincial[i];
        const extraction::DocumentExtraction plain =
            extraction::extractDocument(page.ocr, QStringLiteral("auto"));
        extraction::DocumentExtraction ex = plain;
        const QString used = layouts::applyLayouts(page.ocr, {p.taught}, ex);
        EXPECT_EQ(used, p.taught.name) << "document " << i;
        EXPECT_EQ(ex.type, QStringLiteral("birth"));
        const Score a = score(page, plain, kPrinted), b = score(page, ex, kPrinted, &misses);
        generic.right += a.right;
        generic.total += a.total;
        withLayout.right += b.right;
        withLayout.total += b.total;
        // Values found by the layout say so.
        int byLayout = 0;
        for (auto it = ex.evidence.constBegin(); it != ex.evidence.constEnd(); ++it)
            byLayout += it->layout == p.taught.name;
        EXPECT_GE(byLayout, 8) << "document " << i;
    }
    std::printf("provincial form, 5 documents: generic %d/%d (%.3f), with the taught layout %d/%d (%.3f)\n",
                generic.right, generic.total, generic.share(), withLayout.right, withLayout.total,
                withLayout.share());
    for (const QString& m : misses)
        std::printf("  %s\n", qPrintable(m));
    EXPECT_GE(withLayout.share(), 0.9);
    EXPECT_GT(withLayout.right, generic.right + 10);
}

TEST(Layouts, AnotherFormIsNotMatchedAndAForcedWrongLayoutChangesNothingForTheWorse)
{
    const Pages& p = pages();
    ASSERT_TRUE(p.ok);
    const layouts::LayoutMatch match = layouts::matchLayout(p.otherForm.ocr, {p.taught});
    EXPECT_EQ(match.layout, -1) << "score " << match.score;
    const extraction::DocumentExtraction plain =
        extraction::extractDocument(p.otherForm.ocr, QStringLiteral("auto"));
    extraction::DocumentExtraction ex = plain;
    EXPECT_TRUE(layouts::applyLayouts(p.otherForm.ocr, {p.taught}, ex).isEmpty());
    EXPECT_EQ(ex.fields.size(), plain.fields.size());
    for (auto it = plain.fields.constBegin(); it != plain.fields.constEnd(); ++it)
        EXPECT_EQ(ex.fields.value(it.key()).value, it->value) << it.key().toStdString();

    // Forced: the provincial layout read on form A finds (almost) nothing where
    // it looks; what it does read must not make the document worse.
    const QStringList all = p.otherForm.truth.keys();
    const extraction::DocumentExtraction forced = layouts::readWithLayout(p.otherForm.ocr, p.taught);
    extraction::DocumentExtraction merged = plain;
    for (auto it = forced.fields.constBegin(); it != forced.fields.constEnd(); ++it)
        merged.fields.insert(it.key(), it.value());
    const Score before = score(p.otherForm, plain, all), after = score(p.otherForm, merged, all);
    std::printf("form A with the provincial layout forced: %d fields read by it; %d/%d before, %d/%d after\n",
                int(forced.fields.size()), before.right, before.total, after.right, after.total);
    EXPECT_GE(after.right, before.right);
}

TEST(Layouts, StoredAndExportedLayoutsReadTheSameAndAChangedFileIsRefused)
{
    const Pages& p = pages();
    ASSERT_TRUE(p.ok);
    // Into a real store and out again.
    test::TestStore store;
    auto clerk = store.clerk();
    auto id = layouts::addLayout(*clerk, p.taught);
    ASSERT_TRUE(id) << id.error().message.toStdString();
    auto again = layouts::addLayout(*clerk, p.taught);
    ASSERT_TRUE(again);
    EXPECT_EQ(*again, *id); // the same layout is stored once
    auto loaded = layouts::loadLayouts(clerk->db());
    ASSERT_TRUE(loaded);
    ASSERT_EQ(loaded->size(), 1);
    EXPECT_EQ(loaded->first().id(), p.taught.id());

    QTemporaryDir dir;
    auto written = layouts::writeLayoutFile(loaded->first(), dir.path());
    ASSERT_TRUE(written) << written.error().message.toStdString();
    auto read = layouts::readLayoutDirectory(dir.path());
    ASSERT_TRUE(read) << read.error().message.toStdString();
    ASSERT_EQ(read->size(), 1);
    for (int i = 1; i < p.provincial.size(); ++i) {
        extraction::DocumentExtraction a =
            extraction::extractDocument(p.provincial[i].ocr, QStringLiteral("auto"));
        extraction::DocumentExtraction b = a;
        layouts::applyLayouts(p.provincial[i].ocr, {p.taught}, a);
        layouts::applyLayouts(p.provincial[i].ocr, *read, b);
        for (const QString& key : kPrinted)
            EXPECT_EQ(a.fields.value(key).value, b.fields.value(key).value) << key.toStdString();
    }

    // A changed file (one placement moved) is refused, and so is its folder.
    QFile f(*written);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QByteArray bytes = f.readAll();
    f.close();
    const qsizetype at = bytes.indexOf("\"dy\"");
    ASSERT_GE(at, 0);
    qsizetype digit = bytes.indexOf(':', at) + 1;
    while (digit < bytes.size() && !std::isdigit(static_cast<unsigned char>(bytes[digit])))
        ++digit;
    bytes.insert(digit, "1"); // 1.92 -> 11.92: still a valid layout file, but not the one written
    auto parsed = layouts::parseLayoutFile(bytes);
    ASSERT_FALSE(parsed);
    EXPECT_EQ(parsed.error().code, QStringLiteral("layout.tampered"));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
    f.close();
    EXPECT_FALSE(layouts::readLayoutDirectory(dir.path()));

    // Removing is audited and leaves nothing to read with.
    ASSERT_TRUE(layouts::removeLayout(*clerk, *id));
    EXPECT_EQ(layouts::removeLayout(*clerk, *id).error().code, QStringLiteral("layout.not_found"));
    auto none = layouts::loadLayouts(clerk->db());
    ASSERT_TRUE(none);
    EXPECT_TRUE(none->isEmpty());
}

TEST(Layouts, AConfirmedRecordTypedByTheClerkTeachesItsFormInTheStore)
{
    const Pages& p = pages();
    ASSERT_TRUE(p.ok);
    test::TestStore store;
    auto clerk = store.clerk();
    auto batch = batches::createBatch(*clerk, QStringLiteral("province"));
    ASSERT_TRUE(batch);
    // Stored as ingest stores it: the generic reading found (almost) nothing.
    ingest::DocumentResult d = test::documentFromOcr(QStringLiteral("province.png"), p.provincial[0].ocr[0],
                                                     QStringLiteral("birth"));
    auto stored = ingest::storeDocument(clerk->db(), clerk->actor(), batch->id, d);
    ASSERT_TRUE(stored) << stored.error().message.toStdString();

    // Not verified yet: nothing to learn from.
    EXPECT_EQ(layouts::learnFromRecord(*clerk, stored->recordId, QStringLiteral("x")).error().code,
              QStringLiteral("layout.not_verified"));
    // The clerk types the values and confirms.
    auto edited = workflow::editFields(*clerk, stored->recordId, p.provincial[0].truth);
    ASSERT_TRUE(edited) << edited.error().message.toStdString();
    EXPECT_TRUE(layouts::mostlyTyped(*edited));
    auto confirmed = workflow::confirmRecord(*clerk, stored->recordId);
    ASSERT_TRUE(confirmed) << confirmed.error().message.toStdString();

    auto id = layouts::learnFromRecord(*clerk, stored->recordId, QStringLiteral("Tỉnh 1998"));
    ASSERT_TRUE(id) << id.error().message.toStdString();
    auto loaded = layouts::loadLayouts(clerk->db());
    ASSERT_TRUE(loaded);
    ASSERT_EQ(loaded->size(), 1);
    EXPECT_EQ(loaded->first().name, QStringLiteral("Tỉnh 1998"));
    Score s;
    for (int i = 1; i < p.provincial.size(); ++i) {
        extraction::DocumentExtraction ex =
            extraction::extractDocument(p.provincial[i].ocr, QStringLiteral("auto"));
        EXPECT_EQ(layouts::applyLayouts(p.provincial[i].ocr, *loaded, ex), QStringLiteral("Tỉnh 1998"));
        const Score one = score(p.provincial[i], ex, kPrinted);
        s.right += one.right;
        s.total += one.total;
    }
    EXPECT_GE(s.share(), 0.9);
    // The audit trail says who taught which form from which record.
    auto audited = clerk->db().queryInt("SELECT count(*) FROM audit WHERE action = 'layout.add'");
    ASSERT_TRUE(audited);
    EXPECT_EQ(*audited, 1);
}

TEST(Layouts, WhichWayAValueWasFoundIsStoredWithTheFieldAndGoesWhenTheClerkTypesIt)
{
    const Pages& p = pages();
    ASSERT_TRUE(p.ok);
    test::TestStore store;
    auto clerk = store.clerk();
    auto batch = batches::createBatch(*clerk, QStringLiteral("province"));
    ASSERT_TRUE(batch);
    ingest::DocumentResult d = test::documentFromOcr(QStringLiteral("province-2.png"), p.provincial[1].ocr[0],
                                                     QStringLiteral("auto"));
    ASSERT_EQ(layouts::applyLayouts(d.keptOcr(), {p.taught}, d.extraction), p.taught.name);
    QStringList marked;
    for (auto it = d.extraction.fields.constBegin(); it != d.extraction.fields.constEnd(); ++it)
        if (it->layout == p.taught.name)
            marked.append(it.key());
    ASSERT_GE(marked.size(), 8);
    auto stored = ingest::storeDocument(clerk->db(), clerk->actor(), batch->id, d);
    ASSERT_TRUE(stored) << stored.error().message.toStdString();
    auto record = records::loadRecord(clerk->db(), stored->recordId);
    ASSERT_TRUE(record) << record.error().message.toStdString();
    for (const QString& key : marked)
        EXPECT_EQ(record->fields.value(key).layout, p.taught.name) << key.toStdString();
    // The generic reading's values carry no marker.
    for (auto it = record->fields.constBegin(); it != record->fields.constEnd(); ++it)
        if (!marked.contains(it.key())) {
            EXPECT_TRUE(it->layout.isEmpty()) << it.key().toStdString();
        }
    // The `ingest` line says it too.
    ingest::IngestedDocument line;
    line.fields = record->fields;
    const QJsonObject fields = line.toJson().value(QStringLiteral("fields")).toObject();
    EXPECT_EQ(fields.value(marked.first()).toObject().value(QStringLiteral("layout")).toString(),
              p.taught.name);
    // A value the clerk types was not found by the layout.
    auto edited = workflow::editFields(*clerk, stored->recordId, {{marked.first(), QStringLiteral("Khác")}});
    ASSERT_TRUE(edited) << edited.error().message.toStdString();
    EXPECT_TRUE(edited->fields.value(marked.first()).layout.isEmpty());
    auto again = records::loadRecord(clerk->db(), stored->recordId);
    ASSERT_TRUE(again);
    EXPECT_TRUE(again->fields.value(marked.first()).layout.isEmpty());
    EXPECT_EQ(again->fields.value(marked.last()).layout, p.taught.name);
}

TEST(Layouts, ASignedExportReadsTheSameInAnotherOfficeAndAForgedOrUnsignedOneIsRefused)
{
    const Pages& p = pages();
    ASSERT_TRUE(p.ok);
    // Office A: an administrator exports the layout, signed with the account's roster key.
    test::TestStore officeA;
    auto adminA = officeA.admin();
    ASSERT_TRUE(layouts::addLayout(*adminA, p.taught));
    auto storedA = layouts::loadLayouts(adminA->db());
    ASSERT_TRUE(storedA);
    ASSERT_EQ(storedA->size(), 1);
    auto signature = layouts::signLayout(*adminA, storedA->first());
    ASSERT_TRUE(signature) << signature.error().message.toStdString();
    EXPECT_EQ(signature->publicKey, adminA->signingPublicKey());
    // A clerk does not sign for the office.
    EXPECT_FALSE(layouts::signLayout(*officeA.clerk(), storedA->first()));
    QTemporaryDir dir;
    auto written = layouts::writeLayoutFile(storedA->first(), dir.path(), *signature);
    ASSERT_TRUE(written) << written.error().message.toStdString();
    auto files = layouts::readLayoutFiles(dir.path());
    ASSERT_TRUE(files) << files.error().message.toStdString();
    ASSERT_EQ(files->size(), 1);
    const layouts::LayoutFile& file = files->first();
    ASSERT_TRUE(file.signature.has_value());
    const QString fingerprint = audit::keyFingerprint(file.signature->publicKey);

    // Back into office A: its own administrator's key is in its roster.
    auto again = layouts::importLayoutFile(*adminA, file, {});
    ASSERT_TRUE(again) << again.error().message.toStdString();

    // Office B does not know office A's key: refused until an administrator accepts that key.
    test::TestStore officeB;
    auto adminB = officeB.admin();
    auto clerkB = officeB.clerk();
    auto refused = layouts::importLayoutFile(*adminB, file, {});
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, QStringLiteral("layout.unknown_signer"));
    EXPECT_TRUE(refused.error().message.contains(fingerprint));
    layouts::ImportTrust trustA;
    trustA.acceptSigners = {fingerprint};
    EXPECT_FALSE(layouts::importLayoutFile(*clerkB, file, trustA)) << "only an administrator accepts a key";
    auto imported = layouts::importLayoutFile(*adminB, file, trustA);
    ASSERT_TRUE(imported) << imported.error().message.toStdString();
    auto audited = adminB->db().queryInt(
        "SELECT count(*) FROM audit WHERE action = 'layout.add' AND details LIKE '%signer_accepted%'");
    ASSERT_TRUE(audited) << audited.error().message.toStdString();
    EXPECT_EQ(*audited, 1);
    // The re-imported export reads every document as the taught layout does.
    auto storedB = layouts::loadLayouts(adminB->db());
    ASSERT_TRUE(storedB);
    ASSERT_EQ(storedB->size(), 1);
    for (int i = 1; i < p.provincial.size(); ++i) {
        extraction::DocumentExtraction a =
            extraction::extractDocument(p.provincial[i].ocr, QStringLiteral("auto"));
        extraction::DocumentExtraction b = a;
        layouts::applyLayouts(p.provincial[i].ocr, {p.taught}, a);
        EXPECT_EQ(layouts::applyLayouts(p.provincial[i].ocr, *storedB, b), p.taught.name);
        for (const QString& key : kPrinted)
            EXPECT_EQ(a.fields.value(key).value, b.fields.value(key).value) << key.toStdString();
    }

    // A forger moves a value's place and recomputes the checksum: the signature catches it.
    QFile f(*written);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    QJsonObject body = o.value(QStringLiteral("layout")).toObject();
    QJsonArray fields = body.value(QStringLiteral("fields")).toArray();
    QJsonObject first = fields.first().toObject();
    first.insert(QStringLiteral("dy"), first.value(QStringLiteral("dy")).toDouble() + 3);
    fields.replace(0, first);
    body.insert(QStringLiteral("fields"), fields);
    o.insert(QStringLiteral("layout"), body);
    o.insert(QStringLiteral("sha256"),
             QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(body).toJson(QJsonDocument::Compact),
                                                          QCryptographicHash::Sha256)
                                     .toHex()));
    auto forged = layouts::readLayoutFile(QJsonDocument(o).toJson());
    ASSERT_FALSE(forged);
    EXPECT_EQ(forged.error().code, QStringLiteral("layout.tampered"));
    // Signed again with a key of the forger's own: not office A's, so office B refuses it.
    const sync::SigningKeyPair forger = sync::SigningKeyPair::generate();
    QJsonObject sig = o.value(QStringLiteral("signature")).toObject();
    sig.insert(QStringLiteral("public_key"), QString::fromLatin1(forger.publicKey.toBase64()));
    sig.insert(
        QStringLiteral("signature"),
        QString::fromLatin1(sync::signDetached(QByteArray(QByteArrayLiteral("sohoa-layout-signature-v1\n") +
                                                          QJsonDocument(body).toJson(QJsonDocument::Compact)),
                                               forger.secretKey)
                                .toBase64()));
    o.insert(QStringLiteral("signature"), sig);
    auto resigned = layouts::readLayoutFile(QJsonDocument(o).toJson());
    ASSERT_TRUE(resigned) << resigned.error().message.toStdString();
    auto notTrusted = layouts::importLayoutFile(*adminB, *resigned, trustA);
    ASSERT_FALSE(notTrusted);
    EXPECT_EQ(notTrusted.error().code, QStringLiteral("layout.unknown_signer"));

    // An unsigned file: refused unless an administrator accepts it on purpose (audited).
    auto unsignedFile = layouts::readLayoutFile(layouts::layoutFileBytes(p.taught));
    ASSERT_TRUE(unsignedFile);
    EXPECT_FALSE(unsignedFile->signature.has_value());
    test::TestStore officeC;
    auto adminC = officeC.admin();
    auto noSignature = layouts::importLayoutFile(*adminC, *unsignedFile, {});
    ASSERT_FALSE(noSignature);
    EXPECT_EQ(noSignature.error().code, QStringLiteral("layout.unsigned"));
    layouts::ImportTrust anyway;
    anyway.acceptUnsigned = true;
    EXPECT_FALSE(layouts::importLayoutFile(*officeC.clerk(), *unsignedFile, anyway));
    ASSERT_TRUE(layouts::importLayoutFile(*adminC, *unsignedFile, anyway));
    auto accepted = adminC->db().queryInt(
        "SELECT count(*) FROM audit WHERE action = 'layout.add' AND details LIKE '%unsigned_accepted%'");
    ASSERT_TRUE(accepted);
    EXPECT_EQ(*accepted, 1);
}
