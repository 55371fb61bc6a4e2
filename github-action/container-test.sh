#!/usr/bin/env bash
# The Action's real container, tested the way GitHub runs it, from a clean clone:
#   1. checks action.yml (and the example workflows) against SchemaStore's schemas
#      (@action-validator/cli from npm);
#   2. builds the unchanged github-action/Dockerfile with podman, against a locally imported
#      stand-in for eclipse-temurin:17-jre (a Debian rootfs with a JRE: no registry is reachable);
#   3. runs the image as the runner does (mounts, working directory, GITHUB_*/INPUT_* variables,
#      event file, file-command files) against a loopback fake of the GitHub REST API, and
#      asserts on the job log, the outputs and summary files, and what reached the API.
# Installs what it needs (apt-get: podman, runc, debootstrap; npm) when missing. Needs root
# (rootful podman, debootstrap). Slow parts are cached outside the clone, in $STAGINGPRO_CACHE
# (default /var/cache/stagingpro): the rootfs tarball, the podman store, the npm packages.
# Prints each stage's time. Usage: github-action/container-test.sh   (exit 0 = all passed)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ACTION=$ROOT/github-action
CACHE=${STAGINGPRO_CACHE:-/var/cache/stagingpro}
ROOTFS_TAR=$CACHE/temurin-17-jre-rootfs.tar
BASE_IMAGE=docker.io/library/eclipse-temurin:17-jre
VALIDATOR_VERSION=0.6.0
TOKEN=ghs_containerTestToken0123456789
STORE_TOKEN=bc-store-token-container-5e4d3c
HEAD_SHA=0123456789abcdef0123456789abcdef01234567
WORK=$(mktemp -d "${TMPDIR:-/tmp}/stagingpro-container-test.XXXXXX")
FAKE_PID=""
FAILURES=0

