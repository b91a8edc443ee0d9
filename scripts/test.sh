#!/usr/bin/env bash
# Install, then run every test; the test session starts (and stops) its own local Neo4j.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/python -m pytest -q "$@"
