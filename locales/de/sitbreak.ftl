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

## Sprache

language-system = Wie das System ({ $language })
language-unreviewed = { $language } (noch nicht geprüft)
language-not-spoken = { $tag } (spricht Sitbreak nicht; stattdessen Englisch)

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

## Startseite

home-not-answering = Sitbreak antwortet nicht.
home-not-answering-hint = Starte es mit `sitbreak` und öffne dieses Fenster erneut.
home-heading = Start
home-ring-next-break = Nächste Pause in { $time }
home-ring-until-break = bis zur Pause
home-ring-now = Jetzt
home-ring-stand-up = Zeit aufzustehen
home-ring-soon = Gleich
home-ring-when-free = sobald du frei bist
home-ring-break = Pause
home-ring-under-way = läuft
home-ring-paused = Angehalten
home-ring-paused-until = angehalten bis
home-ring-away = Weg
home-ring-counts = zählt als Pause
home-ring-off = Aus
home-ring-off-hours = außerhalb der Arbeitszeit
home-today =
    Heute: { $taken ->
        [one] { $taken } Pause
       *[other] { $taken } Pausen
    } gemacht, { $natural } natürliche, { $skipped } übersprungen
home-sat-today = Heute gesessen: { $time }
home-under-a-minute = unter einer Minute
home-posture-for = { $posture } seit { $time }
home-resume = Fortsetzen
home-take-break = Jetzt Pause machen
home-next-routine = Nächste Übungsfolge
home-pause-reminders = Erinnerungen anhalten
home-key-break = Pause jetzt
home-key-posture = stehen / sitzen
home-key-settings = Einstellungen
home-key-statistics = Statistik
nav-home = Start
nav-settings = Einstellungen
nav-statistics = Statistik
summary-next-in = Nächste Pause in { $time }
shortcut-hint = Tastenkürzel: { $key }

## Sicherheit

safety-link = Sicherheit und wann aufhören
safety-before-you-start = Bevor du beginnst
safety-when-to-stop = Wann du aufhören und jemanden aufsuchen solltest
safety-tips = Tipps
safety-own-advice = { $note } (Sitbreaks eigener Rat, nicht aus den Artikeln.)
safety-scroll = Hinweise blättern
safety-close = Schließen
safety-read-again = Du kannst diese Hinweise jederzeit wieder lesen: „{ $link }“ auf der Startseite und im Übungsablauf.

## Pausenkarte, Übungsablauf, Ende

card-eyebrow = PAUSENZEIT
card-keys-asleep = Tasten wirken hier, sobald du kurz nicht tippst oder den Zeiger über dieses Fenster bewegst
first-break-eyebrow = DEINE ERSTE PAUSE
first-break-title = Sicherheit zuerst
first-break-start = Verstanden, los
player-routine-place = { $routine } · Übung { $number } von { $count }
player-left = noch { $time }
player-progress = Übungsfolge: Übung { $number } von { $count }
player-ring-get-ready = bereit machen
player-ring-rep = Wdh. { $rep } von { $count }
player-ring-hold = halten
player-paused = Angehalten
player-get-into-position = In Position gehen
player-careful = Vorsicht:
player-scroll = Übung blättern
player-back = Zurück
player-resume = Fortsetzen
player-pause = Anhalten
player-next = Weiter
player-hurt = Stopp – das tut weh
player-ring-name-get-ready = Bereit machen{ $side }: beginnt in { $time }
player-ring-name-rep = Wiederholung { $rep } von { $count }{ $side }
player-ring-name-hold = Halten{ $side }: noch { $time }
hurt-eyebrow = GESTOPPT
hurt-title = Du hast „{ $stretch }“ gestoppt
hurt-left-out = „{ $stretch }“ wird in künftigen Übungsfolgen ausgelassen.
hurt-leave-out = „{ $stretch }“ künftig auslassen
hurt-end = Pause beenden
hurt-continue = Mit der nächsten Übung weitermachen
end-eyebrow = PAUSE GESCHAFFT
end-moved = Du bist aufgestanden und hast dich { $time } bewegt. Diesmal wurde keine Übung beendet.
end-did = Du hast { $done } von { $total } Übungen in { $time } gemacht.
end-next = Nächste Pause in { $time }.
end-done = Fertig
cannot-play-eyebrow = DIESE ÜBUNGSFOLGE LÄSST SICH NICHT ZEIGEN
cannot-play-title = Steh auf und beweg dich eine Minute

## Was ein Bildschirmleser hört

announce-break-due = Zeit aufzustehen: { $routine }, { $time }
announce-next-stretch = die nächste Übung
announce-stretch = Übung { $number } von { $count }: { $stretch }
announce-other-side = { $cue }: jetzt die andere Seite
announce-other-way = { $cue }: jetzt in die andere Richtung
announce-paused = Angehalten. Leertaste setzt fort.
announce-resumed = Fortgesetzt.
announce-done = Pause geschafft. { $notes }
announce-the-stretch = die Übung
announce-stopped = { $stretch } gestoppt. Lies unten, was jetzt zu tun ist.
figure-showing = Figur zeigt { $stretch }

