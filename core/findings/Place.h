// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace keyscout {

// The kind of place a secret was found in, as the person thinks of it. Used by the source-kind filter, the
// "where" wording and the reports (`id` strings are part of the JSON schema).
enum class SourceKind {
    File = 0,       // any other file
    Notebook,       // a Jupyter notebook (or its checkpoint)
    ShellHistory,   // bash, zsh, fish, Python REPL history
    IPythonHistory, // IPython's history.sqlite
    Environment,    // .env files, .envrc, shell start-up files, conda activation scripts
    CredentialFile, // .git-credentials, .netrc, docker, kaggle, aws, gcloud, jupyter runtime
    TokenStore,     // Hugging Face's own token store
    Git,            // git history (blob in a commit, stash, dangling object) and git configuration
    Process,        // a running process's environment
    ModelFile,      // a model file that runs code when loaded, or is malformed (core/artifacts): not a secret
};
inline constexpr int kSourceKindCount = 10;

QString sourceKindId(SourceKind kind);   // "notebook", stable: JSON, SARIF, settings
QString sourceKindName(SourceKind kind); // "Notebooks", translated: the filter
bool sourceKindFromId(const QString& id, SourceKind* kind);

// The part of a notebook a finding is in.
enum class CellPart { None = 0, Source, Output, Attachment, Metadata };

// A place in git history (SourceKind::Git): the blob and the commit that introduced it.
struct GitPlace {
    QString repository; // the working tree (or bare repository) folder
    QString blob;       // hex id of the blob holding the secret
    QString commit;  // hex id of the first commit that introduced the blob at `pathInRepo`; empty if dangling
    QString author;  // "Name <email>"
    qint64 time = 0; // commit time, seconds since the epoch
    QString summary; // first line of the commit message
    QString pathInRepo;    // the blob's path in that commit
    QStringList refs;      // branches, tags, "stash", remote-tracking branches that contain the commit
    QStringList remotes;   // remotes whose tracking branches contain the commit
    QString remoteHost;    // host of the repository's (first such) remote URL: "huggingface.co", "github.com"
    bool pushed = false;   // contained in a remote-tracking branch: published
    bool dangling = false; // an unreachable object (amended away, dropped stash, reset)
    bool inConfig = false; // found in .git/config (a remote URL or credential setting), not in a blob

    // The change `commit` made around the secret, as a unified diff hunk cut to the lines near it: a
    // "@@ -a,b +c,d @@" header, then lines prefixed ' ', '+' or '-', every secret masked. `hunkLines` numbers
    // each line in the commit's version of the file (0: header, removed line); `hunkSecretIndex` is the
    // secret's line. Empty when it could not be worked out (no commit, binary or large file, missing parent).
    QStringList hunk;
    QList<qint64> hunkLines;
    int hunkSecretIndex = -1;
};

// A model file (SourceKind::ModelFile): what loading it would do, from core/artifacts' verdict.
struct ModelPlace {
    QString format;         // "torch-zip", "pickle", "safetensors", … (modelFormatId)
    QString verdict;        // "dangerous", "suspicious", "malformed" (modelVerdictId)
    QString decidingImport; // "posix.system"
    QStringList imports;    // every import, with its class and calls
    QString repo;           // Hugging Face cache: "ORG/NAME", the revision and the file in the repository
    QString revision;
    QString fileInRepo;
    QString twin;           // the safetensors file with the same weights
    QString recommendation; // what to do, with the exact command where there is one
};

// Where inside its file a finding is, in the file's own terms. `kind` is always set; the other fields only
// where the kind has them (0 and empty mean "not known" or "not applicable").
struct Place {
    SourceKind kind = SourceKind::File;

    // Notebook: 1-based cell number, the cell's type ("code", "markdown", "raw"), which part, for outputs
    // the 1-based output number and its type ("stream stdout", "execute_result", "error", …), and the
    // 1-based line inside that part. `language` is the language of the part's text ("python", "markdown",
    // "" for plain text) and `checkpoint` says the file is a Jupyter checkpoint of `checkpointOf`.
    int cell = 0;
    QString cellType;
    CellPart part = CellPart::None;
    int output = 0;
    QString outputType;
    qint64 lineInPart = 0;
    QString language;
    bool checkpoint = false;
    QString checkpointOf; // the notebook's file name

    // Histories: the session (IPython), the entry number and its time (seconds since the epoch, 0 unknown).
    qint64 session = 0;
    qint64 entry = 0;
    qint64 time = 0;

    // Named places: the variable (environment), the host or saved token name (credential files, token
    // store) and the user, and which field of the entry holds the secret ("password", "auth", "value").
    QString name;
    QString user;
    QString field;
    // Running processes: the command line, with every secret in it masked, shortened.
    QString command;

    // Git history.
    GitPlace git;
    // Model files.
    ModelPlace model;
};

// Path helpers shared by the classifiers (Place, PlaceDescription, StructuredFiles).
// Whether `path` ends with the path components `tail` ("huggingface/token" matches ".../huggingface/token").
bool pathEndsWith(const QString& path, QLatin1String tail);
// The last component of `path`.
QString fileNameOf(const QString& path);
// Shell start-up files (.bashrc, .zshrc, .zshenv, .profile, .bash_profile, .zprofile, .bash_login), by name.
bool isShellStartupFile(const QString& name);
// Files of KEY=value lines: .env, .env.*, *.env, .envrc, shell start-up files, conda activation scripts.
bool isEnvironmentFile(const QString& path);

// The kind of place a file is, from its path alone (what a plain file scan knows).
SourceKind classifyPath(const QString& path);
// Whether `path` is a Jupyter checkpoint file; if so `notebook` receives the notebook's file name.
bool isNotebookCheckpoint(const QString& path, QString* notebook = nullptr);

} // namespace keyscout
