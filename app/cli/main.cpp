#include "Commands.h"
#include "core/hardening/ProcessHardening.h"
#include "core/i18n/Language.h"
#include "core/ocr/ProcessEnvironment.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    sohoa::hardening::hardenProcess(); // before anything holds a key: no core dumps
    sohoa::ocr::ensureSingleThreadedOcrRuntime(argc, argv);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sohoa-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("SoHoa"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SOHOA_VERSION));
    return sohoa::cli::runCommandLine(app.arguments());
}
