#pragma once

#include "TestSupport.h"
#include "core/records/RecordRepository.h"
#include "ui/common/StoreAccess.h"

#include <QApplication>
#include <QTest>
#include <functional>
#include <gtest/gtest.h>
#include <memory>

namespace sohoa::test {

// Processes events (the widgets' async answers arrive as queued calls) until
// `done` holds or `ms` pass.
bool waitUntil(const std::function<bool()>& done, int ms = 20000);

// Sends a key to whatever has the keyboard focus, as a keyboard would.
void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
void typeText(const QString& text);

// A store with the accounts of TestStore and helpers to fill it.
class UiTest : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;

    std::unique_ptr<ui::StoreAccess> access(const QString& account);
    qint64 makeBatch(const QString& name);
    // A record of `type` with synthetic, valid fields (seeded), stored with its
    // validation issues; `tweak` changes fields before it is stored.
    qint64 makeRecord(qint64 batchId, const QString& type, quint32 seed,
                      const std::function<void(records::NewRecord&)>& tweak = {});
    records::Record load(qint64 id);

    std::unique_ptr<TestStore> store;
    std::unique_ptr<accounts::Session> clerkSession;
};

} // namespace sohoa::test