now() { date +%s%N; }
seconds_since() { awk -v s="$1" -v e="$(now)" 'BEGIN { printf "%.1f", (e - s) / 1e9 }'; }
TOTAL_START=$(now)
TIMINGS=()
stage() { # stage NAME COMMAND...: runs the command and records its time
  local name=$1 start
  shift
  start=$(now)
  echo "== $name"
  "$@"
  TIMINGS+=("$(printf '%-28s %6ss' "$name" "$(seconds_since "$start")")")
}
cleanup() {
  [ -n "$FAKE_PID" ] && kill "$FAKE_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
quiet() { # quiet COMMAND...: keeps a command's chatter out of the log unless it fails
  "$@" > "$WORK/quiet.log" 2>&1 || { local rc=$?; cat "$WORK/quiet.log" >&2; return "$rc"; }
}
fail() { echo "FAIL: $*" >&2; FAILURES=$((FAILURES + 1)); }
expect() { # expect FILE TEXT: FILE contains TEXT (fixed string)
  grep -qF -- "$2" "$1" || fail "$(basename "$(dirname "$1")")/$(basename "$1") lacks: $2"
}
expect_not() { # expect_not FILE TEXT
  if grep -qF -- "$2" "$1"; then fail "$(basename "$(dirname "$1")")/$(basename "$1") contains: $2"; fi
}
expect_equal() { # expect_equal WHAT ACTUAL EXPECTED
  [ "$2" = "$3" ] || fail "$1: got '$2', expected '$3'"
}

install_tools() {
  local missing=()
  for tool in podman runc debootstrap npm java; do command -v "$tool" >/dev/null || missing+=("$tool"); done
  if [ ${#missing[@]} -eq 0 ]; then echo "podman, runc, debootstrap, npm, java present"; return; fi
  [ "$(id -u)" -eq 0 ] || { echo "missing ${missing[*]}; run as root to install them" >&2; exit 2; }
  local packages=()
  for tool in "${missing[@]}"; do
    case $tool in java) packages+=(openjdk-17-jdk-headless) ;; *) packages+=("$tool") ;; esac
  done
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive quiet apt-get install -y -qq --no-install-recommends "${packages[@]}"
}

validate_action_yml() {
  local validator=$CACHE/npm/node_modules/.bin/action-validator
  if [ ! -x "$validator" ]; then
    quiet npm install --no-audit --no-fund --prefix "$CACHE/npm" "@action-validator/cli@$VALIDATOR_VERSION"
  fi
  # the CLI tells an action from a workflow by the file name: action.yml is checked as an action
  "$validator" "$ACTION/action.yml" || fail "action.yml does not match the SchemaStore action schema"
  for workflow in "$ROOT"/examples/workflows/*.yml "$ROOT/.github/workflows/action-image.yml"; do
    "$validator" "$workflow" || fail "$(basename "$workflow") does not match the SchemaStore workflow schema"
  done
  echo "action.yml, the example workflows and the image workflow checked"
}

# A Debian bookworm rootfs with a JRE, standing in for eclipse-temurin:17-jre (Ubuntu with a JRE on
# PATH); made once per machine, as it needs the Debian mirror (1-2 minutes).
build_rootfs() {
  if [ -s "$ROOTFS_TAR" ]; then echo "cached: $ROOTFS_TAR"; return; fi
  local mirror rootfs=$WORK/rootfs
  mirror=$( (sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/*.sources; awk '/^deb /{print $2}' /etc/apt/sources.list) 2>/dev/null | head -n1 || true)
  mirror=${mirror:-http://deb.debian.org/debian}
  quiet debootstrap --variant=minbase bookworm "$rootfs" "$mirror"
  mkdir -p "$rootfs/etc/dpkg/dpkg.cfg.d"
  # slim through dpkg, keeping the directories: postinst scripts of Java packages need man1/
  printf '%s\n' 'path-exclude /usr/share/doc/*' 'path-exclude /usr/share/man/*' 'path-exclude /usr/share/locale/*' \
    > "$rootfs/etc/dpkg/dpkg.cfg.d/01-slim"
  printf 'deb %s bookworm main\ndeb %s bookworm-updates main\ndeb %s-security bookworm-security main\n' \
    "$mirror" "$mirror" "$mirror" > "$rootfs/etc/apt/sources.list"
  cp /etc/resolv.conf "$rootfs/etc/resolv.conf"
  mount -t proc proc "$rootfs/proc" # ca-certificates-java runs java, which needs /proc/self/exe
  local ok=0
  quiet chroot "$rootfs" apt-get update -qq &&
    DEBIAN_FRONTEND=noninteractive quiet chroot "$rootfs" apt-get install -y -qq --no-install-recommends openjdk-17-jre-headless &&
    quiet chroot "$rootfs" apt-get clean && ok=1
  umount "$rootfs/proc"
  [ "$ok" -eq 1 ] || { echo "installing the JRE into the rootfs failed" >&2; exit 1; }
  rm -rf "$rootfs"/var/lib/apt/lists/* "$rootfs/etc/resolv.conf"
  mkdir -p "$CACHE"
  tar --numeric-owner -C "$rootfs" -cf "$ROOTFS_TAR.tmp" . && mv "$ROOTFS_TAR.tmp" "$ROOTFS_TAR"
  rm -rf "$rootfs"
}

# podman with this machine's quirks (see docs: runc, not crun; ulimits under the hard limits) and a
# private store in the cache, so CI neither depends on nor pollutes the machine's own.
setup_podman() {
  mkdir -p "$CACHE/podman"
  cat > "$CACHE/podman/containers.conf" <<'EOF'
[containers]
default_ulimits = ["nofile=4096:4096", "nproc=4096:4096"]
netns = "none"
[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
EOF
  export CONTAINERS_CONF=$CACHE/podman/containers.conf
  P=(podman --root "$CACHE/podman/storage" --runroot "$CACHE/podman/run" --storage-driver overlay)
}

import_base_image() {
  if "${P[@]}" image exists "$BASE_IMAGE"; then echo "cached: $BASE_IMAGE"; return; fi
  quiet "${P[@]}" import --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    "$ROOTFS_TAR" "$BASE_IMAGE"
  echo "imported $ROOTFS_TAR as $BASE_IMAGE"
}

build_jar() {
  # the test classes hold the GitHub API fake the container is run against
  (cd "$ROOT" && ./mvnw -B -q -pl github-action -am package -DskipTests)
  ls -l "$ACTION/target/stagingpro-action.jar"
}

build_image() {
  IMAGE=$(sed -n "s|^ *image: *'\{0,1\}docker://\([^' ]*\)'\{0,1\} *$|\1|p" "$ACTION/action.yml")
  [ -n "$IMAGE" ] || { echo "action.yml has no docker:// image" >&2; exit 1; }
  local version
  version=$(sed -n 's|^  <version>\(.*\)</version>|\1|p' "$ROOT/pom.xml" | head -n1)
  expect_equal "action.yml image tag vs project version" "${IMAGE##*:}" "${version%-SNAPSHOT}"
  # exactly what the release workflow builds: this Dockerfile, github-action/ as context
  quiet "${P[@]}" build --pull=never -t "$IMAGE" "$ACTION"
  quiet "${P[@]}" image prune -f # the previous build's image, now untagged
  echo "built $IMAGE"
}

start_fake_github() {
  java -cp "$ACTION/target/test-classes:$ACTION/target/stagingpro-action.jar" dev.stagingpro.action.FakeGitHubApi \
    "$TOKEN" "$WORK/port" "$WORK/github-state.json" > "$WORK/fake.log" 2>&1 &
  FAKE_PID=$!
  for _ in $(seq 100); do [ -s "$WORK/port" ] && break; sleep 0.1; done
  [ -s "$WORK/port" ] || { cat "$WORK/fake.log" >&2; echo "the GitHub API fake did not start" >&2; exit 1; }
  PORT=$(cat "$WORK/port")
  echo "GitHub API fake on 127.0.0.1:$PORT"
}

# The checkout all runs share, as a store persists between workflow runs: the manifest's embedded
# sandbox stores keep their state in it (.stagingpro/), so a later run finds an earlier preview.
write_repository() { # the repository the Java tests use too
  cp -r "$ACTION/src/test/resources/test-repo" "$WORK/workspace"
}

# The action.yml defaults, as the runner passes them: INPUT_<ID> with dashes kept.
default_inputs() {
  awk '/^inputs:/ { on = 1; next } /^[a-z]/ { on = 0 }
       on && /^  [a-z-]+:$/ { id = $1; sub(":", "", id) }
       on && /^    default:/ { v = $0; sub(/^    default: */, "", v); gsub(/^'"'"'|'"'"'$/, "", v); print id "=" v }' "$ACTION/action.yml" |
    while IFS='=' read -r id value; do
      [ "$value" = '${{ github.token }}' ] && value=$TOKEN
      printf '%s\n' "-e" "INPUT_$(echo "$id" | tr '[:lower:] ' '[:upper:]_')=$value"
    done
}

