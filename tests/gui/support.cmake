# "Export for support…" in the main window (issue 16). Included by tests/gui/CMakeLists.txt.
ysb_add_test(NAME tst_supportexportdialog SOURCES tst_supportexportdialog.cpp LIBS ysb_gui Qt6::Widgets LABELS gui e2e)
