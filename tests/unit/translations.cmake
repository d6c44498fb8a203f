# SPDX-License-Identifier: GPL-3.0-or-later
# The translations (ui/CMakeLists.txt builds them): the French catalogue compiled in under
# :/i18n/ translates console, model, backend and CLI strings, and every
# resources/translations/portier_*.ts is complete, its placeholders, accelerators and markup
# matching the source strings. KRB5_CONFIG: the backend check reads a keytab through libkrb5.
portier_add_test(NAME tst_translations SOURCES tst_translations.cpp
    LIBS portier_ui LABELS unit ENVIRONMENT KRB5_CONFIG=/dev/null)
target_compile_definitions(tst_translations PRIVATE
    PORTIER_TRANSLATIONS_DIR="${PROJECT_SOURCE_DIR}/resources/translations")
