// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScannedSystem.h"

#include "HuggingFacePaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <array>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace keyscout {

namespace {

constexpr qint64 kMaxSystemFileSize = qint64(4) << 20; // etc/passwd of a large site is well below this

// Human homes in the scanned etc/passwd: root, and the range useradd gives people (login.defs UID_MIN 1000 up
// to below the system's nobody and the dynamic ranges).
bool isPersonUid(uint uid)
{
    return uid == 0 || (uid >= 1000 && uid < 60000);
}

class Fd {
public:
    explicit Fd(int fd = -1)
        : m_fd(fd)
    {
    }
    ~Fd()
    {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    Fd(Fd&& other) noexcept
        : m_fd(std::exchange(other.m_fd, -1))
    {
    }
    Fd& operator=(Fd&& other) noexcept
    {
        std::swap(m_fd, other.m_fd);
        return *this;
    }
    [[nodiscard]] int get() const { return m_fd; }
    [[nodiscard]] bool isOpen() const { return m_fd >= 0; }

private:
    int m_fd;
};

// O_NOATIME needs the file's owner or CAP_FOWNER: tried first, silently dropped where refused.
int openNoAtime(int dirFd, const char* name, int flags)
{
    const int fd = ::openat(dirFd, name, flags | O_CLOEXEC | O_NOATIME);
    if (fd < 0 && errno == EPERM) {
        return ::openat(dirFd, name, flags | O_CLOEXEC);
    }
    return fd;
}

// The folder `relative` under `root` (opened), every component a real folder: a symbolic link anywhere on the
// way is refused, so nothing outside the root is reached.
Fd openFolderUnder(const QString& root, const QString& relative)
{
    Fd dir(openNoAtime(AT_FDCWD, QFile::encodeName(root).constData(), O_RDONLY | O_DIRECTORY));
    for (const QString& part : relative.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (!dir.isOpen()) {
            break;
        }
        dir = Fd(
            openNoAtime(dir.get(), QFile::encodeName(part).constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW));
    }
    return dir;
}

// A small regular file under the root (etc/passwd), never through a symbolic link; nullopt when absent.
std::optional<QByteArray> readFileUnder(const QString& root, const QString& relative)
{
    const qsizetype slash = relative.lastIndexOf(QLatin1Char('/'));
    const Fd dir = openFolderUnder(root, slash < 0 ? QString() : relative.left(slash));
    if (!dir.isOpen()) {
        return std::nullopt;
    }
    const Fd file(openNoAtime(dir.get(), QFile::encodeName(relative.mid(slash + 1)).constData(),
                              O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY));
    struct stat st {};
    if (!file.isOpen() || ::fstat(file.get(), &st) != 0 || !S_ISREG(st.st_mode) ||
        st.st_size > kMaxSystemFileSize) {
        return std::nullopt;
    }
    QByteArray bytes(static_cast<qsizetype>(st.st_size), Qt::Uninitialized);
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::read(file.get(), bytes.data() + done, static_cast<size_t>(bytes.size() - done));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            break;
        }
        done += n;
    }
    bytes.truncate(done);
    return bytes;
}

bool isFolderUnder(const QString& root, const QString& relative)
{
    return openFolderUnder(root, relative).isOpen();
}

// name:x:id:… lines (etc/passwd, etc/group): id → name, and for passwd the homes of people.
struct IdTable {
    QHash<uint, QString> names;
    QStringList homes; // passwd only: field 6 of people's entries, as the scanned system writes it
};

IdTable parseIdFile(const QByteArray& bytes)
{
    IdTable table;
    for (const QByteArray& line : bytes.split('\n')) {
        const QList<QByteArray> fields = line.trimmed().split(':');
        if (fields.size() < 3 || fields.first().isEmpty() || fields.first().startsWith('#')) {
            continue;
        }
        bool ok = false;
        const uint id = fields.at(2).toUInt(&ok);
        if (!ok) {
            continue;
        }
        // The first entry for an id wins, as getpwuid() answers.
        if (!table.names.contains(id)) {
            table.names.insert(id, QString::fromUtf8(fields.first()));
        }
        if (fields.size() >= 6 && isPersonUid(id) && fields.at(5).startsWith('/')) {
            table.homes << QDir::cleanPath(QString::fromUtf8(fields.at(5)));
        }
    }
    return table;
}

