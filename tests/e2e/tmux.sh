#!/usr/bin/env bash
# The real-terminal test: run the built reader in tmux, type as a user would, read the
# screen back. Usage: tests/e2e/tmux.sh path/to/dossier
set -u
BIN=$(realpath "${1:-target/release/dossier}")
SOCK="dossier-e2e-$$"
T="tmux -L $SOCK"
pass=0
fail=0
work=$(mktemp -d)
trap '$T kill-server 2>/dev/null; rm -rf "$work"' EXIT
# The reader's saved state and config live in the scratch directory, never the user's.
RUN="env XDG_STATE_HOME=$work/state XDG_CONFIG_HOME=$work/config XDG_CACHE_HOME=$work/cache $BIN"

ok() { pass=$((pass + 1)); echo "ok   $1"; }
no() { fail=$((fail + 1)); echo "FAIL $1"; echo "---- screen:"; screen | sed 's/^/   | /'; }
screen() { $T capture-pane -p -t e2e 2>/dev/null; }
keys() { $T send-keys -t e2e "$@"; sleep 0.4; }
typed() { $T send-keys -t e2e -l "$1"; sleep 0.4; }
# Wait until the screen shows a pattern (the reader loads in the background).
wait_for() {
  for _ in $(seq 1 50); do
    screen | grep -q -- "$1" && return 0
    sleep 0.1
  done
  return 1
}
wait_fixed() {
  for _ in $(seq 1 50); do
    screen | grep -qF -- "$1" && return 0
    sleep 0.1
  done
  return 1
}
expect() { if wait_for "$2"; then ok "$1"; else no "$1 (want: $2)"; fi; }
# Wait until the corpus is loaded: the list fills while it loads, keys for actors, dates
# and search work once the loading gauge has gone.
wait_loaded() {
  for _ in $(seq 1 100); do
    if screen | grep -q "Articles" && ! screen | grep -q -e "Loading the corpus" -e "loading: "; then
      return 0
    fi
    sleep 0.1
  done
  return 1
}
expect_not() { if screen | grep -q -- "$2"; then no "$1 (unwanted: $2)"; else ok "$1"; fi; }
start() {
  # Let the old server go before a new one takes the socket.
  $T kill-server 2>/dev/null && sleep 0.3
  $T -f /dev/null new-session -d -s e2e -x "$1" -y "$2" "$3"
  $T set-option -t e2e remain-on-exit on
}

# --- the bundled corpus at 120x36 -------------------------------------------------------
start 120 36 "$RUN"
expect "the article list appears" "Nga-NATO bắt đầu cuộc đối thoại"
expect "six articles listed" "6/6"
wait_loaded
expect "the second article of a file is listed" "Thứ trưởng Nga tuyên bố"
expect "the timeline shows January 2022" "2022"
keys a; typed stoltenberg; keys Enter
expect "actor jump lands on Stoltenberg" "Stoltenberg"
expect "the status bar counts mentions" "mention 1 of"
keys n
expect "n walks to the next mention" "mention 2 of"
keys d; typed 2022-01-12; keys Enter
expect "the date filter leaves one article" "1/6"
expect_not "other articles are filtered out" "Thứ trưởng Nga tuyên bố"
keys Escape
expect "Esc clears the filter" "6/6"
keys s; typed '"hội đồng" nga'; keys Enter
expect "s lists the articles that hold the words" "search \"hội đồng\" nga · [0-9]* hits"
expect "the list holds only the hits" "Articles [1-5]/6"
keys n
expect "n walks the matches" "match 2 of"
keys Escape
expect "Esc clears the search" "6/6"
expect_not "the search tag is gone" "search \"hội đồng\""
keys s; typed "zzzqqq"; keys Enter
expect "a search that finds nothing says so in the prompt" "no article holds zzzqqq"
keys Escape
keys d; typed "not a date"; keys Enter
expect "an unreadable date is an error in the prompt" "✗ not a date"
keys Escape
keys '?'
expect "help is drawn from the key map" "quit"
keys Escape

# --- who said what, and the actor's page ---------------------------------------------
keys a; typed stoltenberg; keys Enter
keys '"'
expect "\" lists the picked actor's statements" "Who said what · Jens Stoltenberg"
keys Enter
expect "Enter walks the statements" "Jens Stoltenberg · statement 1 of"
expect "Enter lands on the statement's paragraph" "điều tồi tệ nhất vẫn chưa được loại trừ"
keys A
expect "A opens the actor's page" "Appears with"
expect "the page charts mentions over time" "Mentions by week"
keys Escape; keys Escape

# --- resize ---------------------------------------------------------------------------
$T resize-window -t e2e -x 80 -y 24; sleep 0.5
expect "80x24 still draws the list" "Nga-NATO"
$T resize-window -t e2e -x 40 -y 10; sleep 0.5
expect "a tiny window says so" "too small"
$T resize-window -t e2e -x 120 -y 36; sleep 0.5
expect "back to full size" "Nga-NATO"

