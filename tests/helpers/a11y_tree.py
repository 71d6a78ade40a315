#!/usr/bin/python3
"""Reads the Sitbreak window as a screen reader does, through AT-SPI.

  a11y_tree.py dump                 one JSON object per node of the window
                                    (role, name, description, states,
                                    value for progress bars), depth-first;
                                    exit 2 when there is no Sitbreak window
  a11y_tree.py wait REGEX [S]       wait until a node's "role<TAB>name"
                                    matches (default 10 s); exit 2 if not
  a11y_tree.py click REGEX          press the first node whose
                                    "role<TAB>name" matches (AT-SPI Action)
  a11y_tree.py tab-to NAME          press Tab (with xdotool) until the
                                    control named NAME has keyboard focus;
                                    exit 2, printing where focus went, if
                                    it never does
  a11y_tree.py events SECONDS       listen that long; print one JSON object
                                    per event the window sent (type, role,
                                    name, detail: an announcement's text)

Needs an AT-SPI bus whose org.a11y.Status.IsEnabled is true. Uses
/usr/bin/python3 with python3-gi and gir1.2-atspi-2.0 (Debian). The client
cache is off: egui reuses widget ids across screens, and a cached name can
belong to the screen before."""
import json
import re
import subprocess
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

APP = re.compile(r"(?i)sitbreak")


def safe(f, default=""):
    try:
        v = f()
        return default if v is None else v
    except Exception:  # noqa: BLE001 - a node that vanished mid-walk
        return default


def apps():
    desktop = Atspi.get_desktop(0)
    found = []
    for i in range(safe(desktop.get_child_count, 0)):
        app = safe(lambda: desktop.get_child_at_index(i), None)
        if app is not None and APP.search(safe(app.get_name)):
            safe(lambda: app.set_cache_mask(Atspi.Cache.NONE), None)
            found.append(app)
    return found


def node_info(node, depth):
    info = {
        "depth": depth,
        "role": safe(node.get_role_name, "?"),
        "name": safe(node.get_name),
        "description": safe(node.get_description),
    }
    states = safe(node.get_state_set, None)
    if states is not None:
        info["states"] = sorted(
            Atspi.StateType(s).value_nick for s in safe(states.get_states, []))
    if "Value" in safe(node.get_interfaces, []):
        info["value"] = safe(lambda: Atspi.Value.get_current_value(node), None)
    if "Action" in safe(node.get_interfaces, []):
        info["actions"] = safe(lambda: Atspi.Action.get_n_actions(node), 0)
    return info


def walk(node, depth, out):
    if len(out) > 3000:
        return
    out.append((node, node_info(node, depth)))
    for i in range(safe(node.get_child_count, 0)):
        child = safe(lambda: node.get_child_at_index(i), None)
        if child is not None:
            walk(child, depth + 1, out)


def tree():
    out = []
    for app in apps():
        out.append((app, {"depth": -1, "role": "application",
                          "name": safe(app.get_name)}))
        for j in range(safe(app.get_child_count, 0)):
            top = safe(lambda: app.get_child_at_index(j), None)
            if top is not None:
                walk(top, 0, out)
    return out


def key(info):
    return f"{info['role']}\t{info['name']}"


def dump():
    nodes = tree()
    for _, info in nodes:
        print(json.dumps(info))
    return 0 if nodes else 2


def wait(pattern, limit):
    rx = re.compile(pattern)
    end = time.monotonic() + limit
    while time.monotonic() < end:
        if any(rx.search(key(info)) for _, info in tree()):
            return 0
        time.sleep(0.25)
    for _, info in tree():
        print(key(info), file=sys.stderr)
    return 2


def click(pattern):
    rx = re.compile(pattern)
    for node, info in tree():
        if rx.search(key(info)) and info.get("actions"):
            ok = safe(lambda: Atspi.Action.do_action(node, 0), False)
            return 0 if ok else 3
    print(f"a11y_tree: nothing to press matches /{pattern}/", file=sys.stderr)
    return 2


def focused_name():
    """The name of the node with keyboard focus, the window frame aside."""
    def find(node, depth):
        if depth > 40:
            return None
        states = safe(node.get_state_set, None)
        if (states is not None and states.contains(Atspi.StateType.FOCUSED)
                and safe(node.get_role_name) != "frame"):
            return safe(node.get_name)
        for i in range(safe(node.get_child_count, 0)):
            child = safe(lambda: node.get_child_at_index(i), None)
            if child is not None:
                hit = find(child, depth + 1)
                if hit is not None:
                    return hit
        return None
    for app in apps():
        hit = find(app, 0)
        if hit is not None:
            return hit
    return None


def tab_to(name, limit=100):
    went = []
    for _ in range(limit):
        now = focused_name()
        if now == name:
            return 0
        went.append(now)
        subprocess.run(["xdotool", "key", "--clearmodifiers", "Tab"], check=False)
        time.sleep(0.15)
    print(f"a11y_tree: Tab never reached {name!r}; focus went: {went}", file=sys.stderr)
    return 2


def events(seconds):
    loop = GLib.MainLoop()
    start = time.monotonic()

    # By application name, asked at each event: a break card is a new
    # window process, so a list of pids taken at the start goes stale.
    def on_event(event):
        source = event.source
        app = safe(source.get_application, None)
        if app is None or not APP.search(safe(app.get_name)):
            return
        detail = event.any_data if isinstance(event.any_data, str) else ""
        print(json.dumps({
            "t": round(time.monotonic() - start, 3),
            "type": event.type,
            "role": safe(source.get_role_name, "?"),
            "name": safe(source.get_name),
            "detail": detail,
        }), flush=True)

    listener = Atspi.EventListener.new(on_event)
    for kind in ("object:", "window:", "focus:"):
        listener.register(kind)
    print(json.dumps({"t": 0, "type": "listening"}), flush=True)
    GLib.timeout_add(int(seconds * 1000), loop.quit)
    loop.run()
    return 0


def main(argv):
    if Atspi.init() not in (0, 1):
        print("a11y_tree: cannot reach the AT-SPI bus", file=sys.stderr)
        return 3
    if len(argv) >= 2 and argv[1] == "dump":
        return dump()
    if len(argv) >= 3 and argv[1] == "wait":
        return wait(argv[2], float(argv[3]) if len(argv) > 3 else 10.0)
    if len(argv) == 3 and argv[1] == "click":
        return click(argv[2])
    if len(argv) == 3 and argv[1] == "tab-to":
        return tab_to(argv[2])
    if len(argv) == 3 and argv[1] == "events":
        return events(float(argv[2]))
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
