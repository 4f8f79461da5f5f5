#include "ysell/YsellPresets.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::StringLiterals;

namespace ysb {

namespace {

const std::array kPresets{
    YsellPreset{YsellRoutePreset::TaskStatement, "task-statement"_L1,
                QT_TRANSLATE_NOOP("YsellPreset", "Task statement (task-statement)"), &YsellRoutes::taskStatement,
                &YsellMapping::taskStatement},
    YsellPreset{YsellRoutePreset::YsellV1, "ysell-v1"_L1, QT_TRANSLATE_NOOP("YsellPreset", "Ysell API v1 (ysell-v1)"),
                &YsellRoutes::ysellV1, &YsellMapping::ysellV1},
};

} // namespace

QString YsellPreset::displayName() const
{
    return QCoreApplication::translate("YsellPreset", label);
}

std::span<const YsellPreset> ysellPresets()
{
    return kPresets;
}

const YsellPreset &ysellPreset(YsellRoutePreset id)
{
    for (const YsellPreset &p : kPresets) {
        if (p.id == id)
            return p;
    }
    Q_UNREACHABLE();
}

const YsellPreset *ysellPreset(QStringView name)
{
    for (const YsellPreset &p : kPresets) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

QStringList ysellPresetNames()
{
    QStringList names;
    for (const YsellPreset &p : kPresets)
        names << p.name;
    return names;
}

} // namespace ysb
