#!/usr/bin/python3
"""A D-Bus service that owns the name given on the command line and never
answers a method call: a hung tray watcher or notification server."""
import sys

import dbus
import dbus.lowlevel
from dbus.mainloop.glib import DBusGMainLoop
from gi.repository import GLib


def swallow(_bus, message):
    if message.get_type() == dbus.lowlevel.MESSAGE_TYPE_METHOD_CALL:
        return dbus.lowlevel.HANDLER_RESULT_HANDLED
    return dbus.lowlevel.HANDLER_RESULT_NOT_YET_HANDLED


DBusGMainLoop(set_as_default=True)
bus = dbus.SessionBus()
bus.add_message_filter(swallow)
bus.request_name(sys.argv[1])
GLib.MainLoop().run()
