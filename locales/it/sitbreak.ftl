# I testi di Sitbreak in italiano. Tradotti a macchina e non ancora rivisti da
# madrelingua: le correzioni sono benvenute. Durate come "30m", nomi di app,
# percorsi e chiavi delle impostazioni vengono inseriti così come sono.

## Cosa trattiene una pausa

busy-microphone = microfono in uso da { $app }
busy-camera = fotocamera in uso da { $app }
busy-full-screen-titled = una finestra a schermo intero ({ $title })
busy-full-screen = una finestra a schermo intero
busy-do-not-disturb = "Non disturbare" è attivo
busy-running = { $app } è in esecuzione
busy-just-ended = qualcosa appena terminato (la pausa arriva a breve)

## Lo stato in una riga

summary-held = Pausa in attesa: { $reason }
summary-standing = In piedi: nessuna pausa finché stai in piedi
summary-next-in-seconds = Prossima pausa tra { $seconds } s
summary-next-in-minutes = Prossima pausa tra { $minutes } min
summary-sitting = Seduto
summary-break-due = È ora di alzarsi
summary-held-plain = Pausa in attesa finché non sei libero
summary-on-break = In pausa
summary-paused-until = Promemoria sospesi fino alle { $time }
summary-paused = Promemoria sospesi
summary-away = Lontano dalla scrivania: conta come pausa
summary-off-hours = Fuori dall'orario di lavoro
tooltip-next-at = Prossima pausa alle { $time }

## Perché una richiesta non è stata eseguita

refusal-strict = la modalità rigida è attiva, quindi le pause non si possono saltare
refusal-nothing-to-skip = nessuna pausa è dovuta o in corso, quindi non c'è niente da saltare
refusal-nothing-to-snooze = nessuna pausa è dovuta, quindi non c'è niente da rimandare
refusal-no-snoozes-left = nessun rinvio rimasto per questa pausa: falla o saltala
refusal-already-on-break = una pausa è già in corso
refusal-not-on-break = nessuna pausa è in corso
refusal-not-paused = i promemoria non sono sospesi
refusal-pause-out-of-range = una sospensione deve durare più di zero e al massimo 24 ore
refusal-no-such-routine = non esiste la sequenza "{ $id }"
refusal-nothing-to-play = ogni esercizio di "{ $routine }" è escluso o si fa a terra
refusal-no-such-stretch = non esiste l'esercizio "{ $id }"
refusal-invalid-settings = non salvato: { $problems }
refusal-hooks-only-in-file = non salvato: gli hook eseguono comandi, quindi solo il file delle impostazioni ({ $file }) può cambiarli
refusal-no-such-hook-event = non esiste l'evento di hook "{ $event }"
refusal-no-hook-command = nessun comando per "{ $event }" in { $file }
refusal-socket-only = un hook si prova, e il desktop si esamina, dalla finestra Impostazioni o dal socket

## Un problema con un'impostazione, e cosa è stato fatto

