#!/usr/bin/env bash
# `npm run test:container`: the whole container flow, as CI runs it on a fresh machine (as root):
#   1. lint the Dockerfile (dockerfile-utils);
#   2. install Debian's docker.io (and debootstrap) when missing, start a private dockerd in the
#      background (own socket, data root and log) unless an engine already answers at DOCKER_HOST;
#   3. build the local base image node:22-bookworm-slim when it is missing (build-base-image.sh);
#   4. build the app image with BuildKit, the machine's CA bundle passed as a build secret;
#   5. run the smoke test (smoke.sh);
#   6. remove its containers and stop the dockerd it started, also on failure.
# The private engine's data root persists, so later runs reuse the base image and layer cache.
#
# Environment: IMAGE (default quote-attribution:test), DOCKER (client), DOCKER_HOST (use an engine
# that is already running instead of starting one), QA_DOCKER_ROOT, QA_DOCKER_RUN.
set -euo pipefail
cd "$(dirname "$0")/../.."

IMAGE=${IMAGE:-quote-attribution:test}
BASE_IMAGE=${BASE_IMAGE:-node:22-bookworm-slim}
QA_DOCKER_ROOT=${QA_DOCKER_ROOT:-/var/lib/quote-attribution-docker}
QA_DOCKER_RUN=${QA_DOCKER_RUN:-/run/quote-attribution-docker}
DOCKERD_LOG=${DOCKERD_LOG:-/var/log/quote-attribution-dockerd.log}

log() { printf '[container] %s\n' "$*"; }
die() { printf '[container] ERROR: %s\n' "$*" >&2; exit 1; }
t_start=$SECONDS
phase_start=$SECONDS
timings=()
phase_done() { timings+=("$1 $((SECONDS - phase_start))s"); phase_start=$SECONDS; }

# ---- 1. lint -----------------------------------------------------------------------------------
bash test/container/lint-dockerfile.sh
phase_done lint

# ---- 2. engine ---------------------------------------------------------------------------------
apt_install() { # packages...
  log "installing $* (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null || die "apt-get update failed"
  apt-get install -y -qq --no-install-recommends "$@" >/dev/null || die "apt-get install $* failed"
}

# A client that can build with BuildKit: one with the buildx plugin, or Debian's 20.10 client (its
# BuildKit support is built in). Newer clients without buildx refuse DOCKER_BUILDKIT=1.
pick_client() {
  local c
  for c in ${DOCKER:-} docker /usr/bin/docker; do
    command -v "$c" >/dev/null 2>&1 || continue
    if "$c" buildx version >/dev/null 2>&1; then DOCKER=$(command -v "$c"); return 0; fi
    local major
    major=$("$c" version --format '{{.Client.Version}}' 2>/dev/null | cut -d. -f1) || true
    if [[ "$major" =~ ^[0-9]+$ ]] && ((major <= 22)); then DOCKER=$(command -v "$c"); return 0; fi
  done
  return 1
}

started_dockerd=""
stop_dockerd() {
  [[ -n "$started_dockerd" ]] || return 0
  local pid=$started_dockerd
  log "stopping the dockerd this run started (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  if kill -0 "$pid" 2>/dev/null; then
    log "dockerd did not stop in 30 s: killing it"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  started_dockerd=""
}

