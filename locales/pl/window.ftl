# Teksty okna (czyta je tylko `sitbreak-window`); reszta jest w sitbreak.ftl.
# Przetłumaczone maszynowo, jeszcze niesprawdzone.

## Język

language-system = Jak w systemie ({ $language })
language-unreviewed = { $language } (jeszcze niesprawdzony)
language-not-spoken = { $tag } (Sitbreak nie mówi w tym języku; po angielsku)

## Start

home-not-answering = Sitbreak nie odpowiada.
home-not-answering-hint = Uruchom go poleceniem `sitbreak` i otwórz to okno ponownie.
home-heading = Start
home-ring-next-break = Następna przerwa za { $time }
home-ring-until-break = do przerwy
home-ring-now = Teraz
home-ring-stand-up = czas wstać
home-ring-soon = Za chwilę
home-ring-when-free = gdy będziesz wolny
home-ring-break = Przerwa
home-ring-under-way = trwa
home-ring-paused = Wstrzymane
home-ring-paused-until = wstrzymane do
home-ring-away = Nieobecny
home-ring-counts = liczy się jako przerwa
home-ring-off = Wyłączone
home-ring-off-hours = poza godzinami pracy
home-today =
    Dziś: { $taken ->
        [one] { $taken } przerwa zrobiona
        [few] { $taken } przerwy zrobione
       *[other] { $taken } przerw zrobionych
    }, naturalne: { $natural }, pominięte: { $skipped }
home-sat-today = Czas siedzenia dziś: { $time }
home-resume = Wznów
home-take-break = Zrób przerwę teraz
home-next-routine = Następny zestaw
home-pause-reminders = Wstrzymaj przypomnienia
home-key-break = przerwa teraz
home-key-posture = stoję / siedzę
home-key-settings = ustawienia
home-key-statistics = statystyki

## Pasek i bezpieczeństwo

nav-home = Start
nav-settings = Ustawienia
nav-statistics = Statystyki
summary-next-in = Następna przerwa za { $time }
shortcut-hint = Skrót: { $key }
safety-link = Bezpieczeństwo i kiedy przestać
safety-before-you-start = Zanim zaczniesz
safety-when-to-stop = Kiedy przestać i pójść do specjalisty
safety-tips = Wskazówki
safety-own-advice = { $note } (Własna rada Sitbreak, nie z artykułów.)
safety-scroll = Przewiń uwagi
safety-close = Zamknij
safety-read-again = Możesz to przeczytać ponownie w każdej chwili: „{ $link }” na Starcie i w odtwarzaczu.

## Karta przerwy, odtwarzacz, zatrzymanie i koniec

card-eyebrow = CZAS NA PRZERWĘ
card-keys-asleep = Klawisze działają tu, gdy na chwilę przestaniesz pisać albo przesuniesz wskaźnik nad to okno
first-break-eyebrow = TWOJA PIERWSZA PRZERWA
first-break-title = Najpierw bezpieczeństwo
first-break-start = Rozumiem, zaczynam
player-routine-place = { $routine } · ćwiczenie { $number } z { $count }
player-left = zostało { $time }
player-progress = Zestaw: ćwiczenie { $number } z { $count }
player-ring-get-ready = przygotuj się
player-ring-rep = powtórzenie { $rep } z { $count }
player-ring-hold = utrzymaj
player-paused = Wstrzymane
player-get-into-position = Przyjmij pozycję
player-careful = Uwaga:
player-scroll = Przewiń ćwiczenie
player-back = Wstecz
player-resume = Wznów
player-pause = Wstrzymaj
player-next = Dalej
player-hurt = Stop — to boli
player-ring-name-get-ready = Przygotuj się{ $side }: start za { $time }
player-ring-name-rep = Powtórzenie { $rep } z { $count }{ $side }
player-ring-name-hold = Utrzymaj{ $side }: zostało { $time }
hurt-eyebrow = ZATRZYMANO
hurt-title = Zatrzymano „{ $stretch }”
hurt-left-out = „{ $stretch }” jest pominięte w kolejnych zestawach.
hurt-leave-out = Pomijaj „{ $stretch }” w kolejnych zestawach
hurt-end = Zakończ przerwę
hurt-continue = Przejdź do następnego ćwiczenia
end-eyebrow = PRZERWA SKOŃCZONA
end-moved = Wstałeś i ruszałeś się przez { $time }. Tym razem żadne ćwiczenie nie zostało ukończone.
end-did = Zrobiono { $done } z { $total } ćwiczeń w { $time }.
end-next = Następna przerwa za { $time }.
end-done = Gotowe
cannot-play-eyebrow = NIE MOŻNA POKAZAĆ TEGO ZESTAWU
cannot-play-title = Wstań i poruszaj się przez minutę