problem-unreadable = impossibile leggere ({ $reason }); si usano i valori predefiniti
problem-not-toml = TOML non valido ({ $reason }); si usano i valori predefiniti
problem-wrong-type = deve essere { $expected }, non { $found }
expected-whole-number = un numero intero
expected-true-or-false = true o false
expected-program-names = un elenco di nomi di programmi
expected-command = un elenco con il programma e i suoi argomenti, come ["deskctl", "up"]
expected-ids = un elenco di identificatori di { $noun }
expected-number = un numero come 1.25
expected-quoted-string = una stringa tra virgolette
expected-registry-value = un numero (REG_DWORD) o un testo (REG_SZ)
expected-registry-text = un testo (REG_SZ)
problem-not-a-table = deve essere una tabella: [{ $name }]
problem-out-of-range = { $value } è fuori intervallo
problem-out-of-range-between = { $value } è fuori intervallo ({ $min } – { $max })
problem-not-a-duration = "{ $text }" non è una durata come "30m" o "45s"
problem-not-a-time = "{ $text }" non è un orario come "09:00"
problem-not-hours = "{ $text }" non è un intervallo come "09:00-17:00" (o "off")
problem-start-not-before-end = "{ $text }": l'inizio deve precedere la fine
problem-not-one-of = "{ $text }" non è tra { $options }
problem-empty-program = il programma (il primo elemento) è vuoto
problem-newer-version = { $found } è più recente di quanto questo Sitbreak capisca ({ $understood }); le chiavi sconosciute vengono ignorate
problem-bad-version = deve essere un numero intero come 1
problem-unknown-key = chiave sconosciuta (ignorata)
problem-unknown-key-in-table = chiave sconosciuta (ignorata); questa tabella ha { $known }
problem-warning-not-before-break = { $warn_before } deve essere più breve di sit_interval ({ $sit_interval })
problem-every-day-off = attivo ma ogni giorno è spento, quindi non arriverebbe mai un promemoria
problem-safe-value-used = { $problem }; si usa invece un valore sicuro
problem-not-read-this-way = non si può leggere così
problem-locked = impostato dalla tua organizzazione: vale { $applies }, non { $yours }
problem-out-of-bounds = { $yours } è fuori da quanto consente la tua organizzazione ({ $allowed }); vale { $applies }
bound-between = da { $min } a { $max }
bound-at-least = almeno { $min }
bound-at-most = al massimo { $max }
bound-none = senza limite
problem-not-in-policy = gli hook eseguono comandi sul desktop della persona, quindi un criterio non può impostarli
problem-no-bounds = solo durate e numeri possono avere limiti
problem-bad-bounds = i limiti si scrivono {"{"} min = …, max = … {"}"}, con min non superiore a max
problem-bound-not-named = un limite è un valore chiamato <impostazione>.min o <impostazione>.max
problem-not-a-language = "{ $text }" non è un codice di lingua come "de" o "pt-BR" (o "system")

## Perché un hook non è riuscito

hook-could-not-start = impossibile avviare { $program } ({ $reason })
hook-exited = { $program } è terminato con lo stato { $code }
hook-killed = { $program } è stato terminato da un segnale
hook-timed-out = { $program } è stato fermato dopo aver girato più di { $limit }

## Il criterio di un'organizzazione

policy-source = Impostato dalla tua organizzazione, in { $source }:
policy-locked = bloccato su { $value }
policy-default = { $value } come predefinito, modificabile
policy-between = da { $min } a { $max }
policy-at-least = almeno { $min }
policy-at-most = al massimo { $max }
policy-set = impostato
policy-not-applied = non applicato: { $problem }
no-policy-unix = Nessun criterio di un'organizzazione (cercato in $XDG_CONFIG_DIRS, /etc/xdg come predefinito).
no-policy-windows = Nessun criterio di un'organizzazione (cercato in HKLM\SOFTWARE\Policies\Sitbreak e HKCU\SOFTWARE\Policies\Sitbreak).

## Notifiche

warning-in-seconds =
    Pausa per alzarsi tra { $seconds ->
        [one] { $seconds } secondo
       *[other] { $seconds } secondi
    }
warning-in-minutes =
    Pausa per alzarsi tra { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minuti
    }
warning-next-up = Tra poco: { $routine }. Finisci il tuo pensiero.
warning-body = Finisci il tuo pensiero.
held-title = Pausa dopo questo
held-body = { $reason }: la pausa arriva subito dopo.
break-due-title = È ora di alzarsi
break-due-routine-length = { $routine } · { $length }
break-due-body = Alzati e muoviti per un minuto.
refused-title = Sitbreak non è riuscito a farlo

## Il menu dell'area di notifica

tray-take-break = Fai una pausa adesso
tray-snooze = Rimanda
tray-skip = Salta questa pausa
tray-sitting = Sono seduto
tray-standing = Sono in piedi
tray-pause = Sospendi
tray-pause-minutes = { $minutes } minuti
tray-pause-hours =
    { $hours ->
        [one] { $hours } ora
       *[other] { $hours } ore
    }
