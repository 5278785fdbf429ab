// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <string_view>

namespace keyscout {

// The one way Keyscout shows a secret without revealing it: the rule's literal prefix, the first four and
// last four characters of the body (`hf_AbCd…WxYz`); shorter bodies show less, down to nothing.
QString maskSecret(std::string_view secret, std::string_view prefix);

} // namespace keyscout
