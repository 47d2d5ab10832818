#pragma once

#include <QString>

namespace sohoa::store {

// A store is a folder: the SQLCipher database (with its encrypted WAL) and the
// key file, beside two empty files that only carry OS locks (in-use.lock,
// store.db-turns). Nothing else is written there.
struct StoreLayout {
    QString dir;

    static StoreLayout at(const QString& path);
    QString databaseFile() const;
    QString keyringFile() const;
    bool exists() const;
};

} // namespace sohoa::store