tray-pause-until-tomorrow = Fino a domani
tray-resume = Riprendi
tray-open = Apri Sitbreak
tray-settings = Impostazioni
tray-statistics = Statistiche
tray-quit = Esci

## Seduto–in piedi

prompt-stand-up-title = Alzati — solleva la scrivania
prompt-stand-up-body = Sei seduto da { $sat }. Stai in piedi per { $stand }, poi una breve pausa per muoverti.
prompt-sit-down-title = Siediti di nuovo in una posizione un po' diversa
prompt-sit-down-body = Non proprio come prima: cambia il modo in cui stai seduto.

## Pulsanti delle notifiche

button-open = Apri
button-start = Inizia
button-snooze = Rimanda di { $minutes } min
button-skip = Salta
button-standing = Sono in piedi
button-not-now = Non ora
button-sitting = Sono seduto
button-keep-standing = Resto in piedi

## Durate, mostrate e lette

span-seconds = { $seconds } s
span-minutes-seconds = { $minutes } min { $seconds } s
span-minutes = { $minutes } min
span-hours-minutes = { $hours } h { $minutes } min
spoken-seconds =
    { $seconds ->
        [one] { $seconds } secondo
       *[other] { $seconds } secondi
    }
spoken-about-minutes =
    { $minutes ->
        [one] circa { $minutes } minuto
       *[other] circa { $minutes } minuti
    }
posture-sitting = Seduto
posture-standing = In piedi

## Date

date-day-month = { $day } { $month }
date-weekday-day-month = { $weekday } { $day } { $month }
weekday-mon = lun
weekday-tue = mar
weekday-wed = mer
weekday-thu = gio
weekday-fri = ven
weekday-sat = sab
weekday-sun = dom
month-short =
    { $month ->
        [1] gen
        [2] feb
        [3] mar
        [4] apr
        [5] mag
        [6] giu
        [7] lug
        [8] ago
        [9] set
        [10] ott
        [11] nov
       *[12] dic
    }

## La riga di comando

cli-not-running = Sitbreak non è in esecuzione (avvialo con `sitbreak`)
cli-refused = rifiutato: { $reason }
cli-stopped = Sitbreak fermato.
cli-asked-to-stand = { $line } (invitato ad alzarsi)
cli-asked-to-sit = { $line } (invitato a risedersi)
cli-hook-failed = Un hook non è riuscito: { $problem }
cli-next-routine = Prossima sequenza: { $routine } ({ $time }) per { $areas }
cli-today = Oggi: { $taken } fatte, { $skipped } saltate, { $natural } naturali, { $sat } seduto
cli-doctor-no-daemon = Sitbreak non è in esecuzione; ecco cosa troverebbe qui.

## Riga di comando e finestra

home-under-a-minute = meno di un minuto
home-posture-for = { $posture } da { $time }
settings-desktop-session = Sessione: { $session }
hint-hours = 09:00-17:00 oppure off
hint-names = zoom, teams

## Gli esercizi: cosa lavorano, dove si fanno, i loro cambi

list-separator = {", "}
area-lower-back = zona lombare
area-piriformis = piriforme
area-glutes = glutei
area-hamstrings = muscoli posteriori della coscia
area-hip-flexors = flessori dell'anca
area-calves = polpacci
area-core = core
area-abdomen = addome
area-hips = anche
group-piriformis-glutes = piriforme e glutei
position-standing = in piedi
position-seated = seduto
position-floor = a terra
kind-stretch = allungamento
kind-strength = rinforzo
kind-movement = movimento
stretch-facts = { $areas } · { $position }
stretch-facts-kind = { $areas } · { $position } · { $kind }
turn-sides = Cambia lato
turn-direction = Cambia direzione
turn-sides-first = primo lato
turn-sides-other = altro lato
turn-direction-first = in un senso
turn-direction-other = nell'altro senso
caution-seated = Usa una sedia stabile: una con le ruote o girevole può muoversi sotto di te, quindi blocca le ruote o punta bene un piede.
our-adaptation = Gli articoli dicono quali tipi di allungamenti ed esercizi aiutano e perché; per alcuni esercizi qui (sollevamenti sulle punte, contrazione dei glutei, attivazione del core, cerchi con le anche) nominano solo il tipo. Come fare ciascuno (i passi, il tempo di mantenimento, le ripetizioni e le cautele) è un adattamento di Sitbreak per la scrivania, non degli articoli.

