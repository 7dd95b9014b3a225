# The Debian package (CPack): `cmake --build build --target package`, or tools/package for a
# release build of its own. What goes where:
#   /usr/bin/openday-kiosk, kiosk-pack, kiosk-say          the kiosk, the staff tool, speech check
#   /usr/share/openday-kiosk/content, pictures, ...        the default content, the picture library,
#                                                          the qualification list, the example key
#   /usr/share/openday-kiosk/portfolio-viewer              the static page the QR code opens
#   /etc/openday-kiosk/kiosk.ini, /etc/default/openday-kiosk   settings (conffiles)
#   /lib/systemd/system/openday-kiosk.service              the booth service (tools/debian/)
#   /usr/lib/sysusers.d/openday-kiosk.conf                 its user
#   /lib/udev/rules.d/90-openday-kiosk-usb.rules           USB sticks, mounted read-only
# The programs find their data from where they are installed (kiosk/config/install_dirs.h), so
# the same build also runs from its tree. Fonts and libraries are dependencies, not copies.
include(GNUInstallDirs)
set(debian_dir "${CMAKE_CURRENT_LIST_DIR}")
set(data_dir "${CMAKE_INSTALL_DATADIR}/openday-kiosk")
set(doc_dir "${CMAKE_INSTALL_DATADIR}/doc/openday-kiosk")
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

