#!/bin/sh
# Install Defensoría for the current user (no administrator rights needed):
# the program goes to ~/.local/opt/defensoria, a menu entry and an icon are added.
# Run it again from a newer package to upgrade; the data (in ~/.local/share/defensoria)
# is never touched. To remove: sh install.sh --uninstall
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix=${XDG_DATA_HOME:-$HOME/.local/share}
target=$HOME/.local/opt/defensoria
menu=$prefix/applications/defensoria.desktop
icon=$prefix/icons/hicolor/256x256/apps/defensoria.png

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$target" "$menu" "$icon"
  echo "Defensoría desinstalada; los datos se conservan en $prefix/defensoria."
  exit 0
fi

mkdir -p "$target.new" "$(dirname "$menu")" "$(dirname "$icon")"
cp -R "$here/defensoria" "$here/_internal" "$target.new/"
rm -rf "$target.old"
[ -d "$target" ] && mv "$target" "$target.old"
mv "$target.new" "$target"
rm -rf "$target.old"
cp "$here/defensoria.png" "$icon"
sed "s|@EXEC@|$target/defensoria|" "$here/defensoria.desktop" > "$menu"
echo "Defensoría instalada en $target."
