#include "Translations.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace ysb {

namespace {

// The translators installed by the last call, so that the next call can take them out again.
QPointer<QTranslator> g_app;
QPointer<QTranslator> g_qt;

void removeInstalled()
{
    for (QPointer<QTranslator> *t : {&g_app, &g_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete t->data();
        }
    }
}

} // namespace

QString systemLanguage()
{
    const QStringList ui = QLocale::system().uiLanguages();
    const QLocale first = ui.isEmpty() ? QLocale::system() : QLocale(ui.first());
    return first.language() == QLocale::Russian ? u"ru"_s : u"en"_s;
}

QStringList translationSearchPath()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    return {u":/i18n"_s, appDir, appDir + u"/translations"_s,
            QDir::cleanPath(appDir + u"/../share/ysell-bridge/translations"_s)};
}

QString installTranslations(const QString &language)
{
    removeInstalled();
    const QString wanted = language.isEmpty() ? systemLanguage() : language;
    if (wanted != u"ru") {
        // English is the source language: no catalogue needed.
        QLocale::setDefault(QLocale::system().language() == QLocale::English ? QLocale::system()
                                                                                : QLocale(QLocale::English));
        return u"en"_s;
    }

    auto *app = new QTranslator(QCoreApplication::instance());
    bool loaded = false;
    for (const QString &dir : translationSearchPath()) {
        if (app->load(u"ysell-bridge_"_s + wanted, dir)) {
            loaded = true;
            break;
        }
    }
    if (!loaded) {
        qCWarning(lcSettings) << "no translation ysell-bridge_" << wanted << "found; staying with English";
        delete app;
        return u"en"_s;
    }
    QCoreApplication::installTranslator(app);
    g_app = app;

    // Qt's own texts (standard buttons, file dialogs); missing ones only leave those in English.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(u"qtbase_"_s + wanted, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        g_qt = qt;
    } else {
        qCInfo(lcSettings) << "Qt's own translation qtbase_" << wanted << "is not installed";
        delete qt;
    }
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    return wanted;
}

} // namespace ysb
