#include "core/store/StoreLayout.h"

#include <QDir>
#include <QFileInfo>

namespace sohoa::store {

StoreLayout StoreLayout::at(const QString& path)
{
    return StoreLayout{QDir::cleanPath(QFileInfo(path).absoluteFilePath())};
}

QString StoreLayout::databaseFile() const
{
    return dir + QStringLiteral("/store.db");
}

QString StoreLayout::keyringFile() const
{
    return dir + QStringLiteral("/keyring.json");
}

bool StoreLayout::exists() const
{
    return QFileInfo::exists(keyringFile()) && QFileInfo::exists(databaseFile());
}

} // namespace sohoa::store
