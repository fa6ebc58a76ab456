#!/usr/bin/env bash
# The command line against `cat` of the same files, in the same run: each figure is the
# median of RUNS runs, in ms, with its ratio to cat's median.
#
# Usage: benches/cli_vs_cat.sh CORPUS [RUNS] [BIN]
#   cat        find CORPUS -type f | xargs cat > /dev/null
#   no-cache   dossier export CORPUS --no-cache
#   cold       dossier export CORPUS, the cache emptied before each run
#   warm       dossier export CORPUS, nothing changed since the last run
#   add-10     dossier export CORPUS after 10 new files were added (warm otherwise)
#   search     dossier search QUERY CORPUS --limit 20, warm, for three queries
# The cache lives in a scratch XDG_CACHE_HOME; the user's is not touched.
set -u
CORPUS=$(realpath "$1")
RUNS=${2:-5}
BIN=$(realpath "${3:-target/release/dossier}")
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export XDG_CACHE_HOME="$scratch/cache" XDG_STATE_HOME="$scratch/state"

now() { date +%s%N; }
# Median of the arguments.
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }
# time_of CMD...: run it RUNS times, print the median in ms (stdout to /dev/null).
time_of() {
  local t=()
  for _ in $(seq "$RUNS"); do
    ${BEFORE:-true}
    local a; a=$(now)
    "$@" > /dev/null 2>&1
    t+=($(( ($(now) - a) / 1000000 )))
  done
  median "${t[@]}"
}

cat_all() { find "$CORPUS" -type f -print0 | xargs -0 cat > /dev/null; }
empty_cache() { rm -rf "$XDG_CACHE_HOME"; }
add_ten() {
  rm -rf "$CORPUS/zz-added"; mkdir -p "$CORPUS/zz-added"
  for i in $(seq 10); do
    printf 'Tin thêm %s\n\nHà Nội, ngày 14/1/2022 - Ngoại trưởng Lavrov nói cuộc họp số %s không có kết quả. Câu thứ hai của bài báo thêm vào.\n' "$i" "$i" > "$CORPUS/zz-added/$i-$(now).txt"
  done
}

files=$(find "$CORPUS" -type f | wc -l)
bytes=$(find "$CORPUS" -type f -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
echo "corpus: $CORPUS ($files files, $bytes bytes), median of $RUNS runs, load $(cut -d' ' -f1 /proc/loadavg)"
cat_ms=$(time_of cat_all)
line() { awk -v n="$1" -v ms="$2" -v c="$cat_ms" 'BEGIN {printf "%-22s %7d ms  %5.1fx cat\n", n, ms, (c > 0 ? ms / c : 0)}'; }
line "cat" "$cat_ms"
line "export --no-cache" "$(time_of "$BIN" export "$CORPUS" --no-cache)"
line "export cold" "$(BEFORE=empty_cache time_of "$BIN" export "$CORPUS")"
"$BIN" export "$CORPUS" > /dev/null 2>&1
line "export warm" "$(time_of "$BIN" export "$CORPUS")"
line "export, 10 files added" "$(BEFORE=add_ten time_of "$BIN" export "$CORPUS")"
rm -rf "$CORPUS/zz-added"
"$BIN" search nga "$CORPUS" > /dev/null 2>&1
for q in lavrov '"hoi dong nga"' nga; do
  line "search $q" "$(time_of "$BIN" search "$q" "$CORPUS" --limit 20)"
done
echo "cache: $(du -cb "$XDG_CACHE_HOME"/dossier/*.sqlite | tail -1 | cut -f1) bytes"
/usr/bin/time -f "peak RSS, export --no-cache: %M KB" "$BIN" export "$CORPUS" --no-cache 2>&1 >/dev/null | tail -1
/usr/bin/time -f "peak RSS, export warm: %M KB" "$BIN" export "$CORPUS" 2>&1 >/dev/null | tail -1
empty_cache
/usr/bin/time -f "peak RSS, export cold: %M KB" "$BIN" export "$CORPUS" 2>&1 >/dev/null | tail -1
