#pragma once

#include <QString>
#include <QStringList>

namespace ysb {

/// Loads the application's translation and Qt's own (qtbase) into the running application for
/// `language`: "en", "ru", or empty to follow the system locale. Replaces what an earlier call
/// installed, so the language can change while the app runs (widgets get a LanguageChange event).
/// Returns the language now in effect: "ru" when the Russian catalogue was found and loaded, else "en".
QString installTranslations(const QString &language);

/// The language installTranslations() picks for an empty setting: "ru" for a Russian system locale, else "en".
QString systemLanguage();

/// Where the app looks for ysell-bridge_<lang>.qm, in order (the embedded ":/i18n" first).
QStringList translationSearchPath();

} // namespace ysb
