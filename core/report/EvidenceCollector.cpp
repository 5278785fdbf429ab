// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidenceCollector.h"

#include "findings/PlaceDescription.h"
#include "sources/OpenForReading.h"
#include "sources/git/Git2Handles.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QSysInfo>
#include <QTimeZone>
#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace keyscout {

namespace {

QDateTime utcTime(const timespec& t)
{
    return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(t.tv_sec) * 1000 + t.tv_nsec / 1000000,
                                          QTimeZone::utc());
}

QDateTime utcSeconds(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
}

QString shortCommit(const QString& id)
{
    return id.left(10);
}

// Findings whose path is a file Keyscout read: not a git object (its path names where it was committed,
// not a file holding it now), except the repository's config file, and not a process.
bool isFileFinding(const Finding& f)
{
    if (f.place.kind == SourceKind::Process) {
        return false;
    }
    return f.place.kind != SourceKind::Git || f.place.git.inConfig;
}

// The tags among a git finding's refs, with their times: an annotated tag's tagger time, a lightweight tag's
// commit time (it has none of its own). Read through libgit2, read only.
class TagTimes {
public:
    struct Tag {
        QDateTime time;
        bool annotated = false;
        QString tagger;
        QString commit;
    };

    std::optional<Tag> lookup(const QString& repository, const QString& name)
    {
        const QString key = repository + QLatin1Char('\n') + name;
        if (const auto it = m_cache.constFind(key); it != m_cache.constEnd()) {
            return *it;
        }
        std::optional<Tag> tag = read(repository, name);
        m_cache.insert(key, tag);
        return tag;
    }

private:
    std::optional<Tag> read(const QString& repository, const QString& name)
    {
        auto it = m_repositories.find(repository);
        if (it == m_repositories.end()) {
            it = m_repositories.emplace(repository, git::openRepository(repository)).first;
        }
        git_repository* repo = it->second.get();
        if (repo == nullptr) {
            return std::nullopt;
        }
        git_reference* rawRef = nullptr;
        const QByteArray refName = QByteArrayLiteral("refs/tags/") + name.toUtf8();
        if (git_reference_lookup(&rawRef, repo, refName.constData()) != 0) {
            return std::nullopt; // a branch, a remote-tracking branch, the stash
        }
        const git::ReferencePtr ref(rawRef);
        const git_oid* target = git_reference_target(ref.get());
        if (target == nullptr) {
            return std::nullopt;
        }
        Tag tag;
        git_tag* rawTag = nullptr;
        git_object* rawPeeled = nullptr;
        if (git_tag_lookup(&rawTag, repo, target) == 0) {
            const git::TagPtr annotated(rawTag);
            tag.annotated = true;
            if (const git_signature* tagger = git_tag_tagger(annotated.get()); tagger != nullptr) {
                tag.tagger = QStringLiteral("%1 <%2>").arg(QString::fromUtf8(tagger->name),
                                                           QString::fromUtf8(tagger->email));
                tag.time = utcSeconds(tagger->when.time);
            }
            if (git_tag_peel(&rawPeeled, annotated.get()) == 0) {
                const git::ObjectPtr peeled(rawPeeled);
                tag.commit = git::hexId(*git_object_id(peeled.get()));
            }
            return tag.time.isValid() ? std::optional<Tag>(tag) : std::nullopt;
        }
        git_commit* rawCommit = nullptr;
        if (git_commit_lookup(&rawCommit, repo, target) != 0) {
            return std::nullopt;
        }
        const git::CommitPtr commit(rawCommit);
        tag.time = utcSeconds(git_commit_time(commit.get()));
        tag.commit = git::hexId(*target);
        return tag;
    }

    git::Libgit2Session m_session;
    std::map<QString, git::RepositoryPtr> m_repositories;
    QHash<QString, std::optional<Tag>> m_cache;
};

// Events sort by time, then in the order they happen for one secret (a commit before its tag), then by path.
int eventRank(const QString& event)
{
    static const QStringList order{QStringLiteral("history-entry"), QStringLiteral("commit"),
                                   QStringLiteral("tag"), QStringLiteral("notebook-modified"),
                                   QStringLiteral("file-modified")};
    return static_cast<int>(order.indexOf(event));
}

} // namespace

QString EvidenceCollector::scanningUser()
{
    passwd pw{};
    passwd* result = nullptr;
    std::array<char, 4096> buffer{};
    const uid_t uid = ::geteuid();
    if (getpwuid_r(uid, &pw, buffer.data(), buffer.size(), &result) == 0 && result != nullptr) {
        return QStringLiteral("%1 (uid %2)").arg(QString::fromLocal8Bit(result->pw_name)).arg(uid);
    }
    return QStringLiteral("uid %1").arg(uid);
}

