#include "testing/demo/DemoStore.h"

#include "core/accounts/AccountAdmin.h"
#include "core/accounts/Session.h"
#include "core/accounts/StoreSetup.h"
#include "core/batches/BatchRepository.h"
#include "core/batches/DocumentRepository.h"
#include "core/keying/HandKeying.h"
#include "core/records/RecordRepository.h"
#include "core/records/RecordType.h"
#include "core/store/Database.h"
#include "core/validation/Validator.h"
#include "core/workflow/Workflow.h"
#include "testing/Tr.h"
#include "testing/render/FormRenderer.h"
#include "testing/render/SyntheticRecords.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QPainter>
#include <QRandomGenerator>

namespace sohoa::fixtures {

namespace {

QByteArray png(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// A page of a demonstration document: the image as PNG at the store's resolution.
batches::NewPage pngPage(const QImage& image, int dpi)
{
    batches::NewPage p;
    p.imageData = png(image);
    p.imageFormat = QStringLiteral("png");
    p.width = image.width();
    p.height = image.height();
    p.dpi = dpi;
    return p;
}

Result<std::unique_ptr<accounts::Session>> signIn(const QString& path, const DemoAccount& a)
{
    return accounts::Session::signIn(path, QString::fromLatin1(a.name), QByteArray(a.password));
}

// OCR-like evidence for a value: mostly confident, sometimes not, with the
// unsure characters marked.
records::FieldValue ocrLike(const QString& value, const QRect& box, int page, QRandomGenerator& rng)
{
    records::FieldValue f;
    f.value = value;
    f.raw = value;
    f.box = box;
    f.page = page;
    f.source = QStringLiteral("ocr");
    const bool unsure = rng.bounded(100) < 18;
    f.confidence = unsure ? 0.55 + rng.bounded(30) / 100.0 : 0.93 + rng.bounded(7) / 100.0;
    for (int i = 0; i < value.size(); ++i)
        f.charConfidences.append(float(0.9 + rng.bounded(10) / 100.0));
    if (unsure && !value.isEmpty()) {
        const int n = 1 + int(rng.bounded(2));
        for (int k = 0; k < n; ++k)
            f.charConfidences[int(rng.bounded(quint32(value.size())))] =
                float(0.35 + rng.bounded(30) / 100.0);
    }
    return f;
}

struct DemoBatch {
    QString name;
    QString type;
    int documents;
};

// Steps of the demonstration store's creation, reported to the caller's progress callback.
struct DemoProgress {
    const std::function<void(int, int)>& report;
    int done = 0;
    int total = 0;
    void step()
    {
        if (report)
            report(++done, total);
    }
};

// The administrator the store was made with adds the two clerks and the supervisor.
Result<void> addDemoAccounts(const DemoStoreSpec& spec)
{
    auto admin = signIn(spec.path, kDemoAdmin);
    if (!admin)
        return admin.error();
    for (const auto& [a, role] :
         {std::pair{kDemoClerk, accounts::Role::Clerk}, std::pair{kDemoClerk2, accounts::Role::Clerk},
          std::pair{kDemoSupervisor, accounts::Role::Supervisor}})
        SOHOA_TRY(accounts::addAccount(**admin, QString::fromLatin1(a.name), role, QByteArray(a.password),
                                       spec.kdf));
    return {};
}

// One synthetic form rendered, degraded like a scan and stored as an imported document with its
// OCR-like record (a few slips for the validator to catch). The record's id.
Result<qint64> addRenderedDocument(accounts::Session& lan, const DemoStoreSpec& spec,
                                   const records::RecordType& type, qint64 batchId, quint32 seed,
                                   QRandomGenerator& rng)
{
    const render::SyntheticDocument syn = render::syntheticRecord(type, seed);
    render::RenderOptions options;
    options.dpi = spec.dpi;
    options.seed = seed;
    options.degradation.rotateDegrees = (int(rng.bounded(9)) - 4) / 10.0;
    options.degradation.noiseSigma = 5;
    options.degradation.fade = 0.08;
    options.degradation.speckles = 30;
    options.degradation.seed = seed;
    auto form = render::renderForm(type, syn.values, options);
    if (!form)
        return form.error();

    batches::NewDocument doc;
    doc.batchId = batchId;
    doc.sourceName = QStringLiteral("scan-%1.png").arg(seed, 4, 10, QLatin1Char('0'));
    doc.docType = type.id;
    doc.typeConfidence = 0.97;
    QByteArray all;
    for (const QImage& page : std::as_const(form->pages)) {
        batches::NewPage p = pngPage(page, spec.dpi);
        p.provenance = {{QStringLiteral("source"), doc.sourceName},
                        {QStringLiteral("by"), lan.actor()},
                        {QStringLiteral("demo"), true}};
        all += p.imageData;
        doc.pages.append(p);
    }
    doc.sourceSha256 = QCryptographicHash::hash(all, QCryptographicHash::Sha256);

    records::NewRecord rec;
    rec.batchId = batchId;
    rec.type = type.id;
    const QMap<QString, QString> values = syn.fields();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        QString value = it.value();
        // A few OCR slips the validator catches: a letter O for a zero in an ID.
        if (it.key().endsWith(QLatin1String("personal_id")) && rng.bounded(100) < 20 && value.size() == 12)
            value[7] = QLatin1Char('O');
        rec.fields.insert(it.key(), ocrLike(value, form->valueBoxes.value(it.key()),
                                            form->valuePages.value(it.key(), 1), rng));
    }
    auto tx = store::Transaction::begin(lan.db());
    if (!tx)
        return tx.error();
    auto documentId = batches::insertDocument(lan.db(), doc, lan.actor());
    if (!documentId)
        return documentId.error();
    rec.documentId = *documentId;
    records::Record probe;
    probe.type = rec.type;
    probe.fields = rec.fields;
    rec.issues = validation::validateRecord(probe, workflow::storeValidationContext(lan.db()));
    auto recordId = records::insertRecord(lan.db(), rec, lan.actor());
    if (!recordId)
        return recordId.error();
    SOHOA_TRY(lan.audit(QStringLiteral("ingest.document"), QStringLiteral("document:%1").arg(*documentId),
                        {{QStringLiteral("record"), double(*recordId)}, {QStringLiteral("demo"), true}}));
    SOHOA_TRY(tx->commit());
    return *recordId;
}

// A handwritten register OCR could not read: pages waiting to be keyed by hand, keyed twice.
// The batch's id.
Result<qint64> addHandwrittenBatch(accounts::Session& lan, const DemoStoreSpec& spec, quint32& seed)
{
    auto batch = batches::createBatch(lan, QStringLiteral("Sổ khai sinh viết tay 1995"),
                                      Tr::tr("Handwritten register; key by hand"));
    if (!batch)
        return batch.error();
    SOHOA_TRY(keying::setDoubleKeying(lan, batch->id, true));
    QImage page(int(8.27 * spec.dpi), int(11.69 * spec.dpi), QImage::Format_Grayscale8);
    page.fill(QColor(246, 241, 228));
    {
        QPainter p(&page);
        p.setPen(QColor(60, 60, 110));
        QFont f(QStringLiteral("DejaVu Serif"));
        f.setPixelSize(spec.dpi / 6);
        f.setItalic(true);
        p.setFont(f);
        for (int entry = 0; entry < 2; ++entry) {
            const int top = spec.dpi / 2 + entry * page.height() / 2;
            p.drawRect(spec.dpi / 3, top - spec.dpi / 5, page.width() - 2 * spec.dpi / 3,
                       page.height() / 2 - spec.dpi / 2);
            const render::SyntheticDocument syn = render::syntheticRecord(
                *records::RecordTypeRegistry::builtin().find(QStringLiteral("birth")), ++seed);
            int y = top + spec.dpi / 5;
            for (const QString& key : {QStringLiteral("registration_number"), QStringLiteral("full_name"),
                                       QStringLiteral("date_of_birth"), QStringLiteral("place_of_birth"),
                                       QStringLiteral("mother_name"), QStringLiteral("father_name")}) {
                p.drawText(spec.dpi / 2, y, syn.values.value(key));
                y += spec.dpi / 3;
            }
        }
    }
    batches::NewDocument doc;
    doc.batchId = batch->id;
    doc.sourceName = QStringLiteral("so-viet-tay-1995-tr01.png");
    doc.docType = QStringLiteral("unknown");
    doc.status = QStringLiteral("ocr_failed");
    doc.statusMessage = Tr::tr("Handwriting: OCR could not read this page.");
    const batches::NewPage p = pngPage(page, spec.dpi);
    doc.pages.append(p);
    doc.sourceSha256 = QCryptographicHash::hash(p.imageData, QCryptographicHash::Sha256);
    auto tx = store::Transaction::begin(lan.db());
    if (!tx)
        return tx.error();
    SOHOA_TRY(batches::insertDocument(lan.db(), doc, lan.actor()));
    SOHOA_TRY(tx->commit());
    return batch->id;
}

// Extra records without images (benchmarks: a commune's whole archive), spread over the batches
// but the handwritten one, one transaction per kBulkRecordsPerTransaction.
Result<void> addBulkRecords(accounts::Session& lan, const DemoStoreSpec& spec, const QList<qint64>& batchIds,
                            quint32& seed, QRandomGenerator& rng, DemoProgress& progress)
{
    const QList<const records::RecordType*> types = records::RecordTypeRegistry::builtin().all();
    const validation::ValidationContext context = validation::ValidationContext::standalone();
    int left = spec.bulkRecords;
    while (left > 0) {
        QList<records::NewRecord> chunk;
        for (int i = 0; i < records::kBulkRecordsPerTransaction && left > 0; ++i, --left) {
            const records::RecordType* type = types[int(rng.bounded(quint32(types.size())))];
            const render::SyntheticDocument syn = render::syntheticRecord(*type, ++seed);
            records::NewRecord rec;
            rec.batchId = batchIds[int(rng.bounded(quint32(batchIds.size() - 1)))];
            rec.type = type->id;
            const QMap<QString, QString> values = syn.fields();
            for (auto it = values.constBegin(); it != values.constEnd(); ++it)
                rec.fields.insert(it.key(), ocrLike(it.value(), {}, 1, rng));
            records::Record probe;
            probe.type = rec.type;
            probe.fields = rec.fields;
            rec.issues = validation::validateRecord(probe, context);
            chunk.append(rec);
        }
        auto tx = store::Transaction::begin(lan.db());
        if (!tx)
            return tx.error();
        SOHOA_TRY(records::insertRecords(lan.db(), chunk, lan.actor()));
        SOHOA_TRY(tx->commit());
        progress.step();
    }
    return {};
}

// Work done: lan corrects and confirms, minh confirms, hoa approves and rejects; then lan and hoa
// sign out.
Result<void> addDemoWork(accounts::Session& lan, const DemoStoreSpec& spec, const QList<qint64>& recordIds)
{
    QList<qint64> verifiedByLan;
    for (int i = 0; i < recordIds.size(); ++i) {
        if (i % 3 == 2)
            continue; // left to verify
        auto r = records::loadRecord(lan.db(), recordIds[i]);
        if (!r)
            return r.error();
        // Fix the OCR slips and any unsure field the way a clerk would: type the value.
        QMap<QString, QString> fixes;
        for (auto it = r->fields.constBegin(); it != r->fields.constEnd(); ++it)
            if (it->value.contains(QLatin1Char('O')) && it.key().endsWith(QLatin1String("personal_id")))
                fixes.insert(it.key(), QString(it->value).replace(QLatin1Char('O'), QLatin1Char('0')));
        if (!fixes.isEmpty())
            SOHOA_TRY(workflow::editFields(lan, recordIds[i], fixes));
        if (workflow::confirmRecord(lan, recordIds[i]))
            verifiedByLan.append(recordIds[i]);
    }
    {
        auto minh = signIn(spec.path, kDemoClerk2);
        if (!minh)
            return minh.error();
        (void)minh;
    }
    auto supervisor = signIn(spec.path, kDemoSupervisor);
    if (!supervisor)
        return supervisor.error();
    for (int i = 0; i < verifiedByLan.size(); ++i) {
        if (i % 2 == 1)
            continue; // waiting for review
        if (i == 2) {
            SOHOA_TRY(
                workflow::rejectRecord(**supervisor, verifiedByLan[i],
                                       Tr::tr("The date of birth does not match the page; check it again.")));
            continue;
        }
        (void)workflow::approveRecord(**supervisor, verifiedByLan[i], workflow::Decision{true});
    }
    lan.signOut(QStringLiteral("demo"));
    (*supervisor)->signOut(QStringLiteral("demo"));
    return {};
}

} // namespace

Result<void> createDemoStore(const DemoStoreSpec& spec, const std::function<void(int, int)>& progress)
{
    auto code = accounts::createStore(
        {spec.path, QString::fromLatin1(kDemoAdmin.name), QByteArray(kDemoAdmin.password), spec.kdf});
    if (!code)
        return code.error();
    SOHOA_TRY(addDemoAccounts(spec));
    auto clerk = signIn(spec.path, kDemoClerk);
    if (!clerk)
        return clerk.error();
    accounts::Session& lan = **clerk;

    const int docs = qMax(0, spec.documents);
    const QList<DemoBatch> plan = {
        {QStringLiteral("Sổ đăng ký khai sinh 2019 - quyển 01"), QStringLiteral("birth"),
         (docs * 9 + 23) / 24},
        {QStringLiteral("Sổ đăng ký khai tử 2020"), QStringLiteral("death"), (docs * 5 + 23) / 24},
        {QStringLiteral("Sổ đăng ký kết hôn 2018"), QStringLiteral("marriage"), (docs * 4 + 23) / 24},
        {QStringLiteral("GCN quyền sử dụng đất - xã Tân Lập"), QStringLiteral("land_certificate"),
         (docs * 4 + 23) / 24},
    };
    DemoProgress steps{progress};
    steps.total =
        docs + 2 +
        (spec.bulkRecords + records::kBulkRecordsPerTransaction - 1) / records::kBulkRecordsPerTransaction;
    QRandomGenerator rng(spec.seed);
    QList<qint64> batchIds;
    QList<qint64> recordIds;
    quint32 seed = spec.seed * 1000;

    for (const DemoBatch& plannedBatch : plan) {
        auto batch = batches::createBatch(lan, plannedBatch.name);
        if (!batch)
            return batch.error();
        batchIds.append(batch->id);
        const records::RecordType* type = records::RecordTypeRegistry::builtin().find(plannedBatch.type);
        if (!type)
            return makeError(QStringLiteral("record.unknown_type"), plannedBatch.type);
        for (int d = 0; d < plannedBatch.documents && steps.done < docs; ++d) {
            auto recordId = addRenderedDocument(lan, spec, *type, batch->id, ++seed, rng);
            if (!recordId)
                return recordId.error();
            recordIds.append(*recordId);
            steps.step();
        }
    }
    auto handwritten = addHandwrittenBatch(lan, spec, seed);
    if (!handwritten)
        return handwritten.error();
    batchIds.append(*handwritten);
    steps.step();
    if (spec.bulkRecords > 0)
        SOHOA_TRY(addBulkRecords(lan, spec, batchIds, seed, rng, steps));
    SOHOA_TRY(addDemoWork(lan, spec, recordIds));
    if (progress)
        progress(steps.total, steps.total);
    return {};
}

QString demoAccountsNotice()
{
    // The desktop's sign-in notice (its translation context stays the controller's).
    return Tr::tr("A demonstration store with made-up records. Accounts: clerk %1 (password "
                  "%2), supervisor %3 (%4), administrator %5 (%6).")
        .arg(QString::fromLatin1(kDemoClerk.name), QString::fromLatin1(kDemoClerk.password),
             QString::fromLatin1(kDemoSupervisor.name), QString::fromLatin1(kDemoSupervisor.password),
             QString::fromLatin1(kDemoAdmin.name), QString::fromLatin1(kDemoAdmin.password));
}

} // namespace sohoa::fixtures
