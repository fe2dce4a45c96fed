"""On a bare Linux machine the window does not abort: it names the packages to install."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from desktop.shared.qt_platform import platform_problem

HERE_ONLY = {"libxcb-cursor.so.0", "libxcb-icccm.so.4"}


def _loader_without(missing: set[str]):
    def load(name: str):
        if name in missing:
            raise OSError(f"{name}: cannot open shared object file: No such file or directory")
        return object()

    return load


def test_missing_xcb_libraries_are_named_with_their_packages():
    sentence = platform_problem({"DISPLAY": ":0"}, _loader_without(HERE_ONLY), "linux")
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4" in sentence
    assert "sudo dnf install xcb-util-cursor xcb-util-wm" in sentence


def test_nothing_to_say_when_everything_loads_or_off_linux():
    assert platform_problem({"DISPLAY": ":0"}, _loader_without(set()), "linux") is None
    assert platform_problem({}, _loader_without(HERE_ONLY), "darwin") is None
    assert platform_problem({"QT_QPA_PLATFORM": "offscreen"}, _loader_without(HERE_ONLY), "linux") is None
    wayland = {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}
    assert platform_problem(wayland, _loader_without(HERE_ONLY), "linux") is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the X11 check is Linux's")
def test_the_window_without_a_display_exits_with_a_sentence(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run([sys.executable, "-m", "desktop.cli", "--workspace", str(tmp_path / "w.sqlite")],
                          env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert "there is no display" in done.stderr
    assert not (tmp_path / "w.sqlite").exists()  # nothing was created either
