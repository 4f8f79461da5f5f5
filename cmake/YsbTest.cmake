# ysb_add_test(NAME <name> SOURCES <files...> [LIBS <libs...>] [LABELS <labels...>] [TIMEOUT <s>] [GUI])
# One Qt Test executable per class. Tests run offscreen with a UTF-8 C locale; the
# private D-Bus session, the keyring and Xvfb come from scripts/test.
function(ysb_add_test)
    cmake_parse_arguments(T "GUI" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS;ENV" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE ysb_settings ysb_test_support Qt6::Test ${T_LIBS})
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set(env "QT_QPA_PLATFORM=offscreen" "LANG=C.UTF-8" "LC_ALL=C.UTF-8"
            "YSB_SIM=$<TARGET_FILE:ysell-bridge-sim>"
            "YSB_CLI=$<TARGET_FILE:ysell-bridge-cli>"
            "YSB_SOURCE_DIR=${CMAKE_SOURCE_DIR}"
            "YSB_TEST_DATA_DIR=${CMAKE_SOURCE_DIR}/tests/data"
            ${T_ENV})
    if(TARGET ysell-bridge)
        list(APPEND env "YSB_APP=$<TARGET_FILE:ysell-bridge>")
    endif()
    set_tests_properties(${T_NAME} PROPERTIES ENVIRONMENT "${env}" TIMEOUT ${T_TIMEOUT})
    if(T_LABELS)
        set_tests_properties(${T_NAME} PROPERTIES LABELS "${T_LABELS}")
    endif()
endfunction()
