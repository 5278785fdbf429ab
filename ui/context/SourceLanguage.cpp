// SPDX-License-Identifier: GPL-3.0-or-later
#include "SourceLanguage.h"

#include <QCoreApplication>
#include <optional>

namespace keyscout {

namespace {

struct NamedLanguage {
    QLatin1String name;
    SourceLanguage language;
};

// Whole file names (lower case) that say more than their extension: dotfiles have none, and some well-known
// files use a format their name does not show (HF's stored_tokens and .pypirc are INI, Pipfile is TOML).
constexpr NamedLanguage kFileNames[] = {
    {QLatin1String(".env"), SourceLanguage::Env},
    {QLatin1String(".envrc"), SourceLanguage::Env},
    // Both hold URLs or machine/login/password words, not a format worth colouring.
    {QLatin1String(".git-credentials"), SourceLanguage::PlainText},
    {QLatin1String("token"), SourceLanguage::PlainText},
    {QLatin1String(".netrc"), SourceLanguage::Ini},
    {QLatin1String("_netrc"), SourceLanguage::Ini},
    {QLatin1String("stored_tokens"), SourceLanguage::Ini},
    {QLatin1String(".gitconfig"), SourceLanguage::Ini},
    {QLatin1String(".pypirc"), SourceLanguage::Ini},
    {QLatin1String(".s3cfg"), SourceLanguage::Ini},
    {QLatin1String(".npmrc"), SourceLanguage::Ini},
    {QLatin1String(".editorconfig"), SourceLanguage::Ini},
    {QLatin1String(".python_history"), SourceLanguage::Python},
    {QLatin1String(".condarc"), SourceLanguage::Yaml},
    {QLatin1String("pipfile"), SourceLanguage::Toml},
    {QLatin1String("poetry.lock"), SourceLanguage::Toml},
    {QLatin1String("uv.lock"), SourceLanguage::Toml},
    {QLatin1String(".bashrc"), SourceLanguage::Shell},
    {QLatin1String(".bash_profile"), SourceLanguage::Shell},
    {QLatin1String(".bash_login"), SourceLanguage::Shell},
    {QLatin1String(".bash_logout"), SourceLanguage::Shell},
    {QLatin1String(".bash_aliases"), SourceLanguage::Shell},
    {QLatin1String(".bash_history"), SourceLanguage::Shell},
    {QLatin1String(".profile"), SourceLanguage::Shell},
    {QLatin1String(".zshrc"), SourceLanguage::Shell},
    {QLatin1String(".zshenv"), SourceLanguage::Shell},
    {QLatin1String(".zprofile"), SourceLanguage::Shell},
    {QLatin1String(".zlogin"), SourceLanguage::Shell},
    {QLatin1String(".zlogout"), SourceLanguage::Shell},
    {QLatin1String(".zsh_history"), SourceLanguage::Shell},
    {QLatin1String(".zhistory"), SourceLanguage::Shell},
    {QLatin1String(".sh_history"), SourceLanguage::Shell},
    {QLatin1String(".kshrc"), SourceLanguage::Shell},
    // Virtualenv and conda put their activation scripts in bin/ without an extension.
    {QLatin1String("activate"), SourceLanguage::Shell},
};

constexpr NamedLanguage kExtensions[] = {
    {QLatin1String("env"), SourceLanguage::Env},
    {QLatin1String("ini"), SourceLanguage::Ini},
    {QLatin1String("cfg"), SourceLanguage::Ini},
    {QLatin1String("conf"), SourceLanguage::Ini},
    {QLatin1String("py"), SourceLanguage::Python},
    {QLatin1String("pyw"), SourceLanguage::Python},
    {QLatin1String("pyi"), SourceLanguage::Python},
    {QLatin1String("json"), SourceLanguage::Json},
    {QLatin1String("jsonc"), SourceLanguage::Json},
    {QLatin1String("jsonl"), SourceLanguage::Json},
    {QLatin1String("ndjson"), SourceLanguage::Json},
    // A notebook is shown as the JSON it is stored as; cells are not unpacked here.
    {QLatin1String("ipynb"), SourceLanguage::Json},
    {QLatin1String("yaml"), SourceLanguage::Yaml},
    {QLatin1String("yml"), SourceLanguage::Yaml},
    {QLatin1String("toml"), SourceLanguage::Toml},
    {QLatin1String("sh"), SourceLanguage::Shell},
    {QLatin1String("bash"), SourceLanguage::Shell},
    {QLatin1String("zsh"), SourceLanguage::Shell},
    {QLatin1String("ksh"), SourceLanguage::Shell},
    {QLatin1String("diff"), SourceLanguage::Diff},
    {QLatin1String("patch"), SourceLanguage::Diff},
    {QLatin1String("md"), SourceLanguage::Markdown},
    {QLatin1String("markdown"), SourceLanguage::Markdown},
};

// Copies people leave next to the original ("settings.py.bak", "config.yaml~") keep the original's format,
// and are where forgotten tokens tend to live.
constexpr QLatin1String kBackupSuffixes[] = {QLatin1String("~"), QLatin1String(".bak"),
                                             QLatin1String(".orig"), QLatin1String(".old")};

std::optional<SourceLanguage> lookUp(const auto& table, const QString& key)
{
    for (const NamedLanguage& entry : table) {
        if (entry.name == key) {
            return entry.language;
        }
    }
    return std::nullopt;
}

// Generic names whose format depends on the tool that owns the folder they are in.
std::optional<SourceLanguage> languageByFolder(const QString& name, const QString& folder)
{
    if (name == QLatin1String("config")) {
        // .git/config and ~/.config/git/config are git's INI dialect, ~/.aws/config is INI, ~/.kube/config
        // is YAML; ~/.ssh/config and the rest are their own formats.
        if (folder == QLatin1String(".git") || folder == QLatin1String("git") ||
            folder == QLatin1String(".aws")) {
            return SourceLanguage::Ini;
        }
        if (folder == QLatin1String(".kube")) {
            return SourceLanguage::Yaml;
        }
        return SourceLanguage::PlainText;
    }
    if (name == QLatin1String("credentials")) {
        // Cargo's registry token file is TOML; AWS's shared credentials file (and most others) INI.
        return folder == QLatin1String(".cargo") ? SourceLanguage::Toml : SourceLanguage::Ini;
    }
    return std::nullopt;
}

SourceLanguage languageForName(const QString& name, const QString& folder)
{
    if (const auto byFolder = languageByFolder(name, folder)) {
        return *byFolder;
    }
    if (const auto byName = lookUp(kFileNames, name)) {
        return *byName;
    }
    // .env.local, .env.production, .env.example: dotenv's per-environment files.
    if (name.startsWith(QLatin1String(".env."))) {
        return SourceLanguage::Env;
    }
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    if (dot >= 0) {
        if (const auto byExtension = lookUp(kExtensions, name.mid(dot + 1))) {
            return *byExtension;
        }
    }
    for (const QLatin1String suffix : kBackupSuffixes) {
        if (name.endsWith(suffix) && name.size() > suffix.size()) {
            return languageForName(name.chopped(suffix.size()), folder);
        }
    }
    return SourceLanguage::PlainText;
}

} // namespace

SourceLanguage languageForFileName(const QString& path)
{
    // Names compare case-insensitively: "Pipfile", "NOTES.MD" and ".ENV" mean what they say.
    const QString lower = path.toLower();
    const qsizetype slash = lower.lastIndexOf(QLatin1Char('/'));
    const QString name = lower.mid(slash + 1);
    QString folder;
    if (slash > 0) {
        const qsizetype previous = lower.lastIndexOf(QLatin1Char('/'), slash - 1);
        folder = lower.mid(previous + 1, slash - previous - 1);
    }
    return languageForName(name, folder);
}

QString languageName(SourceLanguage language)
{
    const char* name = nullptr;
    switch (language) {
    case SourceLanguage::PlainText:
        name = QT_TRANSLATE_NOOP("keyscout::SourceLanguage", "Plain text");
        break;
    case SourceLanguage::Env:
        name = QT_TRANSLATE_NOOP("keyscout::SourceLanguage", "Environment file");
        break;
    case SourceLanguage::Ini:
        name = QT_TRANSLATE_NOOP("keyscout::SourceLanguage", "INI configuration");
        break;
    case SourceLanguage::Python:
        name = QT_TRANSLATE_NOOP("keyscout::SourceLanguage", "Python");
        break;
    case SourceLanguage::Json:
        name = QT_TRANSLATE_NOOP("keyscout::SourceLanguage", "JSON");
        break;
    case SourceLanguage::Yaml:
        name = QT_TRANSLATE_NOOP("keyscout::SourceLanguage", "YAML");
        break;
    case SourceLanguage::Toml:
        name = QT_TRANSLATE_NOOP("keyscout::SourceLanguage", "TOML");
        break;
    case SourceLanguage::Shell:
        name = QT_TRANSLATE_NOOP("keyscout::SourceLanguage", "Shell script");
        break;
    case SourceLanguage::Diff:
        name = QT_TRANSLATE_NOOP("keyscout::SourceLanguage", "Diff");
        break;
    case SourceLanguage::Markdown:
        name = QT_TRANSLATE_NOOP("keyscout::SourceLanguage", "Markdown");
        break;
    }
    return name == nullptr ? QString() : QCoreApplication::translate("keyscout::SourceLanguage", name);
}

SourceLanguage languageForName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("python") || n == QLatin1String("ipython") ||
        n.startsWith(QLatin1String("python"))) {
        return SourceLanguage::Python;
    }
    if (n == QLatin1String("markdown")) {
        return SourceLanguage::Markdown;
    }
    if (n == QLatin1String("bash") || n == QLatin1String("sh") || n == QLatin1String("shell") ||
        n == QLatin1String("zsh")) {
        return SourceLanguage::Shell;
    }
    if (n == QLatin1String("json")) {
        return SourceLanguage::Json;
    }
    if (n == QLatin1String("yaml")) {
        return SourceLanguage::Yaml;
    }
    if (n == QLatin1String("toml")) {
        return SourceLanguage::Toml;
    }
    return SourceLanguage::PlainText;
}

} // namespace keyscout