## Co słyszy czytnik ekranu

announce-break-due = Czas wstać: { $routine }, { $time }
announce-next-stretch = następne ćwiczenie
announce-stretch = Ćwiczenie { $number } z { $count }: { $stretch }
announce-other-side = { $cue }: teraz druga strona
announce-other-way = { $cue }: teraz w drugą stronę
announce-paused = Wstrzymano. Spacja wznawia.
announce-resumed = Wznowiono.
announce-done = Przerwa skończona. { $notes }
announce-the-stretch = ćwiczenie
announce-stopped = Zatrzymano { $stretch }. Przeczytaj poniżej, co dalej.
figure-showing = Postać pokazująca { $stretch }

## Ustawienia

settings-scroll = Przewiń ustawienia
settings-save = Zapisz zmiany
settings-revert = Cofnij zmiany
settings-fix-fields = Niektóre pola trzeba poprawić przed zapisaniem.
settings-presets = Gotowe ustawienia:
settings-preset-20-8-2 = 20-8-2 (siedzenie 20, stanie 8, ruch 2)
settings-preset-30-sit = 30 siedzenia, potem stanie i ruch
settings-hooks-intro = Polecenia uruchamiane przy zdarzeniach, np. podniesienie biurka z silnikiem. Ustawia się je tylko w pliku ustawień, w sekcji [hooks].
settings-hook-last-failure = Ostatni błąd: { $problem }
settings-hook-nothing = nic
settings-hook-test = Testuj
settings-unreadable-title = Nie udało się odczytać twoich ustawień
settings-unreadable-body = Poniższe wartości są domyślne, nie twoje, więc zapisywanie jest wyłączone. Sprawdź, czy Sitbreak działa, i otwórz Ustawienia ponownie.
settings-problems-title = Problemy w twoich plikach
settings-problems-body = Każda wartość poniżej została pominięta i użyto wartości domyślnej; popraw plik albo zapisz tutaj, aby go zastąpić.
settings-routines-in-rotation = Zestawy w rotacji
settings-routine = { $routine } ({ $time })
settings-routine-floor = { $routine } ({ $time } · podłoga)
settings-stretches = Ćwiczenia
settings-area-lost = Żaden zestaw nie rozciąga teraz obszaru: { $area }; pominięto { $stretches }.
settings-open-a-stretch = Otwórz ćwiczenie, aby zobaczyć jego kroki i źródło.
settings-leave-out = Pomijaj w moich zestawach
settings-careful = Uwaga: { $caution }
settings-articles-say = Co mówią artykuły, cytat z artykułu (po angielsku)
settings-quote = „{ $quote }” ({ $article })
settings-sitbreaks-own = Co jest własne Sitbreak
settings-hear-chimes = Posłuchaj dzwonków
settings-hear-cues = Posłuchaj sygnałów
settings-hear-voice = Posłuchaj głosu
settings-plays-through = Gra przez { $device }.
settings-desktop = Integracja z pulpitem
settings-desktop-looking = Sprawdzanie pulpitu…
settings-desktop-works = Działa
settings-desktop-missing = Brak
settings-articles-advise = Artykuły radzą wstawać co najmniej co 30 minut.
settings-goal-follows = według twojego planu: { $goal } dziennie
managed-locked = Ustawione przez twoją organizację
managed-default = Domyślne twojej organizacji; możesz zmienić
managed-between = Twoja organizacja pozwala od { $min } do { $max }
managed-at-least = Twoja organizacja pozwala co najmniej { $min }
managed-at-most = Twoja organizacja pozwala najwyżej { $max }
managed-bounded = Ograniczone przez twoją organizację

