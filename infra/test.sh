#!/usr/bin/env bash
# The whole test suite: installs what the tests need (Chromium for the browser tests), then
# builds every module and runs every spec against a real (embedded) PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
. infra/scripts/java-home.sh
bash infra/scripts/install-test-deps.sh
exec ./mvnw -B verify "$@"