EvidenceFile EvidenceCollector::describeFile(const QString& path, const FileFacts& scanned,
                                             const ScannedSystem& system)
{
    EvidenceFile file;
    file.path = path;
    const QByteArray native = QFile::encodeName(path);
    // Read only, never through a symbolic link, never blocking on a FIFO, and leaving the access time where
    // the kernel allows O_NOATIME (the file's owner, or root).
    constexpr int kFlags = O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK | O_NOFOLLOW;
    const int fd = openWithoutAtime(AT_FDCWD, native.constData(), kFlags);
    if (fd < 0) {
        const int error = errno;
        file.error = error == ENOENT ? QStringLiteral("disappeared after the scan")
                                     : QString::fromLocal8Bit(std::strerror(error));
        return file;
    }
    struct stat before {};
    if (::fstat(fd, &before) != 0 || !S_ISREG(before.st_mode)) {
        file.error = QStringLiteral("not a regular file any more");
        ::close(fd);
        return file;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    std::array<char, 1 << 16> buffer{};
    bool readFailed = false;
    for (;;) {
        const ssize_t n = ::read(fd, buffer.data(), buffer.size());
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            file.error = QString::fromLocal8Bit(std::strerror(errno));
            readFailed = true;
            break;
        }
        if (n == 0) {
            break;
        }
        hash.addData(QByteArrayView(buffer.data(), n));
    }
    struct stat after {};
    const bool statAfter = ::fstat(fd, &after) == 0;
    ::close(fd);

    file.size = static_cast<qint64>(after.st_size);
    file.mtime = utcTime(after.st_mtim);
    file.ctime = utcTime(after.st_ctim);
    file.mode = QStringLiteral("%1").arg(after.st_mode & 07777U, 4, 8, QLatin1Char('0'));
    file.owner = system.userName(after.st_uid);
    file.group = system.groupName(after.st_gid);
    if (readFailed || !statAfter) {
        return file;
    }
    file.sha256 = QString::fromLatin1(hash.result().toHex());
    QStringList changes;
    if (before.st_size != after.st_size || before.st_mtim.tv_sec != after.st_mtim.tv_sec ||
        before.st_mtim.tv_nsec != after.st_mtim.tv_nsec) {
        changes << QStringLiteral("changed while it was hashed: the hash may match neither version");
    }
    if (scanned.size != static_cast<qint64>(after.st_size) || scanned.mtime != after.st_mtim.tv_sec) {
        changes << QStringLiteral("changed between the scan and the hash (scanned: %1 bytes, modified %2)")
                       .arg(scanned.size)
                       .arg(utcSeconds(scanned.mtime).toString(Qt::ISODate));
    }
    file.error = changes.join(QStringLiteral("; "));
    return file;
}