## Statystyki

stats-scroll = Przewiń statystyki
stats-breaks-today =
    { $count ->
        [one] przerwa dziś
        [few] przerwy dziś
       *[other] przerw dziś
    }
stats-day-streak = dni z rzędu
stats-longest-sitting = najdłuższe siedzenie
stats-export = Eksportuj CSV
stats-export-hint = Zapisuje jeden wiersz na dzień w folderze danych Sitbreak.
stats-breaks-per-day = Przerwy dziennie, ostatnie { $days } dni (cel: { $goal })
stats-taken = Zrobione
stats-natural = Naturalne
stats-skipped = Pominięte
stats-daily-goal = cel dzienny
stats-goal = Cel
stats-axis-breaks = przerwy
stats-axis-hours = godziny
stats-chart-breaks = Wykres: przerwy dziennie, ostatnie { $days } dni
stats-sitting-standing = Siedzenie i stanie dziennie, ostatnie { $days } dni
stats-sitting = Siedzenie
stats-standing = Stanie
stats-chart-sitting = Wykres: czas siedzenia i stania dziennie, ostatnie { $days } dni
stats-same-days = Te same dni są w tabeli poniżej.
stats-last-weeks = Ostatnie tygodnie: { $weeks }
stats-when = Kiedy robisz przerwy, ostatnie tygodnie: { $weeks }
stats-by-hour = Przerwy według godziny
stats-chart-by-hour = Wykres: przerwy według godziny dnia
stats-no-breaks-yet = Jeszcze nie ma przerw.
stats-busiest = Najwięcej przerw, { $count }, zaczyna się między { $from } a { $to }.
stats-describe = Przerwy: { $total } w ciągu { $days } dni; cel { $goal } osiągnięto { $met } razy. Każdy dzień jest w tabeli poniżej.
stats-table = Liczby, dzień po dniu
stats-row = { $counted } z { $goal } przerw (zrobione: { $taken }, naturalne: { $natural }, pominięte: { $skipped }), siedzenie { $sat }
stats-row-stood = , stanie { $stood }, zmiany pozycji: { $changes }
calendar-name = Kalendarz ostatnich { $days } dni
calendar-describe = Cel { $goal } przerw osiągnięto w { $met } z { $days } dni.
calendar-describe-best = Cel { $goal } przerw osiągnięto w { $met } z { $days } dni; najwięcej przerw, { $best }, dnia { $date }.
calendar-day = { $date }: { $counted } z { $goal } przerw
calendar-day-met = { $date }: { $counted } z { $goal } przerw, cel osiągnięty
calendar-no-breaks = Brak przerw
calendar-goal-met = Cel osiągnięty

## Klawisze i komunikaty

key-start = zacznij
key-snooze = odłóż
key-skip = pomiń
key-pause = wstrzymaj
key-back = wstecz
key-next = dalej
key-hurts = to boli
key-end-break = zakończ przerwę
key-done = gotowe
key-close = zamknij
banner-hook-ran = Hook { $event } zadziałał bez problemu.
banner-hook-failed = Hook { $event } się nie powiódł: { $problem }
banner-not-saved-unreadable = Nie zapisano: nie udało się odczytać twoich ustawień ({ $reason })
banner-fix-fields = Popraw pola zaznaczone na czerwono; nic nie zapisano
banner-saved = Zapisano. Nowe ustawienia obowiązują od teraz.
banner-exported = Wyeksportowano do { $path }
banner-cannot-write = { $path }: nie można zapisać ({ $reason })
hint-between = od { $min } do { $max }

