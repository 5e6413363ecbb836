#!/usr/bin/env bash
# Smoke test of a built image, as a user would run it:
#   bash test/container/smoke.sh [IMAGE]      (default quote-attribution:test)
# Runs it published on a free loopback port only, waits for /healthz and /readyz, posts a seed
# article, checks the JSON, the engine's own HEALTHCHECK, the user (not root), node as PID 1, what
# the runtime image holds (no dev dependencies, sources or CA bundle), and that `docker stop`
# (SIGTERM) ends it gracefully (exit 0) in under 2 s. Removes its container, also on failure.
# Environment: DOCKER (client, default docker; DOCKER_HOST as usual), SEED (article to post).
set -euo pipefail
cd "$(dirname "$0")/../.."

IMAGE=${1:-quote-attribution:test}
DOCKER=${DOCKER:-docker}
SEED=${SEED:-seeds/000_3e5c32fe3a399acd.txt}
STOP_LIMIT_MS=${STOP_LIMIT_MS:-2000}
NAME="quote-attribution-smoke-$$"

passed=0
failed=0
ok() { passed=$((passed + 1)); printf '  ok    %s\n' "$*"; }
bad() { failed=$((failed + 1)); printf '  FAIL  %s\n' "$*" >&2; }
finish() {
  local rc=$?
  if "$DOCKER" container inspect "$NAME" >/dev/null 2>&1; then
    if ((failed > 0 || rc != 0)); then
      echo "---- last container logs ($NAME) ----" >&2
      "$DOCKER" logs --tail 40 "$NAME" >&2 2>&1 || true
      echo "-------------------------------------" >&2
    fi
    "$DOCKER" rm -f "$NAME" >/dev/null 2>&1 || true
  fi
  ((rc == 0 && failed > 0)) && rc=1
  ((rc != 0 && failed == 0)) && failed=1
  echo "smoke: $passed passed, $failed failed"
  exit "$rc"
}
trap finish EXIT
# Stops at the first failure that makes the rest meaningless.
fatal() { bad "$*"; exit 1; }

[[ -f "$SEED" ]] || fatal "seed article $SEED not found"
"$DOCKER" image inspect "$IMAGE" >/dev/null 2>&1 || fatal "image $IMAGE not found: build it first"

port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
base="http://127.0.0.1:$port"
echo "smoke: running $IMAGE as $NAME on $base (published on loopback only)"

# The engine runs the image's own HEALTHCHECK command; only its interval is shortened here.
"$DOCKER" run -d --name "$NAME" -p "127.0.0.1:$port:3000" \
  --health-interval 1s --health-start-period 30s "$IMAGE" >/dev/null \
  || fatal "docker run $IMAGE failed"

# GET until 200 or a deadline; fails early when the container has exited.
wait_http() { # path seconds
  local path=$1 deadline=$((SECONDS + $2)) code
  while ((SECONDS < deadline)); do
    code=$(node -e 'fetch(process.argv[1],{signal:AbortSignal.timeout(1000)}).then(r=>console.log(r.status),()=>console.log(0))' "$base$path")
    [[ "$code" == 200 ]] && return 0
    [[ $("$DOCKER" inspect -f '{{.State.Running}}' "$NAME" 2>/dev/null) == true ]] || return 2
    sleep 0.25
  done
  return 1
}

t0=$(date +%s%N)
if wait_http /healthz 30; then
  ok "GET /healthz 200 after $((($(date +%s%N) - t0) / 1000000)) ms"
else
  fatal "GET /healthz never answered 200 within 30 s (container running: $("$DOCKER" inspect -f '{{.State.Status}} exit={{.State.ExitCode}}' "$NAME" 2>&1))"
fi
if wait_http /readyz 30; then
  ok "GET /readyz 200 after $((($(date +%s%N) - t0) / 1000000)) ms"
else
  bad "GET /readyz never answered 200 within 30 s"
fi

# POST the seed article as JSON and check the answer's shape.
if out=$(node - "$base/v1/attributions" "$SEED" <<'EOF' 2>&1
const fs = require('fs');
const [url, seed] = process.argv.slice(2);
const text = fs.readFileSync(seed, 'utf8');
(async () => {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text }),
    signal: AbortSignal.timeout(15000),
  });
  const raw = await res.text();
  const fail = (why) => { console.log(`${why}; status ${res.status}; body: ${raw.slice(0, 300)}`); process.exit(1); };
  if (res.status !== 200) fail('expected 200');
  if (!/^application\/json/.test(res.headers.get('content-type') || '')) fail('expected application/json');
  let body;
  try { body = JSON.parse(raw); } catch { fail('body is not JSON'); }
  if (!Array.isArray(body.quotes)) fail('quotes is not an array');
  if (!Array.isArray(body.speakers)) fail('speakers is not an array');
  if (!body.meta || typeof body.meta !== 'object') fail('meta is not an object');
  for (const q of body.quotes) {
    if (typeof q.start !== 'number' || typeof q.end !== 'number' || typeof q.text !== 'string') fail('a quote lacks text/start/end');
  }
  console.log(`${text.length} chars -> ${body.quotes.length} quotes, ${body.speakers.length} speakers, meta ${JSON.stringify(body.meta)}`);
})().catch((e) => { console.log(String(e)); process.exit(1); });
EOF
); then
  ok "POST /v1/attributions ($SEED): 200 JSON {quotes, speakers, meta}: $out"
