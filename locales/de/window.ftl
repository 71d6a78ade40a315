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

## Einstellungen: Namen der Schlüssel

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

## Einstellungen: Hilfetexte

setting-sit_interval-help = Sitzzeit, bis eine Pause fällig ist. Die Artikel raten, mindestens alle 30 Minuten aufzustehen.
setting-break_length-help = Längste Übungsfolge, die der Wechsel wählt.
setting-warn_before-help = Vorwarnung vor der Pause; "0s" für keine. Kürzer als `sit_interval`.
setting-snooze_length-help = Wie lange Aufschieben die Pause hinausschiebt.
setting-max_snoozes-help = Wie oft hintereinander aufgeschoben werden darf.
setting-day_start-help = Wann „bis morgen anhalten“ endet und in der Statistik ein neuer Tag beginnt.
setting-daily_goal-help = Pausen am Tag, die für die Serie zählen. `0` folgt deinem Zeitplan: ein Arbeitstag (8 Stunden oder deine Arbeitszeit) geteilt durch `sit_interval`, also 16 bei den Voreinstellungen.
setting-allow_floor-help = Bodenübungen anbieten (sie brauchen eine Matte und Platz am Boden).
setting-disabled_routines-help = Übungsfolgen, die nie gewählt werden.
setting-excluded_stretches-help = Übungen, die in jeder Übungsfolge ausgelassen werden.
setting-get_ready-help = Zeit, um in Position zu kommen, bevor die Uhr einer Übung läuft, heruntergezählt 3-2-1; "0s" beginnt sofort.
setting-strict-help = Pausen lassen sich nicht überspringen.
setting-natural_break_idle-help = So lange weg vom Rechner (keine Tastatur oder Maus, der Bildschirm gesperrt oder der Rechner im Ruhezustand) zählt als Pause für dein Ziel: lange genug, dass du sehr wahrscheinlich aufgestanden bist. Zehn Minuten, weil fünf Minuten Lesen ohne Maus häufig und keine Pause sind. Ein Anruf oder ein Vollbildfenster ist nie Abwesenheit.
setting-card_after_pause-help = Die Karte einer fälligen Pause wartet, bis Tastatur und Maus so lange ruhen, damit Getipptes für ein anderes Programm nie auf ihr landet; "0s" zeigt sie sofort.
setting-card_max_delay-help = So lange wartet die Karte höchstens auf diese Ruhe. Die Benachrichtigung kommt in jedem Fall pünktlich.
setting-hold_for_microphone-help = Eine Pause, die fällig wird, während ein Programm das Mikrofon aufnimmt (eine PulseAudio- oder PipeWire-Aufnahme einer Quelle, die kein Monitor ist), wartet und kommt etwa 30 s nach dem Ende der Aufnahme. Leerlauf während eines Anrufs ist keine Pause.
setting-hold_for_camera-help = Eine Pause wartet, solange ein anderes Programm als der Tondienst eine Kamera (`/dev/video*`) offen hat.
setting-hold_for_fullscreen-help = Eine Pause wartet, solange das aktive Fenster im Vollbild ist. Unter X11 (und bei Xwayland-Fenstern) erkannt; Wayland-Compositoren sagen es anderen Programmen nicht.
setting-hold_for_do_not_disturb-help = Eine Pause wartet, solange „Bitte nicht stören“ des Desktops an ist: `Inhibited` des Benachrichtigungsdienstes (KDE Plasma und andere) oder ausgeschaltete Benachrichtigungsbanner in GNOME.
setting-hold_for_apps-help = Programmnamen, wie `ps` sie zeigt (`zoom, teams`): Eine Pause wartet, solange eines davon läuft. Standardmäßig leer.
setting-hold_at_most-help = Wie beschäftigt du auch bist, eine aufgehaltene Pause kommt nach dieser Zeit, damit ein hängendes Mikrofon Pausen nicht für immer aufhält.
setting-pause_media-help = Hält spielende Medienplayer (MPRIS) an, wenn eine Pause beginnt, und setzt genau diese fort, wenn sie endet; ein Player, den du angehalten hattest, bleibt angehalten.
setting-notifications-help = Desktop-Benachrichtigungen.
setting-autostart-help = Mit der Desktop-Sitzung starten.
setting-language-help = Die Sprache des Fensters, der Benachrichtigungen, des Infobereichs und der Befehlszeile: ein Sprachcode wie "de" oder "pt-BR", oder "system" für die des Desktops (`LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG` unter Linux; die Anzeigesprache unter Windows). Englisch steht für eine Sprache, die Sitbreak nicht spricht, und für jede Meldung, die einer Übersetzung fehlt.
setting-theme-help = Farben des Fensters.
setting-text_scale-help = Textgröße im Fenster.
setting-motion-help = "still" zeigt die Schlüsselhaltungen jeder Übung als Standbilder statt als Animation; "system" folgt der Einstellung des Desktops für weniger Bewegung (GNOMEs Schalter für Animationen, gelesen über das Einstellungsportal oder gsettings).
setting-announce_every-help = Während des Haltens hört ein Bildschirmleser so oft die verbleibenden Sekunden; "0s" nie. Der Ring des Übungsablaufs ist jederzeit lesbar.
setting-volume-help = Lautstärke aller Klänge von Sitbreak, zusätzlich zur Lautstärke des Desktops; `0` ist stumm.
setting-break_sounds-help = Ein leiser Klang mit der Vorwarnung vor einer Pause und ein weiterer, wenn es Zeit ist aufzustehen.
setting-player_sounds-help = Während einer Übungsfolge: das Herunterzählen 3-2-1, der Beginn jeder Übung, jede Wiederholung, der Seitenwechsel, die letzten drei Sekunden des Haltens und das Ende. „Stopp — das tut weh“ ist still.
setting-voice-help = Spricht Name, Schritte und Vorsichtshinweise jeder Übung, „Seite wechseln“ (oder „Richtung wechseln“), „noch zwei“ und „fertig“, über den speech-dispatcher des Desktops, mit deinen Spracheinstellungen.
setting-sit_stand-help = Für einen Steh-Sitz-Tisch: nach `sit_for` Sitzen „Steh auf — fahr deinen Tisch hoch“; nach `stand_for` Stehen eine Bewegungspause (eine Übungsfolge); dann „Setz dich in einer etwas anderen Haltung wieder hin“. Sag jederzeit „Ich stehe“ oder „Ich sitze“, und der Zeitplan folgt dir. Ersetzt `sit_interval`, solange es an ist. Ohne es beendet „Ich stehe“ das Sitzen und startet die Uhr neu: Stillstehen ist keine Bewegung, also kommt nach `sit_interval` trotzdem eine Bewegungspause.
setting-sit_for-help = Sitzen–Stehen–Bewegen: Sitzzeit bis „Steh auf“. 20 Minuten, wie Cornells 20-8-2 (nicht aus den fünf Artikeln).
setting-stand_for-help = Sitzen–Stehen–Bewegen: Stehzeit bis zur Bewegungspause; "0s" für keine, wenn die Pause selbst dich aufstehen lässt („30 sitzen, dann stehen und bewegen“).
setting-working_hours-enabled-help = Nur innerhalb der Arbeitszeit erinnern.
setting-working_hours-mon-help = Arbeitszeit am Montag.
setting-working_hours-tue-help = Arbeitszeit am Dienstag.
setting-working_hours-wed-help = Arbeitszeit am Mittwoch.
setting-working_hours-thu-help = Arbeitszeit am Donnerstag.
setting-working_hours-fri-help = Arbeitszeit am Freitag.
setting-working_hours-sat-help = Arbeitszeit am Samstag.
setting-working_hours-sun-help = Arbeitszeit am Sonntag.
setting-hooks-stand-help = Läuft, wenn du sagst, dass du stehst (etwa um einen elektrischen Tisch hochzufahren).
setting-hooks-sit-help = Läuft, wenn du sagst, dass du sitzt.
setting-hooks-break_start-help = Läuft, wenn eine Pause beginnt (etwa um einen Chat-Status zu setzen).
setting-hooks-break_end-help = Läuft, wenn eine Pause endet, gemacht, verlassen oder übersprungen.
setting-hooks-pause-help = Läuft, wenn Erinnerungen angehalten werden.
setting-hooks-resume-help = Läuft, wenn Erinnerungen fortgesetzt werden.
setting-hooks-time_limit-help = Ein Hook, der nach dieser Zeit noch läuft, wird gestoppt und gemeldet.