QString realPath(const QString& path)
{
    std::array<char, PATH_MAX> resolved{};
    if (::realpath(QFile::encodeName(path).constData(), resolved.data()) == nullptr) {
        return {};
    }
    return QFile::decodeName(resolved.data());
}

} // namespace

bool ScannedSystem::isUnder(const QString& path, const QString& folder)
{
    const QString f = QDir::cleanPath(QDir(folder).absolutePath());
    const QString p = QDir::cleanPath(QDir(path).absolutePath());
    return p == f || p.startsWith(f.endsWith(QLatin1Char('/')) ? f : f + QLatin1Char('/'));
}

ScannedSystem ScannedSystem::read(const QString& dir, QString* error)
{
    ScannedSystem system;
    const QString root = realPath(dir);
    struct stat st {};
    if (root.isEmpty() || ::stat(QFile::encodeName(root).constData(), &st) != 0) {
        *error = QStringLiteral("%1: %2").arg(dir, QString::fromLocal8Bit(std::strerror(errno)));
        return system;
    }
    if (!S_ISDIR(st.st_mode)) {
        *error = QStringLiteral("%1: not a folder").arg(dir);
        return system;
    }
    system.m_root = root;

    const std::optional<QByteArray> passwd = readFileUnder(root, QStringLiteral("etc/passwd"));
    const std::optional<QByteArray> group = readFileUnder(root, QStringLiteral("etc/group"));
    std::optional<QByteArray> hostname = readFileUnder(root, QStringLiteral("etc/hostname"));
    if (!hostname) {
        hostname = readFileUnder(root, QStringLiteral("etc/HOSTNAME")); // SUSE
    }
    const bool hasHomeFolder = isFolderUnder(root, QStringLiteral("home"));
    // A home of its own may have an etc/ of dotfiles: a system root has a home/ or a system's etc files.
    system.m_filesystemRoot = hasHomeFolder || passwd.has_value() || hostname.has_value() ||
                              readFileUnder(root, QStringLiteral("etc/os-release")).has_value();
    if (!system.m_filesystemRoot) {
        system.m_homes = {root};
        return system;
    }
    if (hostname) {
        system.m_hostName = QString::fromUtf8(hostname->split('\n').first().trimmed());
    }
    IdTable users;
    if (passwd) {
        users = parseIdFile(*passwd);
        system.m_users = users.names;
    }
    if (group) {
        system.m_groups = parseIdFile(*group).names;
    }

    // Homes: home/*, root/, and people's homes elsewhere that the scanned etc/passwd names.
    QStringList candidates;
    if (hasHomeFolder) {
        const Fd home = openFolderUnder(root, QStringLiteral("home"));
        if (DIR* listing = ::fdopendir(::dup(home.get())); listing != nullptr) {
            while (const dirent* entry = ::readdir(listing)) {
                const QString name = QFile::decodeName(entry->d_name);
                if (name == QLatin1String(".") || name == QLatin1String("..") ||
                    name == QLatin1String("lost+found")) {
                    continue;
                }
                candidates << QStringLiteral("home/") + name;
            }
            ::closedir(listing);
        }
    }
    candidates << QStringLiteral("root");
    for (const QString& home : std::as_const(users.homes)) {
        if (home != QLatin1String("/")) {
            candidates << home.mid(1);
        }
    }
    for (const QString& relative : std::as_const(candidates)) {
        if (!isFolderUnder(root, relative)) {
            continue; // absent, not a folder, or reached through a symbolic link
        }
        const QString path = (root == QLatin1String("/") ? QString() : root) + QLatin1Char('/') + relative;
        // One home inside another (or the same one twice) is read once, as part of the outer one.
        bool covered = false;
        for (qsizetype i = 0; i < system.m_homes.size() && !covered; ++i) {
            covered = isUnder(path, system.m_homes.at(i));
        }
        if (covered) {
            continue;
        }
        system.m_homes.erase(std::remove_if(system.m_homes.begin(), system.m_homes.end(),
                                            [&](const QString& h) { return isUnder(h, path); }),
                             system.m_homes.end());
        system.m_homes << path;
    }
    std::sort(system.m_homes.begin(), system.m_homes.end());
    return system;
}

