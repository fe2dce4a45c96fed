"""Can Qt open a window here? Checked before the QApplication exists, so a missing system
library gets a sentence naming the package to install instead of Qt's abort.

On Linux, Qt's X11 plugin (xcb) needs a handful of system libraries that pip cannot bring;
a fresh Debian or Ubuntu lacks ``libxcb-cursor0`` among others, and Qt then aborts the
process with a hint buried in its log. ``platform_problem`` loads those libraries (and the
plugin itself) with ``ctypes`` first, which costs a few milliseconds, and says what to
install. Elsewhere (macOS, Windows, Wayland, offscreen) there is nothing to check.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

# The libraries Qt's xcb plugin loads, and the Debian/Ubuntu package of each.
XCB_LIBRARIES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}
# The same on Fedora, where the names differ most.
FEDORA = {
    "libxcb-cursor0": "xcb-util-cursor", "libxcb-icccm4": "xcb-util-wm",
    "libxcb-keysyms1": "xcb-util-keysyms", "libxcb-image0": "xcb-util-image",
    "libxcb-render-util0": "xcb-util-renderutil", "libxkbcommon-x11-0": "libxkbcommon-x11",
}

Loader = Callable[[str], object]


def _xcb_plugin() -> Path | None:
    try:
        import PySide6
    except ImportError:
        return None
    path = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return path if path.exists() else None


def _uses_xcb(env: Mapping[str, str]) -> bool:
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return chosen.split(";")[0].split(":")[0] == "xcb"
    # Without a choice Qt takes Wayland in a Wayland session, X11 otherwise.
    return not (env.get("XDG_SESSION_TYPE") == "wayland" and env.get("WAYLAND_DISPLAY"))


def platform_problem(env: Mapping[str, str] | None = None, load: Loader = ctypes.CDLL,
                     system: str = sys.platform) -> str | None:
    """A sentence saying why no window can open here and what to install, or None."""
    env = os.environ if env is None else env
    if not system.startswith("linux") or not _uses_xcb(env):
        return None
    if not env.get("DISPLAY") and not env.get("QT_QPA_PLATFORM"):
        if env.get("WAYLAND_DISPLAY"):
            return None  # Qt finds the Wayland session itself
        return ("abm-health cannot open its window: there is no display (DISPLAY is not set). "
                "Start it from a desktop session, or use the abm-health commands "
                "(abm-health --help) without a window.")
    missing: list[str] = []
    for library, package in XCB_LIBRARIES.items():
        try:
            load(library)
        except OSError:
            missing.append(package)
    if not missing:
        plugin = _xcb_plugin()
        if plugin is None:
            return None
        try:
            load(str(plugin))
        except OSError as exc:
            library = str(exc).split(":")[0].strip()
            return (f"abm-health cannot open its window: Qt's X11 plugin needs {library}, "
                    "which is not installed. Install the package that provides it with your "
                    "system's package manager, then start abm-health again.")
        return None
    fedora = [FEDORA.get(p, p) for p in missing]
    return ("abm-health cannot open its window: Qt needs system libraries that are not "
            f"installed ({', '.join(missing)}). On Debian or Ubuntu: sudo apt install "
            f"{' '.join(missing)}; on Fedora: sudo dnf install {' '.join(fedora)}. "
            "Then start abm-health again.")