cleanup() {
  local rc=$?
  # Containers of this flow (smoke.sh removes its own; this catches an interrupted one).
  if [[ -n "${DOCKER_HOST:-}" && -n "${DOCKER:-}" ]]; then
    local ids
    ids=$("$DOCKER" ps -aq --filter name=quote-attribution-smoke- 2>/dev/null || true)
    # shellcheck disable=SC2086 # one container id per word
    [[ -z "$ids" ]] || "$DOCKER" rm -f $ids >/dev/null 2>&1 || true
  fi
  stop_dockerd
  if ((rc != 0)); then
    log "FAILED (exit $rc) after $((SECONDS - t_start)) s"
    [[ ! -s "$DOCKERD_LOG" ]] || { log "last lines of $DOCKERD_LOG:"; tail -n 15 "$DOCKERD_LOG" | cut -c1-300; }
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

engine_up() { "$DOCKER" info >/dev/null 2>&1; }

start_dockerd() { # extra dockerd flags...
  mkdir -p "$QA_DOCKER_RUN" "$QA_DOCKER_ROOT" "$(dirname "$DOCKERD_LOG")"
  # A pid file left by a dockerd that died (its pid possibly reused since) blocks a new start.
  local old_pid
  old_pid=$(cat "$QA_DOCKER_RUN/dockerd.pid" 2>/dev/null || true)
  if [[ -n "$old_pid" ]] && ! grep -qs '^dockerd$' "/proc/$old_pid/comm"; then
    rm -f "$QA_DOCKER_RUN/dockerd.pid"
  fi
  log "starting dockerd $* (socket $QA_DOCKER_RUN/docker.sock, data $QA_DOCKER_ROOT, log $DOCKERD_LOG)"
  dockerd --host "unix://$QA_DOCKER_RUN/docker.sock" \
    --data-root "$QA_DOCKER_ROOT" --exec-root "$QA_DOCKER_RUN/exec" \
    --pidfile "$QA_DOCKER_RUN/dockerd.pid" "$@" >>"$DOCKERD_LOG" 2>&1 </dev/null 9>&- &
  started_dockerd=$!
  for _ in $(seq 1 60); do
    engine_up && return 0
    kill -0 "$started_dockerd" 2>/dev/null || break
    sleep 0.5
  done
  stop_dockerd
  return 1
}

if [[ -n "${DOCKER_HOST:-}" ]] && pick_client && engine_up; then
  log "using the engine already running at $DOCKER_HOST"
else
  [[ $(id -u) == 0 ]] || die "no engine answers and starting dockerd needs root"
  need=()
  command -v dockerd >/dev/null 2>&1 || need+=(docker.io)
  command -v debootstrap >/dev/null 2>&1 || need+=(debootstrap)
  ((${#need[@]} == 0)) || apt_install "${need[@]}"
  pick_client || die "no docker client that can build with BuildKit (want Debian's docker.io)"
  export DOCKER_HOST="unix://$QA_DOCKER_RUN/docker.sock"
  # Only one flow at a time may drive the private engine.
  exec 9>"/run/quote-attribution-docker.lock"
  flock -w 900 9 || die "another test:container run holds /run/quote-attribution-docker.lock"
  if engine_up; then
    log "reusing the private engine already running at $DOCKER_HOST"
  else
    # overlay2 is the normal driver; vfs is slower and bigger but works where overlay mounts don't.
    start_dockerd --storage-driver overlay2 || start_dockerd --storage-driver vfs \
      || die "dockerd did not start (see $DOCKERD_LOG)"
  fi
fi
export DOCKER
log "engine: $("$DOCKER" version --format 'server {{.Server.Version}}, client {{.Client.Version}}') ($DOCKER), storage $("$DOCKER" info --format '{{.Driver}}')"
phase_done engine

# ---- 3. base image -----------------------------------------------------------------------------
DOCKER="$DOCKER" BASE_IMAGE="$BASE_IMAGE" bash test/container/build-base-image.sh
phase_done base-image

# ---- 4. app image ------------------------------------------------------------------------------
cafile=$(npm config get cafile 2>/dev/null || true)
[[ -n "$cafile" && "$cafile" != null && "$cafile" != undefined ]] || cafile=${NODE_EXTRA_CA_CERTS:-}
secret=()
if [[ -n "$cafile" && -s "$cafile" ]]; then
  secret=(--secret "id=npm_ca,src=$cafile")
  log "building $IMAGE (CA bundle $cafile passed as build secret npm_ca)"
else
  log "building $IMAGE (no CA bundle configured: npm uses Node's own CAs)"
fi
DOCKER_BUILDKIT=1 "$DOCKER" build --progress=plain "${secret[@]}" \
  --build-arg "NODE_IMAGE=$BASE_IMAGE" -t "$IMAGE" . 2>&1 | grep -vE '^#[0-9]+ sha256:'
"$DOCKER" image prune -f >/dev/null 2>&1 || true # the previous build's now untagged image
size=$("$DOCKER" image inspect -f '{{.Size}}' "$IMAGE")
log "image $IMAGE: $((size / 1000000)) MB"
phase_done app-image

# ---- 5. smoke test -----------------------------------------------------------------------------
bash test/container/smoke.sh "$IMAGE"
phase_done smoke

log "timings: ${timings[*]}; total $((SECONDS - t_start)) s"
