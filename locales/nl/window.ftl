# De teksten van het venster (alleen `sitbreak-window` leest dit bestand); de
# rest staat in sitbreak.ftl. Machinaal vertaald, nog niet nagekeken.

## Taal

language-system = Zoals het systeem ({ $language })
language-unreviewed = { $language } (nog niet nagekeken)
language-not-spoken = { $tag } (Sitbreak spreekt dit niet; in het Engels)

## Start

home-not-answering = Sitbreak antwoordt niet.
home-not-answering-hint = Start het met `sitbreak` en open dit venster opnieuw.
home-heading = Start
home-ring-next-break = Volgende pauze over { $time }
home-ring-until-break = tot je pauze
home-ring-now = Nu
home-ring-stand-up = tijd om op te staan
home-ring-soon = Zo meteen
home-ring-when-free = als je vrij bent
home-ring-break = Pauze
home-ring-under-way = bezig
home-ring-paused = Gepauzeerd
home-ring-paused-until = gepauzeerd tot
home-ring-away = Weg
home-ring-counts = telt als pauze
home-ring-off = Uit
home-ring-off-hours = buiten werktijd
home-today =
    Vandaag: { $taken ->
        [one] { $taken } pauze gedaan
       *[other] { $taken } pauzes gedaan
    }, { $natural } natuurlijk, { $skipped } overgeslagen
home-sat-today = Vandaag gezeten: { $time }
home-resume = Hervatten
home-take-break = Nu pauze nemen
home-next-routine = Volgende reeks
home-pause-reminders = Herinneringen pauzeren
home-key-break = nu pauze
home-key-posture = staan / zitten
home-key-settings = instellingen
home-key-statistics = statistieken

## Balk en veiligheid

nav-home = Start
nav-settings = Instellingen
nav-statistics = Statistieken
summary-next-in = Volgende pauze over { $time }
shortcut-hint = Sneltoets: { $key }
safety-link = Veiligheid en wanneer stoppen
safety-before-you-start = Voordat je begint
safety-when-to-stop = Wanneer stoppen en hulp zoeken
safety-tips = Tips
safety-own-advice = { $note } (Sitbreaks eigen advies, niet uit de artikelen.)
safety-scroll = Door de notities scrollen
safety-close = Sluiten
safety-read-again = Je kunt dit altijd opnieuw lezen: "{ $link }" op Start en in de speler.

## Pauzekaart, speler, stoppen en einde

card-eyebrow = PAUZETIJD
card-keys-asleep = Toetsen werken hier zodra je even stopt met typen, of de aanwijzer over dit venster beweegt
first-break-eyebrow = JE EERSTE PAUZE
first-break-title = Veiligheid eerst
first-break-start = Begrepen, beginnen
player-routine-place = { $routine } · oefening { $number } van { $count }
player-left = nog { $time }
player-progress = Reeks: oefening { $number } van { $count }
player-ring-get-ready = maak je klaar
player-ring-rep = herhaling { $rep } van { $count }
player-ring-hold = vasthouden
player-paused = Gepauzeerd
player-get-into-position = Neem je houding aan
player-careful = Let op:
player-scroll = Door de oefening scrollen
player-back = Terug
player-resume = Hervatten
player-pause = Pauzeren
player-next = Volgende
player-hurt = Stop — dit doet pijn
player-ring-name-get-ready = Maak je klaar{ $side }: begint over { $time }
player-ring-name-rep = Herhaling { $rep } van { $count }{ $side }
player-ring-name-hold = Vasthouden{ $side }: nog { $time }
hurt-eyebrow = GESTOPT
hurt-title = Je bent gestopt met "{ $stretch }"
hurt-left-out = "{ $stretch }" blijft voortaan uit je reeksen.
hurt-leave-out = "{ $stretch }" voortaan uit reeksen weglaten
hurt-end = De pauze beëindigen
hurt-continue = Doorgaan met de volgende oefening
end-eyebrow = PAUZE KLAAR
end-moved = Je bent opgestaan en hebt { $time } bewogen. Deze keer is geen oefening afgemaakt.
end-did = Je hebt { $done } van { $total } oefeningen gedaan in { $time }.
end-next = Volgende pauze over { $time }.
end-done = Klaar
cannot-play-eyebrow = DEZE REEKS KAN NIET WORDEN GETOOND
cannot-play-title = Sta op en beweeg een minuut

## Wat een schermlezer hoort

