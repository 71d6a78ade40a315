#!/usr/bin/python3
"""A StatusNotifierWatcher that drops the first item registered with it
1.5 s later, as GNOME's AppIndicator extension sometimes does ("Argument
two may not be null"), and keeps every later one. Each registration is
logged, one service name a line, to the file named on the command line."""
import sys

import dbus
import dbus.service
from dbus.mainloop.glib import DBusGMainLoop
from gi.repository import GLib

IFACE = "org.kde.StatusNotifierWatcher"


class Watcher(dbus.service.Object):
    def __init__(self, bus, log):
        super().__init__(bus, "/StatusNotifierWatcher")
        self.items = []
        self.log = log
        self.dropped = False

    @dbus.service.method(IFACE, in_signature="s", sender_keyword="sender")
    def RegisterStatusNotifierItem(self, service, sender=None):
        with open(self.log, "a") as f:
            f.write(service + "\n")
        if service not in self.items:
            self.items.append(service)
        self.StatusNotifierItemRegistered(service)
        if not self.dropped:
            self.dropped = True
            GLib.timeout_add(1500, self.drop, service)

    def drop(self, service):
        if service in self.items:
            self.items.remove(service)
        self.StatusNotifierItemUnregistered(service)
        return False

    @dbus.service.method(IFACE, in_signature="s")
    def RegisterStatusNotifierHost(self, service):
        pass

    @dbus.service.signal(IFACE, signature="s")
    def StatusNotifierItemRegistered(self, service):
        pass

    @dbus.service.signal(IFACE, signature="s")
    def StatusNotifierItemUnregistered(self, service):
        pass

    @dbus.service.method(dbus.PROPERTIES_IFACE, in_signature="ss", out_signature="v")
    def Get(self, iface, prop):
        return self.GetAll(iface)[prop]

    @dbus.service.method(dbus.PROPERTIES_IFACE, in_signature="s", out_signature="a{sv}")
    def GetAll(self, iface):
        return {
            "RegisteredStatusNotifierItems": dbus.Array(self.items, signature="s"),
            "IsStatusNotifierHostRegistered": True,
            "ProtocolVersion": dbus.Int32(0),
        }


DBusGMainLoop(set_as_default=True)
bus = dbus.SessionBus()
watcher = Watcher(bus, sys.argv[1])
name = dbus.service.BusName(IFACE, bus)
GLib.MainLoop().run()
