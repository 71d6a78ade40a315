# De teksten van Sitbreak in het Nederlands. Machinaal vertaald en nog door
# niemand met Nederlands als moedertaal nagekeken: verbeteringen zijn welkom.
# Tijdsduren zoals "30m", namen van apps, paden en instellingssleutels worden
# ingevuld zoals ze zijn.

## Wat een pauze tegenhoudt

busy-microphone = microfoon in gebruik door { $app }
busy-camera = camera in gebruik door { $app }
busy-full-screen-titled = een venster op volledig scherm ({ $title })
busy-full-screen = een venster op volledig scherm
busy-do-not-disturb = "Niet storen" staat aan
busy-running = { $app } draait
busy-just-ended = iets dat net is afgelopen (de pauze komt zo)

## De status in één regel

summary-held = Pauze wacht: { $reason }
summary-standing = Staand: geen pauze zolang je staat
summary-next-in-seconds = Volgende pauze over { $seconds } s
summary-next-in-minutes = Volgende pauze over { $minutes } min
summary-sitting = Zittend
summary-break-due = Tijd om op te staan
summary-held-plain = Pauze wacht tot je vrij bent
summary-on-break = Met pauze
summary-paused-until = Herinneringen gepauzeerd tot { $time }
summary-paused = Herinneringen gepauzeerd
summary-away = Weg van het bureau: dat telt als pauze
summary-off-hours = Buiten werktijd
tooltip-next-at = Volgende pauze om { $time }

## Waarom iets niet is gedaan

refusal-strict = de strikte modus staat aan, dus pauzes kunnen niet worden overgeslagen
refusal-nothing-to-skip = er is geen pauze nodig of bezig, dus er is niets over te slaan
refusal-nothing-to-snooze = er is geen pauze nodig, dus er is niets uit te stellen
refusal-no-snoozes-left = deze pauze kan niet meer worden uitgesteld: doe haar of sla haar over
refusal-already-on-break = er is al een pauze bezig
refusal-not-on-break = er is geen pauze bezig
refusal-not-paused = herinneringen zijn niet gepauzeerd
refusal-pause-out-of-range = een onderbreking moet langer dan nul en hoogstens 24 uur zijn
refusal-no-such-routine = er is geen reeks "{ $id }"
refusal-nothing-to-play = elke oefening van "{ $routine }" is weggelaten of op de vloer
refusal-no-such-stretch = geen oefening "{ $id }"
refusal-invalid-settings = niet bewaard: { $problems }
refusal-hooks-only-in-file = niet bewaard: hooks voeren opdrachten uit, dus alleen het instellingenbestand ({ $file }) kan ze wijzigen
refusal-no-such-hook-event = er is geen hook-gebeurtenis "{ $event }"
refusal-no-hook-command = geen opdracht voor "{ $event }" in { $file }
refusal-socket-only = een hook test je, en het bureaublad bekijk je, vanuit het venster Instellingen of de socket

## Een probleem met een instelling, en wat eraan is gedaan

