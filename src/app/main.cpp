#include "GuiApp.h"

#include <QApplication>

#include <cstring>
#include <memory>

int main(int argc, char **argv)
{
    // --help and --version answer on a terminal without a display, so no QApplication for them.
    bool infoOnly = false;
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"-h", "--help", "-v", "--version", "--help-all"})
            infoOnly = infoOnly || std::strcmp(argv[i], option) == 0;
    }
    std::unique_ptr<QCoreApplication> app = infoOnly ? std::make_unique<QCoreApplication>(argc, argv)
                                                     : std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ysell-bridge"));
    QCoreApplication::setApplicationName(QStringLiteral("ysell-bridge"));
    QCoreApplication::setApplicationVersion(QStringLiteral(YSB_VERSION));
    if (!infoOnly) {
        QGuiApplication::setApplicationDisplayName(QStringLiteral("Ysell Bridge"));
        QGuiApplication::setDesktopFileName(QStringLiteral("ysell-bridge"));
    }
    ysb::GuiApp gui;
    return gui.exec(QCoreApplication::arguments());
}
