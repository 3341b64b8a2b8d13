#!/usr/bin/env bash
# Installs DynamoDB Local (pinned in .ci/dynamodb-local/pom.xml) from Maven Central into a cache folder that
# survives between runs, and prints that folder. Needs Java 17+ and Maven. Idempotent.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
version="$(sed -n 's:.*<dynamodb.local.version>\(.*\)</dynamodb.local.version>.*:\1:p' "$here/dynamodb-local/pom.xml")"
dest="${PIK_CACHE_DIR:-$HOME/.cache/pik}/dynamodb-local/$version"
stamp="$(sha256sum "$here/dynamodb-local/LoopbackDynamoDbLocal.java" | cut -c1-12)"
if [ -f "$dest/.complete" ] && [ "$(cat "$dest/.complete")" = "$stamp" ]; then echo "$dest"; exit 0; fi
rm -rf "$dest"; mkdir -p "$dest/lib"
mvn -q -B -f "$here/dynamodb-local/pom.xml" dependency:copy-dependencies \
  -DoutputDirectory="$dest/lib" -DincludeScope=runtime >&2
# sqlite4java looks for its native library under the plain name in java.library.path.
for so in "$dest"/lib/libsqlite4java-linux-*.so; do
  [ -e "$so" ] || continue
  base="$(basename "$so")"; plain="$(echo "$base" | sed -E 's/-[0-9.]+\.so$/.so/')"
  cp "$so" "$dest/lib/$plain"
done
javac -d "$dest" -cp "$dest/lib/*" "$here/dynamodb-local/LoopbackDynamoDbLocal.java" >&2
echo "$stamp" > "$dest/.complete"
echo "$dest"
