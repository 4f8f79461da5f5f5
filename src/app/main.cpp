#include "GuiApp.h"

#include <QApplication>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ysell-bridge"));
    QApplication::setApplicationName(QStringLiteral("ysell-bridge"));
    QApplication::setApplicationDisplayName(QStringLiteral("Ysell Bridge"));
    QApplication::setApplicationVersion(QStringLiteral(YSB_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("ysell-bridge"));
    ysb::GuiApp gui;
    return gui.exec(QApplication::arguments());
}
