# SPDX-FileCopyrightText: 2026 ChannelDesk developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Fails when a file includes across the layers of docs/architecture.md:
#   cmake -DSOURCE_DIR=<repo>/src -P tests/layers/CheckIncludes.cmake
# - src/gui talks to the Desk facade and value types only: nothing from store/, webhook/, wecom/,
#   linking/, forward/, api/, outbound/, secrets/ or cli/;
# - src/core never includes a widget header, nor anything of src/gui or src/cli;
# - src/core/store includes nothing of webhook/, wecom/, linking/ or outbound/ (the store is a lower
#   layer);
# - src/core/model (value types) includes only model/ and util/.
cmake_minimum_required(VERSION 3.25)

if(NOT DEFINED SOURCE_DIR OR NOT IS_DIRECTORY "${SOURCE_DIR}")
    message(FATAL_ERROR "CheckIncludes.cmake: pass -DSOURCE_DIR=<repo>/src")
endif()

set(violations "")

# check(<folder> <regex of forbidden include targets> <why>)
function(check folder forbidden why)
    file(GLOB_RECURSE files "${SOURCE_DIR}/${folder}/*.h" "${SOURCE_DIR}/${folder}/*.cpp")
    foreach(file IN LISTS files)
        file(STRINGS "${file}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
        foreach(line IN LISTS includes)
            string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*[<\"]([^>\"]+)[>\"].*$" "\\1" target "${line}")
            if(target MATCHES "${forbidden}")
                file(RELATIVE_PATH shown "${SOURCE_DIR}/.." "${file}")
                list(APPEND violations "${shown}: #include ${target} (${why})")
            endif()
        endforeach()
    endforeach()
    set(violations "${violations}" PARENT_SCOPE)
endfunction()

check(gui "^(store|webhook|wecom|linking|api|outbound|forward|secrets|server|remote|wire|cli)/"
      "the window talks to the Desk facade and value types only")
check(core "^(QtWidgets|QWidget|QDialog|QMainWindow|QApplication|QMessageBox|QSystemTrayIcon|QLabel|QPushButton)"
      "core never shows UI")
check(core "^(ui_|gui/|cli/)" "core knows no front end")
check(core/store "^(webhook|wecom|linking|outbound)/" "the store is a lower layer")
check(core/model "^(store|webhook|wecom|linking|outbound|api|secrets|channels|health|desk|settings|qr|wire|remote|server)/"
      "value types sit below everything else")

if(violations)
    list(LENGTH violations count)
    list(JOIN violations "\n  " report)
    message(FATAL_ERROR "${count} include(s) cross the layers:\n  ${report}")
endif()
message(STATUS "No include crosses the layers.")