problem-unreadable = kan niet lezen ({ $reason }); de standaardwaarden worden gebruikt
problem-not-toml = geen geldige TOML ({ $reason }); de standaardwaarden worden gebruikt
problem-wrong-type = moet { $expected } zijn, niet { $found }
expected-whole-number = een geheel getal
expected-true-or-false = true of false
expected-program-names = een lijst met programmanamen
expected-command = een lijst met het programma en zijn argumenten, zoals ["deskctl", "up"]
expected-ids = een lijst met id's van { $noun }
expected-number = een getal zoals 1.25
expected-quoted-string = een tekst tussen aanhalingstekens
expected-registry-value = een getal (REG_DWORD) of tekst (REG_SZ)
expected-registry-text = tekst (REG_SZ)
problem-not-a-table = moet een tabel zijn: [{ $name }]
problem-out-of-range = { $value } valt buiten het bereik
problem-out-of-range-between = { $value } valt buiten het bereik ({ $min } tot { $max })
problem-not-a-duration = "{ $text }" is geen tijdsduur zoals "30m" of "45s"
problem-not-a-time = "{ $text }" is geen tijdstip zoals "09:00"
problem-not-hours = "{ $text }" is geen bereik zoals "09:00-17:00" (of "off")
problem-start-not-before-end = "{ $text }": het begin moet voor het einde liggen
problem-not-one-of = "{ $text }" is niet een van { $options }
problem-empty-program = het programma (het eerste item) is leeg
problem-newer-version = { $found } is nieuwer dan deze Sitbreak begrijpt ({ $understood }); onbekende sleutels worden genegeerd
problem-bad-version = moet een geheel getal zijn zoals 1
problem-unknown-key = onbekende sleutel (genegeerd)
problem-unknown-key-in-table = onbekende sleutel (genegeerd); deze tabel heeft { $known }
problem-warning-not-before-break = { $warn_before } moet korter zijn dan sit_interval ({ $sit_interval })
problem-every-day-off = aan, maar elke dag staat uit, dus er zou nooit een herinnering komen
problem-safe-value-used = { $problem }; in plaats daarvan wordt een veilige waarde gebruikt
problem-not-read-this-way = kan niet zo worden gelezen
problem-locked = ingesteld door je organisatie: { $applies } geldt, niet { $yours }
problem-out-of-bounds = { $yours } valt buiten wat je organisatie toestaat ({ $allowed }); { $applies } geldt
bound-between = { $min } tot { $max }
bound-at-least = minstens { $min }
bound-at-most = hoogstens { $max }
bound-none = geen grens
problem-not-in-policy = hooks voeren opdrachten uit op het bureaublad van de persoon, dus een beleid kan ze niet instellen
problem-no-bounds = alleen tijdsduren en getallen kunnen grenzen hebben
problem-bad-bounds = grenzen schrijf je als {"{"} min = …, max = … {"}"}, met min niet groter dan max
problem-bound-not-named = een grens is een waarde met de naam <instelling>.min of <instelling>.max
problem-not-a-language = "{ $text }" is geen taalcode zoals "de" of "pt-BR" (of "system")

## Waarom een hook mislukte

hook-could-not-start = { $program } kon niet starten ({ $reason })
hook-exited = { $program } stopte met status { $code }
hook-killed = { $program } werd door een signaal beëindigd
hook-timed-out = { $program } werd gestopt nadat het langer dan { $limit } liep

## Het beleid van een organisatie

policy-source = Ingesteld door je organisatie, in { $source }:
policy-locked = vastgezet op { $value }
policy-default = standaard { $value }, zelf te wijzigen
policy-between = van { $min } tot { $max }
policy-at-least = minstens { $min }
policy-at-most = hoogstens { $max }
policy-set = ingesteld
policy-not-applied = niet toegepast: { $problem }
no-policy-unix = Geen beleid van een organisatie (gezocht in $XDG_CONFIG_DIRS, standaard /etc/xdg).
no-policy-windows = Geen beleid van een organisatie (gezocht in HKLM\SOFTWARE\Policies\Sitbreak en HKCU\SOFTWARE\Policies\Sitbreak).

## Meldingen

warning-in-seconds =
    Sta-op-pauze over { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } seconden
    }
warning-in-minutes =
    Sta-op-pauze over { $minutes ->
        [one] { $minutes } minuut
       *[other] { $minutes } minuten
    }
warning-next-up = Straks: { $routine }. Maak je gedachte af.
warning-body = Maak je gedachte af.
held-title = Pauze hierna
held-body = { $reason }: de pauze komt kort daarna.
break-due-title = Tijd om op te staan
break-due-routine-length = { $routine } · { $length }
break-due-body = Sta op en beweeg een minuut.
refused-title = Sitbreak kon dat niet doen

## Het menu in het systeemvak

tray-take-break = Nu pauze nemen
tray-snooze = Uitstellen
tray-skip = Deze pauze overslaan
tray-sitting = Ik zit
tray-standing = Ik sta
tray-pause = Pauzeren
tray-pause-minutes = { $minutes } minuten
tray-pause-hours =
    { $hours ->
        [one] { $hours } uur
       *[other] { $hours } uur
    }
