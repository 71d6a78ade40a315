# Die Texte des Fensters (nur `sitbreak-window` liest diese Datei); alles
# andere steht in sitbreak.ftl. Maschinell erstellt und noch ungeprüft.

## Sprache

language-system = Wie das System ({ $language })
language-unreviewed = { $language } (noch nicht geprüft)
language-not-spoken = { $tag } (spricht Sitbreak nicht; stattdessen Englisch)

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
settings-articles-say = Was die Artikel sagen, zitiert aus dem Artikel (Englisch)
settings-quote = „{ $quote }“ ({ $article })
settings-sitbreaks-own = Was von Sitbreak selbst stammt
settings-hear-chimes = Klänge anhören
settings-hear-cues = Signale anhören
settings-hear-voice = Stimme anhören
settings-plays-through = Spielt über { $device }.
settings-desktop = Einbindung in den Desktop
settings-desktop-looking = Desktop wird angesehen…
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
