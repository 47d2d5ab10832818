#include "ui/common/LayoutMemory.h"

#include "ui/common/PageView.h"

#include <QCryptographicHash>
#include <QSettings>
#include <QSplitter>
#include <QWidget>

namespace sohoa::ui {

QString layoutGroup(const QString& account)
{
    const QByteArray digest =
        QCryptographicHash::hash(account.toCaseFolded().toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("layout/") + QString::fromLatin1(digest.toHex().left(16));
}

void rememberSplitter(QSplitter* splitter, const QString& account, const QString& name)
{
    const QString key = layoutGroup(account) + QStringLiteral("/splitter/") + name;
    const QByteArray state = QSettings().value(key).toByteArray();
    if (!state.isEmpty())
        splitter->restoreState(state);
    // Only a drag by the user emits splitterMoved: sizes set by code are not remembered.
    QObject::connect(splitter, &QSplitter::splitterMoved, splitter,
                     [splitter, key] { QSettings().setValue(key, splitter->saveState()); });
}

void rememberZoom(PageView* view, const QString& account, const QString& name)
{
    const QString key = layoutGroup(account) + QStringLiteral("/zoom/") + name;
    QSettings settings;
    view->setZoomPreferences(settings.value(key + QStringLiteral("/box"), 1.0).toDouble(),
                             settings.value(key + QStringLiteral("/page"), 1.0).toDouble());
    QObject::connect(view, &PageView::zoomPreferenceChanged, view, [view, key] {
        QSettings s;
        s.setValue(key + QStringLiteral("/box"), view->boxZoomPreference());
        s.setValue(key + QStringLiteral("/page"), view->pageZoomPreference());
    });
}

bool restoreWindowGeometry(QWidget* window, const QString& account)
{
    const QByteArray geometry =
        QSettings().value(layoutGroup(account) + QStringLiteral("/window")).toByteArray();
    return !geometry.isEmpty() && window->restoreGeometry(geometry);
}

void saveWindowGeometry(const QWidget* window, const QString& account)
{
    QSettings().setValue(layoutGroup(account) + QStringLiteral("/window"), window->saveGeometry());
}

} // namespace sohoa::ui