else
  bad "POST /v1/attributions ($SEED): $out"
fi

# The page at / (public/ in the image) with its own CSP, and the seed articles it offers.
if out=$(node -e '
  (async () => {
    const base = process.argv[1];
    const page = await fetch(base + "/");
    const csp = page.headers.get("content-security-policy") || "";
    const html = await page.text();
    if (page.status !== 200 || !html.includes("name=\"text\"") || !csp.includes("script-src '"'"'self'"'"'")) throw new Error(`GET / ${page.status}, csp ${csp}`);
    const examples = await (await fetch(base + "/page/examples.json")).json();
    if (!Array.isArray(examples) || examples.length === 0) throw new Error("no examples");
    console.log(`${html.length} bytes of HTML, ${examples.length} seed articles`);
  })().catch((e) => { console.log(String(e)); process.exit(1); });' "$base" 2>&1); then
  ok "GET / (the page): $out"
else
  bad "GET / (the page): $out"
fi

# The engine's own health check (the image's HEALTHCHECK command, no curl in the image).
status=""
for _ in $(seq 1 40); do
  status=$("$DOCKER" inspect -f '{{if .State.Health}}{{.State.Health.Status}}{{else}}none{{end}}' "$NAME")
  [[ "$status" == healthy || "$status" == unhealthy || "$status" == none ]] && break
  sleep 0.5
done
if [[ "$status" == healthy ]]; then
  ok "HEALTHCHECK: engine reports healthy"
else
  bad "HEALTHCHECK: engine reports '$status': $("$DOCKER" inspect -f '{{if .State.Health}}{{json .State.Health.Log}}{{end}}' "$NAME" | tail -c 400)"
fi

# Not root: the image's configured user and the live process.
uid=$("$DOCKER" exec "$NAME" id -u 2>&1 || true)
user=$("$DOCKER" image inspect -f '{{.Config.User}}' "$IMAGE")
if [[ "$uid" =~ ^[0-9]+$ && "$uid" != 0 && -n "$user" && "$user" != root && "$user" != 0 ]]; then
  ok "runs as non-root (USER $user, id -u $uid)"
else
  bad "runs as root or unknown user (USER '$user', id -u '$uid')"
fi
pid1=$("$DOCKER" exec "$NAME" sh -c 'tr "\0" " " </proc/1/cmdline' 2>&1 || true)
if [[ "$pid1" == "node dist/server.js " ]]; then
  ok "PID 1 is node itself ($pid1), so it receives SIGTERM directly"
else
  bad "PID 1 is '$pid1', expected 'node dist/server.js'"
fi

# The runtime image: production dependencies, dist/ and seeds/ only, NODE_ENV=production, and no CA
# bundle or CA settings left behind by the build secret. (Expanded inside the container.)
# shellcheck disable=SC2016
if img=$("$DOCKER" exec "$NAME" sh -c '
    set -e
    test "$NODE_ENV" = production || { echo "NODE_ENV=$NODE_ENV"; exit 1; }
    test -f dist/server.js || { echo "no dist/server.js"; exit 1; }
    test -d seeds || { echo "no seeds/"; exit 1; }
    test -f public/index.html || { echo "no public/index.html (the page at /)"; exit 1; }
    for p in src test node_modules/typescript node_modules/jest node_modules/tsx /run/secrets/npm_ca; do
      if test -e "$p"; then echo "$p should not be in the image"; exit 1; fi
    done
    if env | grep -E "^(NODE_EXTRA_CA_CERTS|npm_config_cafile)="; then exit 1; fi
    if touch dist/.w 2>/dev/null; then echo "the app user can write its code"; exit 1; fi
    echo "node $(node --version), $(ls node_modules | wc -l) production packages"' 2>&1); then
  ok "runtime image contents: $img"
else
  bad "runtime image contents: $img"
fi

# docker stop sends SIGTERM; the app must exit 0 by itself well before the engine's SIGKILL.
t0=$(date +%s%N)
"$DOCKER" stop -t 10 "$NAME" >/dev/null
stop_ms=$((($(date +%s%N) - t0) / 1000000))
exit_code=$("$DOCKER" inspect -f '{{.State.ExitCode}}' "$NAME")
if ((stop_ms < STOP_LIMIT_MS)) && [[ "$exit_code" == 0 ]]; then
  ok "docker stop (SIGTERM): exited $exit_code in $stop_ms ms (< $STOP_LIMIT_MS ms)"
else
  bad "docker stop (SIGTERM): exited $exit_code in $stop_ms ms (want exit 0 in < $STOP_LIMIT_MS ms)"
fi