tray-pause-until-tomorrow = Tot morgen
tray-resume = Hervatten
tray-open = Sitbreak openen
tray-settings = Instellingen
tray-statistics = Statistieken
tray-quit = Afsluiten

## Zitten–staan

prompt-stand-up-title = Sta op — zet je bureau omhoog
prompt-stand-up-body = Je zit al { $sat }. Sta { $stand }, en dan een korte bewegingspauze.
prompt-sit-down-title = Ga weer zitten in een iets andere houding
prompt-sit-down-body = Niet helemaal zoals eerst: verander hoe je zit.

## Knoppen in meldingen

button-open = Openen
button-start = Beginnen
button-snooze = { $minutes } min uitstellen
button-skip = Overslaan
button-standing = Ik sta
button-not-now = Niet nu
button-sitting = Ik zit
button-keep-standing = Blijven staan

## Tijdsduren, getoond en uitgesproken

span-seconds = { $seconds } s
span-minutes-seconds = { $minutes } min { $seconds } s
span-minutes = { $minutes } min
span-hours-minutes = { $hours } u { $minutes } min
spoken-seconds =
    { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } seconden
    }
spoken-about-minutes =
    { $minutes ->
        [one] ongeveer { $minutes } minuut
       *[other] ongeveer { $minutes } minuten
    }
posture-sitting = Zittend
posture-standing = Staand

## Datums

date-day-month = { $day } { $month }
date-weekday-day-month = { $weekday } { $day } { $month }
weekday-mon = ma
weekday-tue = di
weekday-wed = wo
weekday-thu = do
weekday-fri = vr
weekday-sat = za
weekday-sun = zo
month-short =
    { $month ->
        [1] jan
        [2] feb
        [3] mrt
        [4] apr
        [5] mei
        [6] jun
        [7] jul
        [8] aug
        [9] sep
        [10] okt
        [11] nov
       *[12] dec
    }

## De opdrachtregel

cli-not-running = Sitbreak draait niet (start het met `sitbreak`)
cli-refused = geweigerd: { $reason }
cli-stopped = Sitbreak gestopt.
cli-asked-to-stand = { $line } (gevraagd op te staan)
cli-asked-to-sit = { $line } (gevraagd weer te gaan zitten)
cli-hook-failed = Een hook is mislukt: { $problem }
cli-next-routine = Volgende reeks: { $routine } ({ $time }) voor { $areas }
cli-today = Vandaag: { $taken } gedaan, { $skipped } overgeslagen, { $natural } natuurlijk, { $sat } gezeten
cli-doctor-no-daemon = Sitbreak draait niet; dit zou het hier vinden.

## Opdrachtregel en venster

home-under-a-minute = minder dan een minuut
home-posture-for = { $posture } sinds { $time }
settings-desktop-session = Sessie: { $session }
hint-hours = 09:00-17:00 of off
hint-names = zoom, teams

## De oefeningen: wat ze doen, waar ze worden gedaan, hun wissels

list-separator = {", "}
area-lower-back = onderrug
area-piriformis = piriformis
area-glutes = bilspieren
area-hamstrings = hamstrings
area-hip-flexors = heupbuigers
area-calves = kuiten
area-core = romp
area-abdomen = buik
area-hips = heupen
group-piriformis-glutes = piriformis en bilspieren
position-standing = staand
position-seated = zittend
position-floor = op de vloer
kind-stretch = rekoefening
kind-strength = versterking
kind-movement = beweging
stretch-facts = { $areas } · { $position }
stretch-facts-kind = { $areas } · { $position } · { $kind }
turn-sides = Wissel van kant
turn-direction = Wissel van richting
turn-sides-first = eerste kant
turn-sides-other = andere kant
turn-direction-first = de ene kant op
turn-direction-other = de andere kant op
caution-seated = Gebruik een stevige stoel: een stoel op wieltjes of een draaistoel kan onder je wegschuiven, dus zet de wieltjes vast of zet een voet schrap.
our-adaptation = De artikelen zeggen welke soorten rek- en andere oefeningen helpen en waarom; voor sommige oefeningen hier (op de tenen staan, bilspieren aanspannen, romp aanspannen, heupcirkels) noemen ze alleen de soort. Hoe je elke oefening doet (de stappen, de houdtijd, de herhalingen en de waarschuwingen) is Sitbreaks eigen aanpassing voor aan het bureau, niet die van de artikelen.

