# Teksty Sitbreak po polsku. Przetłumaczone maszynowo i jeszcze niesprawdzone
# przez nikogo, dla kogo polski jest językiem ojczystym: poprawki są mile
# widziane. Czasy trwania jak „30m”, nazwy aplikacji, ścieżki i klucze
# ustawień są wstawiane bez zmian.

## Co wstrzymuje przerwę

busy-microphone = mikrofon używany przez { $app }
busy-camera = kamera używana przez { $app }
busy-full-screen-titled = okno pełnoekranowe ({ $title })
busy-full-screen = okno pełnoekranowe
busy-do-not-disturb = „Nie przeszkadzać” jest włączone
busy-running = { $app } jest uruchomiony
busy-just-ended = coś, co właśnie się skończyło (przerwa zaraz będzie)

## Stan w jednym wierszu

summary-held = Przerwa czeka: { $reason }
summary-standing = Na stojąco: bez przerwy, dopóki stoisz
summary-next-in-seconds = Następna przerwa za { $seconds } s
summary-next-in-minutes = Następna przerwa za { $minutes } min
summary-sitting = Siedzisz
summary-break-due = Czas wstać
summary-held-plain = Przerwa czeka, aż będziesz wolny
summary-on-break = Przerwa trwa
summary-paused-until = Przypomnienia wstrzymane do { $time }
summary-paused = Przypomnienia wstrzymane
summary-away = Z dala od biurka: to liczy się jako przerwa
summary-off-hours = Poza godzinami pracy
tooltip-next-at = Następna przerwa o { $time }

## Dlaczego prośba nie została wykonana

refusal-strict = tryb ścisły jest włączony, więc przerw nie można pomijać
refusal-nothing-to-skip = żadna przerwa nie jest należna ani w toku, więc nie ma czego pominąć
refusal-nothing-to-snooze = żadna przerwa nie jest należna, więc nie ma czego odłożyć
refusal-no-snoozes-left = tej przerwy nie można już odłożyć: zrób ją albo pomiń
refusal-already-on-break = przerwa już trwa
refusal-not-on-break = żadna przerwa nie trwa
refusal-not-paused = przypomnienia nie są wstrzymane
refusal-pause-out-of-range = wstrzymanie musi trwać dłużej niż zero i najwyżej 24 godziny
refusal-no-such-routine = nie ma zestawu „{ $id }”
refusal-nothing-to-play = każde ćwiczenie z „{ $routine }” jest pominięte albo na podłodze
refusal-no-such-stretch = nie ma ćwiczenia „{ $id }”
refusal-invalid-settings = nie zapisano: { $problems }
refusal-hooks-only-in-file = nie zapisano: hooki uruchamiają polecenia, więc zmienić je może tylko plik ustawień ({ $file })
refusal-no-such-hook-event = nie ma zdarzenia hooka „{ $event }”
refusal-no-hook-command = brak polecenia dla „{ $event }” w { $file }
refusal-socket-only = hook testuje się, a pulpit sprawdza, z okna Ustawień albo przez gniazdo

## Problem z ustawieniem i co z nim zrobiono

