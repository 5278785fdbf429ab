// SPDX-License-Identifier: GPL-3.0-or-later
#include "AtomicFile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <random>
#include <sys/stat.h>
#include <unistd.h>

namespace keyscout {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("keyscout", text);
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

bool writeAll(int fd, const QByteArray& bytes, int* error)
{
    const char* data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, static_cast<size_t>(left));
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            *error = errno;
            return false;
        }
        data += n;
        left -= n;
    }
    return true;
}

} // namespace

bool writeFileAtomically(const QString& path, const QByteArray& bytes, QString* error, int mode)
{
    // Follow a link to the file it names, so a dotfile managed as a link keeps being one.
    const QFileInfo info(path);
    const QString target = info.isSymLink() ? info.canonicalFilePath() : info.absoluteFilePath();
    if (target.isEmpty()) {
        *error = tr("%1: the link points to nothing").arg(path);
        return false;
    }
    const QByteArray targetName = QFile::encodeName(target);
    struct stat st {};
    const bool exists = ::stat(targetName.constData(), &st) == 0;
    if (exists && !S_ISREG(st.st_mode)) {
        *error = tr("%1: not a regular file").arg(path);
        return false;
    }
    const mode_t fileMode = mode >= 0 ? static_cast<mode_t>(mode) : (exists ? st.st_mode & 07777 : 0600);

    const qsizetype slash = target.lastIndexOf(QLatin1Char('/'));
    const QString folder = slash > 0 ? target.left(slash) : QStringLiteral("/");
    std::random_device random;
    QByteArray temporary;
    int fd = -1;
    for (int attempt = 0; attempt < 16 && fd < 0; ++attempt) {
        temporary = QFile::encodeName(QStringLiteral("%1/.%2.keyscout-%3")
                                          .arg(folder, target.mid(slash + 1), QString::number(random(), 36)));
        fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
        if (fd < 0 && errno != EEXIST) {
            break;
        }
    }
    if (fd < 0) {
        *error = tr("%1: cannot create a file in %2: %3").arg(path, folder, systemError(errno));
        return false;
    }
    int failure = 0;
    bool ok = writeAll(fd, bytes, &failure);
    if (ok && exists) {
        // The owner only when allowed (root restoring another user's file); the mode always.
        if (::fchown(fd, st.st_uid, st.st_gid) != 0 && (errno != EPERM && errno != EINVAL)) {
            failure = errno;
            ok = false;
        }
    }
    if (ok && ::fchmod(fd, fileMode) != 0) {
        failure = errno;
        ok = false;
    }
    if (ok && ::fsync(fd) != 0) {
        failure = errno;
        ok = false;
    }
    if (::close(fd) != 0 && ok) {
        failure = errno;
        ok = false;
    }
    if (ok && ::rename(temporary.constData(), targetName.constData()) != 0) {
        failure = errno;
        ok = false;
    }
    if (!ok) {
        ::unlink(temporary.constData());
        *error = tr("%1: could not be written: %2").arg(path, systemError(failure));
        return false;
    }
    // The rename itself is on disk once the folder is flushed.
    const int dir = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return true;
}

bool readWholeFile(const QString& path, QByteArray* bytes, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot be read: %2").arg(path, file.errorString());
        return false;
    }
    *bytes = file.readAll();
    if (file.error() != QFile::NoError) {
        *error = tr("%1: cannot be read: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace keyscout