## Wat de stem zegt tijdens een reeks

speech-first = { $name }.
speech-next = Volgende: { $name }.
speech-turn = { $cue }.
speech-two-more = Nog twee.
speech-finished = Klaar. Goed gedaan.

## `sitbreak routines`

cli-routines = Reeksen
cli-stretches = Oefeningen
cli-floor = (vloer)

## Wat `sitbreak doctor` en Instellingen op het bureaublad vinden

part-tray = Pictogram in het systeemvak
part-notifications = Meldingen
part-idle = Inactieve tijd
part-suspend = Slaapstand en vergrendelen
part-sound = Geluid
part-voice = Stem
part-media = Media pauzeren
doctor-no-display = geen beeldscherm
doctor-tray-gnome = GNOME toont geen pictogrammen in het systeemvak zonder de AppIndicator-extensie (gnome-shell-extension-appindicator); pauzes komen nog steeds als meldingen en vensters
doctor-tray-no-host-advice = dit bureaublad heeft geen systeemvak (StatusNotifierItem-host); pauzes komen nog steeds als meldingen en vensters, en `sitbreak` opent het venster
doctor-tray-shown = getoond (StatusNotifierItem)
doctor-tray-host-running = er draait een systeemvak (StatusNotifierItem)
doctor-tray-not-registered = er draait een systeemvak, maar het pictogram is nog niet aangemeld
doctor-tray-not-registered-advice = het meldt zich opnieuw aan als het systeemvak herstart; zie de berichten van de achtergronddienst
doctor-tray-watcher-no-host = er draait een watcher, maar geen host toont zijn pictogrammen
doctor-tray-no-host = geen systeemvak
doctor-tray-no-session-bus = geen sessiebus, dus geen systeemvak
doctor-notifications-none = geen meldingenserver
doctor-notifications-none-advice = pauzes openen nog steeds hun venster, maar niets waarschuwt vooraf; installeer een meldingenserver (mako, dunst of die van je bureaublad)
doctor-notifications-buttons = { $server } { $version }, met knoppen (Beginnen, Uitstellen, Overslaan)
doctor-notifications-no-buttons = { $server } { $version }, zonder knoppen
doctor-notifications-no-buttons-advice = deze server toont geen knoppen: begin, stel uit of sla over vanuit het pauzevenster of het systeemvak
doctor-sound-none = geen geluidsserver
doctor-sound-none-advice = { $why }. Pauzes en oefeningen verschijnen nog steeds op het scherm en in meldingen, zonder geluidssignalen
doctor-sound-pulse-compatible = een PulseAudio-compatibele server
doctor-voice-none = geen speech-dispatcher
doctor-voice-running = speech-dispatcher, draait ({ $socket })
doctor-voice-on-demand = speech-dispatcher, start wanneer nodig ({ $program })
doctor-voice-not-installed = speech-dispatcher is niet geïnstalleerd, dus de stem kan niet spreken; de geluidssignalen leiden je nog steeds. Om de oefeningen te horen, installeer speech-dispatcher en een stem (op Debian en Ubuntu: speech-dispatcher espeak-ng).
doctor-idle-x11 = de schermbeveiligingsextensie van de X-server
doctor-idle-none = geen bron voor inactieve tijd
doctor-idle-none-advice = tijd weg van het bureau wordt niet opgemerkt, dus er zijn geen natuurlijke pauzes en de pauzekaart verschijnt zonder op een typpauze te wachten; Sitbreak leest inactieve tijd uit ext-idle-notify-v1 of org_kde_kwin_idle (Wayland), GNOME's Mutter, org.freedesktop.ScreenSaver of de X-server
doctor-suspend-logind = logind: ontwaken wordt meteen gezien; een vergrendeld scherm telt als inactief
doctor-suspend-no-logind = geen logind op de systeembus
doctor-suspend-no-logind-advice = een slaapstand wordt toch aan de klokken gemerkt, binnen een minuut na het ontwaken
doctor-suspend-windows = sessiemeldingen en energieberichten
doctor-tray-notification-area = het systeemvak (Shell_NotifyIcon)
doctor-tray-not-in-area = nog niet in het systeemvak
doctor-tray-not-in-area-advice = de taakbalk van Verkenner draait niet; het pictogram komt terug als die start, en `sitbreak` opent intussen het venster
doctor-toasts = pop-upmeldingen, met Beginnen, Uitstellen en Overslaan bij een pauze
doctor-toasts-no-icon = geen pop-upmeldingen en geen pictogram voor ballonnen
doctor-toasts-no-icon-advice = geen pop-upmeldingen ({ $why }) en zonder pictogram geen ballonnen; pauzes openen nog steeds de pauzekaart
doctor-balloons = ballonnen
doctor-balloons-advice = geen pop-upmeldingen ({ $why }), dus ballonnen vanaf het pictogram in het systeemvak; die hebben geen knoppen Beginnen, Uitstellen of Overslaan, dus een klik opent de pauzekaart, en het menu van het pictogram heeft de rest
doctor-idle-no-answer = GetLastInputInfo gaf geen antwoord
doctor-idle-no-answer-advice = tijd weg van het bureau wordt niet opgemerkt, dus er zijn geen natuurlijke pauzes
doctor-sound-windows = Windows-audio (de standaarduitvoer)
doctor-sound-no-output = geen uitvoer
doctor-voice-no-voice = geen stem
doctor-sapi = Windows-spraak (SAPI)
doctor-sapi-voice = Windows-spraak (SAPI), { $voice }
doctor-sapi-not-implemented = Windows-spraak kan hier niet spreken (Speak van SAPI is niet geïmplementeerd, zoals onder Wine); de geluidssignalen leiden je nog steeds
doctor-sapi-failed = Windows-spraak: { $why }; voeg een stem toe in de instellingen van Windows (Tijd en taal, Spraak); de geluidssignalen leiden je nog steeds
doctor-sapi-no-voice = Windows-spraak heeft geen stem ({ $why }); voeg een stem toe in de instellingen van Windows (Tijd en taal, Spraak); de geluidssignalen leiden je nog steeds
doctor-media-sessions = de mediasessies die Windows toont
doctor-media-none = geen mediasessies
doctor-media-none-advice = Windows toont hier geen mediasessies ({ $why }), dus muziek en video's spelen door tijdens een pauze; daarvoor is Windows 10 versie 1809 of nieuwer nodig

## `sitbreak stats`

cli-stats-heading = Laatste { $days } dagen (doel: { $goal } { $goal ->
        [one] pauze
       *[other] pauzes
    } per dag)
cli-stats-day = dag
cli-stats-taken = gedaan
cli-stats-skipped = overgeslagen
cli-stats-natural = natuurlijk
cli-stats-sat = gezeten
cli-stats-longest = langst
cli-stats-stood = gestaan
cli-stats-changes = wissels
cli-stats-longest-sitting = Langst aan één stuk gezeten: { $time }
cli-stats-streak = Reeks: { $days } { $days ->
        [one] dag
       *[other] dagen
    } met het doel gehaald

## Problemen in de bestanden die Sitbreak leest

store-history-line-skipped = { $place }: een onleesbare regel overgeslagen ({ $reason })
store-builtin-problem = ingebouwde catalogus: { $problem }
store-routine-file-unreadable = { $file }: kan niet lezen ({ $reason }); overgeslagen
store-routine-file-skipped = { $problem } (bestand overgeslagen)
