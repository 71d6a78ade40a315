# Sitbreaks Texte auf Deutsch. Maschinell erstellt und noch von niemandem
# geprüft, der Deutsch als Muttersprache spricht: Korrekturen sind willkommen.
# Dauern wie "30m", App-Namen, Pfade und Einstellungsschlüssel werden
# eingesetzt und nicht übersetzt.

## Was eine Pause aufhält

busy-microphone = Mikrofon wird von { $app } benutzt
busy-camera = Kamera wird von { $app } benutzt
busy-full-screen-titled = ein Vollbildfenster ({ $title })
busy-full-screen = ein Vollbildfenster
busy-do-not-disturb = „Bitte nicht stören“ ist an
busy-running = { $app } läuft
busy-just-ended = etwas, das gerade endete (die Pause kommt gleich)

## Der Status in einer Zeile

summary-held = Pause wartet: { $reason }
summary-standing = Im Stehen: keine Pause, solange du stehst
summary-next-in-seconds = Nächste Pause in { $seconds } s
summary-next-in-minutes = Nächste Pause in { $minutes } min
summary-sitting = Sitzen
summary-break-due = Zeit aufzustehen
summary-held-plain = Pause wartet, bis du frei bist
summary-on-break = In der Pause
summary-paused-until = Angehalten bis { $time }
summary-paused = Angehalten
summary-away = Nicht am Platz: das zählt als Pause
summary-off-hours = Außerhalb der Arbeitszeit
tooltip-next-at = Nächste Pause um { $time }

## Warum etwas nicht getan wurde

refusal-strict = der strenge Modus ist an, Pausen lassen sich nicht überspringen
refusal-nothing-to-skip = keine Pause ist fällig oder läuft, es gibt nichts zu überspringen
refusal-nothing-to-snooze = keine Pause ist fällig, es gibt nichts aufzuschieben
refusal-no-snoozes-left = für diese Pause ist kein Aufschieben mehr übrig: mach sie oder überspring sie
refusal-already-on-break = eine Pause läuft schon
refusal-not-on-break = keine Pause läuft
refusal-not-paused = die Erinnerungen sind nicht angehalten
refusal-pause-out-of-range = eine Unterbrechung muss länger als null und höchstens 24 Stunden sein
refusal-no-such-routine = es gibt keine Übungsfolge „{ $id }“
refusal-nothing-to-play = jede Übung von „{ $routine }“ ist ausgelassen oder am Boden
refusal-no-such-stretch = keine Übung „{ $id }“
refusal-invalid-settings = nicht gespeichert: { $problems }
refusal-hooks-only-in-file = nicht gespeichert: Hooks führen Befehle aus, daher kann sie nur die Einstellungsdatei ({ $file }) ändern
refusal-no-such-hook-event = es gibt kein Hook-Ereignis „{ $event }“
refusal-no-hook-command = kein Befehl für „{ $event }“ in { $file }
refusal-socket-only = ein Hook wird im Einstellungsfenster oder über den Socket getestet, und der Desktop dort angesehen

## Probleme mit einer Einstellung

