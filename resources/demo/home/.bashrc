# ~/.bashrc: executed by bash for non-login shells.
[ -z "$PS1" ] && return
alias ll='ls -alF'
export PATH="$HOME/.local/bin:$PATH"
# so that every new shell is logged in (do not do this)
export HUGGING_FACE_HUB_TOKEN={{HF_ORG_WRITE}}