problem-unreadable = nie można odczytać ({ $reason }); używane są wartości domyślne
problem-not-toml = nieprawidłowy TOML ({ $reason }); używane są wartości domyślne
problem-wrong-type = musi być { $expected }, a nie { $found }
expected-whole-number = liczbą całkowitą
expected-true-or-false = true albo false
expected-program-names = listą nazw programów
expected-command = listą z programem i jego argumentami, np. ["deskctl", "up"]
expected-ids = listą identyfikatorów { $noun }
expected-number = liczbą, np. 1.25
expected-quoted-string = tekstem w cudzysłowie
expected-registry-value = liczbą (REG_DWORD) albo tekstem (REG_SZ)
expected-registry-text = tekstem (REG_SZ)
problem-not-a-table = musi być tabelą: [{ $name }]
problem-out-of-range = { $value } jest poza zakresem
problem-out-of-range-between = { $value } jest poza zakresem ({ $min } do { $max })
problem-not-a-duration = „{ $text }” nie jest czasem trwania jak „30m” lub „45s”
problem-not-a-time = „{ $text }” nie jest godziną jak „09:00”
problem-not-hours = „{ $text }” nie jest zakresem jak „09:00-17:00” (lub „off”)
problem-start-not-before-end = „{ $text }”: początek musi być przed końcem
problem-not-one-of = „{ $text }” nie jest jednym z { $options }
problem-empty-program = program (pierwszy element) jest pusty
problem-newer-version = { $found } jest nowsze, niż rozumie ten Sitbreak ({ $understood }); nieznane klucze są pomijane
problem-bad-version = musi być liczbą całkowitą, np. 1
problem-unknown-key = nieznany klucz (pominięty)
problem-unknown-key-in-table = nieznany klucz (pominięty); ta tabela ma { $known }
problem-warning-not-before-break = { $warn_before } musi być krótsze niż sit_interval ({ $sit_interval })
problem-every-day-off = włączone, ale każdy dzień jest wyłączony, więc żadne przypomnienie by nie przyszło
problem-safe-value-used = { $problem }; zamiast tego używana jest bezpieczna wartość
problem-not-read-this-way = nie da się tego tak odczytać
problem-locked = ustawione przez twoją organizację: obowiązuje { $applies }, nie { $yours }
problem-out-of-bounds = { $yours } wykracza poza to, na co pozwala twoja organizacja ({ $allowed }); obowiązuje { $applies }
bound-between = od { $min } do { $max }
bound-at-least = co najmniej { $min }
bound-at-most = najwyżej { $max }
bound-none = bez granicy
problem-not-in-policy = hooki uruchamiają polecenia na pulpicie osoby, więc zasady nie mogą ich ustawiać
problem-no-bounds = granice mogą mieć tylko czasy trwania i liczby
problem-bad-bounds = granice zapisuje się jako {"{"} min = …, max = … {"}"}, z min nie większym niż max
problem-bound-not-named = granica to wartość o nazwie <ustawienie>.min lub <ustawienie>.max
problem-not-a-language = „{ $text }” nie jest kodem języka jak „de” lub „pt-BR” (lub „system”)

## Dlaczego hook się nie powiódł

hook-could-not-start = nie udało się uruchomić { $program } ({ $reason })
hook-exited = { $program } zakończył się ze stanem { $code }
hook-killed = { $program } został zabity sygnałem
hook-timed-out = { $program } zatrzymano po działaniu dłuższym niż { $limit }

## Zasady organizacji

policy-source = Ustawione przez twoją organizację, w { $source }:
policy-locked = zablokowane na { $value }
policy-default = domyślnie { $value }, możesz zmienić
policy-between = od { $min } do { $max }
policy-at-least = co najmniej { $min }
policy-at-most = najwyżej { $max }
policy-set = ustawione
policy-not-applied = niezastosowane: { $problem }
no-policy-unix = Brak zasad organizacji (szukano w $XDG_CONFIG_DIRS, domyślnie /etc/xdg).
no-policy-windows = Brak zasad organizacji (szukano w HKLM\SOFTWARE\Policies\Sitbreak i HKCU\SOFTWARE\Policies\Sitbreak).

## Powiadomienia

warning-in-seconds =
    Przerwa na wstanie za { $seconds ->
        [one] { $seconds } sekundę
        [few] { $seconds } sekundy
       *[other] { $seconds } sekund
    }
warning-in-minutes =
    Przerwa na wstanie za { $minutes ->
        [one] { $minutes } minutę
        [few] { $minutes } minuty
       *[other] { $minutes } minut
    }
warning-next-up = Zaraz: { $routine }. Dokończ myśl.
warning-body = Dokończ myśl.
held-title = Przerwa po tym
held-body = { $reason }: przerwa przyjdzie zaraz potem.
break-due-title = Czas wstać
break-due-routine-length = { $routine } · { $length }
break-due-body = Wstań i poruszaj się przez minutę.
refused-title = Sitbreak nie mógł tego zrobić

## Menu w zasobniku

tray-take-break = Zrób przerwę teraz
tray-snooze = Odłóż
tray-skip = Pomiń tę przerwę
tray-sitting = Siedzę
tray-standing = Stoję
tray-pause = Wstrzymaj
tray-pause-minutes = { $minutes } minut
tray-pause-hours =
    { $hours ->
        [one] { $hours } godzina
        [few] { $hours } godziny
       *[other] { $hours } godzin
    }
