// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessScanner.h"

#include "FileSystemScanner.h"
#include "detect/Matcher.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace keyscout {

namespace {

constexpr qint64 kMaxProcFile = qint64(4) << 20; // an environment is at most a few hundred KiB
constexpr qsizetype kMaxCommand = 300;           // characters of a command line kept to name the process

// Reads a /proc file completely (their size is reported as 0, so read until the end).
bool readProcFile(const QByteArray& path, QByteArray* out)
{
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) {
        return false;
    }
    out->clear();
    char buf[65536];
    bool ok = true;
    while (out->size() < kMaxProcFile) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            ok = false;
            break;
        }
        if (n == 0) {
            break;
        }
        out->append(buf, n);
    }
    ::close(fd);
    return ok;
}

QString userName(uint uid)
{
    passwd pw{};
    passwd* result = nullptr;
    char buf[4096];
    if (getpwuid_r(uid, &pw, buf, sizeof buf, &result) == 0 && result != nullptr) {
        return QString::fromLocal8Bit(result->pw_name);
    }
    return QString::number(uid);
}

struct Seen {
    qsizetype index = 0; // in the result's findings
    QList<qint64> otherPids;
};

} // namespace

ProcessScanResult scanProcesses(const Matcher& matcher, const std::atomic<bool>* cancelled,
                                const QString& procRoot)
{
    ProcessScanResult result;
    QList<qint64> pids;
    const QStringList entries = QDir(procRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& e : entries) {
        bool ok = false;
        const qint64 pid = e.toLongLong(&ok);
        if (ok && pid > 0) {
            pids << pid;
        }
    }
    std::sort(pids.begin(), pids.end()); // oldest first, most of the time: the findings name the parent
    const qint64 self = ::getpid();
    QHash<QString, Seen> seen; // secret SHA-256 + variable → finding
    QHash<uint, QString> users;
    for (const qint64 pid : pids) {
        if (cancelled != nullptr && cancelled->load(std::memory_order_relaxed)) {
            break;
        }
        if (pid == self) {
            continue;
        }
        const QByteArray dir = QFile::encodeName(procRoot) + '/' + QByteArray::number(pid);
        QByteArray environ;
        QByteArray cmdline;
        QByteArray comm;
        const bool envOk = readProcFile(dir + "/environ", &environ);
        readProcFile(dir + "/cmdline", &cmdline);
        readProcFile(dir + "/comm", &comm);
        if (!envOk && cmdline.isEmpty()) {
            ++result.unreadable;
            continue;
        }
        ++result.processes;
        struct stat st {};
        const bool haveStat = ::stat(dir.constData(), &st) == 0;
        const uint uid = haveStat ? st.st_uid : 0;
        if (!users.contains(uid)) {
            users.insert(uid, userName(uid));
        }
        const QString processName = QString::fromLocal8Bit(comm.trimmed());

        // The command line first: its secrets are findings, and masked it names the process everywhere.
        QString command;
        for (int part = 1; part >= 0; --part) {
            QByteArray text = part == 0 ? environ : cmdline;
            if (text.isEmpty()) {
                continue;
            }
            while (text.endsWith('\0')) {
                text.chop(1);
            }
            text.replace('\n', ' ');
            text.replace('\0', part == 0 ? '\n' : ' ');
            const QString pseudoPath =
                QStringLiteral("%1/%2/%3")
                    .arg(procRoot)
                    .arg(pid)
                    .arg(part == 0 ? QStringLiteral("environ") : QStringLiteral("cmdline"));
            QList<Finding> found = FileSystemScanner::scanBuffer(
                matcher, std::string_view(text.constData(), static_cast<size_t>(text.size())), pseudoPath);
            if (part == 1) {
                command = QString::fromLocal8Bit(text);
                for (const Finding& f : std::as_const(found)) {
                    command.replace(QString::fromUtf8(f.secret), f.masked);
                }
                if (command.size() > kMaxCommand) {
                    command = command.left(kMaxCommand) + QChar(0x2026);
                }
            }
            for (Finding& f : found) {
                const qint64 lineIndex = f.line - f.contextFirstLine;
                const QString line = f.context.value(lineIndex);
                const QString variable =
                    part == 0 ? line.left(std::max<qsizetype>(0, line.indexOf(QLatin1Char('=')))) : QString();
                const QString key = f.secretSha256 + QLatin1Char('/') + QString::number(part) + variable;
                auto it = seen.find(key);
                if (it != seen.end()) {
                    it->otherPids << pid;
                    continue;
                }
                f.context = QStringList{line};
                f.contextFirstLine = f.line;
                f.place = Place{};
                f.place.kind = SourceKind::Process;
                f.place.entry = pid;
                f.place.name = part == 0 ? variable : QStringLiteral("command line");
                f.place.user = users.value(uid);
                f.place.outputType = processName;
                f.place.command = command;
                f.file = FileFacts{};
                f.file.uid = uid;
                f.file.owner = users.value(uid);
                f.file.mode = 0400; // readable by its owner (and root) only
                f.notes.clear();
                seen.insert(key, Seen{result.findings.size(), {}});
                result.findings.append(std::move(f));
            }
        }
    }
    for (const Seen& s : std::as_const(seen)) {
        if (s.otherPids.isEmpty()) {
            continue;
        }
        QStringList shown;
        for (qsizetype i = 0; i < std::min<qsizetype>(s.otherPids.size(), 10); ++i) {
            shown << QString::number(s.otherPids.at(i));
        }
        if (s.otherPids.size() > 10) {
            shown << QStringLiteral("…");
        }
        result.findings[s.index].notes
            << QStringLiteral("also in %1 other running process(es) (inherited): %2")
                   .arg(s.otherPids.size())
                   .arg(shown.join(QStringLiteral(", ")));
    }
    return result;
}

} // namespace keyscout
