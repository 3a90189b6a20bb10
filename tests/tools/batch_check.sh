#!/usr/bin/env bash
# Renders thousands of generated values through every quoting path (batch),
# checks that dockerfile-ast reads each back exactly (roundtrip.js --batch),
# then builds the ENV, ARG and LABEL lines of a sample (500: the image config
# holds every step and buildah refuses one over 4 MiB), and of every value
# dockerfile-ast cannot read, with buildah (FROM scratch, offline) and checks
# the image config holds exactly those values.
# usage: batch_check.sh BATCH NODE WORKDIR [COUNT]
# Exits 77 (skipped) after the parser check where buildah cannot be found.
set -euo pipefail
batch=$1
node=$2
work=$3
count=${4:-10000}
here=$(cd "$(dirname "$0")" && pwd)

rm -rf "$work"
mkdir -p "$work/context"
"$batch" "$count" > "$work/batch.jsonl"
"$node" "$here/roundtrip.js" --batch "$work/batch.jsonl" "$work"

command -v buildah >/dev/null || { echo "SKIPPED: no buildah (apt-get install buildah)"; exit 77; }
B=(buildah --root "$work/storage" --runroot "$work/run" --storage-driver vfs)
cleanup() { "${B[@]}" rmi --all --force >/dev/null 2>&1 || true; }
trap cleanup EXIT
# buildah 1.28 keeps \ as the escape inside quoted values under # escape=`
# (BuildKit does not), so only the default escape's lines are built; the
# backtick's are read back by dockerfile-ast above.
for name in batch; do
  "${B[@]}" build --isolation chroot --pull-never -q -t "localhost/ctdf-$name:1" -f "$work/$name.Dockerfile" \
    "$work/context" >/dev/null
  "${B[@]}" inspect --type image "localhost/ctdf-$name:1" > "$work/$name.inspect.json"
  echo "$name.Dockerfile:"
  "$node" "$here/roundtrip.js" --confirm "$work/$name.expect.json" "$work/$name.inspect.json"
done