keys q; sleep 0.5
if [ "$($T display -p -t e2e '#{pane_dead}')" = "1" ]; then ok "q quits"; else no "q quits"; fi

# --- saved web pages: HTML, MHTML and an index page, as a user saved them ---------------
mkdir -p "$work/pages"
cp tests/pages/vnexpress-nato-russia-council-jsonld.html tests/pages/tuoitre-draft-security-treaties-mhtml.mhtml \
  tests/pages/dantri-trang-chu.html "$work/pages/"
start 120 36 "$RUN $work/pages"
expect "a saved page is listed by its headline" "Hội đồng NATO - Nga họp"
expect "the status bar counts the file that is no article" "1 file not articles"
expect_not "no markup or CSS reaches the screen" "Helvetica Neue"
keys w
expect "w names the index page and why" "dantri-trang-chu.html"
expect "... with the reason" "an index page"
keys Escape
keys Enter
keys x
expect "x shows the dropped lines with their rules" "✂ dropped"
keys q

# --- SIGTERM and SIGHUP give the terminal back -----------------------------------------
for sig in TERM HUP; do
  start 100 30 "sh -c '$RUN; echo exited-after-$sig; sleep 30'"
  wait_for "Articles" >/dev/null
  shpid=$($T display -p -t e2e '#{pane_pid}')
  child=$(pgrep -P "$shpid" | head -n 1)
  kill -$sig "$child" 2>/dev/null
  if wait_for "exited-after-$sig" && [ "$($T display -p -t e2e '#{alternate_on}')" = 0 ] \
    && [ "$($T display -p -t e2e '#{mouse_any_flag}')" = 0 ]; then
    ok "SIG$sig restores the screen and the mouse"
  else
    no "SIG$sig restores the screen and the mouse"
  fi
done

# --- a panic gives the terminal back too ---------------------------------------------------
start 100 30 "sh -c 'DOSSIER_TEST_PANIC=1 $BIN; echo exited-after-panic; sleep 30'"
if wait_for "exited-after-panic" && [ "$($T display -p -t e2e '#{alternate_on}')" = 0 ] \
  && [ "$($T display -p -t e2e '#{mouse_any_flag}')" = 0 ] && screen | grep -q "DOSSIER_TEST_PANIC"; then
  ok "a panic restores the screen and prints its message"
else
  no "a panic restores the screen and prints its message"
fi

# --- a terminal that goes away does not leave the reader spinning ----------------------
start 100 30 "$BIN"
wait_for "Articles" >/dev/null
pid=$($T display -p -t e2e '#{pane_pid}')
$T kill-session -t e2e
gone=no
for _ in $(seq 1 50); do
  if ! kill -0 "$pid" 2>/dev/null; then gone=yes; break; fi
  sleep 0.1
done
if [ "$gone" = yes ]; then ok "closing the terminal ends the reader"; else
  kill -9 "$pid" 2>/dev/null; no "closing the terminal ends the reader (pid $pid still running)"; fi

# --- hostile text never reaches the terminal as control sequences ----------------------
mkdir -p "$work/evil"
printf 'Tin \033]0;pwned-title\007 giả mạo \033[2J\033[31m đỏ\n\nHà Nội \033]52;c;cHduZWQ=\007 ngày 12/1/2022, NATO và Nga họp tại Brussels \342\200\256 đảo chiều. Đây là câu thứ hai của bài viết này.\n\nMột đoạn nữa về NATO và Nga để bài viết đủ dài cho trình đọc hiển thị.\n' > "$work/evil/evil.txt"
start 120 36 "$RUN $work/evil"
expect "a corpus full of escapes loads" "NATO"
title=$($T display -p -t e2e '#{pane_title}')
case "$title" in *pwned*) no "window title untouched (got: $title)" ;; *) ok "window title untouched" ;; esac
expect_not "no raw escape text drawn" "pwned-title"
keys q

# --- a corpus of files: cached on the first run, searched from the cache on the next ---
mkdir -p "$work/files"
cp "$(dirname "$0")/../../assets/corpus/"*.txt "$work/files/"
for run in first second; do
  start 120 36 "$RUN $work/files"
  wait_for "6/6" >/dev/null; wait_loaded
  keys s; typed "lavrov"; keys Enter
  expect "s finds Lavrov on the $run run" "search lavrov · [0-9]* hits"
  keys q; sleep 0.5
done
if ls "$work"/cache/dossier/index-*-files.sqlite >/dev/null 2>&1; then
  ok "the cache is kept in XDG_CACHE_HOME"
else
  no "the cache is kept in XDG_CACHE_HOME"
fi

# --- saved state: a bookmark and the open article survive quitting ---------------------
rm -rf "$work/state"
start 120 36 "$RUN"
wait_for "6/6" >/dev/null; wait_loaded
keys j; keys j; keys Enter
keys m
expect "m bookmarks the selected article" "Bookmarked:"
expect "the list shows the bookmark" "★"
if ls "$work"/state/dossier/state-*-bundled.json >/dev/null 2>&1; then
  ok "the bookmark is saved at once in XDG_STATE_HOME"
