# `cpack` (from the build directory) makes a Debian package of what `cmake --install`
# puts in place. Shared-library dependencies come from dpkg-shlibdeps (dpkg-dev); what
# the program needs that is not a linked library is listed by hand.

set(BACKSTRIDE_DEB_MAINTAINER
    "backstride maintainers <maintainers@users.noreply.r-seed-c56dc359.example>"
    CACHE STRING "Maintainer field of the Debian package")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME backstride)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${BACKSTRIDE_DEB_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "couch-to-5K planner for people with back pain")
# The long description; CPack puts the summary above it.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "backstride reads a person's profile and pain log (JSON), screens for reasons not
to start, replays the pain log through traffic-light pain-monitoring rules, and
prints a dated walk/jog plan that builds up gently, naming the rule behind each
decision. Plans export to JSON, iCalendar and CSV, and become printable
clinician handouts (Markdown, HTML, PDF). It works offline.
.
backstride does not diagnose: discuss the plan with a doctor or
physiotherapist.")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Not linked libraries, so dpkg-shlibdeps cannot find them: the PDF font, and the time
# zone database behind schedule.timezone.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core, tzdata")
# CJK names in PDF handouts fall back to this font.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-wqy-microhei")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "bash-completion")

include(CPack)
