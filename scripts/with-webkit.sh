#!/usr/bin/env bash
# Runs a command with WebKit drivers ready for the engine tests (tests/browser/webkit.ts):
# WEBKIT_DRIVERS (default 2) virtual displays, each with Xvfb, a window manager (openbox: without
# one no window ever has focus, so :focus never matches) and a WebKitWebDriver (one session at a
# time each). Exports WEBKIT_WEBDRIVER_URLS, runs "$@", and stops everything it started, on
# failure too.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
count="${WEBKIT_DRIVERS:-2}"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT INT TERM

free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }

urls=()
for _ in $(seq "$count"); do
  # Xvfb picks a free display itself and says which (-displayfd): two runs started at once (the
  # runner's two WebKit shards) never race for the same one.
  shown="$(mktemp)"
  Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp 3>"$shown" >/dev/null 2>&1 &
  pids+=($!)
  for _ in $(seq 100); do [ -s "$shown" ] && break; sleep 0.1; done
  display="$(tr -dc '0-9' <"$shown")"
  rm -f "$shown"
  [ -n "$display" ] || { echo 'Xvfb did not start' >&2; exit 1; }
  for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display}" ] && break; sleep 0.1; done
  DISPLAY=":${display}" openbox --sm-disable >/dev/null 2>&1 &
  pids+=($!)
  port="$(free_port)"
  # MiniBrowser inherits XDG_CONFIG_HOME: its gtk.css lets the window be as narrow as a phone.
  DISPLAY=":${display}" XDG_CONFIG_HOME="$here/tests/browser/minibrowser-config" \
    WebKitWebDriver "--port=${port}" >/dev/null 2>&1 &
  pids+=($!)
  url="http://127.0.0.1:${port}"
  node -e "(async()=>{for(let i=0;i<100;i++){if(await fetch(process.argv[1]+'/status').then(r=>r.ok,()=>false))return;await new Promise(r=>setTimeout(r,100))}console.error('WebKitWebDriver did not start');process.exit(1)})()" "$url"
  urls+=("$url")
done

WEBKIT_WEBDRIVER_URLS="$(IFS=,; echo "${urls[*]}")" "$@"
