// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace keyscout {

// A built-in rule's name or description in the window's language (translations/, context keyscout::Rules;
// the strings come from core/rules/RuleStrings.cpp, generated from the catalogue). A rule of the person's own
// rule files, or a language without the string, shows the catalogue's text as it is. Reports keep the
// catalogue's English: they are read by tools and merged across machines.
inline QString ruleText(const QString& catalogueText)
{
    return QCoreApplication::translate("keyscout::Rules", catalogueText.toUtf8().constData());
}

// Every string of core/rules/RuleStrings.cpp, ending with nullptr (tst_translations checks it against the
// catalogue).
const char* const* builtinRuleStrings();

} // namespace keyscout
