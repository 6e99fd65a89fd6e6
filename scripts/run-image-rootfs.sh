#!/bin/bash
# Runs the image built by `./mvnw -Pimage package` (target/jib-image.tar) without a container runtime: its layers are
# unpacked into a directory and its own entrypoint started there, as its own user (10001), in a chroot with a mount
# namespace of its own, given nothing but the environment the image declares plus what you pass. For checking an image
# on a machine where Docker or Podman cannot run containers (docs/deploy/README.md, "Checking the image without a
# container runtime"). Linux, as root (chroot and mounts). Not a replacement for a container runtime: no network,
# cgroup or user namespace isolation.
#
#   scripts/run-image-rootfs.sh target/jib-image.tar /tmp/waypoint-image /path/to/secrets VAR=value ...
#
# The secrets directory is mounted at /run/secrets (give WAYPOINT_*_KEY_FILE=/run/secrets/<file>).
set -euo pipefail
image=$1 dir=$2 secrets=$3
shift 3
rm -rf "$dir" && mkdir -p "$dir/layers" "$dir/rootfs"
tar -xf "$image" -C "$dir/layers"
for layer in $(python3 -c "import json,sys;print(' '.join(json.load(open(sys.argv[1]))[0]['Layers']))" "$dir/layers/manifest.json"); do
  tar --warning=no-unknown-keyword -xzf "$dir/layers/$layer" -C "$dir/rootfs"
done
config=$dir/layers/$(python3 -c "import json,sys;print(json.load(open(sys.argv[1]))[0]['Config'])" "$dir/layers/manifest.json")
mapfile -t entrypoint < <(python3 -c "import json,sys;[print(a) for a in json.load(open(sys.argv[1]))['config']['Entrypoint']]" "$config")
mapfile -t environment < <(python3 -c "import json,sys;[print(e) for e in json.load(open(sys.argv[1]))['config']['Env']]" "$config")
user=$(python3 -c "import json,sys;print(json.load(open(sys.argv[1]))['config']['User'])" "$config")
root=$dir/rootfs
exec unshare -m bash -c '
  root=$1 secrets=$2 user=$3; shift 3
  mkdir -p "$root/proc" "$root/dev" "$root/run/secrets"
  mount --rbind /dev "$root/dev"
  mount -t proc proc "$root/proc"
  mount --bind "$secrets" "$root/run/secrets"
  exec "$@"' _ "$root" "$secrets" "$user" \
  env -i "${environment[@]}" "$@" /usr/sbin/chroot --userspec="$user" "$root" "${entrypoint[@]}"
