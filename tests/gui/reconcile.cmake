# The "Reconciliation" tab of the main window (issue 16). Included by tests/gui/CMakeLists.txt.
ysb_add_test(NAME tst_reconcileview SOURCES tst_reconcileview.cpp LIBS ysb_gui Qt6::Widgets LABELS gui e2e)