problem-unreadable = nicht lesbar ({ $reason }); es gelten die Standardwerte
problem-not-toml = kein gültiges TOML ({ $reason }); es gelten die Standardwerte
problem-wrong-type = muss { $expected } sein, nicht { $found }
expected-whole-number = eine ganze Zahl
expected-true-or-false = true oder false
expected-program-names = eine Liste von Programmnamen
expected-command = eine Liste aus Programm und Argumenten, etwa ["deskctl", "up"]
expected-ids = eine Liste von { $noun }-IDs
expected-number = eine Zahl wie 1.25
expected-quoted-string = ein Text in Anführungszeichen
expected-registry-value = eine Zahl (REG_DWORD) oder ein Text (REG_SZ)
expected-registry-text = ein Text (REG_SZ)
problem-not-a-table = muss eine Tabelle sein: [{ $name }]
problem-out-of-range = { $value } liegt außerhalb des Bereichs
problem-out-of-range-between = { $value } liegt außerhalb des Bereichs ({ $min } bis { $max })
problem-not-a-duration = „{ $text }“ ist keine Dauer wie „30m“ oder „45s“
problem-not-a-time = „{ $text }“ ist keine Uhrzeit wie „09:00“
problem-not-hours = „{ $text }“ ist kein Zeitraum wie „09:00-17:00“ (oder „off“)
problem-start-not-before-end = „{ $text }“: der Beginn muss vor dem Ende liegen
problem-not-one-of = „{ $text }“ ist keins von { $options }
problem-empty-program = das Programm (der erste Eintrag) ist leer
problem-newer-version = { $found } ist neuer, als dieses Sitbreak versteht ({ $understood }); unbekannte Schlüssel werden ignoriert
problem-bad-version = muss eine ganze Zahl wie 1 sein
problem-unknown-key = unbekannter Schlüssel (ignoriert)
problem-unknown-key-in-table = unbekannter Schlüssel (ignoriert); diese Tabelle hat { $known }
problem-warning-not-before-break = { $warn_before } muss kürzer als sit_interval ({ $sit_interval }) sein
problem-every-day-off = eingeschaltet, aber jeder Tag ist frei, also käme nie eine Erinnerung
problem-safe-value-used = { $problem }; stattdessen gilt ein sicherer Wert
problem-not-read-this-way = kann so nicht gelesen werden
problem-locked = von deiner Organisation festgelegt: es gilt { $applies }, nicht { $yours }
problem-out-of-bounds = { $yours } liegt außerhalb dessen, was deine Organisation erlaubt ({ $allowed }); es gilt { $applies }
bound-between = { $min } bis { $max }
bound-at-least = mindestens { $min }
bound-at-most = höchstens { $max }
bound-none = keine Grenze
problem-not-in-policy = Hooks führen Befehle auf dem Desktop der Person aus, daher kann eine Richtlinie sie nicht setzen
problem-no-bounds = nur Dauern und Zahlen können Grenzen haben
problem-bad-bounds = Grenzen werden {"{"} min = …, max = … {"}"} geschrieben, mit min höchstens max
problem-bound-not-named = eine Grenze ist ein Wert namens <Einstellung>.min oder <Einstellung>.max
problem-not-a-language = „{ $text }“ ist kein Sprachkürzel wie „de“ oder „pt-BR“ (oder „system“)

## Warum ein Hook scheiterte

hook-could-not-start = { $program } konnte nicht starten ({ $reason })
hook-exited = { $program } endete mit Status { $code }
hook-killed = { $program } wurde durch ein Signal beendet
hook-timed-out = { $program } wurde gestoppt, weil es länger lief als { $limit }

## Die Richtlinie einer Organisation

policy-source = Von deiner Organisation festgelegt, in { $source }:
policy-locked = festgelegt auf { $value }
policy-default = standardmäßig { $value }, änderbar
policy-between = von { $min } bis { $max }
policy-at-least = mindestens { $min }
policy-at-most = höchstens { $max }
policy-set = gesetzt
policy-not-applied = nicht angewandt: { $problem }
no-policy-unix = Keine Richtlinie einer Organisation (gesucht in $XDG_CONFIG_DIRS, standardmäßig /etc/xdg).
no-policy-windows = Keine Richtlinie einer Organisation (gesucht in HKLM\SOFTWARE\Policies\Sitbreak und HKCU\SOFTWARE\Policies\Sitbreak).

## Benachrichtigungen

warning-in-seconds =
    Bewegungspause in { $seconds ->
        [one] { $seconds } Sekunde
       *[other] { $seconds } Sekunden
    }
warning-in-minutes =
    Bewegungspause in { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    }
warning-next-up = Als Nächstes: { $routine }. Bring deinen Gedanken zu Ende.
warning-body = Bring deinen Gedanken zu Ende.
held-title = Pause danach
held-body = { $reason }: die Pause kommt kurz danach.
break-due-title = Zeit aufzustehen
break-due-routine-length = { $routine } · { $length }
break-due-body = Steh auf und beweg dich eine Minute.
refused-title = Sitbreak konnte das nicht tun

## Das Menü im Infobereich

tray-take-break = Jetzt Pause machen
tray-snooze = Aufschieben
tray-skip = Diese Pause überspringen
tray-sitting = Ich sitze
tray-standing = Ich stehe
tray-pause = Anhalten
tray-pause-minutes = { $minutes } Minuten
tray-pause-hours =
    { $hours ->
        [one] { $hours } Stunde
       *[other] { $hours } Stunden
    }
