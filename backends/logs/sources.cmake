# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(portier_backends PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/signature.cpp
    ${CMAKE_CURRENT_LIST_DIR}/signature.h
    ${CMAKE_CURRENT_LIST_DIR}/signature_catalogue.cpp
    ${CMAKE_CURRENT_LIST_DIR}/signature_catalogue.h
)