announce-break-due = Tijd om op te staan: { $routine }, { $time }
announce-next-stretch = de volgende oefening
announce-stretch = Oefening { $number } van { $count }: { $stretch }
announce-other-side = { $cue }: nu de andere kant
announce-other-way = { $cue }: nu de andere kant op
announce-paused = Gepauzeerd. Spatie hervat.
announce-resumed = Hervat.
announce-done = Pauze klaar. { $notes }
announce-the-stretch = de oefening
announce-stopped = { $stretch } gestopt. Lees hieronder wat je nu doet.
figure-showing = Figuur die { $stretch } toont

## Instellingen

settings-scroll = Door de instellingen scrollen
settings-save = Wijzigingen bewaren
settings-revert = Wijzigingen terugdraaien
settings-fix-fields = Sommige velden moeten worden verbeterd voor het bewaren.
settings-presets = Voorinstellingen:
settings-preset-20-8-2 = 20-8-2 (zitten 20, staan 8, bewegen 2)
settings-preset-30-sit = 30 zitten, dan staan en bewegen
settings-hooks-intro = Opdrachten die bij gebeurtenissen worden uitgevoerd, zoals een elektrisch bureau omhoog zetten. Ze worden alleen in het instellingenbestand ingesteld, onder [hooks].
settings-hook-last-failure = Laatste fout: { $problem }
settings-hook-nothing = niets
settings-hook-test = Testen
settings-unreadable-title = Je instellingen konden niet worden gelezen
settings-unreadable-body = De waarden hieronder zijn de standaardwaarden, niet die van jou, dus bewaren staat uit. Controleer of Sitbreak draait en open Instellingen opnieuw.
settings-problems-title = Problemen in je bestanden
settings-problems-body = Elke waarde hieronder is genegeerd en de standaardwaarde is gebruikt; verbeter het bestand, of bewaar hier om het te vervangen.
settings-routines-in-rotation = Reeksen in de wisseling
settings-routine = { $routine } ({ $time })
settings-routine-floor = { $routine } ({ $time } · vloer)
settings-stretches = Oefeningen
settings-area-lost = Geen reeks rekt nu je { $area }: je hebt { $stretches } weggelaten.
settings-open-a-stretch = Open een oefening om de stappen en de bron te zien.
settings-leave-out = Uit mijn reeksen weglaten
settings-careful = Let op: { $caution }
settings-articles-say = Wat de artikelen zeggen, geciteerd uit het artikel (Engels)
settings-quote = "{ $quote }" ({ $article })
settings-sitbreaks-own = Wat van Sitbreak zelf is
settings-hear-chimes = Geluiden beluisteren
settings-hear-cues = Signalen beluisteren
settings-hear-voice = Stem beluisteren
settings-plays-through = Speelt via { $device }.
settings-desktop = Integratie met het bureaublad
settings-desktop-looking = Het bureaublad bekijken…
settings-desktop-works = Werkt
settings-desktop-missing = Ontbreekt
settings-articles-advise = De artikelen raden aan minstens elke 30 minuten op te staan.
settings-goal-follows = volgt je rooster: { $goal } per dag
managed-locked = Ingesteld door je organisatie
managed-default = Standaard van je organisatie; zelf te wijzigen
managed-between = Je organisatie staat { $min } tot { $max } toe
managed-at-least = Je organisatie staat minstens { $min } toe
managed-at-most = Je organisatie staat hoogstens { $max } toe
managed-bounded = Begrensd door je organisatie

## Statistieken

stats-scroll = Door de statistieken scrollen
stats-breaks-today =
    { $count ->
        [one] pauze vandaag
       *[other] pauzes vandaag
    }
