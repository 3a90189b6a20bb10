#!/usr/bin/env bash
# Builds ctdf's end-to-end definitions with buildah, offline, from a base
# image committed here from busybox-static, and checks the images' config and
# files. usage: buildah_e2e.sh GENERATOR WORKDIR
# Exits 77 (skipped) where buildah or busybox cannot be found.
set -euo pipefail
generator=$1
work=$2
for tool in buildah busybox; do
  command -v "$tool" >/dev/null || { echo "SKIPPED: no $tool (apt-get install buildah busybox-static)"; exit 77; }
done

rm -rf "$work"
mkdir -p "$work/rootfs/bin" "$work/context"
B=(buildah --root "$work/storage" --runroot "$work/run" --storage-driver vfs)
cleanup() { "${B[@]}" rm --all >/dev/null 2>&1 || true; }
trap cleanup EXIT

# A base image: busybox and its applets, PATH=/bin.
cp "$(command -v busybox)" "$work/rootfs/bin/"
for applet in sh cat printf wc ls test stat; do ln -sf busybox "$work/rootfs/bin/$applet"; done
c=$("${B[@]}" from scratch)
"${B[@]}" copy "$c" "$work/rootfs/" / >/dev/null
"${B[@]}" config --env PATH=/bin "$c"
"${B[@]}" commit -q "$c" localhost/ctdf-e2e-base:1 >/dev/null

"$generator" "$work"
echo "hello from the context" > "$work/context/greeting.txt"
mkdir -p "$work/bundle" && printf bundled > "$work/bundle/bundled.txt"
tar -C "$work/bundle" -cf "$work/context/bundle.tar" bundled.txt
printf 's3cret' > "$work/token"

build() {
  "${B[@]}" build --isolation chroot --pull-never -q --secret "id=token,src=$work/token" \
    -t localhost/ctdf-e2e:1 -f "$work/everything.Dockerfile" "$work/context" >/dev/null
}
failures=0
expect() {  # expect WHAT ACTUAL EXPECTED
  if [ "$2" == "$3" ]; then echo "ok: $1"; else echo "FAILED: $1: got [$2], expected [$3]"; failures=$((failures + 1)); fi
}
config() { "${B[@]}" inspect --type image --format "$1" localhost/ctdf-e2e:1; }
file() {
  local c
  c=$("${B[@]}" from -q --pull-never localhost/ctdf-e2e:1)
  "${B[@]}" run --isolation chroot "$c" -- sh -c "$1" 2>/dev/null || echo "<missing>"
  "${B[@]}" rm "$c" >/dev/null
}

build
expect "Env" "$(config '{{range .OCIv1.Config.Env}}{{.}};{{end}}')" \
  "VERSION=1.0;GREETING=hello world;PATH=/opt/tool/bin:/bin;"
expect "WorkingDir" "$(config '{{.OCIv1.Config.WorkingDir}}')" "/app"
expect "Entrypoint" "$(config '{{range .OCIv1.Config.Entrypoint}}[{{.}}]{{end}}')" '[cat]'
expect "Cmd" "$(config '{{range .OCIv1.Config.Cmd}}[{{.}}]{{end}}')" '[/app/mode.txt]'
expect "Labels" "$(config '{{index .OCIv1.Config.Labels "org.opencontainers.image.title"}}')" "ctdf e2e"
expect "ExposedPorts" "$(config '{{range $p, $_ := .OCIv1.Config.ExposedPorts}}[{{$p}}]{{end}}')" "[53/udp][8080/tcp]"
expect "Volumes" "$(config '{{range $v, $_ := .OCIv1.Config.Volumes}}[{{$v}}]{{end}}')" "[/data]"
expect "StopSignal" "$(config '{{.OCIv1.Config.StopSignal}}')" "SIGQUIT"
expect "User" "$(config '{{.OCIv1.Config.User}}')" "1000:1000"
expect "env scope reached every command" "$(file 'cat /app/mode.txt')" "$(printf "it's ci\nit's ci")"
expect "env scope is not in the image" "$(file 'printf "[%s]" "$MODE"')" "[]"
expect "secret read in its RUN" "$(file 'cat /app/secret-size.txt')" "6"
expect "secret not in the image" "$(file 'test -e /run/secrets/token && echo present || echo absent')" "absent"
expect "bind mount of the context" "$(file 'cat /app/from-bind.txt')" "hello from the context"
expect "echo wrote exactly the text" "$(file 'cat /app/echo.txt')" "it's \"quoted\" \$HOME"
expect "derived stage" "$(file 'cat /app/child.txt')" "child"
expect "copy from another stage" "$(file 'cat /app/tool.txt')" "tool"
expect "COPY --chmod --chown" "$(file 'stat -c "%a %u:%g" /app/greeting.txt')" "640 1000:1001"
expect "ADD unpacked a local tar" "$(file 'cat /app/bundle/bundled.txt')" "bundled"
expect "ADD --chmod --chown" "$(file 'stat -c "%a %u:%g" /app/added.txt')" "600 1002:1002"
expect "tmpfs mount read in its RUN" "$(file 'cat /app/tmpfs.txt')" "t"
expect "tmpfs mount not in the image" "$(file 'test -e /scratch/t && echo present || echo absent')" "absent"
expect "bind mount of another stage" "$(file 'cat /app/bound-tool.txt')" "tool"
expect "readwrite bind mount written in its RUN" "$(file 'cat /app/rw.txt')" "w"
# BuildKit throws a readwrite bind's writes away; buildah 1.28 (chroot
# isolation) writes them through to the context directory: not checked.
expect "cache mount id, mode, uid and gid" "$(file 'cat /app/cache-owner.txt')" "750 1000:1001"
expect "secret mount mode, uid and gid" "$(file 'cat /app/secret-owner.txt')" "440 1000:1001"
# The cache may hold earlier runs' marks; a second build must see one more.
first=$(file 'cat /app/builds.txt')
build
expect "second build: the cache mount persisted" "$(file 'cat /app/builds.txt')" "$((first + 1))"

echo "$failures failed"
[ "$failures" -eq 0 ]
