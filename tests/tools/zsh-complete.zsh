#!/usr/bin/env zsh
# SPDX-License-Identifier: GPL-3.0-or-later
# Prints, one per line, what zsh's completion offers for a command line: runs an interactive `zsh -f` on a
# pseudo-terminal (zsh/zpty) with compinit and the completion functions of FOLDER, types LINE and a Tab, and
# records every match the completion system adds (compadd is wrapped; the real _arguments, _describe and
# _files do the work). Used by tests/tst_cli_docs.cpp for packaging/cli-docs.py's _keyscout.
#
# Usage: zsh-complete.zsh FOLDER LINE    (exit 2: the shell did not finish completing within 20 s)
emulate -L zsh
setopt err_return
zmodload zsh/zpty
local folder=${1:A} line=$2
local work=$(mktemp -d)  # removed at the end, not by an EXIT trap, which the pty's forked shell would run

# The shell on the terminal: no rc files, no prompt, Tab completes, every match appended to $work/matches,
# and $work/done written when a completion has finished.
cat > $work/setup.zsh <<EOF
PS1='' PS2='' RPS1=''
fpath=(${(q)folder} \$fpath)
autoload -Uz compinit && compinit -u -D
zstyle ':completion:*' list-grouped false
zstyle ':completion:*' insert-tab false
bindkey '^I' complete-word
compadd() {
  # Calls that only collect matches (-O, -A, -D) are the completion system's own bookkeeping.
  if (( \${@[(I)-[OAD]]} )); then builtin compadd "\$@"; return; fi
  local -a __matches
  builtin compadd -O __matches "\$@"
  (( \$#__matches )) && print -rl -- \$__matches >> ${(q)work}/matches
  builtin compadd "\$@"
}
__record_done() { : >> ${(q)work}/done }
comppostfuncs=(__record_done)
print ready
EOF

zpty ks zsh -f -i
zpty -w ks "source ${(q)work}/setup.zsh"
local out
integer i
for (( i = 0; i < 100; i++ )); do
    zpty -r -t ks out 2>/dev/null && [[ $out == *ready* ]] && break
    sleep 0.1
done
: > $work/matches
zpty -w -n ks "$line"$'\t'
for (( i = 0; i < 200; i++ )); do
    [[ -e $work/done ]] && break
    zpty -r -t ks out 2>/dev/null || sleep 0.1
done
zpty -d ks
integer result=0
if [[ -e $work/done ]]; then
    sort -u $work/matches
else
    print -u2 "zsh-complete: no completion for: $line"
    result=2
fi
rm -rf $work
exit $result
