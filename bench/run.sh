#!/usr/bin/env bash
# Compile-time benchmark: a ctdf definition of N instructions against the same
# Dockerfile as a string literal and as a hand-written run-time std::string
# builder. Prints a markdown table of median wall time and peak compiler
# memory (RSS) for each N and each compiler found, then the constexpr limits
# the largest N needs.
#
#   bash bench/run.sh [N...]          (default: 1000 3000)
#
# Environment:
#   REPS=5         compiles of each program per compiler (the median is shown)
#   CXXS="..."     compilers to try (default: g++ and every clang++ found)
#   HEADROOM=0     skip the search for the smallest constexpr limits
#   KEEP=1         keep the temporary directory and print its name
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
include="$root/include"

ns=("$@")
if [ "${#ns[@]}" -eq 0 ]; then ns=(1000 3000); fi
reps=${REPS:-5}
headroom=${HEADROOM:-1}
flags=(-std=c++20 -O0)

die() {
  echo "bench: $*" >&2
  exit 1
}
note() { echo "bench: $*" >&2; }

[ -x /usr/bin/time ] || die "needs GNU time at /usr/bin/time (apt-get install time)"
command -v python3 >/dev/null || die "needs python3"

# Compilers: each one once, however many names lead to it; absent ones skipped.
candidates=${CXXS:-"g++ g++-12 g++-13 g++-14 clang++ clang++-14 clang++-15 clang++-16 clang++-17 clang++-18 clang++-19 clang++-20"}
cxxs=()
labels=()
seen=" "
for c in $candidates; do
  path=$(command -v "$c" 2>/dev/null) || continue
  real=$(readlink -f "$path")
  case "$seen" in *" $real "*) continue ;; esac
  seen="$seen$real "
  if "$c" --version 2>/dev/null | grep -qi clang; then
    label="clang++ $("$c" -dumpversion)"
  else
    label="g++ $("$c" -dumpfullversion)"
  fi
  cxxs+=("$c")
  labels+=("$label")
done
[ "${#cxxs[@]}" -gt 0 ] || die "no compiler found among: $candidates"
note "compilers: ${labels[*]}"

work=$(mktemp -d "${TMPDIR:-/tmp}/ctdf-bench.XXXXXX")
if [ "${KEEP:-0}" = 1 ]; then
  note "keeping $work"
else
  trap 'rm -rf "$work"' EXIT
fi
cd "$work"

kinds=(literal runtime ctdf)
failed=0

# Generate, then check that the three programs print the same bytes (built
# with the first compiler, linked and run) before anything is timed.
for n in "${ns[@]}"; do
  python3 "$here/gen.py" "$n" expected "expected_$n.txt"
  for k in "${kinds[@]}"; do
    python3 "$here/gen.py" "$n" "$k" "${k}_$n.cpp"
    "${cxxs[0]}" "${flags[@]}" -I"$include" "${k}_$n.cpp" -o "${k}_$n.bin" 2>"${k}_$n.err" ||
      { cat "${k}_$n.err" >&2; die "N=$n: $k does not build with ${cxxs[0]}"; }
    "./${k}_$n.bin" >"${k}_$n.out" || die "N=$n: $k exits with an error"
    if ! cmp -s "${k}_$n.out" "expected_$n.txt"; then
      diff "expected_$n.txt" "${k}_$n.out" | head -20 >&2 || true
      die "N=$n: the $k program does not print the expected Dockerfile"
    fi
  done
  note "N=$n: literal, runtime and ctdf print the same $(wc -c <"expected_$n.txt") bytes"
done

# One timed compile: appends "N compiler kind seconds kilobytes" to results.
results="$work/results.tsv"
: >"$results"
timed() {
  local n=$1 i=$2 k=$3 cxx=${cxxs[$2]}
  if /usr/bin/time -f '%e %M' -o time.txt "$cxx" "${flags[@]}" -I"$include" -c "${k}_$n.cpp" -o "${k}_${n}_$i.o" \
    2>"${k}_${n}_$i.err"; then
    printf '%s\t%s\t%s\t%s\n' "$n" "${labels[$i]}" "$k" "$(tr ' ' '\t' <time.txt | tail -1)" >>"$results"
  else
    note "N=$n: $k FAILS to compile with ${labels[$i]}:"
    head -20 "${k}_${n}_$i.err" >&2
    printf '%s\t%s\t%s\tfail\tfail\n' "$n" "${labels[$i]}" "$k" >>"$results"
    return 1
  fi
}

for n in "${ns[@]}"; do
  for i in "${!cxxs[@]}"; do
    note "N=$n ${labels[$i]}: $reps x (${kinds[*]})"
    ok=1
    # Interleaved, so that drift of the machine touches every program alike.
    for ((r = 0; r < reps && ok; r++)); do
      for k in "${kinds[@]}"; do timed "$n" "$i" "$k" || { ok=0; failed=1; break; }; done
    done
    [ "$ok" = 1 ] || continue
    # The objects just timed must print the expected text too.
    for k in runtime ctdf; do
      "${cxxs[$i]}" "${k}_${n}_$i.o" -o "${k}_${n}_$i.bin" || die "cannot link $k with ${labels[$i]}"
      "./${k}_${n}_$i.bin" | cmp -s - "expected_$n.txt" ||
        die "N=$n: $k built by ${labels[$i]} prints a different Dockerfile"
    done
  done
