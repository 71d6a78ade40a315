#!/usr/bin/python3
"""Drives a headless GNOME Shell for the desktop tests.

  gnome.py windows            prints the Shell's windows as JSON lines
                              (title, app_id, focused), via Shell.Introspect
  gnome.py type TEXT DELAY_MS types TEXT through Mutter's RemoteDesktop API,
                              into whatever has focus
  gnome.py alt-tab            switches to the previous window
  gnome.py overview off       leaves the overview the Shell starts in; fails
                              if it is back a second later

Introspect answers only allow-listed callers, so `windows` first takes the
GNOME portal's bus name, as the portal would."""
import json
import sys
import time

import dbus

bus = dbus.SessionBus()


def windows():
    bus.request_name("org.freedesktop.impl.portal.desktop.gnome", dbus.bus.NAME_FLAG_DO_NOT_QUEUE)
    shell = dbus.Interface(
        bus.get_object("org.gnome.Shell", "/org/gnome/Shell/Introspect"),
        "org.gnome.Shell.Introspect",
    )
    for _, props in shell.GetWindows().items():
        p = {str(k): v for k, v in props.items()}
        print(json.dumps({
            "title": str(p.get("title", "")),
            "app_id": str(p.get("app-id", "")),
            "focused": bool(p.get("has-focus", False)),
        }))


def remote_session():
    rd = dbus.Interface(
        bus.get_object("org.gnome.Mutter.RemoteDesktop", "/org/gnome/Mutter/RemoteDesktop"),
        "org.gnome.Mutter.RemoteDesktop",
    )
    path = rd.CreateSession()
    session = dbus.Interface(
        bus.get_object("org.gnome.Mutter.RemoteDesktop", path),
        "org.gnome.Mutter.RemoteDesktop.Session",
    )
    session.Start()
    # The first key of a fresh session can be lost; let it be a Shift.
    shift = dbus.UInt32(0xFFE1)
    session.NotifyKeyboardKeysym(shift, True)
    session.NotifyKeyboardKeysym(shift, False)
    time.sleep(0.2)
    return session


def type_text(text, delay_ms):
    session = remote_session()
    for ch in text:
        keysym = 0xFF0D if ch == "\n" else ord(ch)
        session.NotifyKeyboardKeysym(dbus.UInt32(keysym), True)
        session.NotifyKeyboardKeysym(dbus.UInt32(keysym), False)
        time.sleep(delay_ms / 1000)
    session.Stop()


def alt_tab():
    """Switches to the previous window, as a person does."""
    session = remote_session()
    alt, tab = dbus.UInt32(0xFFE9), dbus.UInt32(0xFF09)
    session.NotifyKeyboardKeysym(alt, True)
    time.sleep(0.1)
    session.NotifyKeyboardKeysym(tab, True)
    session.NotifyKeyboardKeysym(tab, False)
    time.sleep(0.3)
    session.NotifyKeyboardKeysym(alt, False)
    session.Stop()


def overview_off():
    """Leaves the overview, and fails unless it stays left for a second:
    the Shell enters it again at the end of its start-up animation."""
    props = dbus.Interface(
        bus.get_object("org.gnome.Shell", "/org/gnome/Shell"),
        "org.freedesktop.DBus.Properties",
    )
    props.Set("org.gnome.Shell", "OverviewActive", False)
    time.sleep(1)
    if props.Get("org.gnome.Shell", "OverviewActive"):
        sys.exit(1)


if sys.argv[1] == "windows":
    windows()
elif sys.argv[1] == "type":
    type_text(sys.argv[2], int(sys.argv[3]))
elif sys.argv[1] == "alt-tab":
    alt_tab()
elif sys.argv[1] == "overview":
    overview_off()