QList<EvidenceEvent> EvidenceCollector::timeline(const QList<Finding>& findings)
{
    QList<EvidenceEvent> events;
    QSet<QString> seen;
    const auto add = [&](const Finding& f, const QDateTime& time, const QString& event, const QString& text,
                         const QString& path, bool approximate) {
        if (!time.isValid() || time.toSecsSinceEpoch() <= 0) {
            return;
        }
        const QString key = f.secretSha256 + QLatin1Char('\n') + event + QLatin1Char('\n') + path +
                            QLatin1Char('\n') + QString::number(time.toMSecsSinceEpoch()) +
                            QLatin1Char('\n') + text;
        if (seen.contains(key)) {
            return;
        }
        seen.insert(key);
        EvidenceEvent e;
        e.time = time;
        e.secretSha256 = f.secretSha256;
        e.masked = f.masked;
        e.event = event;
        e.description = text;
        e.path = path;
        e.approximate = approximate;
        events << e;
    };

    TagTimes tags;
    for (const Finding& f : findings) {
        switch (f.place.kind) {
        case SourceKind::ModelFile:
        case SourceKind::Process:
            break; // a model file holds no secret; a process is not on the scanned disk
        case SourceKind::Git: {
            const GitPlace& g = f.place.git;
            if (g.inConfig) {
                add(f, utcSeconds(f.file.mtime), QStringLiteral("file-modified"),
                    QStringLiteral("Git configuration last modified (it held the secret by then)"), f.path,
                    true);
                break;
            }
            if (!f.notes.isEmpty() &&
                f.notes.first().startsWith(QLatin1String("in the message of annotated tag"))) {
                add(f, utcSeconds(g.time), QStringLiteral("tag"),
                    QStringLiteral("In the message of %1 by %2").arg(g.summary, g.author), f.path, false);
                break;
            }
            if (g.commit.isEmpty()) {
                break; // a dangling blob or a staged file: no commit, no time
            }
            QString text =
                QStringLiteral("Committed in %1 by %2: %3").arg(shortCommit(g.commit), g.author, g.summary);
            if (g.pushed) {
                text += QStringLiteral(" (pushed: %1)").arg(g.remotes.join(QStringLiteral(", ")));
            }
            add(f, utcSeconds(g.time), QStringLiteral("commit"), text, f.path, false);
            for (const QString& ref : g.refs) {
                const std::optional<TagTimes::Tag> tag = tags.lookup(g.repository, ref);
                if (!tag) {
                    continue;
                }
                const QString tagText =
                    tag->annotated
                        ? QStringLiteral("Tagged %1 by %2 (on commit %3, which contains it)")
                              .arg(ref, tag->tagger, shortCommit(tag->commit))
                        : QStringLiteral("Lightweight tag %1 on commit %2, which contains it (the commit's "
                                         "time: the tag has none of its own)")
                              .arg(ref, shortCommit(tag->commit));
                add(f, tag->time, QStringLiteral("tag"), tagText, g.repository, !tag->annotated);
            }
            break;
        }
        case SourceKind::ShellHistory:
        case SourceKind::IPythonHistory:
            if (f.place.time > 0) {
                const bool ipython = f.place.kind == SourceKind::IPythonHistory;
                // IPython keeps the session's start, not each entry's time: the entry ran after it.
                add(f, utcSeconds(f.place.time), QStringLiteral("history-entry"),
                    ipython ? QStringLiteral("History entry: %1 (the time is its session's start)")
                                  .arg(describePlace(f))
                            : QStringLiteral("History entry: %1").arg(describePlace(f)),
                    f.path, ipython);
            }
            add(f, utcSeconds(f.file.mtime), QStringLiteral("file-modified"),
                QStringLiteral("History file last modified (it held the secret by then)"), f.path, true);
            break;
        case SourceKind::Notebook:
            add(f, utcSeconds(f.file.mtime), QStringLiteral("notebook-modified"),
                QStringLiteral("Notebook last saved (it held the secret by then)"), f.path, true);
            break;
        default:
            add(f, utcSeconds(f.file.mtime), QStringLiteral("file-modified"),
                QStringLiteral("File last modified (it held the secret by then)"), f.path, true);
            break;
        }
    }
    std::stable_sort(events.begin(), events.end(), [](const EvidenceEvent& a, const EvidenceEvent& b) {
        if (a.time != b.time) {
            return a.time < b.time;
        }
        if (a.event != b.event) {
            return eventRank(a.event) < eventRank(b.event);
        }
        return std::tie(a.path, a.secretSha256) < std::tie(b.path, b.secretSha256);
    });
    return events;
}

Evidence EvidenceCollector::collect(const ScanResult& result, const ScannedSystem& system,
                                    const std::atomic<bool>* cancelled)
{
    Evidence evidence;
    evidence.scannedRoot = system.root();
    evidence.scannedHostName = system.hostName();
    evidence.scannedHomes = system.homesIn(result.roots.isEmpty() ? system.homes() : result.roots);
    evidence.scanningHost = QSysInfo::machineHostName();
    evidence.scanningUser = scanningUser();
    evidence.keyscoutVersion = QStringLiteral(KEYSCOUT_VERSION);
    evidence.catalogueVersion = result.catalogueVersion;
    evidence.scanStarted = result.startedAt.toUTC();
    evidence.scanFinished = result.finishedAt.toUTC();
    evidence.readOnly = true;
    evidence.networkUsed = false;
    evidence.processesRead = false;

    // Each file once, with what the scan saw of it (its first finding's facts).
    std::map<QString, FileFacts> files;
    for (const Finding& f : result.findings) {
        if (isFileFinding(f)) {
            files.emplace(f.path, f.file);
        }
    }
    for (const auto& [path, facts] : files) {
        if (cancelled != nullptr && cancelled->load()) {
            EvidenceFile skipped;
            skipped.path = path;
            skipped.error = QStringLiteral("not hashed: the scan was cancelled");
            evidence.files << skipped;
            continue;
        }
        evidence.files << describeFile(path, facts, system);
    }
    evidence.timeline = timeline(result.findings);
    return evidence;
}

} // namespace keyscout