done

# The smallest limit that still compiles the ctdf program of the largest N,
# to a few percent: halve from the default until it fails, then bisect.
limits="$work/limits.tsv"
: >"$limits"
smallest() {
  local cxx=$1 flag=$2 default=$3 src=$4 hi lo mid
  compiles() { "$cxx" "${flags[@]}" -I"$include" -fsyntax-only "$flag=$1" "$src" >/dev/null 2>&1; }
  compiles "$default" || {
    echo "fails"
    return
  }
  hi=$default
  lo=$((default / 2))
  while [ "$lo" -ge 1 ] && compiles "$lo"; do
    hi=$lo
    lo=$((lo / 2))
  done
  while [ $((hi - lo)) -gt $((hi / 32)) ] && [ $((hi - lo)) -gt 1 ]; do
    mid=$(((lo + hi) / 2))
    if compiles "$mid"; then hi=$mid; else lo=$mid; fi
  done
  echo "$hi"
}
if [ "$headroom" = 1 ]; then
  big=${ns[0]}
  for n in "${ns[@]}"; do [ "$n" -gt "$big" ] && big=$n; done
  for i in "${!cxxs[@]}"; do
    note "N=$big ${labels[$i]}: searching the smallest constexpr limits"
    case "${labels[$i]}" in
      clang*)
        printf '%s\t%s\t%s\t%s\t%s\n' "$big" "${labels[$i]}" -fconstexpr-steps 1048576 \
          "$(smallest "${cxxs[$i]}" -fconstexpr-steps 1048576 "ctdf_$big.cpp")" >>"$limits"
        ;;
      g++*)
        printf '%s\t%s\t%s\t%s\t%s\n' "$big" "${labels[$i]}" -fconstexpr-ops-limit 33554432 \
          "$(smallest "${cxxs[$i]}" -fconstexpr-ops-limit 33554432 "ctdf_$big.cpp")" >>"$limits"
        printf '%s\t%s\t%s\t%s\t%s\n' "$big" "${labels[$i]}" -fconstexpr-loop-limit 262144 \
          "$(smallest "${cxxs[$i]}" -fconstexpr-loop-limit 262144 "ctdf_$big.cpp")" >>"$limits"
        ;;
    esac
  done
fi

commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ -n "$(git -C "$root" status --porcelain -- include 2>/dev/null)" ]; then commit="$commit + local changes"; fi
sizes=""
for n in "${ns[@]}"; do sizes="$sizes N=$n: $(wc -c <"expected_$n.txt") bytes;"; done

python3 - "$results" "$limits" "$reps" "$commit" "$sizes" <<'EOF'
import statistics, sys

results, limits, reps, commit, sizes = sys.argv[1:6]
runs = {}
order = []
for line in open(results):
    n, cxx, kind, sec, kb = line.rstrip("\n").split("\t")
    key = (int(n), cxx)
    if key not in runs:
        runs[key] = {}
        order.append(key)
    runs[key].setdefault(kind, []).append(None if sec == "fail" else (float(sec), int(kb)))

def median(samples):
    if not samples or None in samples:
        return None
    return statistics.median(s[0] for s in samples), statistics.median(s[1] for s in samples)

def cell(m):
    return "failed" if m is None else f"{m[0]:.2f} s / {m[1] / 1024:.0f} MiB"

print(f"ctdf at {commit}. Dockerfile size:{sizes.rstrip(';')}.\n")
print(f"Median of {reps} compiles (-std=c++20 -O0 -c), wall time / peak RSS:\n")
print("| N | compiler | string literal | run-time builder | ctdf | ctdf / builder, time | ctdf / builder, RSS | time within 1.5x |")
print("|---:|---|---:|---:|---:|---:|---:|:---:|")
for key in order:
    m = {k: median(v) for k, v in runs[key].items()}
    lit, rt, ct = m.get("literal"), m.get("runtime"), m.get("ctdf")
    if rt and ct:
        rt_ratio, rss_ratio = ct[0] / rt[0], ct[1] / rt[1]
        ratios = f"{rt_ratio:.2f} | {rss_ratio:.2f} | {'yes' if rt_ratio <= 1.5 else 'NO'}"
    else:
        ratios = "- | - | -"
    print(f"| {key[0]} | {key[1]} | {cell(lit)} | {cell(rt)} | {cell(ct)} | {ratios} |")

rows = [l.rstrip("\n").split("\t") for l in open(limits)]
if rows:
    print(f"\nSmallest constexpr limit that still compiles the ctdf program (to ~3%):\n")
    print("| N | compiler | option | default | needed | headroom |")
    print("|---:|---|---|---:|---:|---:|")
    for n, cxx, opt, default, needed in rows:
        head = f"{int(default) / int(needed):.2f}x" if needed.isdigit() else "-"
        print(f"| {n} | {cxx} | `{opt}` | {default} | {needed} | {head} |")
EOF

[ "$failed" = 0 ] || die "some programs failed to compile (see above)"