tray-pause-until-tomorrow = Bis morgen
tray-resume = Fortsetzen
tray-open = Sitbreak öffnen
tray-settings = Einstellungen
tray-statistics = Statistik
tray-quit = Beenden

## Sitzen und Stehen

prompt-stand-up-title = Steh auf – stell deinen Tisch hoch
prompt-stand-up-body = Du hast { $sat } gesessen. Steh { $stand }, dann folgt eine kurze Bewegungspause.
prompt-sit-down-title = Setz dich wieder, etwas anders als zuvor
prompt-sit-down-body = Nicht ganz wie vorher: ändere, wie du sitzt.

## Knöpfe

button-open = Öffnen
button-start = Los
button-snooze = { $minutes } min aufschieben
button-skip = Überspringen
button-standing = Ich stehe
button-not-now = Nicht jetzt
button-sitting = Ich sitze
button-keep-standing = Weiter stehen

## Zeitspannen

span-seconds = { $seconds } s
span-minutes-seconds = { $minutes } min { $seconds } s
span-minutes = { $minutes } min
span-hours-minutes = { $hours } h { $minutes } min
spoken-seconds =
    { $seconds ->
        [one] { $seconds } Sekunde
       *[other] { $seconds } Sekunden
    }
spoken-about-minutes =
    { $minutes ->
        [one] etwa { $minutes } Minute
       *[other] etwa { $minutes } Minuten
    }
posture-sitting = Sitzen
posture-standing = Stehen

## Datum

date-day-month = { $day }. { $month }
date-weekday-day-month = { $weekday }, { $day }. { $month }
weekday-mon = Mo
weekday-tue = Di
weekday-wed = Mi
weekday-thu = Do
weekday-fri = Fr
weekday-sat = Sa
weekday-sun = So
month-short =
    { $month ->
        [1] Jan.
        [2] Feb.
        [3] März
        [4] Apr.
        [5] Mai
        [6] Juni
        [7] Juli
        [8] Aug.
        [9] Sept.
        [10] Okt.
        [11] Nov.
       *[12] Dez.
    }

## Befehlszeile

cli-not-running = Sitbreak läuft nicht (starte es mit `sitbreak`)
cli-refused = abgelehnt: { $reason }
cli-stopped = Sitbreak beendet.
cli-asked-to-stand = { $line } (zum Aufstehen aufgefordert)
cli-asked-to-sit = { $line } (zum Hinsetzen aufgefordert)
cli-hook-failed = Ein Hook ist gescheitert: { $problem }
cli-next-routine = Nächste Übungsfolge: { $routine } ({ $time }) für { $areas }
cli-today = Heute: { $taken } gemacht, { $skipped } übersprungen, { $natural } natürlich, { $sat } gesessen
cli-doctor-no-daemon = Sitbreak läuft nicht; das würde es hier vorfinden.

## Befehlszeile und Fenster

home-under-a-minute = unter einer Minute
home-posture-for = { $posture } seit { $time }
settings-desktop-session = Sitzung: { $session }
hint-hours = 09:00-17:00 oder off
hint-names = zoom, teams

## Die Übungen: was sie dehnen, wo sie gemacht werden, ihre Wechsel

list-separator = {", "}
area-lower-back = unterer Rücken
area-piriformis = Piriformis
area-glutes = Gesäß
area-hamstrings = hintere Oberschenkel
area-hip-flexors = Hüftbeuger
area-calves = Waden
area-core = Rumpf
area-abdomen = Bauch
area-hips = Hüften
group-piriformis-glutes = Piriformis und Gesäß
position-standing = im Stehen
position-seated = im Sitzen
position-floor = am Boden
kind-stretch = Dehnung
kind-strength = Kräftigung
kind-movement = Bewegung
stretch-facts = { $areas } · { $position }
stretch-facts-kind = { $areas } · { $position } · { $kind }
turn-sides = Seite wechseln
turn-direction = Richtung wechseln
turn-sides-first = erste Seite
turn-sides-other = andere Seite
turn-direction-first = eine Richtung
turn-direction-other = andere Richtung
caution-seated = Nimm einen stabilen Stuhl: Einer mit Rollen oder Drehsitz kann unter dir wegrutschen, also stell die Rollen fest oder stemm einen Fuß dagegen.
our-adaptation = Die Artikel sagen, welche Arten von Dehnungen und Übungen helfen und warum; bei manchen Übungen hier (Fersenheben, Gesäß anspannen, Rumpf anspannen, Hüftkreisen) nennen sie nur die Art. Wie jede Übung ausgeführt wird (die Schritte, die Haltedauer, die Wiederholungen und die Vorsichtshinweise), ist Sitbreaks eigene Anpassung für den Schreibtisch, nicht die der Artikel.

