#pragma once

#include "TestSupport.h"
#include "core/batches/BatchRepository.h"
#include "core/records/RecordRepository.h"
#include "core/store/Database.h"
#include "core/store/Migrations.h"

#include <gtest/gtest.h>

namespace sohoa::test {

// A bare encrypted database in `dir` at an earlier schema version, for tests of
// what an upgrade does to what that version stored. Null (with a failure) when
// it cannot be made.
inline std::unique_ptr<store::Database> databaseAtSchema(const QString& dir, int version)
{
    auto db = store::Database::open(dir + QStringLiteral("/db"), crypto::SecretBytes::random(32),
                                    store::Database::OpenMode::CreateNew);
    if (!db.ok()) {
        ADD_FAILURE() << db.error().message.toStdString();
        return nullptr;
    }
    if (auto v = store::migrateSchema(**db, version); !v.ok()) {
        ADD_FAILURE() << v.error().message.toStdString();
        return nullptr;
    }
    return std::move(*db);
}

// A real encrypted store with two batches; records go in as OCR would put them.
struct RecordsFixture : ::testing::Test {
    TestStore store;
    std::unique_ptr<accounts::Session> clerk;
    qint64 batch1 = 0, batch2 = 0;

    void SetUp() override
    {
        clerk = store.clerk();
        ASSERT_TRUE(clerk);
        auto b1 = batches::createBatch(*clerk, QStringLiteral("Khai sinh 1990"));
        auto b2 = batches::createBatch(*clerk, QStringLiteral("Khai sinh 1991"));
        ASSERT_TRUE(b1.ok() && b2.ok());
        batch1 = b1->id;
        batch2 = b2->id;
    }

    qint64 insert(const QString& type, const QMap<QString, QString>& values, qint64 batch = 0)
    {
        records::NewRecord n;
        n.batchId = batch ? batch : batch1;
        n.type = type;
        for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
            records::FieldValue v;
            v.value = it.value();
            v.confidence = 0.9;
            n.fields.insert(it.key(), v);
        }
        auto id = records::insertRecord(clerk->db(), n, QStringLiteral("clerk"));
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().message.toStdString());
        return id.ok() ? *id : 0;
    }

    qint64 birth(const QString& name, const QString& dob, qint64 batch = 0, const QString& father = {},
                 const QString& id = {})
    {
        QMap<QString, QString> v{
            {QStringLiteral("full_name"), name},
            {QStringLiteral("date_of_birth"), dob},
            {QStringLiteral("sex"), QStringLiteral("male")},
            {QStringLiteral("place_of_birth"), QStringLiteral("Trạm Y tế xã Thụy Dân")},
            {QStringLiteral("hometown"), QStringLiteral("Xã Thụy Dân, huyện Thái Thụy, tỉnh Thái Bình")},
            {QStringLiteral("registration_place"),
             QStringLiteral("Ủy ban nhân dân xã Thụy Dân, huyện Thái Thụy, tỉnh Thái Bình")},
            {QStringLiteral("registration_date"), dob.left(4) + QStringLiteral("-12-30")}};
        if (!father.isEmpty())
            v.insert(QStringLiteral("father_name"), father);
        if (!id.isEmpty())
            v.insert(QStringLiteral("personal_id"), id);
        return insert(QStringLiteral("birth"), v, batch);
    }
};

} // namespace sohoa::test
