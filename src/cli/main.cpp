#include "CliApp.h"
#include "Translations.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ysell-bridge"));
    QCoreApplication::setApplicationName(QStringLiteral("ysell-bridge"));
    QCoreApplication::setApplicationVersion(QStringLiteral(YSB_VERSION));
    // The language of the system locale (LANG, LC_MESSAGES, LANGUAGE), as the app has it by default.
    ysb::installTranslations({});
    ysb::cli::CliApp cli;
    return cli.exec(QCoreApplication::arguments());
}