## Ustawienia: nazwy kluczy

setting-sit_interval = Wstawaj co
setting-break_length = Najdłuższa przerwa
setting-warn_before = Ostrzegaj przed przerwą
setting-snooze_length = Odkładaj o
setting-max_snoozes = Odłożenia z rzędu
setting-day_start = Nowy dzień zaczyna się o
setting-daily_goal = Cel dzienny (przerwy)
setting-allow_floor = Ćwiczenia na podłodze (potrzebna mata i miejsce)
setting-disabled_routines = Zestawy w rotacji
setting-excluded_stretches = Pominięte ćwiczenia
setting-get_ready = Odliczanie przed każdym ćwiczeniem
setting-strict = Tryb ścisły: przerw nie można pomijać
setting-natural_break_idle = Nieobecność przez ten czas liczy się jako przerwa
setting-card_after_pause = Pokaż kartę przerwy, gdy pisanie ustanie na
setting-card_max_delay = … ale czekaj najwyżej
setting-hold_for_microphone = Czekaj na koniec rozmów (mikrofon w użyciu)
setting-hold_for_camera = Czekaj, dopóki kamera jest włączona
setting-hold_for_fullscreen = Czekaj na koniec okien pełnoekranowych
setting-hold_for_do_not_disturb = Czekaj, dopóki „Nie przeszkadzać” jest włączone
setting-hold_for_apps = Czekaj, dopóki działają te programy
setting-hold_at_most = … ale wstrzymuj przerwę najwyżej
setting-pause_media = Wstrzymuj muzykę i filmy na czas przerwy
setting-notifications = Pokazuj powiadomienia
setting-autostart = Uruchamiaj Sitbreak po zalogowaniu
setting-language = Język
setting-theme = Motyw
setting-text_scale = Rozmiar tekstu
setting-motion = Postacie
setting-announce_every = Czytnik ekranu: ogłaszaj pozostały czas co
setting-volume = Głośność (%)
setting-break_sounds = Dźwięk przed każdą przerwą i na jej początku
setting-player_sounds = Sygnały podczas ćwiczeń
setting-voice = Czytaj ćwiczenia na głos
setting-sit_stand = Siedzenie–stanie–ruch (dla biurka z regulacją wysokości)
setting-sit_for = Siedź przez
setting-stand_for = Potem stój przez
setting-working_hours-enabled = Przypominaj tylko w godzinach pracy
setting-working_hours-mon = Poniedziałek
setting-working_hours-tue = Wtorek
setting-working_hours-wed = Środa
setting-working_hours-thu = Czwartek
setting-working_hours-fri = Piątek
setting-working_hours-sat = Sobota
setting-working_hours-sun = Niedziela
setting-hooks-stand = Gdy wstaję
setting-hooks-sit = Gdy siadam
setting-hooks-break_start = Gdy zaczyna się przerwa
setting-hooks-break_end = Gdy kończy się przerwa
setting-hooks-pause = Gdy przypomnienia są wstrzymane
setting-hooks-resume = Gdy przypomnienia są wznowione
setting-hooks-time_limit = Zatrzymaj hook po
group-schedule = Plan
group-routines = Zestawy
group-behaviour = Zachowanie
group-appearance = Wygląd
group-sound = Dźwięk
group-working-hours = Godziny pracy
group-hooks = Hooki
choice-system = Jak w systemie
choice-light = Jasny
choice-dark = Ciemny
choice-high-contrast = Wysoki kontrast
choice-animate = Ruchome
choice-still = Nieruchome

## Ustawienia: teksty pomocy