tray-pause-until-tomorrow = Do jutra
tray-resume = Wznów
tray-open = Otwórz Sitbreak
tray-settings = Ustawienia
tray-statistics = Statystyki
tray-quit = Zakończ

## Siedzenie–stanie

prompt-stand-up-title = Wstań — podnieś biurko
prompt-stand-up-body = Siedzisz od { $sat }. Postój { $stand }, a potem krótka przerwa na ruch.
prompt-sit-down-title = Usiądź znowu w trochę innej pozycji
prompt-sit-down-body = Nie całkiem jak przedtem: zmień sposób siedzenia.

## Przyciski powiadomień

button-open = Otwórz
button-start = Zacznij
button-snooze = Odłóż o { $minutes } min
button-skip = Pomiń
button-standing = Stoję
button-not-now = Nie teraz
button-sitting = Siedzę
button-keep-standing = Stoję dalej

## Czasy trwania, pokazywane i czytane

span-seconds = { $seconds } s
span-minutes-seconds = { $minutes } min { $seconds } s
span-minutes = { $minutes } min
span-hours-minutes = { $hours } godz. { $minutes } min
spoken-seconds =
    { $seconds ->
        [one] { $seconds } sekunda
        [few] { $seconds } sekundy
       *[other] { $seconds } sekund
    }
spoken-about-minutes =
    { $minutes ->
        [one] około { $minutes } minuty
       *[other] około { $minutes } minut
    }
posture-sitting = Siedzisz
posture-standing = Stoisz

## Daty

date-day-month = { $day } { $month }
date-weekday-day-month = { $weekday } { $day } { $month }
weekday-mon = pon.
weekday-tue = wt.
weekday-wed = śr.
weekday-thu = czw.
weekday-fri = pt.
weekday-sat = sob.
weekday-sun = niedz.
month-short =
    { $month ->
        [1] sty
        [2] lut
        [3] mar
        [4] kwi
        [5] maj
        [6] cze
        [7] lip
        [8] sie
        [9] wrz
        [10] paź
        [11] lis
       *[12] gru
    }

## Wiersz poleceń

cli-not-running = Sitbreak nie działa (uruchom go poleceniem `sitbreak`)
cli-refused = odmowa: { $reason }
cli-stopped = Sitbreak zatrzymany.
cli-asked-to-stand = { $line } (poproszono o wstanie)
cli-asked-to-sit = { $line } (poproszono o usiąście)
cli-hook-failed = Hook się nie powiódł: { $problem }
cli-next-routine = Następny zestaw: { $routine } ({ $time }) na { $areas }
cli-today = Dziś: { $taken } zrobione, { $skipped } pominięte, { $natural } naturalne, { $sat } siedzenia
cli-doctor-no-daemon = Sitbreak nie działa; oto co by tu znalazł.

## Wiersz poleceń i okno

home-under-a-minute = mniej niż minutę
home-posture-for = { $posture } od { $time }
settings-desktop-session = Sesja: { $session }
hint-hours = 09:00-17:00 lub off
hint-names = zoom, teams

## Ćwiczenia: co ćwiczą, gdzie się je robi, ich zmiany

list-separator = {", "}
area-lower-back = dolna część pleców
area-piriformis = mięsień gruszkowaty
area-glutes = pośladki
area-hamstrings = tył ud
area-hip-flexors = zginacze bioder
area-calves = łydki
area-core = mięśnie głębokie tułowia
area-abdomen = brzuch
area-hips = biodra
group-piriformis-glutes = mięsień gruszkowaty i pośladki
position-standing = na stojąco
position-seated = na siedząco
position-floor = na podłodze
kind-stretch = rozciąganie
kind-strength = wzmacnianie
kind-movement = ruch
stretch-facts = { $areas } · { $position }
stretch-facts-kind = { $areas } · { $position } · { $kind }
turn-sides = Zmień stronę
turn-direction = Zmień kierunek
turn-sides-first = pierwsza strona
turn-sides-other = druga strona
turn-direction-first = w jedną stronę
turn-direction-other = w drugą stronę
caution-seated = Użyj stabilnego krzesła: krzesło na kółkach lub obrotowe może się pod tobą przesunąć, więc zablokuj kółka albo zaprzyj się stopą.
our-adaptation = Artykuły mówią, jakie rodzaje rozciągania i ćwiczeń pomagają i dlaczego; przy niektórych ćwiczeniach tutaj (wspięcia na palce, napinanie pośladków, napinanie tułowia, krążenia bioder) podają tylko rodzaj. Jak wykonać każde z nich (kroki, czas utrzymania, powtórzenia i ostrzeżenia) to własne przystosowanie Sitbreak do pracy przy biurku, nie artykułów.

