# SPDX-License-Identifier: GPL-3.0-or-later
# Install rules and the Debian package (CPack DEB): the executables, desktop integration under
# the one application id (PORTIER_APP_ID), and the polkit policy for read-only collection through
# pkexec. `cmake --install build/dev --prefix /usr` or `cpack --config build/dev/CPackConfig.cmake`.
include(GNUInstallDirs)

if(TARGET portier)
    install(TARGETS portier RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()
if(TARGET portier-cli)
    install(TARGETS portier-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

install(FILES ${PROJECT_SOURCE_DIR}/resources/${PORTIER_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/${PORTIER_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/${PORTIER_APP_ID}.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

# polkit needs the absolute path of the binary pkexec may run. It is known only at install time
# (--prefix, DESTDIR, CPack staging), so the policy's /usr/bin/portier-cli is rewritten then.
install(CODE "
    set(_portier_bindir \"${CMAKE_INSTALL_BINDIR}\")
    if(NOT IS_ABSOLUTE \"\${_portier_bindir}\")
        set(_portier_bindir \"\${CMAKE_INSTALL_PREFIX}/\${_portier_bindir}\")
    endif()
    file(READ \"${CMAKE_CURRENT_LIST_DIR}/${PORTIER_APP_ID}.policy\" _portier_policy)
    string(REPLACE \">/usr/bin/portier-cli<\" \">\${_portier_bindir}/portier-cli<\"
           _portier_policy \"\${_portier_policy}\")
    set(_portier_actions
        \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_DATADIR}/polkit-1/actions\")
    message(STATUS \"Installing: \${_portier_actions}/${PORTIER_APP_ID}.policy\")
    file(MAKE_DIRECTORY \"\${_portier_actions}\")
    file(WRITE \"\${_portier_actions}/${PORTIER_APP_ID}.policy\" \"\${_portier_policy}\")
")

set(PORTIER_PACKAGE_CONTACT "Portier maintainers <maintainers@portier.invalid>"
    CACHE STRING "Maintainer field of the Debian package")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME portier)
set(CPACK_PACKAGE_VENDOR Portier)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT ${PORTIER_PACKAGE_CONTACT})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Portier shows the state of Kerberos credential caches and keytabs, lets the administrator \
act on it, and puts the evidence (library traces, log lines) beside every result. portier-cli \
prints the same information as text or JSON on servers without a display.")
# Staging through DESTDIR keeps CMAKE_INSTALL_PREFIX at /usr during packaging, so that the polkit
# policy above names /usr/bin/portier-cli and not the staging directory.
set(CPACK_SET_DESTDIR ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_STRIP_FILES ON)
# Loaded at run time, so dpkg-shlibdeps cannot see them: the SVG icon engine and image plugins.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6")
# klist/kinit for admins who want to compare; pkexec for privileged read-only collection.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "krb5-user, pkexec")
include(CPack)
