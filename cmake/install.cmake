# cmake --install: headers, the ctdf::ctdf target, ctdfConfig.cmake with its
# version file and ctdf_add_dockerfile(), and a pkg-config file.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(CTDF_INSTALL_CMAKEDIR ${CMAKE_INSTALL_DATADIR}/cmake/ctdf)

install(TARGETS ctdf EXPORT ctdfTargets)
install(DIRECTORY include/ DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(EXPORT ctdfTargets NAMESPACE ctdf:: DESTINATION ${CTDF_INSTALL_CMAKEDIR})
configure_package_config_file(cmake/ctdfConfig.cmake.in ${PROJECT_BINARY_DIR}/ctdfConfig.cmake
                              INSTALL_DESTINATION ${CTDF_INSTALL_CMAKEDIR})
# Header-only: one version file fits every architecture.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/ctdfConfigVersion.cmake COMPATIBILITY SameMinorVersion
                                 ARCH_INDEPENDENT)
install(FILES ${PROJECT_BINARY_DIR}/ctdfConfig.cmake ${PROJECT_BINARY_DIR}/ctdfConfigVersion.cmake
              cmake/ctdf_add_dockerfile.cmake cmake/ctdf_extract.cmake
        DESTINATION ${CTDF_INSTALL_CMAKEDIR})

configure_file(cmake/ctdf.pc.in ${PROJECT_BINARY_DIR}/ctdf.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/ctdf.pc DESTINATION ${CMAKE_INSTALL_DATADIR}/pkgconfig)