else
  no "the bookmark is saved at once in XDG_STATE_HOME"
fi
opened=$(screen | grep -o '▶★ [^│]*' | head -n 1)
keys q; sleep 0.5
start 120 36 "$RUN"
wait_for "6/6" >/dev/null; wait_loaded
if [ -n "$opened" ] && wait_fixed "$opened"; then
  ok "after reopening, the bookmarked article we had open is open again"
else
  no "after reopening, the bookmarked article we had open is open again (want: $opened)"
fi
keys M
expect "M lists the bookmark kept across runs" "1 bookmarked article"
expect "the status bar shows the bookmarks filter" " bookmarks "
keys M
expect "M again lists every article" "6/6"
keys q; sleep 0.5

# --- two readers on one corpus: each one's bookmark survives both quitting --------------
rm -rf "$work/state"
start 120 36 "$RUN"
wait_for "6/6" >/dev/null; wait_loaded
$T new-session -d -s e2e2 -x 120 -y 36 "$RUN"
$T set-option -t e2e2 remain-on-exit on
for _ in $(seq 1 100); do $T capture-pane -p -t e2e2 | grep -q "6/6" && break; sleep 0.1; done
sleep 1
keys m
$T send-keys -t e2e2 j; sleep 0.4
$T send-keys -t e2e2 m; sleep 0.4
keys q; sleep 0.5
$T send-keys -t e2e2 q; sleep 0.5
start 120 36 "$RUN"
wait_for "6/6" >/dev/null; wait_loaded
keys M
expect "two readers at once: both readers' bookmarks are kept" "2 bookmarked articles"
keys q; sleep 0.5

# --- config: a rebound key, and a bad config stops before the terminal -----------------
mkdir -p "$work/config/dossier"
printf '[keys]\nx = "help"\n' > "$work/config/dossier/config.toml"
start 120 36 "$RUN"
wait_for "6/6" >/dev/null; wait_loaded
keys x
expect "a key bound in config.toml works" "Keys (.*Esc closes)"
keys Escape; keys q
printf '[keys]\nx = "fly"\n' > "$work/bad.toml"
start 120 36 "sh -c '$RUN --config $work/bad.toml; echo status=\$?; sleep 30'"
expect "a bad config is one line naming its line, status 2" "bad.toml:2: .*unknown action"
expect "... and the exit status is 2" "status=2"
rm -f "$work/config/dossier/config.toml"

# --- NO_COLOR: no colours, still bold and reverse -------------------------------------
sgr() { $T capture-pane -p -e -t e2e 2>/dev/null; }
start 120 36 "env NO_COLOR=1 $RUN"
wait_for "Nga-NATO" >/dev/null
if sgr | grep -q $'\e\[[0-9;]*\(3[0-7]\|38\|4[0-7]\|48\|9[0-7]\)[;m]'; then
  no "NO_COLOR draws without colours"
else
  ok "NO_COLOR draws without colours"
fi
if sgr | grep -q $'\e\[[0-9;]*[17][;m]'; then ok "NO_COLOR keeps bold and reverse"; else no "NO_COLOR keeps bold and reverse"; fi
keys q
start 120 36 "$RUN"
wait_for "Nga-NATO" >/dev/null
if sgr | grep -q $'\e\[[0-9;]*\(3[0-7]\|38\)[;m]'; then ok "colours without NO_COLOR"; else no "colours without NO_COLOR"; fi
keys q

# --- copies: one story printed by several outlets -----------------------------------------
copies_dir=$(realpath "$(dirname "$0")/../copies/corpus")
rm -rf "$work/state"
start 120 36 "$RUN '$copies_dir'"
expect "the status bar counts articles and stories" "29 articles · 13 stories"
expect "the load message follows without counting the articles again" "13 stories [0-9]* actors"
expect "a copy group is listed once with +N and the other outlets" "+[0-9] · "
keys c
expect "c unfolds the group under its row" "↳ "
keys v
expect "v compares the article with a copy" "Compare · copy 1 of [0-9]"
expect "the compare view names both outlets" "⟷"
keys n
expect "n goes to the next copy" "Compare · copy 2 of [0-9]"
keys Escape
expect_not "Esc closes the compare view" "Compare · copy"
keys C
expect "C lists copies one by one" "Copies listed one by one: 29 articles"
keys q

# --- no terminal ------------------------------------------------------------------------
out=$($RUN </dev/null 2>&1 >/dev/null); code=$?
if [ "$code" = 1 ] && [ "$(printf '%s\n' "$out" | wc -l)" = 1 ] && printf '%s' "$out" | grep -q terminal; then
  ok "without a terminal: one line, exit 1"
else
  no "without a terminal: one line, exit 1 (got $code: $out)"
fi

echo "e2e: $pass passed, $fail failed"
[ "$fail" = 0 ]
