#pragma once

#include "Result.h"

#include <QString>

namespace ysb::Autostart {

// "Start at login" on Linux desktops (XDG autostart): the packaged entry
// (share/ysell-bridge/autostart/ysell-bridge.desktop) is copied to $XDG_CONFIG_HOME/autostart/ when
// the setting is on and that copy is removed when it is off. A build that is not installed has no
// packaged entry; then one is written that starts this very executable.

/// $XDG_CONFIG_HOME/autostart/ysell-bridge.desktop
QString entryPath();
bool isEnabled();
/// Makes the autostart entry match `enabled`; a Storage error says what could not be written.
Status apply(bool enabled);

} // namespace ysb::Autostart