stats-day-streak = dagen op rij
stats-longest-sitting = langst gezeten
stats-export = CSV exporteren
stats-export-hint = Schrijft één regel per dag naar je Sitbreak-gegevensmap.
stats-breaks-per-day = Pauzes per dag, laatste { $days } dagen (doel: { $goal })
stats-taken = Gedaan
stats-natural = Natuurlijk
stats-skipped = Overgeslagen
stats-daily-goal = dagdoel
stats-goal = Doel
stats-axis-breaks = pauzes
stats-axis-hours = uren
stats-chart-breaks = Grafiek: pauzes per dag, laatste { $days } dagen
stats-sitting-standing = Zitten en staan per dag, laatste { $days } dagen
stats-sitting = Zitten
stats-standing = Staan
stats-chart-sitting = Grafiek: tijd zitten en staan per dag, laatste { $days } dagen
stats-same-days = Dezelfde dagen staan in de tabel hieronder.
stats-last-weeks = De laatste { $weeks } weken
stats-when = Wanneer je pauzes neemt, laatste { $weeks } weken
stats-by-hour = Pauzes per uur
stats-chart-by-hour = Grafiek: pauzes per uur van de dag
stats-no-breaks-yet = Nog geen pauzes.
stats-busiest = De meeste pauzes, { $count }, beginnen tussen { $from } en { $to }.
stats-describe = { $total } pauzes in { $days } dagen; het doel van { $goal } is { $met } keer gehaald. Elke dag staat in de tabel hieronder.
stats-table = De cijfers, dag voor dag
stats-row = { $counted } van { $goal } pauzes ({ $taken } gedaan, { $natural } natuurlijk, { $skipped } overgeslagen), { $sat } gezeten
stats-row-stood = , { $stood } gestaan, { $changes } houdingswissels
calendar-name = Kalender van de laatste { $days } dagen
calendar-describe = Het doel van { $goal } pauzes is op { $met } van { $days } dagen gehaald.
calendar-describe-best = Het doel van { $goal } pauzes is op { $met } van { $days } dagen gehaald; de meeste pauzes, { $best }, op { $date }.
calendar-day = { $date }: { $counted } van { $goal } pauzes
calendar-day-met = { $date }: { $counted } van { $goal } pauzes, doel gehaald
calendar-no-breaks = Geen pauzes
calendar-goal-met = Doel gehaald

## Toetsen en meldingen

key-start = beginnen
key-snooze = uitstellen
key-skip = overslaan
key-pause = pauzeren
key-back = terug
key-next = volgende
key-hurts = doet pijn
key-end-break = pauze beëindigen
key-done = klaar
key-close = sluiten
banner-hook-ran = De hook { $event } liep zonder problemen.
banner-hook-failed = De hook { $event } is mislukt: { $problem }
banner-not-saved-unreadable = Niet bewaard: je instellingen konden niet worden gelezen ({ $reason })
banner-fix-fields = Verbeter de rood gemarkeerde velden; er is niets bewaard
banner-saved = Bewaard. De nieuwe instellingen gelden nu.
banner-exported = Geëxporteerd naar { $path }
banner-cannot-write = { $path }: kan niet schrijven ({ $reason })
hint-between = { $min } tot { $max }

## Instellingen: namen van de sleutels

setting-sit_interval = Opstaan elke
setting-break_length = Langste pauze
setting-warn_before = Waarschuwen voor de pauze
setting-snooze_length = Uitstellen met
setting-max_snoozes = Keer uitstellen na elkaar
setting-day_start = Een nieuwe dag begint om
setting-daily_goal = Dagdoel (pauzes)
setting-allow_floor = Vloeroefeningen meenemen (mat en ruimte nodig)
setting-disabled_routines = Reeksen in de wisseling
setting-excluded_stretches = Weggelaten oefeningen
setting-get_ready = Aftellen voor elke oefening
setting-strict = Strikte modus: pauzes kunnen niet worden overgeslagen
setting-natural_break_idle = Zo lang weg telt als pauze
setting-card_after_pause = Pauzekaart tonen als het typen stilligt gedurende
setting-card_max_delay = … maar hoogstens wachten
setting-hold_for_microphone = Gesprekken afwachten (microfoon in gebruik)
setting-hold_for_camera = Wachten zolang de camera aan staat
setting-hold_for_fullscreen = Vensters op volledig scherm afwachten
setting-hold_for_do_not_disturb = Wachten zolang "Niet storen" aan staat
setting-hold_for_apps = Wachten zolang deze programma's draaien
setting-hold_at_most = … maar een pauze hoogstens tegenhouden
setting-pause_media = Muziek en video's pauzeren tijdens de pauze
setting-notifications = Meldingen tonen
setting-autostart = Sitbreak starten bij het aanmelden
setting-language = Taal
setting-theme = Thema
setting-text_scale = Tekstgrootte
setting-motion = Figuren
setting-announce_every = Schermlezer: resterende tijd melden elke
setting-volume = Volume (%)
setting-break_sounds = Geluid voor en bij elke pauze
setting-player_sounds = Signalen tijdens de oefeningen
setting-voice = Oefeningen voorlezen
setting-sit_stand = Zitten–staan–bewegen (voor een zit-sta-bureau)
setting-sit_for = Zitten gedurende
setting-stand_for = Dan staan gedurende
setting-working_hours-enabled = Alleen tijdens werktijd herinneren
setting-working_hours-mon = Maandag
setting-working_hours-tue = Dinsdag
setting-working_hours-wed = Woensdag
setting-working_hours-thu = Donderdag
setting-working_hours-fri = Vrijdag
setting-working_hours-sat = Zaterdag
setting-working_hours-sun = Zondag
setting-hooks-stand = Als ik ga staan
setting-hooks-sit = Als ik ga zitten
setting-hooks-break_start = Als een pauze begint
setting-hooks-break_end = Als een pauze eindigt
setting-hooks-pause = Als herinneringen worden gepauzeerd
setting-hooks-resume = Als herinneringen worden hervat
setting-hooks-time_limit = Een hook stoppen na
group-schedule = Rooster
group-routines = Reeksen
group-behaviour = Gedrag
group-appearance = Uiterlijk
group-sound = Geluid
group-working-hours = Werktijd
group-hooks = Hooks
choice-system = Zoals het systeem
choice-light = Licht
choice-dark = Donker
choice-high-contrast = Hoog contrast
choice-animate = Bewegend
choice-still = Stilstaand