## Was die Stimme während einer Übungsfolge sagt

speech-first = { $name }.
speech-next = Als Nächstes: { $name }.
speech-turn = { $cue }.
speech-two-more = Noch zwei.
speech-finished = Fertig. Gut gemacht.

## `sitbreak routines`

cli-routines = Übungsfolgen
cli-stretches = Übungen
cli-floor = (Boden)

## Was `sitbreak doctor` und die Einstellungen am Desktop vorfinden

part-tray = Symbol im Infobereich
part-notifications = Benachrichtigungen
part-idle = Leerlaufzeit
part-suspend = Ruhezustand und Sperre
part-sound = Ton
part-voice = Stimme
part-media = Medien anhalten
doctor-no-display = keine Anzeige
doctor-tray-gnome = GNOME zeigt ohne die AppIndicator-Erweiterung (gnome-shell-extension-appindicator) keine Symbole im Infobereich; Pausen kommen trotzdem als Benachrichtigungen und Fenster
doctor-tray-no-host-advice = dieser Desktop hat keinen Infobereich (StatusNotifierItem-Host); Pausen kommen trotzdem als Benachrichtigungen und Fenster, und `sitbreak` öffnet das Fenster
doctor-tray-shown = angezeigt (StatusNotifierItem)
doctor-tray-host-running = ein Infobereich läuft (StatusNotifierItem)
doctor-tray-not-registered = ein Infobereich läuft, aber das Symbol ist noch nicht angemeldet
doctor-tray-not-registered-advice = es meldet sich neu an, wenn der Infobereich neu startet; siehe die Meldungen des Hintergrunddienstes
doctor-tray-watcher-no-host = ein Watcher läuft, aber kein Host zeigt dessen Symbole
doctor-tray-no-host = kein Infobereich
doctor-tray-no-session-bus = kein Sitzungsbus, also kein Infobereich
doctor-notifications-none = kein Benachrichtigungsdienst
doctor-notifications-none-advice = Pausen öffnen trotzdem ihr Fenster, aber nichts warnt vorher; installiere einen Benachrichtigungsdienst (mako, dunst oder den deines Desktops)
doctor-notifications-buttons = { $server } { $version }, mit Knöpfen (Los, Aufschieben, Überspringen)
doctor-notifications-no-buttons = { $server } { $version }, ohne Knöpfe
doctor-notifications-no-buttons-advice = dieser Dienst zeigt keine Knöpfe: Starten, Aufschieben oder Überspringen geht im Pausenfenster oder im Infobereich
doctor-sound-none = kein Tondienst
doctor-sound-none-advice = { $why }. Pausen und Übungen erscheinen weiter auf dem Bildschirm und in Benachrichtigungen, ohne Tonsignale
doctor-sound-pulse-compatible = ein PulseAudio-kompatibler Dienst
doctor-voice-none = kein speech-dispatcher
doctor-voice-running = speech-dispatcher, läuft ({ $socket })
doctor-voice-on-demand = speech-dispatcher, startet bei Bedarf ({ $program })
doctor-voice-not-installed = speech-dispatcher ist nicht installiert, daher kann die Stimme nicht sprechen; die Tonsignale führen dich weiter. Um die Übungen zu hören, installiere speech-dispatcher und eine Stimme (unter Debian und Ubuntu: speech-dispatcher espeak-ng).
doctor-idle-x11 = die Bildschirmschoner-Erweiterung des X-Servers
doctor-idle-none = keine Quelle für die Leerlaufzeit
doctor-idle-none-advice = Zeit weg vom Schreibtisch wird nicht bemerkt, also gibt es keine natürlichen Pausen, und die Pausenkarte erscheint, ohne auf eine Tipppause zu warten; Sitbreak liest die Leerlaufzeit aus ext-idle-notify-v1 oder org_kde_kwin_idle (Wayland), GNOMEs Mutter, org.freedesktop.ScreenSaver oder dem X-Server
doctor-suspend-logind = logind: Das Aufwachen wird sofort bemerkt; ein gesperrter Bildschirm zählt als Leerlauf
doctor-suspend-no-logind = kein logind auf dem Systembus
doctor-suspend-no-logind-advice = ein Ruhezustand wird trotzdem an den Uhren bemerkt, binnen einer Minute nach dem Aufwachen
doctor-suspend-windows = Sitzungsmeldungen und Energiemeldungen
doctor-tray-notification-area = der Infobereich (Shell_NotifyIcon)
doctor-tray-not-in-area = noch nicht im Infobereich
doctor-tray-not-in-area-advice = die Taskleiste des Explorers läuft nicht; das Symbol kommt zurück, wenn sie startet, und `sitbreak` öffnet solange das Fenster
doctor-toasts = Toasts, mit Los, Aufschieben und Überspringen bei einer Pause
doctor-toasts-no-icon = keine Toasts und kein Symbol für Sprechblasen
doctor-toasts-no-icon-advice = keine Toasts ({ $why }) und ohne Symbol keine Sprechblasen; Pausen öffnen trotzdem die Pausenkarte
doctor-balloons = Sprechblasen
doctor-balloons-advice = keine Toasts ({ $why }), daher Sprechblasen vom Symbol im Infobereich; sie haben keine Knöpfe Los, Aufschieben oder Überspringen, ein Klick öffnet die Pausenkarte, und das Menü im Infobereich hat den Rest
doctor-idle-no-answer = GetLastInputInfo hat nicht geantwortet
doctor-idle-no-answer-advice = Zeit weg vom Schreibtisch wird nicht bemerkt, also gibt es keine natürlichen Pausen
doctor-sound-windows = Windows-Audio (die Standardausgabe)
doctor-sound-no-output = keine Ausgabe
doctor-voice-no-voice = keine Stimme
doctor-sapi = Windows-Sprachausgabe (SAPI)
doctor-sapi-voice = Windows-Sprachausgabe (SAPI), { $voice }
doctor-sapi-not-implemented = Die Windows-Sprachausgabe kann hier nicht sprechen (SAPIs Speak ist nicht umgesetzt, wie unter Wine); die Tonsignale führen dich weiter
doctor-sapi-failed = Windows-Sprachausgabe: { $why }; füge in den Windows-Einstellungen eine Stimme hinzu (Zeit und Sprache, Spracherkennung); die Tonsignale führen dich weiter
doctor-sapi-no-voice = Die Windows-Sprachausgabe hat keine Stimme ({ $why }); füge in den Windows-Einstellungen eine Stimme hinzu (Zeit und Sprache, Spracherkennung); die Tonsignale führen dich weiter
doctor-media-sessions = die Mediensitzungen, die Windows auflistet
doctor-media-none = keine Mediensitzungen
doctor-media-none-advice = Windows listet hier keine Mediensitzungen ({ $why }), daher laufen Musik und Videos während einer Pause weiter; dafür braucht es Windows 10 Version 1809 oder neuer

## `sitbreak stats`

cli-stats-heading = Letzte { $days } Tage (Ziel: { $goal } { $goal ->
        [one] Pause
       *[other] Pausen
    } am Tag)
cli-stats-day = Tag
cli-stats-taken = gemacht
cli-stats-skipped = übersprungen
cli-stats-natural = natürlich
cli-stats-sat = gesessen
cli-stats-longest = am längsten
cli-stats-stood = gestanden
cli-stats-changes = Wechsel
cli-stats-longest-sitting = Längstes Sitzen am Stück: { $time }
cli-stats-streak = Serie: { $days } { $days ->
        [one] Tag
       *[other] Tage
    } mit erreichtem Ziel

## Probleme in den Dateien, die Sitbreak liest

store-history-line-skipped = { $place }: eine unlesbare Zeile übersprungen ({ $reason })
store-builtin-problem = eingebauter Katalog: { $problem }
store-routine-file-unreadable = { $file }: kann nicht gelesen werden ({ $reason }); übersprungen
store-routine-file-skipped = { $problem } (Datei übersprungen)