## Einstellungen

settings-scroll = Einstellungen blättern
settings-save = Änderungen speichern
settings-revert = Verwerfen
settings-fix-fields = Einige Felder müssen vor dem Speichern berichtigt werden.
settings-presets = Vorlagen:
settings-preset-20-8-2 = 20-8-2 (20 sitzen, 8 stehen, 2 bewegen)
settings-preset-30-sit = 30 sitzen, dann stehen und bewegen
settings-hooks-intro = Befehle, die bei Ereignissen laufen, etwa um einen elektrischen Tisch hochzufahren. Sie stehen nur in der Einstellungsdatei, unter [hooks].
settings-hook-last-failure = Zuletzt gescheitert: { $problem }
settings-hook-nothing = nichts
settings-hook-test = Testen
settings-unreadable-title = Deine Einstellungen konnten nicht gelesen werden
settings-unreadable-body = Unten stehen die Standardwerte, nicht deine Einstellungen, daher ist Speichern aus. Prüfe, ob Sitbreak läuft, und öffne dann die Einstellungen erneut.
settings-problems-title = Probleme in deinen Dateien
settings-problems-body = Jeder Wert unten wurde ignoriert und sein Standardwert verwendet; berichtige die Datei oder speichere hier, um sie zu ersetzen.
settings-routines-in-rotation = Übungsfolgen im Wechsel
settings-routine = { $routine } ({ $time })
settings-routine-floor = { $routine } ({ $time } · Boden)
settings-stretches = Übungen
settings-area-lost = Keine Übungsfolge dehnt jetzt deine { $area }: du hast { $stretches } ausgelassen.
settings-open-a-stretch = Öffne eine Übung, um ihre Schritte und ihre Quelle zu sehen.
settings-leave-out = In meinen Übungsfolgen auslassen
settings-careful = Vorsicht: { $caution }
settings-articles-say = Was die Artikel sagen (zitiert, auf Englisch)
settings-quote = „{ $quote }“ ({ $article })
settings-sitbreaks-own = Was von Sitbreak selbst stammt
settings-hear-chimes = Klänge anhören
settings-hear-cues = Signale anhören
settings-hear-voice = Stimme anhören
settings-plays-through = Spielt über { $device }.
settings-desktop = Einbindung in den Desktop
settings-desktop-looking = Desktop wird angesehen…
settings-desktop-session = Sitzung: { $session }
settings-desktop-works = Geht
settings-desktop-missing = Fehlt
settings-articles-advise = Die Artikel raten, mindestens alle 30 Minuten aufzustehen.
settings-goal-follows = folgt deinem Zeitplan: { $goal } am Tag
managed-locked = Von deiner Organisation festgelegt
managed-default = Standard deiner Organisation; änderbar
managed-between = Deine Organisation erlaubt { $min } bis { $max }
managed-at-least = Deine Organisation erlaubt mindestens { $min }
managed-at-most = Deine Organisation erlaubt höchstens { $max }
managed-bounded = Von deiner Organisation begrenzt

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

## Statistik

stats-scroll = Statistik blättern
stats-breaks-today =
    { $count ->
        [one] Pause heute
       *[other] Pausen heute
    }
stats-day-streak = Tage in Folge
stats-longest-sitting = längstes Sitzen
stats-export = Als CSV exportieren
stats-export-hint = Schreibt eine Zeile pro Tag in deinen Sitbreak-Datenordner.
stats-breaks-per-day = Pausen pro Tag, letzte { $days } Tage (Ziel: { $goal })
stats-taken = Gemacht
stats-natural = Natürlich
stats-skipped = Übersprungen
stats-daily-goal = Tagesziel
stats-goal = Ziel
stats-axis-breaks = Pausen
stats-axis-hours = Stunden
stats-chart-breaks = Diagramm: Pausen pro Tag, letzte { $days } Tage
stats-sitting-standing = Sitzen und Stehen pro Tag, letzte { $days } Tage
stats-sitting = Sitzen
stats-standing = Stehen
stats-chart-sitting = Diagramm: Zeit im Sitzen und Stehen pro Tag, letzte { $days } Tage
stats-same-days = Dieselben Tage in der Tabelle unten.
stats-last-weeks = Die letzten { $weeks } Wochen
stats-when = Wann du Pausen machst, letzte { $weeks } Wochen
stats-by-hour = Pausen nach Stunde
stats-chart-by-hour = Diagramm: Pausen nach Tageszeit
stats-no-breaks-yet = Noch keine Pausen.
stats-busiest = Die meisten Pausen, { $count }, beginnen zwischen { $from } und { $to }.
stats-describe = { $total } Pausen in { $days } Tagen; das Ziel von { $goal } wurde an { $met } erreicht. Jeder Tag steht in der Tabelle unten.
stats-table = Die Zahlen, Tag für Tag
stats-row = { $counted } von { $goal } Pausen ({ $taken } gemacht, { $natural } natürlich, { $skipped } übersprungen), gesessen { $sat }
stats-row-stood = , gestanden { $stood }, { $changes } Haltungswechsel
calendar-name = Kalender der letzten { $days } Tage
calendar-describe = Das Ziel von { $goal } Pausen wurde an { $met } von { $days } Tagen erreicht.
calendar-describe-best = Das Ziel von { $goal } Pausen wurde an { $met } von { $days } Tagen erreicht; die meisten Pausen, { $best }, am { $date }.
calendar-day = { $date }: { $counted } von { $goal } Pausen
calendar-day-met = { $date }: { $counted } von { $goal } Pausen, Ziel erreicht
calendar-no-breaks = Keine Pausen
calendar-goal-met = Ziel erreicht

