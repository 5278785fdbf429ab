#!/usr/bin/env python3
"""Generates a git repository with a long history and Hugging Face tokens planted where history hides them.

    gen_git_repo.py OUT [--commits 5000] [--files 150] [--seed 1]

OUT/repo is an ML project's repository: `--commits` commits on main that each change one to three of about
`--files` source, config and notebook-like files (a few KB each), feature branches under experiments/ (most
merged with a merge commit, some left unmerged), annotated tags, and a remote "origin" whose fetch URL is
https://huggingface.co/acme/bench-model (pushes go to OUT/origin.git, so origin/main exists). The history
is written with `git fast-import` and packed afresh (as `git repack -a -d -f` would); the last steps are
ordinary git commands, so their objects stay loose as a person's recent work does.

Planted tokens (`hf_` + 34 letters and digits, random), each on a line of its own, by category:

  reverted        added to a file on main, removed again 1-50 commits later
  side_unmerged   on a feature branch that was never merged
  side_removed    added on a feature branch and removed before the branch was merged
  head            still in the files at HEAD (and in the working tree)
  message         in a commit message
  stash           in the newest stash (refs/stash)
  stash_older     in an older stash (stash@{1}: only the stash's reflog keeps it)
  amended         in a commit replaced by `git commit --amend` (only HEAD's reflog keeps it)
  dangling        in a commit reset away whose reflog entries were expired (unreachable, still on disk)
  config          in a remote URL in .git/config

OUT/manifest.json lists the SHA-256 of every planted token (never the token) with its category and, for
commits, the commit that introduced it. The same arguments give the same history (commit ids included).
Python 3.11 standard library and git only.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import string
import subprocess
import sys
from pathlib import Path

ALNUM = string.ascii_letters + string.digits
BASE_TIME = 1_650_000_000
STEP = 900  # seconds between commits

WORDS = ("model tokenizer dataset batch epoch learning_rate optimizer scheduler checkpoint loss accuracy "
         "metric eval train split shard config hub revision commit upload download cache device cuda "
         "gradient warmup decay dropout hidden layer attention head vocab pad_token eos_token bos_token "
         "max_length stride padding truncation logits labels features columns mapping seed").split()


def token(rng: random.Random) -> str:
    while True:
        body = "".join(rng.choice(ALNUM) for _ in range(34))
        if any(c.isdigit() for c in body) and any(c.isupper() for c in body) and any(c.islower() for c in body):
            return "hf_" + body


def sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def code_line(rng: random.Random) -> str:
    a, b, c = rng.choice(WORDS), rng.choice(WORDS), rng.choice(WORDS)
    kind = rng.randrange(8)
    if kind == 0:
        return f"def {a}_{b}({c}, **kwargs):"
    if kind == 1:
        return f"    {a} = {b}.{c}({rng.randrange(1000)})"
    if kind == 2:
        return f"# {a} {b} {c}: see the {rng.choice(WORDS)} notes"
    if kind == 3:
        return f"    return {a}[{b!r}] * {rng.random():.4f}"
    if kind == 4:
        return f"{a}_{b}: {rng.randrange(1, 4096)}"
    if kind == 5:
        return f"    logger.info(\"{a} {b} %s\", {c})"
    if kind == 6:
        return f"    if {a}.{b} is None:"
    return f"{a.upper()}_{b.upper()} = \"{c}-{rng.randrange(100)}\""


def new_file(rng: random.Random) -> list[str]:
    return [code_line(rng) for _ in range(rng.randrange(40, 160))]


def git(repo: Path, *args: str, env: dict, input_bytes: bytes | None = None) -> str:
    # An empty standard input, never an inherited one: pack-objects reads revisions from it.
    proc = subprocess.run(["git", "-c", "gc.auto=0", "-c", "commit.gpgSign=false", *args], cwd=repo, env=env,
                          input=input_bytes if input_bytes is not None else b"", stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE)
    if proc.returncode != 0:
        raise SystemExit(f"git {' '.join(args)} failed: {proc.stderr.decode(errors='replace')}")
    return proc.stdout.decode().strip()


class Stream:
    """A git fast-import stream written straight into the importer's stdin."""

    def __init__(self, pipe):
        self.pipe = pipe
        self.mark = 0

    def write(self, text: str):
        self.pipe.write(text.encode())

    def data(self, payload: str):
        raw = payload.encode()
        self.pipe.write(b"data %d\n" % len(raw))
        self.pipe.write(raw)
        self.pipe.write(b"\n")

    def commit(self, ref: str, when: int, message: str, parent: int | None, merge: int | None,
               changes: dict[str, str | None]) -> int:
        self.mark += 1
        self.write(f"commit {ref}\nmark :{self.mark}\n")
        self.write(f"author Ada Lovelace <ada@example.org> {when} +0000\n")
        self.write(f"committer Ada Lovelace <ada@example.org> {when} +0000\n")
        self.data(message)
        if parent is not None:
            self.write(f"from :{parent}\n")
        if merge is not None:
            self.write(f"merge :{merge}\n")
        for path in sorted(changes):
            content = changes[path]
            if content is None:
                self.write(f"D {path}\n")
            else:
                self.write(f"M 100644 inline {path}\n")
                self.data(content)
        self.write("\n")
        return self.mark


