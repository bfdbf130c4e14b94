#!/usr/bin/env bash
# Sets up everything Caseload needs on a Debian bookworm machine, idempotently:
# Debian packages, Debian source packages of the wasm dependencies (built once and cached
# outside the work tree, keyed by version), and the pinned npm tools.
# Only Debian's archive and the npm registry are contacted.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$here/scripts/env.sh"

log() { printf '[bootstrap] %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

APT_PACKAGES=(
  build-essential cmake ninja-build pkg-config git xz-utils dpkg-dev
  clang-14 lld-14 libclang-rt-14-dev
  emscripten nodejs
  nlohmann-json3-dev doctest-dev libsodium-dev
  autoconf automake libtool
  chromium age
  fonts-inter fonts-dejavu-core
)

missing_packages() {
  local pkg
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || echo "$pkg"
  done
}

enable_deb_src() {
  local f=/etc/apt/sources.list.d/debian.sources
  if [ -f "$f" ] && grep -qE '^Types: deb$' "$f"; then
    log "enabling Debian source packages in $f"
    as_root sed -i -E 's/^Types: deb$/Types: deb deb-src/' "$f"
    return 0
  fi
  if [ -f /etc/apt/sources.list ] && grep -qE '^deb ' /etc/apt/sources.list \
     && ! grep -qE '^deb-src ' /etc/apt/sources.list; then
    log "enabling Debian source packages in /etc/apt/sources.list"
    as_root sed -i -E 'p; s/^deb /deb-src /' /etc/apt/sources.list
    return 0
  fi
  return 1
}

have_source_index() {
  apt-cache showsrc libsodium >/dev/null 2>&1 && [ -n "$(apt-cache showsrc libsodium 2>/dev/null)" ]
}

install_packages() {
  local changed=0
  enable_deb_src && changed=1
  local missing
  missing="$(missing_packages)"
  if [ "$changed" = 1 ] || [ -n "$missing" ] || ! have_source_index; then
    log "apt-get update"
    as_root apt-get update -qq
  fi
  missing="$(missing_packages)"
  if [ -n "$missing" ]; then
    log "installing: $(echo $missing)"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
  fi
}

source_version() {
  apt-cache showsrc --only-source "$1" 2>/dev/null | awk '/^Version:/{print $2; exit}'
}

# Downloads and unpacks a Debian source package into $CASELOAD_CACHE/src/<pkg>-<version>.
fetch_source() {
  local pkg="$1" version dir
  version="$(source_version "$pkg")"
  [ -n "$version" ] || { log "no source package for $pkg (is deb-src enabled?)"; exit 1; }
  dir="$CASELOAD_CACHE/src/$pkg-$version"
  if [ ! -f "$dir/.unpacked" ]; then
    log "fetching source of $pkg $version"
    rm -rf "$dir" && mkdir -p "$dir"
    (cd "$dir" && apt-get source -qq --download-only "$pkg=$version" >/dev/null \
       && dpkg-source -x ./*.dsc tree >/dev/null)
    touch "$dir/.unpacked"
  fi
  echo "$dir/tree"
}

build_imgui() {
  local src
  src="$(fetch_source imgui)"
  local out="$CASELOAD_CACHE/wasm/imgui-$(source_version imgui)-2"
  if [ ! -f "$out/.done" ]; then
    rm -rf "$out" && mkdir -p "$out"
    cp "$src"/imgui*.cpp "$src"/imgui*.h "$src"/imconfig.h "$src"/imstb_*.h "$out"/
    mkdir -p "$out/backends" "$out/misc"
    cp "$src"/backends/imgui_impl_sdl.* "$src"/backends/imgui_impl_opengl3* "$out/backends/"
    cp "$src"/misc/cpp/imgui_stdlib.* "$out/misc/"
    touch "$out/.done"
  fi
  ln -sfn "$out" "$CASELOAD_CACHE/wasm/imgui"
}

build_sdl2() {
  local version src prefix
  version="$(source_version libsdl2)"
  prefix="$CASELOAD_CACHE/wasm/sdl2-$version"
  if [ ! -f "$prefix/.done" ]; then
    src="$(fetch_source libsdl2)"
    log "building SDL2 $version for wasm (a few minutes, once)"
    rm -rf "$prefix" "$src/../build-wasm"
    em_env emcmake cmake -S "$src" -B "$src/../build-wasm" -G Ninja \
      -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$prefix" \
      -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF \
      -DSDL_AUDIO=OFF -DSDL_HAPTIC=OFF -DSDL_JOYSTICK=OFF -DSDL_SENSOR=OFF \
      -DSDL_POWER=OFF -DSDL_HIDAPI=OFF -DSDL_THREADS=OFF -DSDL_PTHREADS=OFF \
      >"$CASELOAD_CACHE/sdl2-configure.log" 2>&1 \
      || { tail -40 "$CASELOAD_CACHE/sdl2-configure.log"; exit 1; }
    em_env cmake --build "$src/../build-wasm" --target install >"$CASELOAD_CACHE/sdl2-build.log" 2>&1 \
      || { tail -40 "$CASELOAD_CACHE/sdl2-build.log"; exit 1; }
    touch "$prefix/.done"
  fi
  ln -sfn "$prefix" "$CASELOAD_CACHE/wasm/sdl2"
}

build_libsodium() {
  local version src prefix
  version="$(source_version libsodium)"
  prefix="$CASELOAD_CACHE/wasm/libsodium-$version"
  if [ ! -f "$prefix/.done" ]; then
    src="$(fetch_source libsodium)"
    log "building libsodium $version for wasm (about two minutes, once)"
    rm -rf "$prefix"
    (
      cd "$src"
      [ -x configure ] || ./autogen.sh -s >/dev/null 2>&1
      em_env emconfigure ./configure --host=wasm32-unknown-emscripten --prefix="$prefix" \
        --disable-shared --enable-static --without-pthreads --disable-ssp --disable-asm \
        --enable-minimal=no CFLAGS="-O2" >"$CASELOAD_CACHE/sodium-configure.log" 2>&1
      em_env emmake make -j"$(nproc)" install >"$CASELOAD_CACHE/sodium-build.log" 2>&1
    ) || { tail -40 "$CASELOAD_CACHE/sodium-configure.log" "$CASELOAD_CACHE/sodium-build.log"; exit 1; }
    touch "$prefix/.done"
  fi
  ln -sfn "$prefix" "$CASELOAD_CACHE/wasm/libsodium"
}

# Header-only libraries are copied into a wasm include dir: passing -I/usr/include to emcc
# would let host libc headers shadow the wasm sysroot.
stage_header_libs() {
  local out="$CASELOAD_CACHE/wasm/include"
  mkdir -p "$out"
  local lib
  for lib in nlohmann doctest; do
    rm -rf "${out:?}/$lib" && cp -r "/usr/include/$lib" "$out/"
  done
}

seed_emscripten_cache() {
  if [ -n "${EM_CACHE:-}" ] && [ ! -d "$EM_CACHE/sysroot" ]; then
    log "seeding a per-user Emscripten cache in $EM_CACHE"
    mkdir -p "$EM_CACHE" && cp -r /usr/share/emscripten/cache/. "$EM_CACHE/"
    rm -f "$EM_CACHE/cache.lock"
  fi
}

install_npm_tools() {
  local stamp="$here/node_modules/.caseload-lock"
  if [ ! -f "$stamp" ] || ! cmp -s "$here/package-lock.json" "$stamp"; then
    log "npm ci"
    (cd "$here" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
    cp "$here/package-lock.json" "$stamp"
  fi
}

main() {
  install_packages
  mkdir -p "$CASELOAD_CACHE/wasm" "$CASELOAD_CACHE/src"
  seed_emscripten_cache
  build_imgui
  build_libsodium
  build_sdl2
  stage_header_libs
  install_npm_tools
  log "ready (cache: $CASELOAD_CACHE)"
}

main "$@"