# The kiosk's target keeps its short name in the build tree (build/kiosk/kiosk, as the README
# and the tests call it); installed it is openday-kiosk. install(PROGRAMS) does not strip, so
# a stripped package (CPACK_STRIP_FILES) strips it here.
install(PROGRAMS "$<TARGET_FILE:kiosk>" DESTINATION "${CMAKE_INSTALL_BINDIR}" RENAME openday-kiosk)
install(CODE "if(CMAKE_INSTALL_DO_STRIP)
  execute_process(COMMAND \"${CMAKE_STRIP}\" \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/openday-kiosk\")
endif()")
install(TARGETS kiosk-pack kiosk-say RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")

install(DIRECTORY "${PROJECT_SOURCE_DIR}/content/" DESTINATION "${data_dir}/content")
install(DIRECTORY "${KIOSK_PICTURES_DIR}/" DESTINATION "${data_dir}/pictures" FILES_MATCHING PATTERN "*.png")
install(FILES "${PROJECT_SOURCE_DIR}/assets/kwalificaties-mbo-2015.csv" DESTINATION "${data_dir}")
# The development key's public half, only to try the kiosk on its example content (the
# default content is signed with it); /etc/default/openday-kiosk says why never at an event.
install(FILES "${PROJECT_SOURCE_DIR}/tools/dev-key/dev.pub" DESTINATION "${data_dir}/dev-key")
install(DIRECTORY "${PROJECT_SOURCE_DIR}/tools/portfolio-viewer/" DESTINATION "${data_dir}/portfolio-viewer"
        PATTERN ".gitignore" EXCLUDE)

install(FILES "${debian_dir}/kiosk.ini" DESTINATION /etc/openday-kiosk)
install(FILES "${debian_dir}/default" DESTINATION /etc/default RENAME openday-kiosk)
# Debian 12 keeps units and udev rules under /lib (its lintian says so); sysusers.d is /usr/lib.
install(FILES "${debian_dir}/openday-kiosk.service" DESTINATION /lib/systemd/system)
install(FILES "${debian_dir}/90-openday-kiosk-usb.rules" DESTINATION /lib/udev/rules.d)
install(FILES "${debian_dir}/openday-kiosk.sysusers" DESTINATION lib/sysusers.d RENAME openday-kiosk.conf)

install(FILES "${PROJECT_SOURCE_DIR}/README.md" "${debian_dir}/copyright" DESTINATION "${doc_dir}")
file(GLOB docs "${PROJECT_SOURCE_DIR}/docs/*.md")
install(FILES ${docs} DESTINATION "${doc_dir}")

set(KIOSK_PACKAGE_MAINTAINER "Open-day kiosk maintainers <openday-kiosk@example.org>"
    CACHE STRING "The package's Maintainer field: name <e-mail> of whoever hands out the .deb")
# A native package's changelog, compressed as Debian wants it (gzip -9n: no name, no time).
string(TIMESTAMP changelog_date "%a, %d %b %Y %H:%M:%S +0000" UTC)
configure_file("${debian_dir}/changelog.in" "${CMAKE_BINARY_DIR}/debian/changelog" @ONLY)
add_custom_command(OUTPUT "${CMAKE_BINARY_DIR}/debian/changelog.gz"
  COMMAND gzip -9nc "${CMAKE_BINARY_DIR}/debian/changelog" > "${CMAKE_BINARY_DIR}/debian/changelog.gz"
  DEPENDS "${CMAKE_BINARY_DIR}/debian/changelog" VERBATIM)
# A manual page for each program, compressed the same way.
set(debian_files "${CMAKE_BINARY_DIR}/debian/changelog.gz")
foreach(program openday-kiosk kiosk-pack kiosk-say)
  set(page "${CMAKE_BINARY_DIR}/debian/man/${program}.1.gz")
  add_custom_command(OUTPUT "${page}"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${CMAKE_BINARY_DIR}/debian/man"
    COMMAND gzip -9nc "${debian_dir}/man/${program}.1" > "${page}"
    DEPENDS "${debian_dir}/man/${program}.1" VERBATIM)
  list(APPEND debian_files "${page}")
  install(FILES "${page}" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
endforeach()
add_custom_target(debian_files ALL DEPENDS ${debian_files})
install(FILES "${CMAKE_BINARY_DIR}/debian/changelog.gz" DESTINATION "${doc_dir}")

file(WRITE "${CMAKE_BINARY_DIR}/debian/conffiles" "/etc/openday-kiosk/kiosk.ini\n/etc/default/openday-kiosk\n")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME openday-kiosk)
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "${KIOSK_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${KIOSK_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "touchscreen kiosk for mbo open days and career fairs")
# CPack puts the summary above this as the synopsis line.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "A kiosk for the booth of a Dutch mbo school at its open day or a career fair.
A pupil taps through a few questions about how they want to learn, sees which
of the school's programmes fit and why, compares them, and takes a QR code and
a printed ticket home to their portfolio. Dutch, English, Turkish, Polish,
Ukrainian and Arabic; no names asked, only anonymous counts kept.
.
This package holds the kiosk (openday-kiosk), its systemd service that starts
it at boot on the console's screen and restarts it when it dies or hangs, the
staff tool for content packs (kiosk-pack), example content and the picture
library, and the static portfolio viewer page.")
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # openday-kiosk_VERSION_ARCH.deb, for this machine's architecture
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)   # the libraries, from what the programs link (dpkg-shlibdeps)
# What dpkg-shlibdeps cannot see: the fonts (found through fontconfig), the voices espeak-ng
# reads, mounting sticks (systemd-mount) and making the user. Drawing on the console (SDL's
# KMS/DRM driver) needs Mesa's EGL and GLES.
# libcups and libzip are opened when first needed (kiosk/system/shared_library.h), so
# dpkg-shlibdeps cannot see them either: the packages of the sonames the build compiled against.
set(opened_packages "")
foreach(variable cups_soname zip_soname)
  get_directory_property(soname DIRECTORY "${PROJECT_SOURCE_DIR}/kiosk" DEFINITION ${variable})
  execute_process(COMMAND dpkg-query -S "${soname}" OUTPUT_VARIABLE owner ERROR_QUIET OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT owner MATCHES "^([a-z0-9.+-]+)(:[a-z0-9]+)?: ")
    message(FATAL_ERROR "${soname} (${variable}): which Debian package holds it? (dpkg-query -S ${soname})")
  endif()
  string(APPEND opened_packages ", ${CMAKE_MATCH_1}")
endforeach()
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-noto-core, fontconfig, espeak-ng-data, adduser, systemd${opened_packages}")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libegl1, libegl-mesa0, libgles2, libgl1-mesa-dri")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "cups")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    "${debian_dir}/postinst;${debian_dir}/prerm;${debian_dir}/postrm;${CMAKE_BINARY_DIR}/debian/conffiles")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)
set(CPACK_STRIP_FILES TRUE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
include(CPack)
