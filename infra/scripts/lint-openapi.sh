#!/usr/bin/env bash
# Lints the API's OpenAPI document with Redocly's recommended rules, on demand (not part of the
# suite; it fetches @redocly/cli from the npm registry through npx). The document is the one the
# backend serves: ApiDescriptionSpec leaves a copy in backend/server/target/openapi/reviewhub.yml
# (run it first: ./mvnw -pl backend/server -am verify -Dtest=ApiDescriptionSpec
# -Dsurefire.failIfNoSpecifiedTests=false), or give a path or URL, e.g.
# infra/scripts/lint-openapi.sh http://localhost:8081/openapi/reviewhub.yml
set -euo pipefail
cd "$(dirname "$0")/../.."
DOC="${1:-backend/server/target/openapi/reviewhub.yml}"
exec npx --yes @redocly/cli@2.77.0 lint --extends recommended "$DOC"
