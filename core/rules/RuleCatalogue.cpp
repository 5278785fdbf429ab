// SPDX-License-Identifier: GPL-3.0-or-later
#include "RuleCatalogue.h"

#include "RuleTestRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <re2/re2.h>
#include <stdexcept>

namespace keyscout {

namespace {

constexpr int kMaxWindow = 4096; // the matcher's chunk overlap is sized from this (Matcher::kMaxWindow)

std::string utf8(const QString& s)
{
    return s.toStdString();
}

QString stringField(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

// Parses one rule object; returns an error reason, empty when the rule is good.
QString parseRule(const QJsonObject& o, Rule& rule)
{
    rule.id = stringField(o, "id");
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9._-]*$"));
    if (!idPattern.match(rule.id).hasMatch()) {
        return QStringLiteral("\"id\" must be lower-case letters, digits, '.', '_' or '-'");
    }
    for (const char* key : {"name", "provider", "provider_name", "description", "pattern"}) {
        if (stringField(o, key).trimmed().isEmpty()) {
            return QStringLiteral("\"%1\" is missing or empty").arg(QLatin1String(key));
        }
    }
    rule.name = stringField(o, "name");
    rule.provider = stringField(o, "provider");
    rule.providerName = stringField(o, "provider_name");
    rule.description = stringField(o, "description");
    rule.verifier = stringField(o, "verifier");
    rule.guide = stringField(o, "guide");
    for (const auto& ref : o.value(QLatin1String("references")).toArray()) {
        rule.references << ref.toString();
    }

    const auto severity = severityFromName(stringField(o, "severity"));
    if (!severity) {
        return QStringLiteral("\"severity\" must be one of critical, high, medium, low, info");
    }
    rule.severity = *severity;
    const auto confidence = confidenceFromName(stringField(o, "confidence"));
    if (!confidence) {
        return QStringLiteral("\"confidence\" must be one of high, medium, low");
    }
    rule.confidence = *confidence;

    const QJsonArray keywords = o.value(QLatin1String("keywords")).toArray();
    for (const auto& k : keywords) {
        const QString kw = k.toString();
        // Vectorscan's literal API refuses a keyword that starts with NUL (and would stop the whole scan).
        if (kw.isEmpty() || kw.contains(QChar(0))) {
            return QStringLiteral("\"keywords\" must hold non-empty strings without NUL characters");
        }
        rule.keywords.push_back(utf8(kw));
    }
    if (rule.keywords.empty()) {
        // Without a keyword the pattern would have to run over every byte: never allowed.
        return QStringLiteral("\"keywords\" must list at least one literal");
    }
    rule.keywordsIgnoreCase = o.value(QLatin1String("keywords_ignore_case")).toBool(false);

    rule.pattern = utf8(stringField(o, "pattern"));
    RE2::Options options;
    options.set_log_errors(false);
    options.set_max_mem(8 << 20);
    auto regex = std::make_shared<RE2>(rule.pattern, options);
    if (!regex->ok()) {
        return QStringLiteral("\"pattern\" is not valid RE2: %1").arg(QString::fromStdString(regex->error()));
    }
    const auto& named = regex->NamedCapturingGroups();
    const auto secretIt = named.find("secret");
    if (secretIt != named.end()) {
        rule.secretGroup = secretIt->second;
    } else if (regex->NumberOfCapturingGroups() >= 1) {
        rule.secretGroup = 1;
    } else {
        return QStringLiteral("\"pattern\" needs a capture group for the secret");
    }
    rule.regex = std::move(regex);

    const QString boundary = o.value(QLatin1String("boundary")).toString(QStringLiteral("token"));
    if (boundary == QLatin1String("token")) {
        rule.boundary = Rule::Boundary::Token;
    } else if (boundary == QLatin1String("none")) {
        rule.boundary = Rule::Boundary::None;
    } else {
        return QStringLiteral("\"boundary\" must be \"token\" or \"none\"");
    }
    rule.prefix = utf8(stringField(o, "prefix"));
    rule.minEntropy = o.value(QLatin1String("min_entropy")).toDouble(0.0);
    rule.minLength = o.value(QLatin1String("min_length")).toInt(0);
    if (rule.minEntropy < 0 || rule.minEntropy > 8 || rule.minLength < 0) {
        return QStringLiteral("\"min_entropy\" must be 0–8 bits and \"min_length\" not negative");
    }
    for (const auto& p : o.value(QLatin1String("paths")).toArray()) {
        if (p.toString().isEmpty()) {
            return QStringLiteral("\"paths\" must hold non-empty globs");
        }
        rule.paths.emplace_back(utf8(p.toString()));
    }
    const QString anchor = o.value(QLatin1String("anchor")).toString(QStringLiteral("window"));
    if (anchor != QLatin1String("window") && anchor != QLatin1String("keyword")) {
        return QStringLiteral("\"anchor\" must be \"keyword\" or \"window\"");
    }
    rule.anchoredAtKeyword = anchor == QLatin1String("keyword");
    rule.rejectCodeValues = o.value(QLatin1String("reject_code_values")).toBool(false);
    const QJsonObject window = o.value(QLatin1String("window")).toObject();
    rule.windowBefore = window.value(QLatin1String("before")).toInt(rule.windowBefore);
    rule.windowAfter = window.value(QLatin1String("after")).toInt(rule.windowAfter);
    if (rule.windowBefore < 0 || rule.windowAfter < 1 || rule.windowBefore > kMaxWindow ||
        rule.windowAfter > kMaxWindow) {
        return QStringLiteral("\"window\" sizes must be between 0 and %1 bytes").arg(kMaxWindow);
    }

    const QJsonObject tests = o.value(QLatin1String("tests")).toObject();
    for (const auto& t : tests.value(QLatin1String("positive")).toArray()) {
        const QJsonObject to = t.toObject();
        Rule::PositiveTest pt{utf8(stringField(to, "input")), utf8(stringField(to, "secret")),
                              utf8(stringField(to, "path"))};
        if (pt.input.empty() || pt.secret.empty()) {
            return QStringLiteral("a positive test needs \"input\" and \"secret\"");
        }
        rule.positiveTests.push_back(std::move(pt));
    }
    for (const auto& t : tests.value(QLatin1String("negative")).toArray()) {
        Rule::NegativeTest nt;
        if (t.isString()) {
            nt.input = utf8(t.toString());
        } else {
            nt.input = utf8(stringField(t.toObject(), "input"));
            nt.path = utf8(stringField(t.toObject(), "path"));
        }
        if (nt.input.empty()) {
            return QStringLiteral("a negative test is an empty string");
        }
        rule.negativeTests.push_back(std::move(nt));
    }
    if (rule.positiveTests.empty() || rule.negativeTests.empty()) {
        return QStringLiteral("\"tests\" needs at least one positive and one negative vector");
    }
    return {};
}

} // namespace

QString RuleError::toString() const
{
    if (ruleId.isEmpty()) {
        return QStringLiteral("%1: %2").arg(file, reason);
    }
    return QStringLiteral("%1: rule %2: %3").arg(file, ruleId, reason);
}

RuleCatalogue RuleCatalogue::builtin()
{
    RuleCatalogue catalogue;
    const QDir dir(QStringLiteral(":/rules"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& name : files) {
        catalogue.loadFile(dir.filePath(name), false);
    }
    return catalogue;
}

QString RuleCatalogue::userRulesDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/keyscout/rules");
}

RuleCatalogue RuleCatalogue::withUserRules(const QStringList& extraFiles)
{
    RuleCatalogue catalogue = builtin();
    const QDir userDir(userRulesDirectory());
    if (userDir.exists()) {
        const QStringList files = userDir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (const QString& name : files) {
            catalogue.loadFile(userDir.filePath(name), true);
        }
    }
    for (const QString& file : extraFiles) {
        catalogue.loadFile(file, true);
    }
    return catalogue;
}

bool RuleCatalogue::loadFile(const QString& path, bool checkTests)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_errors.append({path, {}, QStringLiteral("cannot read the file: %1").arg(file.errorString())});
        return false;
    }
    constexpr qint64 kMaxRuleFile = 16 << 20;
    if (file.size() > kMaxRuleFile) {
        m_errors.append({path, {}, QStringLiteral("larger than 16 MiB; not a rule file")});
        return false;
    }
    return loadJson(file.readAll(), path, checkTests);
}