## Tasten und Meldungen im Fenster

key-start = starten
key-snooze = aufschieben
key-skip = überspringen
key-pause = anhalten
key-back = zurück
key-next = weiter
key-hurts = tut weh
key-end-break = Pause beenden
key-done = fertig
key-close = schließen
banner-hook-ran = Der Hook { $event } lief ohne Problem.
banner-hook-failed = Der Hook { $event } ist gescheitert: { $problem }
banner-not-saved-unreadable = Nicht gespeichert: deine Einstellungen konnten nicht gelesen werden ({ $reason })
banner-fix-fields = Berichtige die rot markierten Felder; nichts wurde gespeichert
banner-saved = Gespeichert. Die neuen Einstellungen gelten ab sofort.
banner-exported = Exportiert nach { $path }
banner-cannot-write = { $path }: kann nicht schreiben ({ $reason })
hint-between = { $min } bis { $max }
hint-hours = 09:00-17:00 oder off
hint-names = zoom, teams

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

## Einstellungen: Namen der Schlüssel (Hilfetexte noch auf Englisch)

setting-sit_interval = Aufstehen alle
setting-break_length = Längste Pause
setting-warn_before = Vorwarnung vor der Pause
setting-snooze_length = Aufschieben um
setting-max_snoozes = Aufschieben hintereinander
setting-day_start = Ein neuer Tag beginnt um
setting-daily_goal = Tagesziel (Pausen)
setting-allow_floor = Bodenübungen einbeziehen (braucht Matte und Platz am Boden)
setting-disabled_routines = Übungsfolgen im Wechsel
setting-excluded_stretches = Ausgelassene Übungen
setting-get_ready = Vor jeder Übung herunterzählen
setting-strict = Strenger Modus: Pausen lassen sich nicht überspringen
setting-natural_break_idle = So lange weg zählt als Pause
setting-card_after_pause = Pausenkarte zeigen, wenn das Tippen ruht für
setting-card_max_delay = … aber höchstens warten
setting-hold_for_microphone = Anrufe abwarten (Mikrofon in Benutzung)
setting-hold_for_camera = Warten, solange die Kamera an ist
setting-hold_for_fullscreen = Vollbildfenster abwarten
setting-hold_for_do_not_disturb = Warten, solange „Bitte nicht stören“ an ist
setting-hold_for_apps = Warten, solange diese Programme laufen
setting-hold_at_most = … aber eine Pause höchstens aufhalten
setting-pause_media = Musik und Videos während der Pause anhalten
setting-notifications = Benachrichtigungen zeigen
setting-autostart = Sitbreak bei der Anmeldung starten
setting-language = Sprache
setting-theme = Farbschema
setting-text_scale = Textgröße
setting-motion = Figuren
setting-announce_every = Bildschirmleser: verbleibende Zeit ansagen alle
setting-volume = Lautstärke (%)
setting-break_sounds = Klang vor und bei jeder Pause
setting-player_sounds = Signale während der Übungen
setting-voice = Übungen vorlesen
setting-sit_stand = Sitzen–Stehen–Bewegen (für einen Steh-Sitz-Tisch)
setting-sit_for = Sitzen für
setting-stand_for = Dann stehen für
setting-working_hours-enabled = Nur während der Arbeitszeit erinnern
setting-working_hours-mon = Montag
setting-working_hours-tue = Dienstag
setting-working_hours-wed = Mittwoch
setting-working_hours-thu = Donnerstag
setting-working_hours-fri = Freitag
setting-working_hours-sat = Samstag
setting-working_hours-sun = Sonntag
setting-hooks-stand = Wenn ich stehe
setting-hooks-sit = Wenn ich sitze
setting-hooks-break_start = Wenn eine Pause beginnt
setting-hooks-break_end = Wenn eine Pause endet
setting-hooks-pause = Wenn Erinnerungen angehalten werden
setting-hooks-resume = Wenn Erinnerungen fortgesetzt werden
setting-hooks-time_limit = Einen Hook stoppen nach
group-schedule = Zeitplan
group-routines = Übungsfolgen
group-behaviour = Verhalten
group-appearance = Aussehen
group-sound = Ton
group-working-hours = Arbeitszeit
group-hooks = Hooks
choice-system = Wie das System
choice-light = Hell
choice-dark = Dunkel
choice-high-contrast = Hoher Kontrast
choice-animate = Bewegt
choice-still = Standbilder
