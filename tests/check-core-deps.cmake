# Fails when the core test binary (which links only cs_core) pulls in Qt Gui or Widgets.
execute_process(COMMAND ldd ${FILE} OUTPUT_VARIABLE libs RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "ldd failed on ${FILE}")
endif()
if(libs MATCHES "libQt6(Gui|Widgets)")
  message(FATAL_ERROR "core links a GUI module:\n${libs}")
endif()
message(STATUS "core links only:\n${libs}")
