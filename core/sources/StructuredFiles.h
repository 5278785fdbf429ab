// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "detect/Matcher.h"
#include "findings/Finding.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <atomic>
#include <string_view>

namespace keyscout {

// The file formats Keyscout reads in their own terms (shared/FACTS.md), by file name.
enum class FileFormat {
    None,
    BashHistory,
    ZshHistory,
    FishHistory,
    PythonHistory,
    EnvFile,        // .env*, .envrc, shell start-up files, conda activation scripts
    GitCredentials, // ~/.git-credentials, $XDG_CONFIG_HOME/git/credentials
    Netrc,
    DockerConfig,   // ~/.docker/config.json, containers/auth.json
    HfStoredTokens, // $HF_HOME/stored_tokens
    HfTokenFile,    // $HF_HOME/token, ~/.huggingface/token, the staging token
    IPythonHistory, // profile_*/history.sqlite and its corrupt copies
    CondaState,     // <env>/conda-meta/state: `conda env config vars set` keeps env_vars there (JSON)
};

FileFormat fileFormatOf(const QString& path);

// Refines the findings of the plain read of a structured file (`findings`, found in `bytes`) with the
// format's own terms: each finding gets the entry's coordinates (history entry and time, variable, host and
// user, saved token name), and secrets the plain read cannot see because the format encodes them (base64
// docker auths, percent-encoded git credentials, zsh's metafied bytes, libedit's octal escapes, fish's
// escapes) are found in the decoded text. `problems` receives what could not be parsed, by line, never the
// text.
void refineStructuredFindings(FileFormat format, const Matcher& matcher, Matcher::Scratch& scratch,
                              std::string_view bytes, const QString& path, const FileFacts& facts,
                              QList<Finding>& findings, QStringList* problems);

// An IPython history database: every row of `history` and `output_history` (read from a private copy, so a
// running kernel is not disturbed) is matched; findings name session, In/Out number and session start. What
// the plain read of the file found that no row holds is in deleted rows or free pages: kept, and said so.
void refineIPythonHistoryFindings(const Matcher& matcher, Matcher::Scratch& scratch, const QString& path,
                                  const FileFacts& facts, QList<Finding>& findings, QStringList* problems,
                                  const std::atomic<bool>* cancelled);

// Hugging Face's token store: a token in the store with private permissions is where it belongs, reported
// as stored (informational); loose permissions and the legacy location are said.
void markTokenStoreFindings(const QString& path, QList<Finding>& findings);

} // namespace keyscout
