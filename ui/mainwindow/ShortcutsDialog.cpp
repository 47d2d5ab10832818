#include "ui/mainwindow/ShortcutsDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sohoa::ui {

ShortcutsDialog::ShortcutsDialog(QWidget* window, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard shortcuts"));
    auto* tree = new QTreeWidget(this);
    tree->setColumnCount(2);
    tree->setHeaderLabels({tr("Action"), tr("Keys")});
    tree->setRootIsDecorated(true);
    if (auto* main = qobject_cast<QMainWindow*>(window)) {
        for (QAction* menuAction : main->menuBar()->actions()) {
            QMenu* menu = menuAction->menu();
            if (!menu)
                continue;
            QTreeWidgetItem* group = nullptr;
            for (QAction* a : menu->actions()) {
                if (a->shortcut().isEmpty() && a->shortcuts().isEmpty())
                    continue;
                if (!group) {
                    group = new QTreeWidgetItem(tree, {menu->title().remove(QLatin1Char('&'))});
                    group->setFirstColumnSpanned(true);
                }
                QStringList keys;
                for (const QKeySequence& k : a->shortcuts())
                    keys.append(k.toString(QKeySequence::NativeText));
                new QTreeWidgetItem(group,
                                    {a->text().remove(QLatin1Char('&')), keys.join(QStringLiteral(", "))});
            }
        }
    }
    // Keys inside the verification station that are not menu actions.
    auto* station = new QTreeWidgetItem(tree, {tr("In the verification station's fields")});
    station->setFirstColumnSpanned(true);
    new QTreeWidgetItem(station,
                        {tr("Accept the field and go to the next one that needs a look; on the last one, "
                            "confirm the record"),
                         tr("Enter")});
    new QTreeWidgetItem(station, {tr("Next / previous field"), tr("Tab / Shift+Tab")});
    new QTreeWidgetItem(station, {tr("Put back the value read from the page"), tr("Esc")});
    tree->expandAll();
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tree);
    layout->addWidget(buttons);
    resize(620, 520);
}

} // namespace sohoa::ui
