// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findings/Severity.h"
#include "sources/GlobPattern.h"

#include <QString>
#include <QStringList>
#include <memory>
#include <string>
#include <vector>

namespace re2 {
class RE2;
}

namespace keyscout {

// One detection rule, as read from a rule file (resources/rules/README.md documents the format).
struct Rule {
    enum class Boundary { Token, None };

    struct PositiveTest {
        std::string input;
        std::string secret;
        std::string path;
    };
    struct NegativeTest {
        std::string input;
        std::string path;
    };

    QString id;
    QString name;
    QString provider;
    QString providerName;
    QString description;
    QString verifier;
    QString guide;
    QStringList references;
    QString sourceFile; // the rule file it came from (":/rules/..." for built-ins)

    Severity severity = Severity::Medium;
    Confidence confidence = Confidence::Medium;

    std::vector<std::string> keywords;
    bool keywordsIgnoreCase = false;
    std::string pattern;
    std::shared_ptr<const re2::RE2> regex; // compiled `pattern`; RE2 is safe to share between threads
    int secretGroup = 1;
    Boundary boundary = Boundary::Token;
    std::string prefix;
    double minEntropy = 0.0;
    int minLength = 0;
    std::vector<GlobPattern> paths;
    int windowBefore = 96;
    int windowAfter = 320;
    // Every match starts where a keyword starts: the pattern is tried anchored at each keyword hit instead of
    // searched through a window around it, which costs a few bytes per near-miss ("tokenizer", "hf_hub").
    bool anchoredAtKeyword = false;
    // Drop values that read as code rather than as a credential (`self.client_secret`, `args.api_key2`,
    // `projects/p/secrets/s/versions/2`, `V1SecretVolumeSource`, `imdsv2_session_token`): generic rules only.
    bool rejectCodeValues = false;

    std::vector<PositiveTest> positiveTests;
    std::vector<NegativeTest> negativeTests;
};

} // namespace keyscout
