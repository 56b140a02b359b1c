# Install rules and CPack packages (issue: packaging). Included from the top-level CMakeLists.
#   Linux:   cpack --preset release   -> clinicdesk_<v>_amd64.deb, clinicdesk-server_<v>_amd64.deb,
#                                         and relocatable .tar.gz archives of both
#   Windows: cpack --preset windows   -> an NSIS installer (see docs/operations.md)
include(GNUInstallDirs)

set(CLINIC_PACKAGING_DIR ${PROJECT_SOURCE_DIR}/packaging)

# --- Desktop: the app, its admin and headless sync tools, menu entry, icon, AppStream data. ---
install(TARGETS clinicdesk clinicdesk-admin clinicdesk-sync RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT desktop)
if(UNIX AND NOT APPLE)
    install(FILES ${CLINIC_PACKAGING_DIR}/linux/clinicdesk.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT desktop)
    install(FILES ${CLINIC_PACKAGING_DIR}/linux/clinicdesk.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps COMPONENT desktop)
    install(FILES ${CLINIC_PACKAGING_DIR}/linux/org.clinicdesk.ClinicDesk.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT desktop)
endif()
install(FILES ${PROJECT_SOURCE_DIR}/docs/user-guide.md DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/clinicdesk COMPONENT desktop)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/images DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/clinicdesk COMPONENT desktop)

if(WIN32)
    # Qt's DLLs, plugins (platform, sqldrivers, printsupport) next to the executables.
    find_program(CLINIC_WINDEPLOYQT windeployqt HINTS ${Qt6_DIR}/../../../bin)
    if(CLINIC_WINDEPLOYQT)
        install(CODE "execute_process(COMMAND \"${CLINIC_WINDEPLOYQT}\" --release --no-translations --compiler-runtime
                      \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/clinicdesk.exe\")" COMPONENT desktop)
    endif()
endif()

# --- Server: the binary, its settings, the systemd unit, the operations guide. ---
install(TARGETS clinicdesk-server RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT server)
if(UNIX AND NOT APPLE)
    # Absolute: these belong to the system, not to the prefix (a conffile in the .deb).
    install(FILES ${CLINIC_PACKAGING_DIR}/server/server.conf DESTINATION /etc/clinicdesk COMPONENT server)
    install(FILES ${CLINIC_PACKAGING_DIR}/server/clinicdesk-server.service DESTINATION /lib/systemd/system COMPONENT server)
endif()
install(FILES ${PROJECT_SOURCE_DIR}/docs/operations.md ${PROJECT_SOURCE_DIR}/docs/sync-protocol.md
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/clinicdesk-server COMPONENT server)

# --- CPack ---
set(CPACK_PACKAGE_NAME clinicdesk)
set(CPACK_PACKAGE_VENDOR "ClinicDesk")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Offline-first desk software for small clinics")
set(CPACK_PACKAGE_CONTACT "ClinicDesk maintainers <maintainers@clinicdesk.invalid>")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "ClinicDesk")
set(CPACK_COMPONENTS_ALL desktop server)
set(CPACK_COMPONENT_DESKTOP_DISPLAY_NAME "ClinicDesk")
set(CPACK_COMPONENT_SERVER_DISPLAY_NAME "ClinicDesk sync server")
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/packages)

if(WIN32)
    set(CPACK_GENERATOR NSIS)
    set(CPACK_NSIS_PACKAGE_NAME "ClinicDesk")
    set(CPACK_NSIS_DISPLAY_NAME "ClinicDesk ${PROJECT_VERSION}")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_MODIFY_PATH OFF)
    # Start-menu entry; the uninstaller is created by NSIS and listed in Apps & features.
    set(CPACK_PACKAGE_EXECUTABLES "clinicdesk;ClinicDesk")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\clinicdesk.exe")
    set(CPACK_COMPONENTS_ALL desktop)  # the server is deployed on Linux
else()
    set(CPACK_GENERATOR DEB TGZ)
    set(CPACK_DEB_COMPONENT_INSTALL ON)
    set(CPACK_ARCHIVE_COMPONENT_INSTALL ON)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION misc)
    set(CPACK_DEBIAN_DESKTOP_PACKAGE_NAME clinicdesk)
    set(CPACK_DEBIAN_DESKTOP_PACKAGE_SECTION misc)
    set(CPACK_DEBIAN_DESKTOP_PACKAGE_DEPENDS
        "libqt6core6 (>= 6.4), libqt6gui6 (>= 6.4), libqt6widgets6 (>= 6.4), libqt6network6 (>= 6.4), libqt6sql6-sqlite (>= 6.4), libqt6printsupport6 (>= 6.4), libqt6charts6 (>= 6.4), libsqlite3-0, libspdlog1.10, libfmt9, fonts-dejavu-core")
    set(CPACK_DEBIAN_SERVER_PACKAGE_NAME clinicdesk-server)
    set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
    set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS
        "libqt6core6 (>= 6.4), libqt6network6 (>= 6.4), libqt6sql6-sqlite (>= 6.4), libqt6sql6-psql (>= 6.4), libpq5, libspdlog1.10, libfmt9, adduser")
    configure_file(${CLINIC_PACKAGING_DIR}/server/conffiles.in ${PROJECT_BINARY_DIR}/packaging/server/conffiles COPYONLY)
    set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
        "${CLINIC_PACKAGING_DIR}/server/postinst;${CLINIC_PACKAGING_DIR}/server/prerm;${PROJECT_BINARY_DIR}/packaging/server/conffiles")
    set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_STRICT_PERMISSION ON)
endif()
include(CPack)