# run_action NAME EVENT_NAME EVENT_JSON [podman run options...]: one step, as the runner runs it
run_action() {
  local name=$1 event=$2 payload=$3 dir=$WORK/$1
  shift 3
  mkdir -p "$dir"/{file_commands,workflow,home}
  printf '%s\n' "$payload" > "$dir/workflow/event.json"
  local output=set_output_$name summary=step_summary_$name
  : > "$dir/file_commands/$output"
  : > "$dir/file_commands/$summary"
  local inputs=()
  mapfile -t inputs < <(default_inputs)
  set +e
  "${P[@]}" run --rm --network host --workdir /github/workspace \
    -v "$WORK/workspace:/github/workspace" -v "$dir/file_commands:/github/file_commands" \
    -v "$dir/workflow:/github/workflow" -v "$dir/home:/github/home" \
    -e HOME=/github/home -e GITHUB_ACTIONS=true -e CI=true -e GITHUB_WORKSPACE=/github/workspace \
    -e GITHUB_EVENT_NAME="$event" -e GITHUB_EVENT_PATH=/github/workflow/event.json \
    -e GITHUB_OUTPUT="/github/file_commands/$output" -e GITHUB_STEP_SUMMARY="/github/file_commands/$summary" \
    -e GITHUB_REPOSITORY=acme/shop -e GITHUB_API_URL="http://127.0.0.1:$PORT" -e GITHUB_SERVER_URL=https://github.com \
    -e GITHUB_RUN_ID=42 -e GITHUB_ACTOR=octocat -e GITHUB_SHA=1111111111111111111111111111111111111111 \
    -e GITHUB_REF=refs/pull/7/merge -e BC_PRODUCTION_TOKEN="$STORE_TOKEN" \
    "${inputs[@]}" "$@" "$IMAGE" > "$dir/log" 2> "$dir/stderr"
  echo $? > "$dir/exit"
  set -e
  cp "$dir/file_commands/$output" "$dir/outputs"
  cp "$dir/file_commands/$summary" "$dir/summary"
  echo "$name: exit $(cat "$dir/exit")"
}

pull_request_event() { # pull_request_event ACTION HEAD_REPOSITORY
  printf '{"action":"%s","number":7,"pull_request":{"number":7,"head":{"sha":"%s","repo":{"full_name":"%s"}},"base":{"repo":{"full_name":"acme/shop"}}},"repository":{"full_name":"acme/shop","default_branch":"main"}}' \
    "$1" "$HEAD_SHA" "$2"
}

comment_count() { grep -c '"html_url" : "https://github.com/acme/shop/pull/7#issuecomment' "$WORK/github-state.json" || true; }
request_count() { sed -n '/"requests"/,$p' "$WORK/github-state.json" | grep -c '"[A-Z]* /' || true; }

# The exit code must agree with the report: non-zero exactly when a step failed.
expect_exit_agrees() {
  local dir=$WORK/$1 code
  code=$(cat "$dir/exit")
  if grep -qF '| ❌ failed |' "$dir/summary"; then
    [ "$code" -ne 0 ] || fail "$1: a step failed but the exit code is 0"
  else
    expect_equal "$1 exit code" "$code" 0
  fi
}

