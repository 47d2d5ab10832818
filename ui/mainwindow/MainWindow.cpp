#include "mainwindow/MainWindow.h"

#include <QLabel>
#include <QStatusBar>

namespace sohoa::ui {

MainWindow::MainWindow(std::unique_ptr<accounts::Session> session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(std::move(session))
{
    setWindowTitle(tr("SoHoa - %1").arg(m_session->layout().dir));
    auto* label = new QLabel(tr("Signed in as %1 (%2).").arg(m_session->actor(),
                                                           accounts::roleName(m_session->role())),
                             this);
    label->setAlignment(Qt::AlignCenter);
    setCentralWidget(label);
    statusBar()->showMessage(m_session->layout().dir);
    resize(1280, 720);
}

MainWindow::~MainWindow()
{
    m_session->signOut(QStringLiteral("window_closed"));
}

} // namespace sohoa::ui
