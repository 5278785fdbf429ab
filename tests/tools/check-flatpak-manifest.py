#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks packaging/flatpak/org.keyscout.Keyscout.yml without building it (there is no network here).

- flatpak-builder --show-manifest loads it with no warning (unknown properties are warnings), when installed;
- its app id is the desktop file's and the metainfo's, its command is the desktop file's program;
- the KDE runtime and SDK, version 6.8 or later;
- finish-args are exactly the ones README.md "Flatpak" lists, each under a comment saying why, and none of
  the broad ones (--filesystem=host, --device=all, --socket=session-bus ...);
- every pkg-config dependency in the CMake files is built by a module or named as the runtime's;
- every source is pinned: an archive or file has a sha256, a git source a tag or a commit.
Exit 77 (skipped) when Python's yaml module is missing (Debian: python3-yaml).
"""

import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path

try:
    import yaml
except ImportError:
    print("check-flatpak-manifest: python3-yaml is not installed; skipped", file=sys.stderr)
    sys.exit(77)

# pkg-config names (CMakeLists.txt, core/CMakeLists.txt) → the manifest module that builds each, or None for
# what the KDE SDK (freedesktop SDK underneath) already has.
PKG_MODULES = {"re2": "re2", "libgit2": "libgit2", "libhs": "vectorscan", "sqlite3": None}
BROAD = {"--filesystem=host", "--filesystem=host-os", "--filesystem=/", "--device=all",
         "--socket=session-bus", "--socket=system-bus", "--talk-name=org.freedesktop.Flatpak"}

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def main(source_dir):
    source = Path(source_dir)
    path = source / "packaging/flatpak/org.keyscout.Keyscout.yml"
    text = path.read_text(encoding="utf-8")
    manifest = yaml.safe_load(text)

    # What flatpak-builder itself makes of it.
    try:
        with tempfile.TemporaryDirectory() as scratch:  # flatpak-builder makes its .flatpak-builder/ there
            shown = subprocess.run(["flatpak-builder", "--show-manifest", str(path.resolve())],
                                   capture_output=True, text=True, timeout=60, check=False, cwd=scratch)
        check(shown.returncode == 0, f"flatpak-builder --show-manifest failed: {shown.stderr.strip()}")
        check("WARNING" not in shown.stderr, f"flatpak-builder warns: {shown.stderr.strip()}")
        print("check-flatpak-manifest: flatpak-builder --show-manifest loads it without warnings")
    except FileNotFoundError:
        print("check-flatpak-manifest: flatpak-builder not installed: its own parse is left out")

    app_id = manifest.get("app-id") or manifest.get("id")
    desktop = source / f"packaging/{app_id}.desktop"
    check(desktop.exists(), f"no packaging/{app_id}.desktop: the app id must be the desktop file's name")
    metainfo = source / f"packaging/{app_id}.metainfo.xml"
    check(metainfo.exists(), f"no packaging/{app_id}.metainfo.xml")
    if metainfo.exists():
        check(ElementTree.parse(metainfo).getroot().findtext("id") == app_id, "the metainfo's <id> differs")
    if desktop.exists():
        exec_line = next((l for l in desktop.read_text().splitlines() if l.startswith("Exec=")), "")
        check(exec_line.split("=", 1)[-1].split()[0] == manifest.get("command"),
              f"command {manifest.get('command')!r} is not the desktop file's {exec_line!r}")
    check(manifest.get("command") == "keyscout", "the command must be keyscout")
    check(manifest.get("runtime") == "org.kde.Platform" and manifest.get("sdk") == "org.kde.Sdk",
          "the runtime must be KDE's (org.kde.Platform, org.kde.Sdk)")
    version = str(manifest.get("runtime-version", "0"))
    check(tuple(int(p) for p in version.split(".")) >= (6, 8), f"runtime-version {version} is older than 6.8")

    # finish-args: the documented set, each explained.
    args = manifest.get("finish-args", [])
    readme = (source / "README.md").read_text(encoding="utf-8")
    section = re.search(r"^## Flatpak\n(.*?)(?=^## )", readme, re.S | re.M)
    check(section is not None, "README.md has no '## Flatpak' section")
    documented = set(re.findall(r"^- `(--[a-z-]+=[^`]+)`", section.group(1), re.M)) if section else set()
    check(set(args) == documented,
          f"finish-args {sorted(args)} differ from README.md's list {sorted(documented)}")
    check(not BROAD & set(args), f"broad permissions: {sorted(BROAD & set(args))}")
    lines = text.splitlines()
    for arg in args:
        index = next(i for i, l in enumerate(lines) if l.strip() == f"- {arg}")
        above = index - 1
        while above >= 0 and lines[above].strip().startswith("- --"):
            above -= 1
        check(above >= 0 and lines[above].strip().startswith("#"), f"{arg} has no comment saying why")

    # Dependencies: each pkg-config module the build asks for is built here or is the runtime's.
    modules = {m["name"]: m for m in manifest.get("modules", []) if isinstance(m, dict)}
    cmake = (source / "CMakeLists.txt").read_text() + (source / "core/CMakeLists.txt").read_text()
    for spec in re.findall(r"pkg_check_modules\(\w+ REQUIRED IMPORTED_TARGET ([^)]+)\)", cmake):
        name = re.split(r"[<>=\s]", spec.strip())[0]
        check(name in PKG_MODULES, f"pkg-config dependency {name}: build it in the manifest (and map it here)")
        if PKG_MODULES.get(name):
            check(PKG_MODULES[name] in modules, f"{name} needs the module {PKG_MODULES[name]}")
    check(list(modules)[-1] == "keyscout", "keyscout must be the last module")

    # Pinned sources.
    for name, module in modules.items():
        for src in module.get("sources", []):
            kind = src.get("type")
            if kind in ("archive", "file"):
                check(re.fullmatch(r"[0-9a-f]{64}", str(src.get("sha256", ""))) is not None,
                      f"{name}: {src.get('url')} has no sha256")
            elif kind == "git":
                check("tag" in src or "commit" in src, f"{name}: git source without tag or commit")
    keyscout = modules.get("keyscout", {})
    check(any(s.get("type") == "dir" and s.get("path") == "../.." for s in keyscout.get("sources", [])),
          "keyscout must be built from this checkout (type: dir, path: ../..)")

    for failure in failures:
        print(f"check-flatpak-manifest: FAIL: {failure}", file=sys.stderr)
    if not failures:
        print(f"check-flatpak-manifest: {path} is consistent ({len(modules)} modules, {len(args)} finish-args)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