## Co mówi głos podczas zestawu

speech-first = { $name }.
speech-next = Następne: { $name }.
speech-turn = { $cue }.
speech-two-more = Jeszcze dwa.
speech-finished = Gotowe. Dobra robota.

## `sitbreak routines`

cli-routines = Zestawy
cli-stretches = Ćwiczenia
cli-floor = (podłoga)

## Co `sitbreak doctor` i Ustawienia znajdują na pulpicie

part-tray = Ikona w zasobniku
part-notifications = Powiadomienia
part-idle = Czas bezczynności
part-suspend = Uśpienie i blokada
part-sound = Dźwięk
part-voice = Głos
part-media = Wstrzymywanie multimediów
doctor-no-display = brak ekranu
doctor-tray-gnome = GNOME nie pokazuje ikon w zasobniku bez rozszerzenia AppIndicator (gnome-shell-extension-appindicator); przerwy nadal przychodzą jako powiadomienia i okna
doctor-tray-no-host-advice = ten pulpit nie ma zasobnika (hosta StatusNotifierItem); przerwy nadal przychodzą jako powiadomienia i okna, a `sitbreak` otwiera okno
doctor-tray-shown = widoczna (StatusNotifierItem)
doctor-tray-host-running = zasobnik działa (StatusNotifierItem)
doctor-tray-not-registered = zasobnik działa, ale ikona nie jest jeszcze zarejestrowana
doctor-tray-not-registered-advice = rejestruje się ponownie po restarcie zasobnika; zobacz komunikaty usługi
doctor-tray-watcher-no-host = obserwator działa, ale żaden host nie pokazuje jego ikon
doctor-tray-no-host = brak zasobnika
doctor-tray-no-session-bus = brak magistrali sesji, więc brak zasobnika
doctor-notifications-none = brak serwera powiadomień
doctor-notifications-none-advice = przerwy nadal otwierają swoje okno, ale nic nie ostrzega wcześniej; zainstaluj serwer powiadomień (mako, dunst lub ten z twojego pulpitu)
doctor-notifications-buttons = { $server } { $version }, z przyciskami (Zacznij, Odłóż, Pomiń)
doctor-notifications-no-buttons = { $server } { $version }, bez przycisków
doctor-notifications-no-buttons-advice = ten serwer nie pokazuje przycisków: zaczynaj, odkładaj lub pomijaj z okna przerwy albo z zasobnika
doctor-sound-none = brak serwera dźwięku
doctor-sound-none-advice = { $why }. Przerwy i ćwiczenia nadal pojawiają się na ekranie i w powiadomieniach, bez sygnałów dźwiękowych
doctor-sound-pulse-compatible = serwer zgodny z PulseAudio
doctor-voice-none = brak speech-dispatcher
doctor-voice-running = speech-dispatcher, działa ({ $socket })
doctor-voice-on-demand = speech-dispatcher, uruchamiany w razie potrzeby ({ $program })
doctor-voice-not-installed = speech-dispatcher nie jest zainstalowany, więc głos nie może mówić; sygnały dźwiękowe nadal cię prowadzą. Aby słyszeć ćwiczenia, zainstaluj speech-dispatcher i głos (w Debianie i Ubuntu: speech-dispatcher espeak-ng).
doctor-idle-x11 = rozszerzenie wygaszacza ekranu serwera X
doctor-idle-none = brak źródła bezczynności
doctor-idle-none-advice = czas z dala od biurka nie jest zauważany, więc nie ma naturalnych przerw, a karta przerwy pojawia się bez czekania na przerwę w pisaniu; Sitbreak odczytuje bezczynność z ext-idle-notify-v1 lub org_kde_kwin_idle (Wayland), Muttera z GNOME, org.freedesktop.ScreenSaver albo serwera X
doctor-suspend-logind = logind: wybudzenie jest widoczne od razu; zablokowany ekran liczy się jako bezczynność
doctor-suspend-no-logind = brak logind na magistrali systemowej
doctor-suspend-no-logind-advice = uśpienie i tak jest zauważane po zegarach, w ciągu minuty od wybudzenia
doctor-suspend-windows = powiadomienia sesji i komunikaty zasilania
doctor-tray-notification-area = obszar powiadomień (Shell_NotifyIcon)
doctor-tray-not-in-area = jeszcze nie w obszarze powiadomień
doctor-tray-not-in-area-advice = pasek zadań Eksploratora nie działa; ikona wróci, gdy się uruchomi, a do tego czasu `sitbreak` otwiera okno
doctor-toasts = powiadomienia systemowe, z przyciskami Zacznij, Odłóż i Pomiń przy przerwie
doctor-toasts-no-icon = brak powiadomień systemowych i brak ikony do pokazywania dymków
doctor-toasts-no-icon-advice = brak powiadomień systemowych ({ $why }) i bez ikony brak dymków; przerwy nadal otwierają kartę przerwy
doctor-balloons = dymki
doctor-balloons-advice = brak powiadomień systemowych ({ $why }), więc dymki z ikony w obszarze powiadomień; nie mają przycisków Zacznij, Odłóż ani Pomiń, więc kliknięcie otwiera kartę przerwy, a resztę ma menu ikony
doctor-idle-no-answer = GetLastInputInfo nie odpowiedział
doctor-idle-no-answer-advice = czas z dala od biurka nie jest zauważany, więc nie ma naturalnych przerw
doctor-sound-windows = dźwięk systemu Windows (domyślne wyjście)
doctor-sound-no-output = brak wyjścia
doctor-voice-no-voice = brak głosu
doctor-sapi = mowa systemu Windows (SAPI)
doctor-sapi-voice = mowa systemu Windows (SAPI), { $voice }
doctor-sapi-not-implemented = Mowa systemu Windows nie może tu mówić (Speak z SAPI nie jest zaimplementowane, jak pod Wine); sygnały dźwiękowe nadal cię prowadzą
doctor-sapi-failed = Mowa systemu Windows: { $why }; dodaj głos w ustawieniach systemu Windows (Czas i język, Mowa); sygnały dźwiękowe nadal cię prowadzą
doctor-sapi-no-voice = Mowa systemu Windows nie ma głosu ({ $why }); dodaj głos w ustawieniach systemu Windows (Czas i język, Mowa); sygnały dźwiękowe nadal cię prowadzą
doctor-media-sessions = sesje multimediów, które wymienia Windows
doctor-media-none = brak sesji multimediów
doctor-media-none-advice = Windows nie wymienia tu sesji multimediów ({ $why }), więc muzyka i filmy grają dalej w czasie przerwy; potrzebny jest Windows 10 w wersji 1809 lub nowszej

## `sitbreak stats`

cli-stats-heading = Ostatnie dni: { $days } (cel: { $goal } { $goal ->
        [one] przerwa
        [few] przerwy
       *[other] przerw
    } dziennie)
cli-stats-day = dzień
cli-stats-taken = zrobione
cli-stats-skipped = pominięte
cli-stats-natural = naturalne
cli-stats-sat = siedzenie
cli-stats-longest = najdłużej
cli-stats-stood = stanie
cli-stats-changes = zmiany
cli-stats-longest-sitting = Najdłuższe siedzenie bez przerwy: { $time }
cli-stats-streak = Seria: { $days } { $days ->
        [one] dzień
       *[other] dni
    } z osiągniętym celem

## Problemy w plikach, które czyta Sitbreak

store-history-line-skipped = { $place }: pominięto nieczytelny wiersz ({ $reason })
store-builtin-problem = wbudowany katalog: { $problem }
store-routine-file-unreadable = { $file }: nie można odczytać ({ $reason }); pominięto
store-routine-file-skipped = { $problem } (plik pominięty)