## Cosa dice la voce durante una sequenza

speech-first = { $name }.
speech-next = Ora: { $name }.
speech-turn = { $cue }.
speech-two-more = Ancora due.
speech-finished = Fatto. Ben fatto.

## `sitbreak routines`

cli-routines = Sequenze
cli-stretches = Esercizi
cli-floor = (a terra)

## Cosa trovano `sitbreak doctor` e le Impostazioni sul desktop

part-tray = Icona nell'area di notifica
part-notifications = Notifiche
part-idle = Tempo di inattività
part-suspend = Sospensione e blocco
part-sound = Suono
part-voice = Voce
part-media = Pausa dei media
doctor-no-display = nessuno schermo
doctor-tray-gnome = GNOME non mostra icone nell'area di notifica senza l'estensione AppIndicator (gnome-shell-extension-appindicator); le pause arrivano comunque come notifiche e finestre
doctor-tray-no-host-advice = questo desktop non ha un'area di notifica (host StatusNotifierItem); le pause arrivano comunque come notifiche e finestre, e `sitbreak` apre la finestra
doctor-tray-shown = mostrata (StatusNotifierItem)
doctor-tray-host-running = un'area di notifica è attiva (StatusNotifierItem)
doctor-tray-not-registered = un'area di notifica è attiva, ma l'icona non è ancora registrata
doctor-tray-not-registered-advice = si registra di nuovo quando l'area di notifica riparte; vedi i messaggi del servizio
doctor-tray-watcher-no-host = un osservatore è attivo, ma nessun host mostra le sue icone
doctor-tray-no-host = nessuna area di notifica
doctor-tray-no-session-bus = nessun bus di sessione, quindi nessuna area di notifica
doctor-notifications-none = nessun server di notifiche
doctor-notifications-none-advice = le pause aprono comunque la loro finestra, ma niente avvisa prima; installa un server di notifiche (mako, dunst o quello del tuo desktop)
doctor-notifications-buttons = { $server } { $version }, con pulsanti (Inizia, Rimanda, Salta)
doctor-notifications-no-buttons = { $server } { $version }, senza pulsanti
doctor-notifications-no-buttons-advice = questo server non mostra pulsanti: inizia, rimanda o salta dalla finestra della pausa o dall'area di notifica
doctor-sound-none = nessun server audio
doctor-sound-none-advice = { $why }. Pause ed esercizi compaiono comunque sullo schermo e nelle notifiche, senza segnali sonori
doctor-sound-pulse-compatible = un server compatibile con PulseAudio
doctor-voice-none = nessuno speech-dispatcher
doctor-voice-running = speech-dispatcher, in esecuzione ({ $socket })
doctor-voice-on-demand = speech-dispatcher, avviato quando serve ({ $program })
doctor-voice-not-installed = speech-dispatcher non è installato, quindi la voce non può parlare; i segnali sonori continuano a guidarti. Per ascoltare gli esercizi, installa speech-dispatcher e una voce (su Debian e Ubuntu: speech-dispatcher espeak-ng).
doctor-idle-x11 = l'estensione salvaschermo del server X
doctor-idle-none = nessuna fonte di inattività
doctor-idle-none-advice = il tempo lontano dalla scrivania non viene notato, quindi non ci sono pause naturali e la scheda della pausa compare senza aspettare una pausa nella digitazione; Sitbreak legge l'inattività da ext-idle-notify-v1 o org_kde_kwin_idle (Wayland), Mutter di GNOME, org.freedesktop.ScreenSaver o dal server X
doctor-suspend-logind = logind: una ripresa si vede subito; uno schermo bloccato conta come inattività
doctor-suspend-no-logind = nessun logind sul bus di sistema
doctor-suspend-no-logind-advice = una sospensione viene comunque notata dagli orologi, entro un minuto dal risveglio
doctor-suspend-windows = notifiche di sessione e avvisi di alimentazione
doctor-tray-notification-area = l'area di notifica (Shell_NotifyIcon)
doctor-tray-not-in-area = non ancora nell'area di notifica
doctor-tray-not-in-area-advice = la barra delle applicazioni di Esplora risorse non è attiva; l'icona torna quando si avvia, e intanto `sitbreak` apre la finestra
doctor-toasts = notifiche di sistema, con Inizia, Rimanda e Salta in quelle di pausa
doctor-toasts-no-icon = nessuna notifica di sistema e nessuna icona per mostrare fumetti
doctor-toasts-no-icon-advice = nessuna notifica di sistema ({ $why }) e nessun fumetto senza l'icona; le pause aprono comunque la scheda della pausa
doctor-balloons = fumetti
doctor-balloons-advice = nessuna notifica di sistema ({ $why }), quindi fumetti dall'icona nell'area di notifica; non hanno i pulsanti Inizia, Rimanda o Salta, quindi un clic apre la scheda della pausa, e il menu dell'icona ha il resto
doctor-idle-no-answer = GetLastInputInfo non ha risposto
doctor-idle-no-answer-advice = il tempo lontano dalla scrivania non viene notato, quindi non ci sono pause naturali
doctor-sound-windows = audio di Windows (l'uscita predefinita)
doctor-sound-no-output = nessuna uscita
doctor-voice-no-voice = nessuna voce
doctor-sapi = sintesi vocale di Windows (SAPI)
doctor-sapi-voice = sintesi vocale di Windows (SAPI), { $voice }
doctor-sapi-not-implemented = La sintesi vocale di Windows qui non può parlare (Speak di SAPI non è implementato, come sotto Wine); i segnali sonori continuano a guidarti
doctor-sapi-failed = Sintesi vocale di Windows: { $why }; aggiungi una voce nelle impostazioni di Windows (Data/ora e lingua, Voce); i segnali sonori continuano a guidarti
doctor-sapi-no-voice = La sintesi vocale di Windows non ha una voce ({ $why }); aggiungi una voce nelle impostazioni di Windows (Data/ora e lingua, Voce); i segnali sonori continuano a guidarti
doctor-media-sessions = le sessioni multimediali elencate da Windows
doctor-media-none = nessuna sessione multimediale
doctor-media-none-advice = Windows qui non elenca sessioni multimediali ({ $why }), quindi musica e video continuano durante una pausa; serve Windows 10 versione 1809 o successiva

## `sitbreak stats`

cli-stats-heading = Ultimi { $days } giorni (obiettivo: { $goal } { $goal ->
        [one] pausa
       *[other] pause
    } al giorno)
cli-stats-day = giorno
cli-stats-taken = fatte
cli-stats-skipped = saltate
cli-stats-natural = naturali
cli-stats-sat = seduto
cli-stats-longest = più lungo
cli-stats-stood = in piedi
cli-stats-changes = cambi
cli-stats-longest-sitting = Tempo più lungo seduto senza pause: { $time }
cli-stats-streak = Serie: { $days } { $days ->
        [one] giorno
       *[other] giorni
    } con l'obiettivo raggiunto

## Problemi nei file che Sitbreak legge

store-history-line-skipped = { $place }: saltata una riga illeggibile ({ $reason })
store-builtin-problem = catalogo incorporato: { $problem }
store-routine-file-unreadable = { $file }: impossibile leggere ({ $reason }); saltato
store-routine-file-skipped = { $problem } (file saltato)