## Instellingen: helpteksten

setting-sit_interval-help = Zittijd voordat een pauze nodig is. De artikelen raden aan minstens elke 30 minuten op te staan.
setting-break_length-help = De langste reeks die de wisseling kiest.
setting-warn_before-help = Waarschuwing voor de pauze; "0s" voor geen. Korter dan `sit_interval`.
setting-snooze_length-help = Hoe lang uitstellen de pauze opschuift.
setting-max_snoozes-help = Hoe vaak je na elkaar mag uitstellen.
setting-day_start-help = Wanneer "pauzeren tot morgen" afloopt en in de statistieken een nieuwe dag begint.
setting-daily_goal-help = Pauzes per dag die voor de reeks tellen. `0` volgt je rooster: een werkdag (8 uur, of je werktijd) gedeeld door `sit_interval`, dus 16 bij de standaardwaarden.
setting-allow_floor-help = Vloeroefeningen aanbieden (ze vragen een mat en ruimte op de vloer).
setting-disabled_routines-help = Reeksen die nooit worden gekozen.
setting-excluded_stretches-help = Oefeningen die uit elke reeks worden weggelaten.
setting-get_ready-help = Tijd om je houding aan te nemen voordat de klok van een oefening loopt, afgeteld 3-2-1; "0s" begint meteen.
setting-strict-help = Pauzes kunnen niet worden overgeslagen.
setting-natural_break_idle-help = Zo lang weg van de computer (geen toetsenbord of muis, het scherm vergrendeld of de computer in slaapstand) telt als pauze voor je doel: lang genoeg dat je hoogstwaarschijnlijk bent opgestaan. Tien minuten, omdat vijf minuten lezen zonder de muis aan te raken gewoon is en geen pauze. Een gesprek of een venster op volledig scherm is nooit afwezigheid.
setting-card_after_pause-help = De kaart van een nodige pauze wacht tot toetsenbord en muis zo lang stilliggen, zodat tikwerk voor een ander programma er nooit op belandt; "0s" toont hem meteen.
setting-card_max_delay-help = Het langst dat de kaart op die stilte wacht. De melding komt hoe dan ook op tijd.
setting-hold_for_microphone-help = Een pauze die nodig wordt terwijl een programma de microfoon opneemt (een PulseAudio- of PipeWire-opname van een bron die geen monitor is) wacht, en komt ongeveer 30 s nadat de opname stopt. Inactiviteit tijdens een gesprek is geen pauze.
setting-hold_for_camera-help = Een pauze wacht zolang een ander programma dan de geluidsserver een camera (`/dev/video*`) open heeft.
setting-hold_for_fullscreen-help = Een pauze wacht zolang het actieve venster op volledig scherm staat. Gezien op X11 (en bij Xwayland-vensters); Wayland-compositors vertellen het andere programma's niet.
setting-hold_for_do_not_disturb-help = Een pauze wacht zolang "Niet storen" van het bureaublad aan staat: `Inhibited` van de meldingenserver (KDE Plasma en andere), of uitgezette meldingsbanners in GNOME.
setting-hold_for_apps-help = Programmanamen, zoals `ps` ze toont (`zoom, teams`): een pauze wacht zolang een ervan draait. Standaard leeg.
setting-hold_at_most-help = Hoe druk je ook bent, een tegengehouden pauze komt na deze tijd, zodat een vastgelopen microfoon pauzes niet eeuwig tegenhoudt.
setting-pause_media-help = Pauzeert spelende mediaspelers (MPRIS) als een pauze begint, en hervat diezelfde spelers als hij eindigt; een speler die jij had gepauzeerd, blijft gepauzeerd.
setting-notifications-help = Meldingen van het bureaublad.
setting-autostart-help = Starten met de bureaubladsessie.
setting-language-help = De taal van het venster, de meldingen, het systeemvak en de opdrachtregel: een taalcode zoals "de" of "pt-BR", of "system" voor die van het bureaublad (`LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG` op Linux; de weergavetaal op Windows). Engels staat in voor een taal die Sitbreak niet spreekt, en voor elk bericht dat een vertaling mist.
setting-theme-help = Kleuren van het venster.
setting-text_scale-help = Tekstgrootte in het venster.
setting-motion-help = "still" toont de sleutelhoudingen van elke oefening als stilstaande beelden in plaats van ze te animeren; "system" volgt de instelling voor minder beweging van het bureaublad (GNOME's schakelaar voor animaties, gelezen via het instellingenportaal of gsettings).
setting-announce_every-help = Tijdens het vasthouden hoort een schermlezer zo vaak de resterende seconden; "0s" nooit. De ring van de speler is altijd leesbaar.
setting-volume-help = Volume van alle geluiden van Sitbreak, bovenop het volume van het bureaublad; `0` is stil.
setting-break_sounds-help = Een zacht geluid bij de waarschuwing voor een pauze, en nog een als het tijd is om op te staan.
setting-player_sounds-help = Tijdens een reeks: het aftellen 3-2-1, het begin van elke oefening, elke herhaling, het wisselen van kant, de laatste drie seconden van het vasthouden en het einde. "Stop — dit doet pijn" is stil.
setting-voice-help = Spreekt de naam, stappen en waarschuwingen van elke oefening uit, "wissel van kant" (of "wissel van richting"), "nog twee" en "klaar", via de speech-dispatcher van het bureaublad, met je spraakinstellingen.
setting-sit_stand-help = Voor een zit-sta-bureau: na `sit_for` zitten "Sta op — zet je bureau omhoog"; na `stand_for` staan een bewegingspauze (een reeks); dan "Ga weer zitten in een iets andere houding". Zeg wanneer je wilt "Ik sta" of "Ik zit" en het rooster volgt je. Vervangt `sit_interval` zolang het aan staat. Zonder dit beëindigt "Ik sta" het zitten en start de klok opnieuw: stilstaan is geen bewegen, dus na `sit_interval` komt toch een bewegingspauze.
setting-sit_for-help = Zitten–staan–bewegen: zittijd voor "Sta op". 20 minuten, zoals Cornells 20-8-2 (van buiten de vijf artikelen).
setting-stand_for-help = Zitten–staan–bewegen: staantijd voor de bewegingspauze; "0s" voor geen, als de pauze zelf je laat opstaan ("30 zitten, dan staan en bewegen").
setting-working_hours-enabled-help = Alleen binnen werktijd herinneren.
setting-working_hours-mon-help = Uren op maandag.
setting-working_hours-tue-help = Uren op dinsdag.
setting-working_hours-wed-help = Uren op woensdag.
setting-working_hours-thu-help = Uren op donderdag.
setting-working_hours-fri-help = Uren op vrijdag.
setting-working_hours-sat-help = Uren op zaterdag.
setting-working_hours-sun-help = Uren op zondag.
setting-hooks-stand-help = Loopt als je zegt dat je staat (om bijvoorbeeld een elektrisch bureau omhoog te zetten).
setting-hooks-sit-help = Loopt als je zegt dat je zit.
setting-hooks-break_start-help = Loopt als een pauze begint (om bijvoorbeeld een chatstatus in te stellen).
setting-hooks-break_end-help = Loopt als een pauze eindigt, gedaan, verlaten of overgeslagen.
setting-hooks-pause-help = Loopt als herinneringen worden gepauzeerd.
setting-hooks-resume-help = Loopt als herinneringen worden hervat.
setting-hooks-time_limit-help = Een hook die na deze tijd nog loopt, wordt gestopt en gemeld.
