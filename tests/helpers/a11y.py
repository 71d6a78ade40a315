#!/usr/bin/python3
"""Waits until the Sitbreak window's accessibility tree (AccessKit, over
AT-SPI) has a node whose name matches a regular expression.

  a11y.py REGEX [SECONDS]   exit 0 once a node of an application named
                            "sitbreak" matches, 2 on timeout (printing the
                            names seen last)

Needs an AT-SPI bus with org.a11y.Status.IsEnabled true. The client cache
is turned off: a cached read once mixed names from an earlier view."""
import re
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402


def names(node, out, depth=0):
    if node is None or depth > 60 or len(out) > 3000:
        return
    try:
        out.append(node.get_name() or "")
        for i in range(node.get_child_count()):
            names(node.get_child_at_index(i), out, depth + 1)
    except Exception:
        pass


def sitbreak_names():
    desktop = Atspi.get_desktop(0)
    out = []
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        if app is not None and re.search("(?i)sitbreak", app.get_name() or ""):
            app.set_cache_mask(Atspi.Cache.NONE)
            names(app, out)
    return out


pattern = re.compile(sys.argv[1])
limit = float(sys.argv[2]) if len(sys.argv) > 2 else 10.0
start = time.time()
seen = []
while time.time() - start < limit:
    seen = sitbreak_names()
    if any(pattern.search(n) for n in seen):
        sys.exit(0)
    time.sleep(0.25)
print("\n".join(seen))
sys.exit(2)
