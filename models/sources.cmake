# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(portier_models PRIVATE)
