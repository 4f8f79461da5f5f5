#pragma once

#include "ysell/YsellMapping.h"
#include "ysell/YsellRoutes.h"

#include <QLatin1StringView>
#include <QString>
#include <QStringList>

#include <span>

namespace ysb {

/// The Ysell presets of the contract (ysell-api.md): [ysell] routes in config.ini.
enum class YsellRoutePreset { TaskStatement, YsellV1 };

/// One Ysell preset: the routes and the request mapping that go together under one name. The
/// table of them (ysellPresets()) is the one list the settings, the mapping files and the CLI use.
struct YsellPreset {
    YsellRoutePreset id;
    QLatin1StringView name; // in config.ini and mapping files: "task-statement", "ysell-v1"
    const char *label;      // for people, untranslated (context "YsellPreset"); see displayName()
    YsellRoutes (*routes)();
    YsellMapping (*mapping)();

    /// "Task statement (task-statement)", translated.
    QString displayName() const;
};

/// Every preset; the first is the default.
std::span<const YsellPreset> ysellPresets();
const YsellPreset &ysellPreset(YsellRoutePreset id);
/// The preset of that name, or nullptr.
const YsellPreset *ysellPreset(QStringView name);
/// {"task-statement", "ysell-v1"}
QStringList ysellPresetNames();

} // namespace ysb
