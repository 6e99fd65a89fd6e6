#!/usr/bin/env sh
# Lists the dependencies, plugins and version properties that have a newer stable release (docs/dependencies.md).
# Needs Maven Central; without it, says so and exits 0 (this is a report, never a gate).
cd "$(dirname "$0")/.." || exit 1
if ./mvnw -B -ntp -q -Poutdated validate; then
  cat target/outdated.txt
else
  echo "The outdated report needs the Maven repository (network); nothing was checked." >&2
fi
exit 0
