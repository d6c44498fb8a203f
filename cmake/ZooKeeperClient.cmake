# SPDX-License-Identifier: GPL-3.0-or-later
# Defines the target Portier::ZooKeeper (the multi-threaded ZooKeeper C client) and
# PORTIER_ZK_SASL (1 when the client can open SASL/Kerberos sessions).
#
# PORTIER_ZOOKEEPER_CLIENT:
#   auto   - the SASL build in PORTIER_ZOOKEEPER_PREFIX when present, else the system library
#   sasl   - the SASL build; configuring fails when it is missing
#   system - Debian's libzookeeper-mt (no SASL: Kerberos sessions are unavailable)
# installer/deps/build-zookeeper-client.sh makes the SASL build (DESIGN.md, Decisions 2).
set(PORTIER_ZOOKEEPER_CLIENT "auto" CACHE STRING "ZooKeeper C client: auto, sasl or system")
set_property(CACHE PORTIER_ZOOKEEPER_CLIENT PROPERTY STRINGS auto sasl system)
set(PORTIER_ZOOKEEPER_PREFIX "${PROJECT_SOURCE_DIR}/build/deps/zookeeper" CACHE PATH
    "Prefix of the SASL-enabled ZooKeeper C client")

find_package(Threads REQUIRED)
set(_zk_sasl_lib "${PORTIER_ZOOKEEPER_PREFIX}/lib/libzookeeper.a")
set(_zk_use_sasl FALSE)
if(PORTIER_ZOOKEEPER_CLIENT STREQUAL "sasl" OR PORTIER_ZOOKEEPER_CLIENT STREQUAL "auto")
    if(EXISTS "${_zk_sasl_lib}")
        set(_zk_use_sasl TRUE)
    elseif(PORTIER_ZOOKEEPER_CLIENT STREQUAL "sasl")
        message(FATAL_ERROR "PORTIER_ZOOKEEPER_CLIENT=sasl but ${_zk_sasl_lib} is missing. "
            "Run installer/deps/build-zookeeper-client.sh (installer/setup.sh does).")
    endif()
elseif(NOT PORTIER_ZOOKEEPER_CLIENT STREQUAL "system")
    message(FATAL_ERROR "PORTIER_ZOOKEEPER_CLIENT must be auto, sasl or system")
endif()

add_library(Portier::ZooKeeper INTERFACE IMPORTED)
if(_zk_use_sasl)
    pkg_check_modules(SASL2 REQUIRED IMPORTED_TARGET libsasl2)
    target_include_directories(Portier::ZooKeeper SYSTEM INTERFACE
        "${PORTIER_ZOOKEEPER_PREFIX}/include/zookeeper")
    target_link_libraries(Portier::ZooKeeper INTERFACE
        "${_zk_sasl_lib}" "${PORTIER_ZOOKEEPER_PREFIX}/lib/libhashtable.a"
        PkgConfig::SASL2 Threads::Threads rt m)
    target_compile_definitions(Portier::ZooKeeper INTERFACE HAVE_CYRUS_SASL_H THREADED
        PORTIER_ZK_SASL=1)
    set(PORTIER_ZK_SASL 1)
    message(STATUS "ZooKeeper C client: SASL build in ${PORTIER_ZOOKEEPER_PREFIX}")
else()
    find_path(ZOOKEEPER_INCLUDE_DIR zookeeper/zookeeper.h REQUIRED)
    find_library(ZOOKEEPER_MT_LIBRARY zookeeper_mt REQUIRED)
    target_include_directories(Portier::ZooKeeper SYSTEM INTERFACE
        "${ZOOKEEPER_INCLUDE_DIR}/zookeeper")
    target_link_libraries(Portier::ZooKeeper INTERFACE "${ZOOKEEPER_MT_LIBRARY}" Threads::Threads)
    target_compile_definitions(Portier::ZooKeeper INTERFACE THREADED PORTIER_ZK_SASL=0)
    set(PORTIER_ZK_SASL 0)
    message(STATUS "ZooKeeper C client: system ${ZOOKEEPER_MT_LIBRARY} (no SASL; Kerberos "
        "sessions unavailable)")
endif()
