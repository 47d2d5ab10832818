#include "ui/signin/UpgradeNotice.h"

#include "ui/common/Tr.h"

#include <QCoreApplication>
#include <QLabel>
#include <QPointer>

namespace sohoa::ui {

namespace {

// Outside the function below: lupdate reads its return type `store::…` as a class to file messages under.
QString upgradingText()
{
    return Tr::tr(
        "Updating the store for this version of SoHoa. This happens once; a large store takes a few "
        "minutes...");
}

} // namespace

store::UpgradeStarted upgradeNotice(QLabel* message)
{
    QPointer<QLabel> label(message);
    return [label](int, int) {
        // Called on the worker thread: the label is touched on the GUI thread only.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [label] {
                if (label)
                    label->setText(upgradingText());
            },
            Qt::QueuedConnection);
    };
}

} // namespace sohoa::ui
