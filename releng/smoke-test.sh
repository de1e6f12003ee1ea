#!/usr/bin/env bash
# Smoke test of the built product: headless commands answer, and the workbench window renders without
# logging an error. Leaves target/screenshots/workbench.png for people to look at.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
home=$(mktemp -d)
shots="$root/target/screenshots"
mkdir -p "$shots"
export TRIALBENCH_HOME="$home" TRIALBENCH_SKIP_BUILD=1
fail() { echo "smoke-test: FAILED: $*" >&2; exit 1; }
passed=0

"$root/trialbench" help | grep -q "version" || fail "./trialbench help does not list the version command"
passed=$((passed + 1))
"$root/trialbench" version | grep -q "^SWT: 3\." || fail "./trialbench version does not name SWT"
passed=$((passed + 1))
# a short command runs with the client compiler only (README), and TRIALBENCH_JAVA_OPTS can turn the other back on
"$root/trialbench" version | grep -q "^Compilers: client only$" \
  || fail "./trialbench version does not run with the client compiler only"
TRIALBENCH_JAVA_OPTS=-XX:TieredStopAtLevel=4 "$root/trialbench" version | grep -q "^Compilers: client and optimizing" \
  || fail "TRIALBENCH_JAVA_OPTS=-XX:TieredStopAtLevel=4 does not turn the optimizing compiler back on"
passed=$((passed + 1))
set +e
err=$("$root/trialbench" no-such-command 2>&1 >/dev/null); code=$?
set -e
[ "$code" = 2 ] || fail "an unknown command exits with $code, not 2"
[ "$(printf '%s\n' "$err" | wc -l)" = 1 ] || fail "an unknown command prints more than one line: $err"
passed=$((passed + 1))

rm -f "$shots/workbench.png" "$shots/workbench.png.errors.txt"
TRIALBENCH_JAVA_OPTS="-Dtrialbench.startupSnapshot=$shots/workbench.png" \
  timeout 180 xvfb-run -a -s "-screen 0 1400x900x24" "$root/trialbench" >"$shots/workbench.out" 2>&1 \
  || fail "the workbench did not start and close (see $shots/workbench.out)"
[ -s "$shots/workbench.png" ] || fail "no window snapshot was saved"
[ ! -s "$shots/workbench.png.errors.txt" ] || fail "the workbench logged errors: $(head -c 2000 "$shots/workbench.png.errors.txt")"
if [ -f "$home/workspace/.metadata/.log" ] && grep -q '^!ENTRY [^ ]* 4 ' "$home/workspace/.metadata/.log"; then
  fail "the workbench log has errors: $(grep -A3 '^!ENTRY [^ ]* 4 ' "$home/workspace/.metadata/.log" | head -20)"
fi
passed=$((passed + 1))
rm -rf "$home"

# the first run after a build waits for the JVM (it writes the class archive): a TERM to the launcher still stops
# the JVM, which writes its archive and leaves no temporary one
home=$(mktemp -d)
export TRIALBENCH_HOME="$home"
"$root/trialbench" demo >"$shots/signal.out" 2>&1 &
launcher=$!
for _ in $(seq 1 100); do pgrep -f "trialbench.home=$home" >/dev/null && break; sleep 0.1; done
sleep 1
kill -TERM "$launcher" 2>/dev/null || fail "the demo ended before it could be signalled (see $shots/signal.out)"
for _ in $(seq 1 60); do kill -0 "$launcher" 2>/dev/null || break; sleep 1; done
! kill -0 "$launcher" 2>/dev/null || fail "a TERM to the launcher did not stop its JVM within 60 s"
wait "$launcher" || true
! pgrep -f "trialbench.home=$home" >/dev/null || fail "the JVM is still running after the launcher ended"
! ls "$home"/cds/*.jsa.* >/dev/null 2>&1 || fail "a temporary class archive was left behind"
passed=$((passed + 1))
rm -rf "$home"

# the heap the ODM commands need (issue 19's figure) is found by running them as a user does, through this
# launcher, beside their floors run by bench-floor in the same kind of JVM: on a small trial, every search ends
# with a heap, the product needs at least what the opened session alone needs, and the table has a verdict
dir=$(mktemp -d)
export TRIALBENCH_HOME="$dir/bench-home"
TRIALBENCH_MAX_HEAP=1g "$root/trialbench" bench --subjects 40 --only odm-heap --no-postgres --dir "$dir" \
  >"$shots/odm-heap.out" 2>&1 || fail "bench --only odm-heap failed (see $shots/odm-heap.out)"
need() { sed -n "s/^  $1 *\([0-9][0-9]*\) MB .*/\1/p" "$shots/odm-heap.out"; }
export_mb=$(need "export-odm"); copy_mb=$(need "floor: bench-floor odm-copy (StAX copy)")
import_mb=$(need "import-odm (re-import, commits nothing)"); read_mb=$(need "floor: bench-floor odm-read (StAX read)")
idle_mb=$(need "the session alone: bench-floor idle")
for mb in "$export_mb" "$copy_mb" "$import_mb" "$read_mb" "$idle_mb"; do
  [ -n "$mb" ] || fail "a heap search found no heap (see $shots/odm-heap.out)"
done
[ "$export_mb" -ge $((idle_mb - 1)) ] && [ "$import_mb" -ge $((idle_mb - 1)) ] \
  || fail "an ODM command needs less heap than the session alone (see $shots/odm-heap.out)"
grep -Eq "^  ODM export heap needed / floor's .* (PASS|MISS)$" "$shots/odm-heap.out" \
  && grep -Eq "^  ODM import heap needed / floor's .* (PASS|MISS)$" "$shots/odm-heap.out" \
  || fail "the issue-19 table has no heap verdicts (see $shots/odm-heap.out)"
passed=$((passed + 1))
rm -rf "$dir"
echo "smoke-test: $passed passed, 0 failed"
