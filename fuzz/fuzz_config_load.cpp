// config.ini as a user (or a broken editor, or a full disk) may leave it: ConfigStore::load reads
// it through QSettings from a real file, then the settings are validated as the app does.
#include "settings/Config.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    static const QString path = dir.filePath(QStringLiteral("config.ini"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    const auto loaded = ysb::ConfigStore::load(path);
    if (loaded.ok()) {
        (void)loaded.value().validate();
        (void)loaded.value().missingRequired();
        (void)loaded.value().routes();
    }
    return 0;
}
