#include "i18n/Language.h"
#include "mainwindow/MainWindow.h"
#include "ocr/ProcessEnvironment.h"
#include "signin/SignInDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

int main(int argc, char** argv)
{
    sohoa::ocr::ensureSingleThreadedOcrRuntime(argc, argv);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("SoHoa"));
    QApplication::setOrganizationName(QStringLiteral("SoHoa"));
    QApplication::setApplicationVersion(QStringLiteral(SOHOA_VERSION));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("store"), QStringLiteral("Store folder to open."), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("lang"), QStringLiteral("vi or en."), QStringLiteral("LANG")});
    parser.process(app);
    sohoa::i18n::installTranslations(app, parser.value(QStringLiteral("lang")));

    QString store = parser.value(QStringLiteral("store"));
    if (store.isEmpty())
        store = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/store");
    sohoa::ui::SignInDialog signIn(store);
    if (signIn.exec() != QDialog::Accepted)
        return 0;
    sohoa::ui::MainWindow window(signIn.takeSession());
    window.show();
    return app.exec();
}
