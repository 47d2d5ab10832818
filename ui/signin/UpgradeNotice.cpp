#include "ui/signin/UpgradeNotice.h"

#include <QCoreApplication>
#include <QLabel>
#include <QPointer>

namespace sohoa::ui {

store::UpgradeStarted upgradeNotice(QLabel* message)
{
    QPointer<QLabel> label(message);
    return [label](int, int) {
        // Called on the worker thread: the label is touched on the GUI thread only.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [label] {
                if (label)
                    label->setText(QCoreApplication::translate(
                        "sohoa::ui::UpgradeNotice",
                        "Updating the store for this version of SoHoa. This happens once; a large store "
                        "takes a few minutes..."));
            },
            Qt::QueuedConnection);
    };
}

} // namespace sohoa::ui
