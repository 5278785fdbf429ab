// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace keyscout {

// What an incident responder needs beside the findings (`keyscout scan --root`, README "Incident response"):
// who scanned what, when, with which Keyscout and rules, the files that hold secrets as they were when read,
// and when each secret appeared. Filled by the responder mode; every report renders it when present.
struct EvidenceFile {
    QString path;   // as scanned (absolute, under the scanned root)
    QString sha256; // hex SHA-256 of the file's bytes when read; empty when it could not be hashed
    qint64 size = 0;
    QDateTime mtime; // UTC
    QDateTime ctime; // UTC: the inode's last status change
    QString mode;    // "0644"
    QString owner;   // user name (or uid) as the scanned system's /etc/passwd names it, when known
    QString group;   // group name (or gid) as the scanned system's /etc/group names it, when known
    QString error;   // why the file could not be hashed (vanished, permission denied), empty otherwise
};

// One dated fact about a secret: a file's modification time, the commit that introduced it, the history entry
// that ran it. The timeline is sorted by time, oldest first; `approximate` marks times that only bound the
// appearance (a file's mtime says the file was last written then, not that the secret arrived then).
struct EvidenceEvent {
    QDateTime time;       // UTC
    QString secretSha256; // the secret it is about (hex SHA-256, as in the reports)
    QString masked;       // "hf_AbCd…WxYz"
    QString event; // machine-readable: "file-modified", "commit", "tag", "history-entry", "notebook-modified"
    QString description; // in words: "Committed in c78c092cba by Ada <ada@example.org>: add config"
    QString path;        // the place's path
    bool approximate = false;
};

struct Evidence {
    QString scannedRoot;      // the root given with --root
    QString scannedHostName;  // the scanned system's host name (its etc/hostname), empty when unknown
    QStringList scannedHomes; // home folders found under the root and scanned
    QString scanningHost;     // the machine Keyscout ran on
    QString scanningUser;     // the user who ran it
    QString keyscoutVersion;
    QString catalogueVersion;
    QDateTime scanStarted;    // UTC
    QDateTime scanFinished;   // UTC
    bool readOnly = true;     // nothing written under the root
    bool networkUsed = false; // responder mode never uses the network
    bool processesRead = false;
    QList<EvidenceFile> files;     // each file with a finding, once, sorted by path
    QList<EvidenceEvent> timeline; // oldest first
};

} // namespace keyscout
