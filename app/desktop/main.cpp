#include "core/hardening/ProcessHardening.h"
#include "core/i18n/Language.h"
#include "core/ocr/ProcessEnvironment.h"
#include "testing/demo/DemoStore.h"
#include "ui/common/Tr.h"
#include "ui/common/UiSettings.h"
#include "ui/mainwindow/AppController.h"
#include "ui/screenshots/Screenshots.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFontDatabase>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>
#include <cstdio>

namespace {

// Vietnamese needs fonts with every stacked diacritic (ễ, ộ, ự...). DejaVu and
// Liberation 2 have them; Liberation 1.x does not. Returns false when none is there.
bool useVietnameseFont(QApplication& app)
{
    const QStringList families = QFontDatabase::families();
    for (const QString& wanted : {QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"),
                                  QStringLiteral("Liberation Sans"), QStringLiteral("Segoe UI")}) {
        if (!families.contains(wanted))
            continue;
        if (!QFontDatabase::writingSystems(wanted).contains(QFontDatabase::Vietnamese))
            continue;
        QFont font = QApplication::font();
        font.setFamily(wanted);
        app.setFont(font);
        return true;
    }
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    sohoa::hardening::hardenProcess(); // before anything holds a key: no core dumps
    sohoa::ocr::ensureSingleThreadedOcrRuntime(argc, argv);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("SoHoa"));
    QApplication::setOrganizationName(QStringLiteral("SoHoa"));
    QApplication::setApplicationVersion(QStringLiteral(SOHOA_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("SoHoa desktop: digitise civil-status books and land certificates."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("store"), QStringLiteral("Store folder to open (created on first run)."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("samples"), QStringLiteral("Folder of sample scans offered for import."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("lang"), QStringLiteral("User interface language: vi or en."),
                      QStringLiteral("LANG")});
    parser.addOption(
        {QStringLiteral("demo"),
         QStringLiteral("If no store is at --store, create one with made-up records and demo accounts "
                        "instead of asking for an administrator.")});
    parser.addOption(
        {QStringLiteral("screenshot"),
         QStringLiteral("Render the main screens with a demo store to PNG files in DIR, then exit."),
         QStringLiteral("DIR")});
    parser.addOption(
        {QStringLiteral("screenshot-size"),
         QStringLiteral("Window size of --screenshot, e.g. 1280x690 (the default, a 1366x768 screen less "
                        "its taskbar) or 1920x1050."),
         QStringLiteral("WxH")});
    parser.process(app);

    const sohoa::ui::UiSettings settings = sohoa::ui::UiSettings::load();
    QString language = parser.value(QStringLiteral("lang"));
    if (language.isEmpty() && qEnvironmentVariableIsEmpty("SOHOA_LANG"))
        language = settings.language;
    sohoa::i18n::installTranslations(app, language);
    const bool fontOk = useVietnameseFont(app);

    if (parser.isSet(QStringLiteral("screenshot"))) {
        const QStringList size = parser.value(QStringLiteral("screenshot-size")).split(QLatin1Char('x'));
        const QSize screen = size.size() == 2 ? QSize(size[0].toInt(), size[1].toInt()) : QSize();
        return sohoa::ui::takeScreenshots(parser.value(QStringLiteral("screenshot")),
                                          parser.value(QStringLiteral("store")),
                                          screen.isValid() && !screen.isEmpty() ? screen : QSize(1280, 690));
    }

    sohoa::ui::AppOptions options;
    options.storePath = parser.value(QStringLiteral("store"));
    if (options.storePath.isEmpty())
        options.storePath = settings.lastStorePath;
    if (options.storePath.isEmpty())
        options.storePath =
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/store");
    options.storePath = QDir::cleanPath(QDir(options.storePath).absolutePath());
    options.samplesDir = parser.value(QStringLiteral("samples"));
    options.language = language;
    if (parser.isSet(QStringLiteral("demo")))
        options.createDemoStore = [](const QString& path) -> sohoa::Result<sohoa::ui::DemoStoreMade> {
            sohoa::fixtures::DemoStoreSpec spec;
            spec.path = path;
            if (auto made = sohoa::fixtures::createDemoStore(spec); !made)
                return made.error();
            return sohoa::ui::DemoStoreMade{sohoa::fixtures::demoAccountsNotice(),
                                            QString::fromLatin1(sohoa::fixtures::kDemoClerk.name)};
        };

    sohoa::ui::AppController controller(options);
    QObject::connect(&controller, &sohoa::ui::AppController::finished, &app, &QCoreApplication::quit,
                     Qt::QueuedConnection);
    controller.start();
    // Benchmarks (bench/ui_startup_bench) time a cold start to the first window.
    if (qEnvironmentVariableIsSet("SOHOA_EXIT_AFTER_FIRST_WINDOW"))
        QTimer::singleShot(0, &app, [] {
            QApplication::processEvents(); // the first paint of the window
            std::fputs("first-window-shown\n", stdout);
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    if (!fontOk)
        QTimer::singleShot(0, [] {
            auto* box = new QMessageBox(
                QMessageBox::Warning, sohoa::ui::Tr::tr("Fonts"),
                sohoa::ui::Tr::tr("No font with all Vietnamese letters was found, so some names may "
                                  "show wrongly. Ask IT support to install DejaVu or Liberation 2 "
                                  "fonts."));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->show();
        });
    return app.exec();
}