QString ScannedSystem::userName(uint uid) const
{
    if (m_users) {
        return m_users->value(uid, QString::number(uid));
    }
    passwd pw{};
    passwd* result = nullptr;
    std::array<char, 4096> buffer{};
    if (getpwuid_r(uid, &pw, buffer.data(), buffer.size(), &result) == 0 && result != nullptr) {
        return QString::fromLocal8Bit(result->pw_name);
    }
    return QString::number(uid);
}

QString ScannedSystem::groupName(uint gid) const
{
    if (m_groups) {
        return m_groups->value(gid, QString::number(gid));
    }
    if (m_users) {
        return QString::number(gid); // the scanned system's users without its groups: no names from here
    }
    group gr{};
    group* result = nullptr;
    std::array<char, 4096> buffer{};
    if (getgrgid_r(gid, &gr, buffer.data(), buffer.size(), &result) == 0 && result != nullptr) {
        return QString::fromLocal8Bit(result->gr_name);
    }
    return QString::number(gid);
}

std::optional<QString> ScannedSystem::resolveUnder(const QString& path, QString* error) const
{
    const QString resolved = realPath(path);
    if (resolved.isEmpty()) {
        *error = QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return std::nullopt;
    }
    if (!isUnder(resolved, m_root)) {
        *error = QStringLiteral("%1 is not under the scanned root %2").arg(path, m_root);
        return std::nullopt;
    }
    return resolved;
}

bool ScannedSystem::isInside(const QString& path, const QString& folder)
{
    // The nearest folder that exists, resolved, then the rest of the path as given.
    QString existing = QDir::cleanPath(QDir(path).absolutePath());
    QString rest;
    while (!QFileInfo::exists(existing) && existing != QLatin1String("/")) {
        const QFileInfo info(existing);
        rest = rest.isEmpty() ? info.fileName() : info.fileName() + QLatin1Char('/') + rest;
        existing = info.absolutePath();
    }
    QString resolved = realPath(existing);
    if (resolved.isEmpty()) {
        resolved = existing;
    }
    if (!rest.isEmpty()) {
        resolved += (resolved.endsWith(QLatin1Char('/')) ? QString() : QStringLiteral("/")) + rest;
    }
    const QString resolvedFolder = realPath(folder);
    return isUnder(resolved, resolvedFolder.isEmpty() ? folder : resolvedFolder);
}

QString ScannedSystem::temporaryFolderProblem() const
{
    const QString temp = QDir::tempPath();
    if (temp.isEmpty() || contains(temp)) {
        return QStringLiteral(
                   "the temporary folder %1 is under the scanned root %2, where nothing is written: "
                   "set TMPDIR to a folder outside it")
            .arg(temp, m_root);
    }
    return {};
}

QStringList ScannedSystem::homesIn(const QStringList& roots) const
{
    QStringList out;
    for (const QString& home : m_homes) {
        for (const QString& root : roots) {
            if (isUnder(home, root) || isUnder(root, home)) {
                out << home;
                break;
            }
        }
    }
    return out;
}

ScanOptions ScannedSystem::scanOptions(const QStringList& paths) const
{
    ScanOptions options;
    options.roots = paths.isEmpty() ? m_homes : paths;
    options.responderRoot = m_root;
    options.processes = false;
    if (m_users) {
        options.ownerNames = *m_users;
    }
    for (const QString& home : homesIn(options.roots)) {
        // The person's own store at huggingface_hub's default places: an empty environment, not this
        // machine's HF_HOME, HF_TOKEN_PATH or XDG_CACHE_HOME.
        const HuggingFacePaths hf = HuggingFacePaths::resolve(QProcessEnvironment(), home);
        options.tokenStorePaths += hf.tokenFiles();
        const QString hub = hf.home + QStringLiteral("/hub");
        for (const QString& root : std::as_const(options.roots)) {
            if (isUnder(hub, root)) {
                options.modelRoots << hub;
            } else if (isUnder(root, hub)) {
                options.modelRoots << root;
            }
        }
    }
    options.modelRoots.removeDuplicates();
    return options;
}

} // namespace keyscout
