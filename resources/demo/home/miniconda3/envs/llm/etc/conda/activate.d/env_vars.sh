#!/bin/sh
export WANDB_API_KEY={{WANDB}}
export WANDB_PROJECT=llama-finetune
