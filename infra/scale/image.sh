#!/usr/bin/env bash
# Runs the production images here, with no Docker engine and no registry (issue 14, item 3), and
# checks they are reproducible. On demand (about 10 minutes: two clean image builds).
#   1. Makes a base image from the local JDK 25: a jlink runtime of it (/opt/java), bash, env and
#      dirname with the libraries they load, copied from this machine, user 65532; one layer,
#      fixed times, as a `docker save` tarball, which Jib takes as `-Dreviewhub.base-image=tar://...`.
#   2. Builds the images twice from clean (`-Pimages`, Jib) and compares the digests.
#   3. Unpacks the backend and UI images' layers into a directory each and runs each image's
#      entrypoint inside it (its own mount and process namespaces, chroot, as the image's user),
#      the backend on a PostgreSQL from Debian's packages: waits for health, signs in, opens the UI.
#      These runs are also the images' training runs: each JVM records an AOT cache as it goes
#      (REVIEWHUB_AOT_CACHE) and writes it when it stops.
#   4. Makes an image of each that carries its cache (`reviewhub-backend-aot.tar`,
#      `reviewhub-ui-aot.tar`: one more layer, /app/aot/<role>.aot, and REVIEWHUB_AOT_CACHE set), runs
#      it, checks the JVM used the cache, and prints start to ready with and without it, alternately.
# Needs root (chroot, namespaces). REVIEWHUB_SCALE_DIR and REVIEWHUB_SCALE_BASE_PORT as for run.sh.
. "$(dirname "$0")/lib.sh"
IMG="$WORK/image"
BPORT=$((BASE + 5)) UPORT=$((BASE + 15))
[ "$(id -u)" = 0 ] || { say "infra/scale/image.sh runs the images with chroot: run it as root." >&2; exit 77; }
mkdir -p "$WORK"
install_packages postgresql jq curl
FAILED=0
# REVIEWHUB_SKIP_BUILD=1 runs the images the last run built (in $IMG) again.
if [ "${REVIEWHUB_SKIP_BUILD:-}" != 1 ] || [ ! -f "$IMG/backend.tar" ]; then
rm -rf "$IMG"; mkdir -p "$IMG"

say "1. A base image from the local JDK ($JAVA_HOME)"
R="$IMG/base-root"
mkdir -p "$R"/usr/bin "$R"/usr/lib "$R"/usr/lib64 "$R"/etc "$R"/tmp "$R"/proc "$R"/dev "$R"/opt "$R"/app
ln -s usr/bin "$R/bin"; ln -s usr/lib "$R/lib"; ln -s usr/lib64 "$R/lib64"
chmod 1777 "$R/tmp"
modules=$(java --list-modules | sed 's/@.*//' \
  | grep -v -x -e jdk.jlink -e jdk.jpackage -e jdk.jartool -e jdk.javadoc -e jdk.compiler -e jdk.jshell \
               -e jdk.jdeps -e jdk.hotspot.agent -e jdk.incubator.vector | paste -sd,)
