#!/usr/bin/env bash
# Doorstep's one entry point: the README's two commands call this.
#   ./doorstep.sh run    build, then run the app on a demo neighbourhood
#   ./doorstep.sh test   build, then run every test through ctest (non-zero exit on any failure)
# Both install what they need from Debian's packages first, skipping what is already there.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="${DOORSTEP_BUILD_DIR:-$here/build}"
jobs="$(nproc 2>/dev/null || echo 2)"

packages=(
    cmake ninja-build g++ pkg-config git ca-certificates
    qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-positioning-dev qt6-httpserver-dev qt6-websockets-dev
    qt6-speech-dev qt6-speech-flite-plugin qt6-charts-dev
    libqt6sql6-sqlite libqt6sql6-psql libqt6svg6
    postgresql libpq-dev libsodium-dev libsqlite3-dev qtkeychain-qt6-dev libxkbcommon-dev libgl-dev libvulkan-dev
    qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-templates
    qml6-module-qtquick-layouts qml6-module-qtquick-window qml6-module-qtqml-workerscript
    qml6-module-qtqml-models qml6-module-qtquick-dialogs qml6-module-qttest qml6-module-qtpositioning
    qml6-module-qttexttospeech qml6-module-qtcharts qt6-qpa-plugins qt6-wayland
    nginx openssl fonts-dejavu-core xvfb xauth dbus-daemon clang-format clang libclang-rt-14-dev
)

install_packages() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ "${#missing[@]}" -eq 0 ]; then
        return
    fi
    echo "doorstep: installing ${#missing[@]} Debian packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "doorstep: need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
}

configure_and_build() {
    local type="$1"
    shift
    cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="$type" "$@"
    cmake --build "$build" -j "$jobs"
}

cmd_run() {
    install_packages
    configure_and_build RelWithDebInfo
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        echo "doorstep: there is no display here. Run it in a virtual one instead:" >&2
        echo "    xvfb-run -a ./doorstep.sh run" >&2
        exit 2
    fi
    # The demo: doorstep-server on its embedded SQLite with the demo neighbourhood, and the app
    # enrolled against it as a demo practitioner. Everything lives under one directory.
    local data="${DOORSTEP_DATA_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/doorstep-demo}"
    local server_dir="$data/server" app_dir="$data/app" password_file="$data/demo-password"
    local database_file="$server_dir/doorstep-server.sqlite"
    local database="sqlite:$database_file" user="demo.practitioner1"
    local server="$build/sync/server/doorstep-server"
    mkdir -p "$server_dir"
    chmod 700 "$data"
    if [ ! -s "$password_file" ]; then
        # One password for every demo account, made here and kept beside the demo (never on a command line).
        (umask 077 && printf 'demo-%s\n' "$(head -c 15 /dev/urandom | base64 | tr -d '/+=')" >"$password_file")
    fi
    if [ ! -f "$database_file" ] && [ -d "$app_dir" ]; then
        # Its device token belonged to a server database that is gone.
        echo "doorstep: new demo server database: starting the demo tablet's store afresh"
        rm -rf "$app_dir"
    fi
    "$server" load-demo --database "$database" --password-file "$password_file"

    # A fixed port when it is free (DOORSTEP_PORT, default 8470), else any free one.
    local port="${DOORSTEP_PORT:-8470}"
    if [ -z "${DOORSTEP_PORT:-}" ] && (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        port=0
    fi
    local log="$server_dir/serve.log"
    "$server" serve --database "$database" --listen 127.0.0.1 --port "$port" >"$log" 2>&1 &
    local server_pid=$!
    # The server goes when the app does, however the app ends.
    trap 'kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true' EXIT
    local listening=""
    for _ in $(seq 1 200); do
        listening="$(sed -n 's/^doorstep-server listening on 127\.0\.0\.1:\([0-9][0-9]*\)$/\1/p' "$log")"
        [ -n "$listening" ] && break
        if ! kill -0 "$server_pid" 2>/dev/null; then
            cat "$log" >&2
            echo "doorstep: the demo server did not start" >&2
            exit 1
        fi
        sleep 0.1
    done
    if [ -z "$listening" ]; then
        echo "doorstep: the demo server did not say where it listens (see $log)" >&2
        exit 1
    fi
    local url="http://127.0.0.1:$listening"
    echo "doorstep: demo server at $url (database $database_file, log $log)"
    echo "doorstep: the app signs in as $user (password in $password_file); PIN 246810"
    echo "doorstep: demo tablet data in $app_dir"
    local status=0
    "$build/qml/doorstep" --demo --server "$url" --demo-user "$user" --password-file "$password_file" \
        --data-dir "$app_dir" "$@" || status=$?
    exit "$status"
}

cmd_test() {
    install_packages
    configure_and_build RelWithDebInfo -DDOORSTEP_WERROR=ON
    # The timeout bounds every test; no test is retried (a flaky test is a bug to fix).
    ctest --test-dir "$build" --output-on-failure -j "$jobs" --timeout 600 "$@"
}

case "${1:-}" in
    run) shift; cmd_run "$@" ;;
    test) shift; cmd_test "$@" ;;
    *) echo "usage: $0 run|test" >&2; exit 64 ;;
esac