setting-sit_interval-help = Czas siedzenia, po którym należy się przerwa. Artykuły radzą wstawać co najmniej co 30 minut.
setting-break_length-help = Najdłuższy zestaw, jaki wybiera rotacja.
setting-warn_before-help = Ostrzeżenie przed przerwą; "0s" — bez ostrzeżenia. Krótsze niż `sit_interval`.
setting-snooze_length-help = O ile odłożenie przesuwa przerwę.
setting-max_snoozes-help = Ile odłożeń z rzędu jest dozwolonych.
setting-day_start-help = Kiedy kończy się „wstrzymaj do jutra” i zaczyna nowy dzień w statystykach.
setting-daily_goal-help = Przerwy dziennie liczone do serii. `0` dopasowuje się do twojego planu: dzień pracy (8 godzin lub twoje godziny pracy) podzielony przez `sit_interval`, czyli 16 przy ustawieniach domyślnych.
setting-allow_floor-help = Proponuj ćwiczenia na podłodze (potrzebna mata i miejsce).
setting-disabled_routines-help = Zestawy, które nigdy nie są wybierane.
setting-excluded_stretches-help = Ćwiczenia pomijane w każdym zestawie.
setting-get_ready-help = Czas na przyjęcie pozycji, zanim ruszy zegar ćwiczenia, odliczany 3-2-1; "0s" zaczyna od razu.
setting-strict-help = Przerw nie można pomijać.
setting-natural_break_idle-help = Tyle czasu z dala od komputera (bez klawiatury i myszy, z zablokowanym ekranem lub uśpionym komputerem) liczy się jako przerwa do twojego celu: dość długo, by najpewniej wstać. Dziesięć minut, bo pięć minut czytania bez dotykania myszy to nic rzadkiego i nie jest przerwą. Rozmowa ani okno pełnoekranowe nigdy nie są nieobecnością.
setting-card_after_pause-help = Karta należnej przerwy czeka, aż klawiatura i mysz odpoczną przez tyle czasu, aby pisanie przeznaczone dla innej aplikacji nigdy na nią nie trafiło; "0s" pokazuje ją od razu.
setting-card_max_delay-help = Najdłużej, ile karta czeka na ten odpoczynek. Powiadomienie i tak przychodzi na czas.
setting-hold_for_microphone-help = Przerwa, która wypada, gdy aplikacja nagrywa mikrofon (nagranie PulseAudio lub PipeWire ze źródła, które nie jest monitorem), czeka i przychodzi około 30 s po końcu nagrywania. Bezczynność podczas rozmowy nie jest przerwą.
setting-hold_for_camera-help = Przerwa czeka, dopóki program inny niż serwer dźwięku ma otwartą kamerę (`/dev/video*`).
setting-hold_for_fullscreen-help = Przerwa czeka, dopóki aktywne okno jest pełnoekranowe. Widoczne w X11 (i w oknach Xwayland); kompozytory Wayland nie mówią tego innym programom.
setting-hold_for_do_not_disturb-help = Przerwa czeka, dopóki „Nie przeszkadzać” pulpitu jest włączone: `Inhibited` serwera powiadomień (KDE Plasma i inne) lub wyłączone banery powiadomień w GNOME.
setting-hold_for_apps-help = Nazwy programów, tak jak pokazuje je `ps` (`zoom, teams`): przerwa czeka, dopóki któryś z nich działa. Domyślnie puste.
setting-hold_at_most-help = Bez względu na zajęcie wstrzymana przerwa przychodzi po tym czasie, aby zawieszony mikrofon nie wstrzymywał przerw bez końca.
setting-pause_media-help = Wstrzymuje grające odtwarzacze multimediów (MPRIS), gdy zaczyna się przerwa, i wznawia te same, gdy się kończy; odtwarzacz wstrzymany przez ciebie pozostaje wstrzymany.
setting-notifications-help = Powiadomienia pulpitu.
setting-autostart-help = Uruchamiaj razem z sesją pulpitu.
setting-language-help = Język okna, powiadomień, zasobnika i wiersza poleceń: kod języka, np. "de" lub "pt-BR", albo "system" dla języka pulpitu (`LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG` w Linuksie; język wyświetlania w Windows). Angielski zastępuje język, w którym Sitbreak nie mówi, i każdy komunikat, którego brakuje w tłumaczeniu.
setting-theme-help = Kolory okna.
setting-text_scale-help = Rozmiar tekstu w oknie.
setting-motion-help = "still" pokazuje kluczowe pozycje każdego ćwiczenia jako nieruchome obrazy zamiast animacji; "system" odpowiada ustawieniu ograniczonego ruchu pulpitu (przełącznik animacji GNOME, odczytywany przez portal ustawień lub gsettings).
setting-announce_every-help = Podczas utrzymywania pozycji czytnik ekranu słyszy pozostałe sekundy z taką częstotliwością; "0s" nigdy. Pierścień odtwarzacza można odczytać w każdej chwili.
setting-volume-help = Głośność wszystkich dźwięków Sitbreak, oprócz głośności pulpitu; `0` to cisza.
setting-break_sounds-help = Cichy dzwonek z ostrzeżeniem przed przerwą i drugi, gdy czas wstać.
setting-player_sounds-help = Podczas zestawu: odliczanie 3-2-1, początek każdego ćwiczenia, każde powtórzenie, zmiana strony, ostatnie trzy sekundy utrzymania i koniec. „Stop — to boli” jest ciche.
setting-voice-help = Mówi nazwę, kroki i ostrzeżenia każdego ćwiczenia, „zmień stronę” (lub „zmień kierunek”), „jeszcze dwa” i „gotowe”, przez speech-dispatcher pulpitu, z twoimi ustawieniami mowy.
setting-sit_stand-help = Dla biurka z regulacją wysokości: po `sit_for` siedzenia „Wstań — podnieś biurko”; po `stand_for` stania przerwa na ruch (zestaw); potem „Usiądź znowu w trochę innej pozycji”. Mów „Stoję” lub „Siedzę” w dowolnej chwili, a plan dostosuje się do ciebie. Zastępuje `sit_interval`, gdy jest włączone. Bez tego „Stoję” kończy siedzenie i uruchamia zegar od nowa: stanie w miejscu to nie ruch, więc po `sit_interval` i tak przyjdzie przerwa na ruch.
setting-sit_for-help = Siedzenie–stanie–ruch: czas siedzenia przed „Wstań”. 20 minut, jak 20-8-2 Cornella (spoza pięciu artykułów).
setting-stand_for-help = Siedzenie–stanie–ruch: czas stania przed przerwą na ruch; "0s" — bez stania, gdy to sama przerwa każe wstać („30 siedzenia, potem stanie i ruch”).
setting-working_hours-enabled-help = Przypominaj tylko w godzinach pracy.
setting-working_hours-mon-help = Godziny w poniedziałki.
setting-working_hours-tue-help = Godziny we wtorki.
setting-working_hours-wed-help = Godziny w środy.
setting-working_hours-thu-help = Godziny w czwartki.
setting-working_hours-fri-help = Godziny w piątki.
setting-working_hours-sat-help = Godziny w soboty.
setting-working_hours-sun-help = Godziny w niedziele.
setting-hooks-stand-help = Uruchamiany, gdy mówisz, że stoisz (np. aby podnieść biurko z silnikiem).
setting-hooks-sit-help = Uruchamiany, gdy mówisz, że siedzisz.
setting-hooks-break_start-help = Uruchamiany, gdy zaczyna się przerwa (np. aby ustawić status na czacie).
setting-hooks-break_end-help = Uruchamiany, gdy przerwa się kończy: zrobiona, porzucona lub pominięta.
setting-hooks-pause-help = Uruchamiany, gdy przypomnienia są wstrzymane.
setting-hooks-resume-help = Uruchamiany, gdy przypomnienia są wznowione.
setting-hooks-time_limit-help = Hook, który działa dłużej niż ten czas, jest zatrzymywany i zgłaszany.