jlink --add-modules "$modules" --strip-debug --no-man-pages --no-header-files --output "$R/opt/java"
for p in bash env dirname; do cp -L "$(command -v "$p")" "$R/usr/bin/$p"; done
# Every library the programs and the runtime's own libraries load, from this machine.
{ ldd "$R"/usr/bin/* "$R/opt/java/bin/java"; find "$R/opt/java/lib" -name '*.so' -exec ldd {} \; ; } 2>/dev/null \
  | grep -o '/[^ ]*\.so[^ ]*' | grep -v "^$R" | sort -u | while read -r lib; do
    mkdir -p "$R$(dirname "$lib")"; cp -L "$lib" "$R$lib"
  done
printf 'root:x:0:0:root:/root:/usr/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/usr/sbin/nologin\n' >"$R/etc/passwd"
printf 'root:x:0:\nnonroot:x:65532:\n' >"$R/etc/group"
printf '127.0.0.1 localhost\n::1 localhost\n' >"$R/etc/hosts"
find "$R" -exec touch -h -d @0 {} +
tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -C "$R" -cf "$IMG/layer.tar" .
layer_sha=$(sha256sum "$IMG/layer.tar" | cut -d' ' -f1)
cat >"$IMG/config.json" <<JSON
{"architecture":"amd64","os":"linux","created":"1970-01-01T00:00:00Z",
 "config":{"Env":["PATH=/opt/java/bin:/usr/bin:/bin","JAVA_HOME=/opt/java","LANG=C.UTF-8"],"User":"65532:65532"},
 "rootfs":{"type":"layers","diff_ids":["sha256:$layer_sha"]},
 "history":[{"created":"1970-01-01T00:00:00Z","created_by":"infra/scale/image.sh: jlink runtime of the local JDK, bash, env, dirname"}]}
JSON
config_sha=$(sha256sum "$IMG/config.json" | cut -d' ' -f1)
mv "$IMG/config.json" "$IMG/$config_sha.json"
printf '[{"Config":"%s.json","RepoTags":["reviewhub-base:local"],"Layers":["layer.tar"]}]' "$config_sha" >"$IMG/manifest.json"
tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -C "$IMG" -cf "$IMG/base.tar" manifest.json "$config_sha.json" layer.tar
figure "base image: layer / config" "sha256:${layer_sha:0:16}... / sha256:${config_sha:0:16}..."
figure "base image size" "$(du -h "$IMG/base.tar" | cut -f1)"

say "2. The images, built twice from clean"
build_images() { # log
  ./mvnw -B -q -DskipTests -Pimages clean package -pl backend/server,ui -am \
    -Dreviewhub.base-image="tar://$IMG/base.tar" >"$1" 2>&1 || { tail -40 "$1" >&2; exit 1; }
}
t0=$(date +%s)
build_images "$IMG/build-1.log"
d1b=$(cat backend/server/target/jib-image.digest); d1u=$(cat ui/target/jib-image.digest)
cp backend/server/target/reviewhub-backend.tar "$IMG/backend.tar"; cp ui/target/reviewhub-ui.tar "$IMG/ui.tar"
build_images "$IMG/build-2.log"
d2b=$(cat backend/server/target/jib-image.digest); d2u=$(cat ui/target/jib-image.digest)
figure "two clean builds of both images" "$(( $(date +%s) - t0 )) s"
figure "backend digest, build 1" "$d1b"
figure "backend digest, build 2" "$d2b"
figure "UI digest, build 1" "$d1u"
figure "UI digest, build 2" "$d2u"
figure "image tarballs: backend / UI" "$(du -h "$IMG/backend.tar" | cut -f1) / $(du -h "$IMG/ui.tar" | cut -f1)"
if [ "$d1b" = "$d2b" ] && [ "$d1u" = "$d2u" ]; then say "  PASS the same sources give the same digests"; else say "  FAIL digests differ"; FAILED=1; fi

fi
say "3. Running the images from their unpacked layers"
# An OCI image tarball: index.json -> manifest -> config and layers (tar+gzip), applied in order.
unpack() { # image.tar dir -> prints the config's Entrypoint, Env (one a line) and User into dir.*
  local x="$2.oci"; rm -rf "$x" "$2"; mkdir -p "$x" "$2"
  tar -xf "$1" -C "$x"
  local manifest; manifest=$(jq -r '.manifests[0].digest' "$x/index.json" | sed 's/sha256://')
  local config; config=$(jq -r '.config.digest' "$x/blobs/sha256/$manifest" | sed 's/sha256://')
  for layer in $(jq -r '.layers[].digest' "$x/blobs/sha256/$manifest" | sed 's/sha256://'); do
    tar -xzf "$x/blobs/sha256/$layer" -C "$2" --numeric-owner --warning=no-unknown-keyword
  done
  jq -r '.config.Entrypoint[]' "$x/blobs/sha256/$config" >"$2.entrypoint"
  jq -r '.config.Env[]' "$x/blobs/sha256/$config" >"$2.env"
  jq -r '.config.User' "$x/blobs/sha256/$config" >"$2.user"
  jq -r '.config.WorkingDir // "/"' "$x/blobs/sha256/$config" >"$2.workdir"
  jq -r '.layers | length' "$x/blobs/sha256/$manifest"
}
run_image() { # rootfs log pid-file VAR=value...
  local root=$1 log=$2 pidfile=$3; shift 3
  local -a env entry
  mapfile -t env <"$root.env"; mapfile -t entry <"$root.entrypoint"
  unshare --mount --pid --fork --kill-child=SIGTERM --propagation private -- bash -c '
      root=$1; shift
      mount --bind /dev "$root/dev" && mount -t proc proc "$root/proc"
      exec chroot --userspec="$(cat "$root.user")" "$root" "$@"' _ "$root" \
    /usr/bin/env -i -C "$(cat "$root.workdir")" "${env[@]}" "$@" "${entry[@]}" >"$log" 2>&1 &
  echo $! >"$pidfile"
  PIDS+=($!)
}
stop_jvms_in() { # a pattern of root directories: SIGTERM to the JVMs whose root matches it
  local p
  for p in $(pgrep -f 'uk.reviewhub' || true); do
    case "$(readlink "/proc/$p/root")" in $1) kill "$p" 2>/dev/null || true ;; esac
  done
}
stop_images() { # the JVMs whose root is an unpacked image, then the rest
  stop_jvms_in "$IMG/*"
  stop_all
}
trap stop_images EXIT INT TERM
# Where each training run's JVM writes its cache, inside the image's own /tmp (writable by its user).
TRAINED=/tmp/trained.aot
bl=$(unpack "$IMG/backend.tar" "$IMG/backend-root"); ul=$(unpack "$IMG/ui.tar" "$IMG/ui-root")
figure "layers: backend / UI" "$bl / $ul"
figure "entrypoint (backend)" "$(paste -sd' ' "$IMG/backend-root.entrypoint"), user $(cat "$IMG/backend-root.user")"
pg_init; pg_start; pg_roles
t0=$(date +%s%N)
run_image "$IMG/backend-root" "$WORK/image-backend.log" "$WORK/image-backend.pid" \
  MICRONAUT_SERVER_PORT="$BPORT" REVIEWHUB_DATABASE_URL="$DB_URL" \
  REVIEWHUB_DATABASE_OWNER_USER=reviewhub_owner REVIEWHUB_DATABASE_OWNER_PASSWORD="$OWNER_PASSWORD" \
  REVIEWHUB_DATABASE_APP_USER=reviewhub_app REVIEWHUB_DATABASE_APP_PASSWORD="$APP_PASSWORD" \
  REVIEWHUB_JWT_SECRET="$JWT_SECRET" REVIEWHUB_DATA_DIR=/tmp/reviewhub REVIEWHUB_JAVA_OPTS=-Xmx512m \
  REVIEWHUB_AOT_CACHE=$TRAINED
wait_for "http://127.0.0.1:$BPORT/health" "backend image" "$WORK/image-backend.pid" "$WORK/image-backend.log" 300
figure "backend image: start to healthy (migrations, packs; recording its AOT cache)" "$(( ($(date +%s%N) - t0) / 1000000 )) ms"
jvm=""
for p in $(pgrep -f uk.reviewhub.Application); do
  [ "$(readlink "/proc/$p/root")" = "$IMG/backend-root" ] && jvm=$p
done
figure "backend's JVM runs as (uid) / its java" "$(ps -o uid= -p "$jvm" | tr -d ' ') / $(readlink "/proc/$jvm/exe")"
# The clean builds removed target/: hash the password with the image's own libraries.
BCRYPT_CP="$IMG/backend-root/app/libs/*" add_person image@scale.invalid norfolk MEMBER
sign_in "http://127.0.0.1:$BPORT" image@scale.invalid
me=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $ACCESS" "http://127.0.0.1:$BPORT/api/me")
figure "sign-in and /api/me on the backend image" "200 / $me"
first_line=$(grep -m1 '^{' "$WORK/image-backend.log" | jq -c '{level, logger, requestId, partnership} | keys' 2>/dev/null || echo "not JSON")
figure "log lines are JSON (keys of the first)" "$first_line"
t0=$(date +%s%N)
run_image "$IMG/ui-root" "$WORK/image-ui.log" "$WORK/image-ui.pid" \
  REVIEWHUB_UI_PORT="$UPORT" REVIEWHUB_BACKEND_URL="http://127.0.0.1:$BPORT" REVIEWHUB_UI_SECURE_COOKIES=false REVIEWHUB_JAVA_OPTS=-Xmx512m \
  REVIEWHUB_AOT_CACHE=$TRAINED
wait_for "http://127.0.0.1:$UPORT/" "UI image" "$WORK/image-ui.pid" "$WORK/image-ui.log" 300
figure "UI image: start to its first page (recording its AOT cache)" "$(( ($(date +%s%N) - t0) / 1000000 )) ms"
page=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$UPORT/")
[ "$me" = 200 ] && [ "$page" = 200 ] && say "  PASS both images run as user $(cat "$IMG/backend-root.user"), the backend serves signed-in requests, the UI its page" \
  || { say "  FAIL"; FAILED=1; }

say "4. Images that carry the AOT cache their training run recorded"
stop_image() { # rootfs pid-file: stops the image's JVM and waits for it (and for the cache it writes)
  stop_jvms_in "$1"
  wait "$(cat "$2")" 2>/dev/null || true
}
# image.tar cache role out.tar: the same image and one more layer holding the cache at
# /app/aot/<role>.aot (root's, read-only, fixed times), with REVIEWHUB_AOT_CACHE naming it, so that
# infra/prod/run.sh starts the JVM on it. The jars and the runtime are the image's own, byte for
# byte and at the same paths and times, which the JVM checks before it uses a cache.
aot_image() {
  local x="$IMG/$3-aot.oci" layer="$IMG/$3-aot.layer"
  put_blob() { # file -> moves it into the layout's blobs under its digest, prints the digest
    local d; d=$(sha256sum "$1" | cut -d' ' -f1); mv "$1" "$x/blobs/sha256/$d"; echo "$d"
  }
  rm -rf "$x" "$layer"; mkdir -p "$x" "$layer/app/aot"
  tar -xf "$1" -C "$x"
  install -m 0444 "$2" "$layer/app/aot/$3.aot"
  touch -d @1 "$layer/app/aot" "$layer/app/aot/$3.aot"
  tar --no-recursion --mtime=@1 --owner=0 --group=0 --numeric-owner -C "$layer" -cf "$layer.tar" app/aot "app/aot/$3.aot"
  local diff; diff=$(sha256sum "$layer.tar" | cut -d' ' -f1)
  gzip -n -f "$layer.tar"
  local blob; blob=$(put_blob "$layer.tar.gz")
  local manifest config
  manifest=$(jq -r '.manifests[0].digest' "$x/index.json" | sed 's/sha256://')
  config=$(jq -r '.config.digest' "$x/blobs/sha256/$manifest" | sed 's/sha256://')
  jq -c --arg diff "sha256:$diff" --arg role "$3" '
      .config.Env += ["REVIEWHUB_AOT_CACHE=/app/aot/\($role).aot"]
    | .rootfs.diff_ids += [$diff]
    | .history += [{created: "1970-01-01T00:00:00Z", created_by: "infra/scale/image.sh: the JVM AOT cache of a training run of this image"}]' \
    "$x/blobs/sha256/$config" >"$x/config.json"
  config=$(put_blob "$x/config.json")
  jq -c --arg config "sha256:$config" --argjson csize "$(stat -c %s "$x/blobs/sha256/$config")" \
        --arg blob "sha256:$blob" --argjson bsize "$(stat -c %s "$x/blobs/sha256/$blob")" '
      .config.digest = $config | .config.size = $csize
    | .layers += [{mediaType: "application/vnd.oci.image.layer.v1.tar+gzip", digest: $blob, size: $bsize}]' \
    "$x/blobs/sha256/$manifest" >"$x/manifest.json"
  rm "$x/blobs/sha256/$manifest"
  manifest=$(put_blob "$x/manifest.json")
  jq -c --arg m "sha256:$manifest" --argjson size "$(stat -c %s "$x/blobs/sha256/$manifest")" '
      .manifests[0].digest = $m | .manifests[0].size = $size
    | .manifests[0].annotations["org.opencontainers.image.ref.name"] |= sub(":(?<t>.*)$"; ":\(.t)-aot")' \
    "$x/index.json" >"$x/index.new" && mv "$x/index.new" "$x/index.json"
  (cd "$x" && find . -type f -exec touch -d @0 {} + && tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -cf "$4" oci-layout index.json blobs)
  rm -rf "$x" "$layer"
  echo "$manifest"
}
# image (backend, ui, backend-aot or ui-aot) url VAR=value...: starts the unpacked image, prints
# the milliseconds until the URL answers, and stops it.
timed_start() {
  local image=$1 url=$2 t0; shift 2
  t0=$(date +%s%N)
  run_image "$IMG/$image-root" "$WORK/image-$image.log" "$WORK/image-$image.pid" "$@"
  wait_for "$url" "$image image" "$WORK/image-$image.pid" "$WORK/image-$image.log" 300
  echo $(( ($(date +%s%N) - t0) / 1000000 ))
  stop_image "$IMG/$image-root" "$WORK/image-$image.pid"
}
# role url VAR=value...: three starts of the image and three of its -aot image, alternately, as
# "ms ms ms / ms ms ms"; the -aot image's first start logs whether its JVM used the cache.
alternate() {
  local role=$1 url=$2 plain=() aot=() extra i; shift 2
  for i in 1 2 3; do
    plain+=("$(timed_start "$role" "$url" "$@" "REVIEWHUB_JAVA_OPTS=$HEAP")")
    extra=$HEAP; [ "$i" = 1 ] && extra="$HEAP -Xlog:aot=info:file=/tmp/aot-check.log"
    aot+=("$(timed_start "$role-aot" "$url" "$@" "REVIEWHUB_JAVA_OPTS=$extra")")
  done
  echo "${plain[*]} / ${aot[*]}"
}
BACKEND_ENV=(MICRONAUT_SERVER_PORT="$BPORT" REVIEWHUB_DATABASE_URL="$DB_URL"
  REVIEWHUB_DATABASE_OWNER_USER=reviewhub_owner REVIEWHUB_DATABASE_OWNER_PASSWORD="$OWNER_PASSWORD"
  REVIEWHUB_DATABASE_APP_USER=reviewhub_app REVIEWHUB_DATABASE_APP_PASSWORD="$APP_PASSWORD"
  REVIEWHUB_JWT_SECRET="$JWT_SECRET" REVIEWHUB_DATA_DIR=/tmp/reviewhub)
UI_ENV=(REVIEWHUB_UI_PORT="$UPORT" REVIEWHUB_BACKEND_URL="http://127.0.0.1:$BPORT" REVIEWHUB_UI_SECURE_COOKIES=false)
# The pods' heap (75% of a 1536Mi limit, infra/k8s), not the training run's: a cache must hold for both.
HEAP=-Xmx1152m
stop_image "$IMG/ui-root" "$WORK/image-ui.pid"
stop_image "$IMG/backend-root" "$WORK/image-backend.pid"
for role in backend ui; do
  cache="$IMG/$role-root$TRAINED"
  if [ ! -s "$cache" ]; then say "  FAIL the $role image's training run wrote no AOT cache"; FAILED=1; continue; fi
  figure "$role: AOT cache from its training run" "$(du -h "$cache" | cut -f1)"
  m=$(aot_image "$IMG/$role.tar" "$cache" "$role" "$IMG/$role-aot.tar")
  figure "$role-aot image: manifest" "sha256:${m:0:16}..."
  unpack "$IMG/$role-aot.tar" "$IMG/$role-aot-root" >/dev/null
done
if [ "$FAILED" = 0 ]; then
  # Restarts on the migrated database, alternately without and with the cache; the UI on a backend.
  backend_starts=$(alternate backend "http://127.0.0.1:$BPORT/health" "${BACKEND_ENV[@]}")
  run_image "$IMG/backend-aot-root" "$WORK/image-backend-aot.log" "$WORK/image-backend-aot.pid" "${BACKEND_ENV[@]}" "REVIEWHUB_JAVA_OPTS=$HEAP"
  wait_for "http://127.0.0.1:$BPORT/health" "backend-aot image" "$WORK/image-backend-aot.pid" "$WORK/image-backend-aot.log" 300
  sign_in "http://127.0.0.1:$BPORT" image@scale.invalid
  me=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $ACCESS" "http://127.0.0.1:$BPORT/api/me")
  ui_starts=$(alternate ui "http://127.0.0.1:$UPORT/" "${UI_ENV[@]}")
  figure "backend restart to healthy: without / with the cache (ms)" "$backend_starts"
  figure "UI start to its first page: without / with the cache (ms)" "$ui_starts"
  figure "sign-in and /api/me on the backend-aot image" "200 / $me"
  used=0
  for role in backend ui; do
    if grep -q 'Using AOT-linked classes: true' "$IMG/$role-aot-root/tmp/aot-check.log" 2>/dev/null; then
      used=$((used + 1))
    else
      say "  the $role-aot image's JVM did not use its cache; its log:"; grep -i -m5 -e warning -e error "$IMG/$role-aot-root/tmp/aot-check.log" || true
    fi
  done
  [ "$used" = 2 ] && [ "$me" = 200 ] && say "  PASS both -aot images start on the cache their training run recorded" \
    || { say "  FAIL"; FAILED=1; }
fi
exit $FAILED
