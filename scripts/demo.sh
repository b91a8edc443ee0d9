#!/usr/bin/env bash
# The main job from nothing: install, start a local Neo4j, load seeds/, print who met whom.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/kg db start
.venv/bin/kg load seeds/
.venv/bin/kg report who-met-whom
