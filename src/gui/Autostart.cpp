#include "Autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace ysb::Autostart {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Autostart", text);
}

QByteArray entryContent()
{
    const QString packaged = QStandardPaths::locate(QStandardPaths::GenericDataLocation,
                                                    u"ysell-bridge/autostart/ysell-bridge.desktop"_s);
    if (!packaged.isEmpty()) {
        QFile f(packaged);
        if (f.open(QIODevice::ReadOnly))
            return f.readAll();
    }
    // Not installed: start this build.
    QString exec = QCoreApplication::applicationFilePath();
    exec.replace(u'"', u"\\\""_s);
    return "[Desktop Entry]\nType=Application\nName=Ysell Bridge\nComment=Start Ysell Bridge when you log in\n"
           "Exec=\"" + exec.toUtf8() + "\"\nTerminal=false\nNoDisplay=true\nX-GNOME-Autostart-enabled=true\n";
}

} // namespace

QString entryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
           + u"/autostart/ysell-bridge.desktop"_s;
}

bool isEnabled()
{
    return QFileInfo::exists(entryPath());
}

Status apply(bool enabled)
{
    const QString path = entryPath();
    if (!enabled) {
        if (QFileInfo::exists(path) && !QFile::remove(path))
            return Error::plain(ErrorKind::Storage, tr("Could not remove the autostart entry %1.").arg(path));
        return Ok{};
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error::plain(ErrorKind::Storage, tr("Could not create the folder of %1.").arg(path));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(entryContent()) < 0 || !f.commit())
        return Error::plain(ErrorKind::Storage, tr("Could not write the autostart entry %1.").arg(path));
    return Ok{};
}

} // namespace ysb::Autostart
