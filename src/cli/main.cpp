#include "CliApp.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ysell-bridge"));
    QCoreApplication::setApplicationName(QStringLiteral("ysell-bridge"));
    QCoreApplication::setApplicationVersion(QStringLiteral(YSB_VERSION));
    ysb::cli::CliApp cli;
    return cli.exec(QCoreApplication::arguments());
}
