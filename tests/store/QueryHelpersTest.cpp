// The Result idiom's helpers on a real SQLCipher file: SOHOA_TRY_ASSIGN binds
// or propagates, Database::execute and Database::queryRow bind in order and
// report SQLite's errors and an absent row.
#include "core/common/Result.h"
#include "core/crypto/SecretBytes.h"
#include "core/store/Database.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace sohoa;

namespace {

Result<int> half(int n)
{
    if (n % 2)
        return makeError(QStringLiteral("test.odd"), QStringLiteral("odd"));
    return n / 2;
}

// Halves twice, stopping at the first odd number.
Result<int> quarter(int n, int* reached)
{
    SOHOA_TRY_ASSIGN(const int h, half(n));
    *reached = 1;
    SOHOA_TRY_ASSIGN(int q, half(h));
    *reached = 2;
    return q;
}

struct Db {
    QTemporaryDir dir;
    std::unique_ptr<store::Database> db;
    Db()
    {
        auto opened =
            store::Database::open(dir.path() + QStringLiteral("/t.db"), crypto::SecretBytes::random(32),
                                  store::Database::OpenMode::CreateNew);
        EXPECT_TRUE(opened.ok()) << (opened ? "" : opened.error().message.toStdString());
        if (opened)
            db = std::move(*opened);
    }
};

} // namespace

TEST(ResultHelpers, TryAssignBindsTheValueOrReturnsTheFirstError)
{
    int reached = 0;
    auto q = quarter(12, &reached);
    ASSERT_TRUE(q.ok());
    EXPECT_EQ(*q, 3);
    EXPECT_EQ(reached, 2);

    reached = 0;
    q = quarter(6, &reached); // 6 -> 3 -> odd
    ASSERT_FALSE(q.ok());
    EXPECT_EQ(q.error().code, QStringLiteral("test.odd"));
    EXPECT_EQ(reached, 1);

    reached = 0;
    q = quarter(7, &reached);
    ASSERT_FALSE(q.ok());
    EXPECT_EQ(reached, 0);
}

TEST(ResultHelpers, ExecuteAndQueryRowBindInOrder)
{
    Db t;
    ASSERT_TRUE(t.db);
    auto& db = *t.db;
    ASSERT_TRUE(db.exec("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT, born INTEGER, "
                        "height REAL, note TEXT);")
                    .ok());
    ASSERT_TRUE(db.execute("INSERT INTO people (name, born, height, note) VALUES (?, ?, ?, ?);",
                           QStringLiteral("Nguyễn Văn An"), qint64(1990), 1.72, nullptr)
                    .ok());
    ASSERT_TRUE(
        db.execute("INSERT INTO people (name, born, note) VALUES (?, ?, ?);", "Trần Thị Bình", 1985, true)
            .ok());

    auto row =
        db.queryRow("SELECT name, born, height, note FROM people WHERE born > ? AND name <> ? ORDER BY id;",
                    1980, QStringLiteral("nobody"));
    ASSERT_TRUE(row.ok());
    ASSERT_TRUE(row->has_value());
    const store::Statement& st = **row;
    EXPECT_EQ(st.text(0), QStringLiteral("Nguyễn Văn An"));
    EXPECT_EQ(st.integer(1), 1990);
    EXPECT_DOUBLE_EQ(st.real(2), 1.72);
    EXPECT_TRUE(st.isNull(3));

    auto second = db.queryRow("SELECT name, note FROM people WHERE born = ?;", 1985);
    ASSERT_TRUE(second.ok() && second->has_value());
    EXPECT_EQ((*second)->text(0), QStringLiteral("Trần Thị Bình"));
    EXPECT_EQ((*second)->integer(1), 1); // a bool binds as 0/1

    auto none = db.queryRow("SELECT name FROM people WHERE born = ?;", 2001);
    ASSERT_TRUE(none.ok());
    EXPECT_FALSE(none->has_value());

    // SQLite's errors come back as errors, not as "no row".
    auto bad = db.queryRow("SELECT name FROM nowhere WHERE id = ?;", 1);
    ASSERT_FALSE(bad.ok());
    EXPECT_FALSE(bad.error().code.isEmpty());
    ASSERT_TRUE(db.exec("CREATE UNIQUE INDEX people_name ON people(name);").ok());
    auto dup = db.execute("INSERT INTO people (name) VALUES (?);", QStringLiteral("Nguyễn Văn An"));
    ASSERT_FALSE(dup.ok());
    EXPECT_EQ(dup.error().code, QStringLiteral("store.constraint"));
    EXPECT_EQ(*db.queryInt("SELECT count(*) FROM people;"), 2);
}
