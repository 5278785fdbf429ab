// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cerrno>
#include <fcntl.h>

namespace keyscout {

// openat() that leaves the file's access time where the kernel allows O_NOATIME (the file's owner, or root),
// and opens it without the flag where it does not (EPERM): an incident responder's evidence keeps its times,
// and anyone else can still read. `flags` are the rest (O_RDONLY, O_CLOEXEC, O_NONBLOCK, …); `dirFd` is a
// folder's descriptor for a name in it, or AT_FDCWD for a path.
inline int openWithoutAtime(int dirFd, const char* name, int flags)
{
    const int fd = ::openat(dirFd, name, flags | O_NOATIME);
    if (fd < 0 && errno == EPERM) {
        return ::openat(dirFd, name, flags);
    }
    return fd;
}

} // namespace keyscout