bool RuleCatalogue::loadJson(const QByteArray& json, const QString& fileName, bool checkTests)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        m_errors.append({fileName,
                         {},
                         QStringLiteral("not valid JSON at byte %1: %2")
                             .arg(parseError.offset)
                             .arg(parseError.errorString())});
        return false;
    }
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toInt() != 1) {
        m_errors.append({fileName, {}, QStringLiteral("\"format\" must be 1")});
        return false;
    }
    if (!root.value(QLatin1String("rules")).isArray()) {
        m_errors.append({fileName, {}, QStringLiteral("\"rules\" must be an array")});
        return false;
    }

    QSet<QString> known;
    for (const Rule& r : m_rules) {
        known.insert(r.id);
    }
    std::vector<Rule> parsed;
    QList<RuleError> errors;
    int index = 0;
    for (const auto& value : root.value(QLatin1String("rules")).toArray()) {
        ++index;
        Rule rule;
        rule.sourceFile = fileName;
        const QString reason = parseRule(value.toObject(), rule);
        const QString label = rule.id.isEmpty() ? QStringLiteral("#%1").arg(index) : rule.id;
        if (!reason.isEmpty()) {
            errors.append({fileName, label, reason});
            continue;
        }
        if (known.contains(rule.id)) {
            errors.append({fileName, label, QStringLiteral("the id is already used by another rule")});
            continue;
        }
        known.insert(rule.id);
        parsed.push_back(std::move(rule));
    }
    if (errors.isEmpty() && checkTests) {
        try {
            for (const RuleTestFailure& f : RuleTestRunner(parsed).run()) {
                errors.append({fileName, f.ruleId, f.reason});
            }
        } catch (const std::runtime_error& e) { // the keywords do not compile: a file to reject, not a crash
            errors.append({fileName, {}, QString::fromStdString(e.what())});
        }
    }
    if (!errors.isEmpty()) {
        m_errors.append(errors);
        return false;
    }
    const QString version = root.value(QLatin1String("version")).toString();
    const QString label = QStringLiteral("%1 %2").arg(
        root.value(QLatin1String("catalogue")).toString(QFileInfo(fileName).fileName()), version);
    if (!m_version.contains(label)) {
        m_version = m_version.isEmpty() ? label : m_version + QStringLiteral(", ") + label;
    }
    for (Rule& r : parsed) {
        m_rules.push_back(std::move(r));
    }
    return true;
}

const Rule* RuleCatalogue::findRule(const QString& id) const
{
    for (const Rule& r : m_rules) {
        if (r.id == id) {
            return &r;
        }
    }
    return nullptr;
}

} // namespace keyscout