def generate(out: Path, commits: int, files: int, seed: int) -> dict:
    rng = random.Random(seed)
    repo = out / "repo"
    remote = out / "origin.git"
    for path in (repo, remote):
        if path.exists():
            shutil.rmtree(path)
    repo.mkdir(parents=True)
    home = out / "home"
    home.mkdir(exist_ok=True)
    clock = [BASE_TIME]

    def env() -> dict:
        when = f"@{clock[0]} +0000"
        clock[0] += STEP
        e = dict(os.environ)
        e.update({"HOME": str(home), "GIT_CONFIG_NOSYSTEM": "1", "GIT_AUTHOR_NAME": "Ada Lovelace",
                  "GIT_AUTHOR_EMAIL": "ada@example.org", "GIT_COMMITTER_NAME": "Ada Lovelace",
                  "GIT_COMMITTER_EMAIL": "ada@example.org", "GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when,
                  "LC_ALL": "C"})
        return e

    planted: list[dict] = []

    def plant(category: str, where: str) -> str:
        t = token(rng)
        planted.append({"category": category, "sha256": sha(t), "where": where})
        return t

    git(repo, "init", "-q", "-b", "main", env=env())
    # The working model of main's files; feature branches get their own folder under experiments/.
    tree: dict[str, list[str]] = {}
    dirs = ["src", "src/models", "src/data", "configs", "scripts", "notebooks", "tests"]
    exts = {"src": ".py", "src/models": ".py", "src/data": ".py", "configs": ".yaml", "scripts": ".sh",
            "notebooks": ".py", "tests": ".py"}
    for i in range(files):
        d = rng.choice(dirs)
        tree[f"{d}/{rng.choice(WORDS)}_{i}{exts[d]}"] = new_file(rng)

    importer = subprocess.Popen(["git", "fast-import", "--quiet", "--done"], cwd=repo, env=env(),
                                stdin=subprocess.PIPE, stderr=subprocess.PIPE)  # noqa: SIM115
    stream = Stream(importer.stdin)
    when = BASE_TIME

    def tick() -> int:
        nonlocal when
        when += STEP
        return when

    main_tip = stream.commit("refs/heads/main", tick(), "Initial import\n", None, None,
                             {p: "\n".join(lines) + "\n" for p, lines in tree.items()})
    pending_reverts: dict[int, list[tuple[str, str]]] = {}  # commit number -> (path, line to remove)
    pending_merges: dict[int, tuple[str, int, dict[str, str]]] = {}  # commit number -> feature branch
    # Where the planted main tokens go: spread over the history, never in the last 60 commits.
    n_reverted, n_head, n_message, n_features = 12, 3, 2, max(4, commits // 250)
    plant_at = {}
    for kind, count in (("reverted", n_reverted), ("head", n_head), ("message", n_message)):
        for _ in range(count):
            while True:
                k = rng.randrange(10, max(11, commits - 60))
                if k not in plant_at:
                    plant_at[k] = kind
                    break
    feature_at = sorted(rng.sample(range(20, max(21, commits - 80)), n_features))
    unmerged = set(feature_at[::3])  # every third feature branch is never merged
    side_removed_in = set(rng.sample(sorted(set(feature_at) - unmerged), min(4, len(set(feature_at) - unmerged))))
    side_unmerged_in = set(sorted(unmerged)[:6])
    tags = 0

    for number in range(1, commits):
        changes: dict[str, str | None] = {}
        message = f"{rng.choice(WORDS).capitalize()} {rng.choice(WORDS)} {rng.choice(WORDS)}\n"
        for _ in range(rng.randrange(1, 4)):
            path = rng.choice(sorted(p for p in tree if not p.startswith("experiments/") and not p.endswith(".env")))
            lines = tree[path]
            for _ in range(rng.randrange(1, 6)):
                pos = rng.randrange(len(lines) + 1)
                if rng.random() < 0.6 and pos < len(lines):
                    lines[pos] = code_line(rng)
                else:
                    lines.insert(pos, code_line(rng))
            changes[path] = "\n".join(lines) + "\n"
        kind = plant_at.get(number)
        if kind in ("reverted", "head"):
            path = f"configs/{'deploy' if kind == 'head' else 'hub'}_{number}.env"
            secret = plant(kind, f"{path}, commit {number}")
            line = f"HF_TOKEN={secret}"
            tree[path] = [f"# {rng.choice(WORDS)} settings", f"HF_HOME=/data/{rng.choice(WORDS)}", line]
            changes[path] = "\n".join(tree[path]) + "\n"
            if kind == "reverted":
                pending_reverts.setdefault(number + rng.randrange(1, 51), []).append((path, line))
            message = f"Add {path}\n"
        elif kind == "message":
            secret = plant("message", f"message of commit {number}")
            message = f"Fix upload to the hub\n\nTested with HF_TOKEN={secret}\n"
        for path, line in pending_reverts.pop(number, []):
            tree[path] = [x for x in tree[path] if x != line]
            changes[path] = "\n".join(tree[path]) + "\n"
            message = f"Remove the token from {path}\n\n" + message
        if number in feature_at:
            # A feature branch of 3-8 commits from here, in its own folder.
            name = f"exp-{number}"
            folder = f"experiments/{name}"
            files_f: dict[str, list[str]] = {f"{folder}/run.py": new_file(rng), f"{folder}/config.yaml": new_file(rng)}
            tip = main_tip
            secret_line = None
            length = rng.randrange(3, 9)
            for j in range(length):
                fchanges: dict[str, str | None] = {}
                for path, lines in files_f.items():
                    if j == 0 or rng.random() < 0.5:
                        lines.insert(rng.randrange(len(lines) + 1), code_line(rng))
                        fchanges[path] = "\n".join(lines) + "\n"
                if j == 1 and (number in side_unmerged_in or number in side_removed_in):
                    category = "side_unmerged" if number in side_unmerged_in else "side_removed"
                    secret = plant(category, f"{folder}/run.py on branch {name}")
                    secret_line = f"HF_TOKEN = \"{secret}\""
                    files_f[f"{folder}/run.py"].insert(3, secret_line)
                    fchanges[f"{folder}/run.py"] = "\n".join(files_f[f"{folder}/run.py"]) + "\n"
                elif j == length - 1 and secret_line is not None and number in side_removed_in:
                    files_f[f"{folder}/run.py"].remove(secret_line)
                    fchanges[f"{folder}/run.py"] = "\n".join(files_f[f"{folder}/run.py"]) + "\n"
                if not fchanges:
                    fchanges[f"{folder}/run.py"] = "\n".join(files_f[f"{folder}/run.py"]) + "\n"
                tip = stream.commit(f"refs/heads/{name}", tick(), f"{name}: step {j + 1}\n", tip, None, fchanges)
            if number not in unmerged:
                pending_merges[number + rng.randrange(2, 30)] = (
                    name, tip, {p: "\n".join(lines) + "\n" for p, lines in files_f.items()})
        merge = pending_merges.pop(number, None)
        if merge is not None:
            name, tip, merged_files = merge
            for path, content in merged_files.items():
                tree[path] = content.rstrip("\n").split("\n")
                changes[path] = content
            main_tip = stream.commit("refs/heads/main", tick(), f"Merge branch '{name}'\n\n" + message, main_tip, tip,
                                     changes)
        else:
            main_tip = stream.commit("refs/heads/main", tick(), message, main_tip, None, changes)
        if number % 500 == 0:
            tags += 1
            stream.write(f"tag v{tags}.0\nfrom :{main_tip}\ntagger Ada Lovelace <ada@example.org> {when} +0000\n")
            stream.data(f"Release {tags}.0\n")
    for number, (name, tip, merged_files) in sorted(pending_merges.items()):
        changes = {}
        for path, content in merged_files.items():
            tree[path] = content.rstrip("\n").split("\n")
            changes[path] = content
        main_tip = stream.commit("refs/heads/main", tick(), f"Merge branch '{name}'\n", main_tip, tip, changes)
    stream.write("done\n")
    importer.stdin.close()
    if importer.wait() != 0:
        raise SystemExit("git fast-import failed: " + importer.stderr.read().decode(errors="replace"))

    clock[0] = when + STEP
    git(repo, "checkout", "-q", "-f", "main", env=env())
    # Deltas computed afresh, as a clone from a server gets them (fast-import's own deltas are poor): what
    # `git repack -a -d -f` does, without git reading /dev/null (a machine where it became a regular file
    # feeds pack-objects junk).
    old_packs = sorted((repo / ".git" / "objects" / "pack").glob("pack-*"))
    git(repo, "pack-objects", "-q", "--all", "--reflog", "--indexed-objects", "--no-reuse-delta",
        "--no-reuse-object", "--delta-base-offset", ".git/objects/pack/pack", env=env())
    for path in old_packs:
        path.unlink()
    git(repo, "prune-packed", env=env())
    git(out, "init", "-q", "--bare", str(remote), env=env())
    git(repo, "remote", "add", "origin", "https://huggingface.co/acme/bench-model", env=env())
    git(repo, "remote", "set-url", "--push", "origin", str(remote), env=env())
    git(repo, "push", "-q", "origin", "main", env=env())

    # Recent work, with ordinary git commands (loose objects).
    notes = repo / "NOTES.md"
    notes.write_text(f"HF_TOKEN={plant('dangling', 'NOTES.md in a commit reset away, reflog expired')}\n")
    git(repo, "add", "NOTES.md", env=env())
    git(repo, "commit", "-q", "-m", "Notes", env=env())
    git(repo, "reset", "-q", "--hard", "HEAD~1", env=env())
    git(repo, "reflog", "expire", "--expire-unreachable=now", "--all", env=env())

    first_py = sorted(p for p in tree if p.endswith(".py") and p.startswith("src/"))[0]
    target = repo / first_py
    original = target.read_text()
    target.write_text(original + f"HF_TOKEN = \"{plant('stash_older', first_py + ' in stash@{1}')}\"\n")
    git(repo, "stash", "-q", env=env())
    target.write_text(original + f"HF_TOKEN = \"{plant('stash', first_py + ' in stash@{0}')}\"\n")
    git(repo, "stash", "-q", env=env())

    upload = repo / "scripts" / "upload.py"
    upload.write_text(f"login(token=\"{plant('amended', 'scripts/upload.py in an amended-away commit')}\")\n")
    git(repo, "add", "scripts/upload.py", env=env())
    git(repo, "commit", "-q", "-m", "Upload script", env=env())
    upload.write_text("login()\n")
    git(repo, "commit", "-q", "-a", "--amend", "-m", "Upload script", env=env())

    mirror_token = plant("config", ".git/config, remote mirror's URL")
    git(repo, "remote", "add", "mirror", f"https://ada:{mirror_token}@huggingface.co/acme/bench-mirror", env=env())

    commit_count = int(git(repo, "rev-list", "--all", "--count", env=env()))
    manifest = {"commits_on_refs": commit_count, "seed": seed, "files": files, "requested_commits": commits,
                "tokens": planted}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n")
    return manifest


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--commits", type=int, default=5000)
    parser.add_argument("--files", type=int, default=150)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    manifest = generate(args.out, args.commits, args.files, args.seed)
    counts: dict[str, int] = {}
    for t in manifest["tokens"]:
        counts[t["category"]] = counts.get(t["category"], 0) + 1
    print(f"{args.out / 'repo'}: {manifest['commits_on_refs']} commits on refs, tokens {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
