// sohoa-registry: the reference national registry's program. Users reach it
// through `sohoa-cli serve-registry ...`, which runs it with its own arguments.
#include "Commands.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sohoa-registry"));
    QCoreApplication::setOrganizationName(QStringLiteral("SoHoa"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SOHOA_VERSION));
    return sohoa::cli::runCommandLine(app.arguments());
}