scenarios() {
  run_action pr-opened pull_request "$(pull_request_event opened acme/shop)"
  local d=$WORK/pr-opened
  expect "$d/log" "::add-mask::$TOKEN"
  expect "$d/log" "::group::stagingpro validate"
  expect "$d/outputs" "comment-url<<ghadelimiter_"
  expect "$d/outputs" "summary<<ghadelimiter_"
  expect "$d/summary" "### StagingPro · pull request #7 · auto"
  expect "$d/summary" '| `validate` | ✅ passed |'
  expect "$d/log" "::add-mask::$STORE_TOKEN"
  expect "$WORK/github-state.json" '<!-- stagingpro:pr-comment -->'
  expect_equal "comments after the first run" "$(comment_count)" 1
  # the preview went to the manifest's embedded sandbox store, and the commit status links to it
  local preview
  preview=$(grep -A1 '^preview-url<<' "$d/outputs" | tail -n1)
  case $preview in https://*) ;; *) fail "pr-opened: no preview-url output (got '$preview')" ;; esac
  expect "$d/summary" "[Open the theme preview]($preview)"
  expect "$WORK/github-state.json" '"context" : "stagingpro/preview"'
  expect "$WORK/github-state.json" "\"target_url\" : \"$preview\""
  # a file output names the file where later steps find it: relative to the checkout, not /github/workspace
  local bundle
  bundle=$(grep -A1 '^bundle<<' "$d/outputs" | tail -n1)
  [ -f "$WORK/workspace/$bundle" ] || fail "pr-opened: output bundle '$bundle' is not a file in the workspace"
  expect_exit_agrees pr-opened

  run_action pr-synchronize pull_request "$(pull_request_event synchronize acme/shop)" -e GITHUB_RUN_ID=43
  expect_equal "comments after the second run" "$(comment_count)" 1
  expect "$WORK/github-state.json" '"PATCH /repos/acme/shop/issues/comments/'
  expect "$WORK/github-state.json" '/actions/runs/43'
  expect_exit_agrees pr-synchronize

  run_action pr-closed pull_request "$(pull_request_event closed acme/shop)" -e GITHUB_RUN_ID=44
  expect "$WORK/pr-closed/summary" '| `preview cleanup` | ✅ passed |'
  expect "$WORK/pr-closed/summary" 'Freed preview channel'
  expect_equal "comments after closing" "$(comment_count)" 1
  expect_exit_agrees pr-closed

  local before
  before=$(request_count)
  run_action pr-fork pull_request "$(pull_request_event opened forker/shop)" -e BC_PRODUCTION_TOKEN=
  d=$WORK/pr-fork
  expect_equal "GitHub requests of a fork's run" "$(request_count)" "$before"
  expect "$d/log" "::warning title=StagingPro%3A read-only run::This pull request comes from a fork (forker/shop)"
  expect "$d/summary" "> [!WARNING]"
  expect "$d/summary" 'so not checked: `BC_PRODUCTION_TOKEN`'
  expect "$d/summary" '| `preview` |'
  expect "$d/outputs" "summary<<ghadelimiter_"
  expect_not "$d/outputs" "comment-url"
  expect_exit_agrees pr-fork

  run_action bad-input push '{"ref":"refs/heads/main","repository":{"full_name":"acme/shop","default_branch":"main"}}' \
    -e INPUT_COMMAND=deploi
  expect_equal "exit code for a bad input" "$(cat "$WORK/bad-input/exit")" 2
  expect "$WORK/bad-input/log" "::error title=StagingPro::input 'command' is 'deploi'"

  for dir in pr-opened pr-synchronize pr-closed pr-fork bad-input; do
    grep -v '^::add-mask::' "$WORK/$dir/log" > "$WORK/$dir/log-unmasked" || true
    for file in log-unmasked stderr outputs summary; do
      expect_not "$WORK/$dir/$file" "$TOKEN"
      expect_not "$WORK/$dir/$file" "$STORE_TOKEN"
    done
  done
  expect_not "$WORK/github-state.json" "$TOKEN"
  expect_not "$WORK/github-state.json" "$STORE_TOKEN"
}

stage "tools" install_tools
stage "action.yml schema" validate_action_yml
stage "rootfs" build_rootfs
setup_podman
exec 9> "$CACHE/podman/lock"
flock 9 # one run at a time per podman store
stage "import base image" import_base_image
stage "build jar" build_jar
stage "podman build Dockerfile" build_image
stage "start GitHub API fake" start_fake_github
write_repository
stage "run container x5" scenarios

echo "== timings"
printf '  %s\n' "${TIMINGS[@]}"
printf '  %-28s %6ss\n' "total" "$(seconds_since "$TOTAL_START")"
if [ "$FAILURES" -gt 0 ]; then
  for dir in "$WORK"/*/; do [ -f "$dir/log" ] && { echo "--- $(basename "$dir") log"; cat "$dir/log" "$dir/stderr"; }; done
  echo "container test: $FAILURES failure(s)" >&2
  exit 1
fi
echo "container test: passed"
