# Settings dialog, connection tests, translations (engineer GUI-SETTINGS). Included by tests/gui/CMakeLists.txt.
ysb_add_test(NAME tst_settingsdialog SOURCES tst_settingsdialog.cpp LIBS ysb_gui Qt6::Widgets LABELS gui sim)
# The token's round trip through the real Secret Service: run under scripts/with-session.
ysb_add_test(NAME tst_keychain_dialog SOURCES tst_keychain_dialog.cpp LIBS ysb_gui Qt6::Widgets LABELS gui keychain)
set_tests_properties(tst_keychain_dialog PROPERTIES RESOURCE_LOCK ysell-bridge-keychain)
ysb_add_test(NAME tst_translations SOURCES tst_translations.cpp LIBS ysb_gui Qt6::Widgets LABELS gui i18n
             ENV "YSB_LUPDATE=$<TARGET_FILE:Qt6::lupdate>")
# A real window on Xvfb (YSB_XVFB_DISPLAY from scripts/with-session); PNGs land in the build tree.
ysb_add_test(NAME tst_screenshots_settings SOURCES tst_screenshots_settings.cpp LIBS ysb_gui Qt6::Widgets
             LABELS gui xvfb ENV "YSB_SCREENSHOT_DIR=${CMAKE_CURRENT_BINARY_DIR}/screenshots")
