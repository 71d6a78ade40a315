# I testi della finestra (solo `sitbreak-window` legge questo file); il resto è
# in sitbreak.ftl. Tradotti a macchina, non ancora rivisti.

## Lingua

language-system = Come il sistema ({ $language })
language-unreviewed = { $language } (non ancora rivisto)
language-not-spoken = { $tag } (Sitbreak non la parla; in inglese)

## Home

home-not-answering = Sitbreak non risponde.
home-not-answering-hint = Avvialo con `sitbreak` e riapri questa finestra.
home-heading = Home
home-ring-next-break = Prossima pausa tra { $time }
home-ring-until-break = alla tua pausa
home-ring-now = Adesso
home-ring-stand-up = è ora di alzarsi
home-ring-soon = Tra poco
home-ring-when-free = quando sarai libero
home-ring-break = Pausa
home-ring-under-way = in corso
home-ring-paused = Sospeso
home-ring-paused-until = sospeso fino alle
home-ring-away = Assente
home-ring-counts = conta come pausa
home-ring-off = Spento
home-ring-off-hours = fuori dall'orario di lavoro
home-today =
    Oggi: { $taken ->
        [one] { $taken } pausa fatta
       *[other] { $taken } pause fatte
    }, { $natural } naturali, { $skipped } saltate
home-sat-today = Tempo seduto oggi: { $time }
home-resume = Riprendi
home-take-break = Fai una pausa adesso
home-next-routine = Prossima sequenza
home-pause-reminders = Sospendi i promemoria
home-key-break = pausa adesso
home-key-posture = in piedi / seduto
home-key-settings = impostazioni
home-key-statistics = statistiche

## Barra e sicurezza

nav-home = Home
nav-settings = Impostazioni
nav-statistics = Statistiche
summary-next-in = Prossima pausa tra { $time }
shortcut-hint = Scorciatoia: { $key }
safety-link = Sicurezza e quando fermarsi
safety-before-you-start = Prima di iniziare
safety-when-to-stop = Quando fermarsi e farsi vedere
safety-tips = Consigli
safety-own-advice = { $note } (Consiglio di Sitbreak, non degli articoli.)
safety-scroll = Scorri le note
safety-close = Chiudi
safety-read-again = Puoi rileggerle in ogni momento: "{ $link }" nella Home e nel lettore.

## Scheda della pausa, lettore, stop e fine

card-eyebrow = È ORA DELLA PAUSA
card-keys-asleep = I tasti funzionano qui appena smetti di digitare per un momento, o passi il puntatore su questa finestra
first-break-eyebrow = LA TUA PRIMA PAUSA
first-break-title = Prima la sicurezza
first-break-start = Ho capito, inizia
player-routine-place = { $routine } · esercizio { $number } di { $count }
player-left = mancano { $time }
player-progress = Sequenza: esercizio { $number } di { $count }
player-ring-get-ready = preparati
player-ring-rep = ripetizione { $rep } di { $count }
player-ring-hold = mantieni
player-paused = In pausa
player-get-into-position = Mettiti in posizione
player-careful = Attenzione:
player-scroll = Scorri l'esercizio
player-back = Indietro
player-resume = Riprendi
player-pause = Pausa
player-next = Avanti
player-hurt = Basta — fa male
player-ring-name-get-ready = Preparati{ $side }: inizia tra { $time }
player-ring-name-rep = Ripetizione { $rep } di { $count }{ $side }
player-ring-name-hold = Mantieni{ $side }: mancano { $time }
hurt-eyebrow = FERMATO
hurt-title = Hai fermato "{ $stretch }"
hurt-left-out = "{ $stretch }" è escluso dalle prossime sequenze.
hurt-leave-out = Escludi "{ $stretch }" dalle prossime sequenze
hurt-end = Termina la pausa
hurt-continue = Continua con l'esercizio successivo
end-eyebrow = PAUSA FINITA
end-moved = Ti sei alzato e mosso per { $time }. Questa volta nessun esercizio è stato completato.
end-did = Hai fatto { $done } esercizi su { $total } in { $time }.
end-next = Prossima pausa tra { $time }.
end-done = Fatto
cannot-play-eyebrow = IMPOSSIBILE MOSTRARE QUESTA SEQUENZA
cannot-play-title = Alzati e muoviti per un minuto

## Cosa sente un lettore di schermo

announce-break-due = È ora di alzarsi: { $routine }, { $time }
announce-next-stretch = l'esercizio successivo
announce-stretch = Esercizio { $number } di { $count }: { $stretch }
announce-other-side = { $cue }: ora l'altro lato
announce-other-way = { $cue }: ora nell'altro senso
announce-paused = In pausa. Spazio per riprendere.
announce-resumed = Ripreso.
announce-done = Pausa finita. { $notes }
announce-the-stretch = l'esercizio
announce-stopped = { $stretch } fermato. Leggi sotto cosa fare ora.
figure-showing = Figura che mostra { $stretch }

## Impostazioni

settings-scroll = Scorri le impostazioni
settings-save = Salva le modifiche
settings-revert = Annulla le modifiche
settings-fix-fields = Alcuni campi vanno corretti prima di salvare.
settings-presets = Preimpostazioni:
settings-preset-20-8-2 = 20-8-2 (seduto 20, in piedi 8, muoversi 2)
settings-preset-30-sit = 30 seduto, poi in piedi e muoversi
settings-hooks-intro = Comandi eseguiti a certi eventi, come alzare una scrivania motorizzata. Si impostano solo nel file delle impostazioni, sotto [hooks].
settings-hook-last-failure = Ultimo errore: { $problem }
settings-hook-nothing = niente
settings-hook-test = Prova
settings-unreadable-title = Impossibile leggere le tue impostazioni
settings-unreadable-body = I valori qui sotto sono quelli predefiniti, non i tuoi, quindi il salvataggio è disattivato. Controlla che Sitbreak sia in esecuzione, poi riapri le Impostazioni.
settings-problems-title = Problemi nei tuoi file
settings-problems-body = Ogni valore qui sotto è stato ignorato e al suo posto è stato usato il predefinito; correggi il file, o salva qui per sostituirlo.
settings-routines-in-rotation = Sequenze a rotazione
settings-routine = { $routine } ({ $time })
settings-routine-floor = { $routine } ({ $time } · a terra)
settings-stretches = Esercizi
settings-area-lost = Nessuna sequenza allunga ora { $area }: hai escluso { $stretches }.
settings-open-a-stretch = Apri un esercizio per vederne i passi e la fonte.
settings-leave-out = Escludi dalle mie sequenze
settings-careful = Attenzione: { $caution }
settings-articles-say = Cosa dicono gli articoli, citato dall'articolo (in inglese)
settings-quote = "{ $quote }" ({ $article })
settings-sitbreaks-own = Cosa è di Sitbreak
settings-hear-chimes = Ascolta i rintocchi
settings-hear-cues = Ascolta i segnali
settings-hear-voice = Ascolta la voce
settings-plays-through = Suona su { $device }.
settings-desktop = Integrazione con il desktop
settings-desktop-looking = Esame del desktop…
settings-desktop-works = Funziona
settings-desktop-missing = Manca
settings-articles-advise = Gli articoli consigliano di alzarsi almeno ogni 30 minuti.
settings-goal-follows = segue il tuo orario: { $goal } al giorno
managed-locked = Impostato dalla tua organizzazione
managed-default = Predefinito della tua organizzazione; modificabile
managed-between = La tua organizzazione consente da { $min } a { $max }
managed-at-least = La tua organizzazione consente almeno { $min }
managed-at-most = La tua organizzazione consente al massimo { $max }
managed-bounded = Limitato dalla tua organizzazione

## Statistiche

stats-scroll = Scorri le statistiche
stats-breaks-today =
    { $count ->
        [one] pausa oggi
       *[other] pause oggi
    }
stats-day-streak = giorni di fila
stats-longest-sitting = seduto più a lungo
stats-export = Esporta CSV
stats-export-hint = Scrive una riga al giorno nella tua cartella dati di Sitbreak.
stats-breaks-per-day = Pause al giorno, ultimi { $days } giorni (obiettivo: { $goal })
stats-taken = Fatte
stats-natural = Naturali
stats-skipped = Saltate
stats-daily-goal = obiettivo giornaliero
stats-goal = Obiettivo
stats-axis-breaks = pause
stats-axis-hours = ore
stats-chart-breaks = Grafico: pause al giorno, ultimi { $days } giorni
stats-sitting-standing = Seduto e in piedi al giorno, ultimi { $days } giorni
stats-sitting = Seduto
stats-standing = In piedi
stats-chart-sitting = Grafico: tempo seduto e in piedi al giorno, ultimi { $days } giorni
stats-same-days = Gli stessi giorni sono nella tabella qui sotto.
stats-last-weeks = Le ultime { $weeks } settimane
stats-when = Quando fai le pause, ultime { $weeks } settimane
stats-by-hour = Pause per ora
stats-chart-by-hour = Grafico: pause per ora del giorno
stats-no-breaks-yet = Ancora nessuna pausa.
stats-busiest = La maggior parte delle pause, { $count }, inizia tra le { $from } e le { $to }.
stats-describe = { $total } pause in { $days } giorni; l'obiettivo di { $goal } è stato raggiunto { $met } volte. Ogni giorno è nella tabella qui sotto.
stats-table = I numeri, giorno per giorno
stats-row = { $counted } pause su { $goal } ({ $taken } fatte, { $natural } naturali, { $skipped } saltate), seduto { $sat }
stats-row-stood = , in piedi { $stood }, { $changes } cambi di postura
calendar-name = Calendario degli ultimi { $days } giorni
calendar-describe = L'obiettivo di { $goal } pause è stato raggiunto in { $met } giorni su { $days }.
calendar-describe-best = L'obiettivo di { $goal } pause è stato raggiunto in { $met } giorni su { $days }; il maggior numero di pause, { $best }, il { $date }.
calendar-day = { $date }: { $counted } pause su { $goal }
calendar-day-met = { $date }: { $counted } pause su { $goal }, obiettivo raggiunto
calendar-no-breaks = Nessuna pausa
calendar-goal-met = Obiettivo raggiunto

## Tasti e avvisi

key-start = inizia
key-snooze = rimanda
key-skip = salta
key-pause = pausa
key-back = indietro
key-next = avanti
key-hurts = fa male
key-end-break = termina la pausa
key-done = fatto
key-close = chiudi
banner-hook-ran = L'hook { $event } è stato eseguito senza problemi.
banner-hook-failed = L'hook { $event } non è riuscito: { $problem }
banner-not-saved-unreadable = Non salvato: impossibile leggere le tue impostazioni ({ $reason })
banner-fix-fields = Correggi i campi segnati in rosso; non è stato salvato niente
banner-saved = Salvato. Le nuove impostazioni valgono da adesso.
banner-exported = Esportato in { $path }
banner-cannot-write = { $path }: impossibile scrivere ({ $reason })
hint-between = da { $min } a { $max }

## Impostazioni: nomi delle chiavi

setting-sit_interval = Alzati ogni
setting-break_length = Pausa più lunga
setting-warn_before = Avvisa prima della pausa
setting-snooze_length = Rimanda di
setting-max_snoozes = Rinvii di fila
setting-day_start = Un nuovo giorno inizia alle
setting-daily_goal = Obiettivo giornaliero (pause)
setting-allow_floor = Includi esercizi a terra (servono tappetino e spazio)
setting-disabled_routines = Sequenze a rotazione
setting-excluded_stretches = Esercizi esclusi
setting-get_ready = Conto alla rovescia prima di ogni esercizio
setting-strict = Modalità rigida: le pause non si possono saltare
setting-natural_break_idle = Assente così a lungo conta come pausa
setting-card_after_pause = Mostra la scheda della pausa quando la digitazione si ferma per
setting-card_max_delay = … ma aspetta al massimo
setting-hold_for_microphone = Aspetta la fine delle chiamate (microfono in uso)
setting-hold_for_camera = Aspetta finché la fotocamera è accesa
setting-hold_for_fullscreen = Aspetta la fine delle finestre a schermo intero
setting-hold_for_do_not_disturb = Aspetta finché "Non disturbare" è attivo
setting-hold_for_apps = Aspetta finché questi programmi sono in esecuzione
setting-hold_at_most = … ma trattieni una pausa al massimo
setting-pause_media = Metti in pausa musica e video durante la pausa
setting-notifications = Mostra le notifiche
setting-autostart = Avvia Sitbreak all'accesso
setting-language = Lingua
setting-theme = Tema
setting-text_scale = Dimensione del testo
setting-motion = Figure
setting-announce_every = Lettore di schermo: annuncia il tempo rimasto ogni
setting-volume = Volume (%)
setting-break_sounds = Suono prima e a ogni pausa
setting-player_sounds = Segnali durante gli esercizi
setting-voice = Leggi gli esercizi ad alta voce
setting-sit_stand = Seduto–in piedi–muoversi (per una scrivania regolabile)
setting-sit_for = Seduto per
setting-stand_for = Poi in piedi per
setting-working_hours-enabled = Ricorda solo durante l'orario di lavoro
setting-working_hours-mon = Lunedì
setting-working_hours-tue = Martedì
setting-working_hours-wed = Mercoledì
setting-working_hours-thu = Giovedì
setting-working_hours-fri = Venerdì
setting-working_hours-sat = Sabato
setting-working_hours-sun = Domenica
setting-hooks-stand = Quando mi alzo
setting-hooks-sit = Quando mi siedo
setting-hooks-break_start = Quando inizia una pausa
setting-hooks-break_end = Quando finisce una pausa
setting-hooks-pause = Quando i promemoria vengono sospesi
setting-hooks-resume = Quando i promemoria riprendono
setting-hooks-time_limit = Ferma un hook dopo
group-schedule = Orario
group-routines = Sequenze
group-behaviour = Comportamento
group-appearance = Aspetto
group-sound = Suono
group-working-hours = Orario di lavoro
group-hooks = Hook
choice-system = Come il sistema
choice-light = Chiaro
choice-dark = Scuro
choice-high-contrast = Contrasto elevato
choice-animate = Animate
choice-still = Ferme

## Impostazioni: testi di aiuto

setting-sit_interval-help = Tempo seduto prima che una pausa sia dovuta. Gli articoli consigliano di alzarsi almeno ogni 30 minuti.
setting-break_length-help = La sequenza più lunga che sceglie la rotazione.
setting-warn_before-help = Avviso prima della pausa; "0s" per nessuno. Più breve di `sit_interval`.
setting-snooze_length-help = Di quanto un rinvio sposta la pausa.
setting-max_snoozes-help = Rinvii consentiti di fila.
setting-day_start-help = Quando finisce "sospendi fino a domani" e inizia un nuovo giorno nelle statistiche.
setting-daily_goal-help = Pause al giorno che contano per la serie. `0` segue il tuo orario: una giornata di lavoro (8 ore, o il tuo orario di lavoro) divisa per `sit_interval`, cioè 16 con i valori predefiniti.
setting-allow_floor-help = Proponi esercizi a terra (servono tappetino e spazio a terra).
setting-disabled_routines-help = Sequenze mai scelte.
setting-excluded_stretches-help = Esercizi esclusi da ogni sequenza.
setting-get_ready-help = Tempo per mettersi in posizione prima che parta l'orologio di ogni esercizio, con conto alla rovescia 3-2-1; "0s" inizia subito.
setting-strict-help = Le pause non si possono saltare.
setting-natural_break_idle-help = Lontano dal computer così a lungo (niente tastiera o mouse, schermo bloccato o macchina sospesa) conta come pausa per il tuo obiettivo: abbastanza perché tu ti sia molto probabilmente alzato. Dieci minuti, perché leggere cinque minuti senza toccare il mouse è comune e non è una pausa. Una chiamata o una finestra a schermo intero non è mai assenza.
setting-card_after_pause-help = La scheda di una pausa dovuta aspetta che tastiera e mouse riposino così a lungo, così ciò che scrivi per un'altra app non finisce mai su di essa; "0s" la mostra subito.
setting-card_max_delay-help = Il massimo che la scheda aspetta quel riposo. La notifica arriva puntuale comunque.
setting-hold_for_microphone-help = Una pausa dovuta mentre un'app registra il microfono (una registrazione PulseAudio o PipeWire di una sorgente che non è un monitor) aspetta, e arriva circa 30 s dopo la fine della registrazione. L'inattività durante una chiamata non è una pausa.
setting-hold_for_camera-help = Una pausa aspetta finché un programma diverso dal server audio ha una fotocamera (`/dev/video*`) aperta.
setting-hold_for_fullscreen-help = Una pausa aspetta finché la finestra attiva è a schermo intero. Visto su X11 (e per le finestre Xwayland); i compositori Wayland non lo dicono agli altri programmi.
setting-hold_for_do_not_disturb-help = Una pausa aspetta finché "Non disturbare" del desktop è attivo: `Inhibited` del server di notifiche (KDE Plasma e altri), o i banner di notifica di GNOME disattivati.
setting-hold_for_apps-help = Nomi di programmi, come li mostra `ps` (`zoom, teams`): una pausa aspetta finché uno di essi è in esecuzione. Vuoto come predefinito.
setting-hold_at_most-help = Per quanto tu sia occupato, una pausa trattenuta arriva dopo questo tempo, così un microfono bloccato non trattiene le pause per sempre.
setting-pause_media-help = Mette in pausa i lettori multimediali in riproduzione (MPRIS) quando inizia una pausa, e riprende quegli stessi lettori quando finisce; un lettore che avevi messo in pausa resta in pausa.
setting-notifications-help = Notifiche del desktop.
setting-autostart-help = Avvia con la sessione del desktop.
setting-language-help = La lingua della finestra, delle notifiche, dell'area di notifica e della riga di comando: un codice di lingua come "de" o "pt-BR", o "system" per quella del desktop (`LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG` su Linux; la lingua di visualizzazione su Windows). L'inglese sostituisce una lingua che Sitbreak non parla e ogni messaggio che manca a una traduzione.
setting-theme-help = Colori della finestra.
setting-text_scale-help = Dimensione del testo nella finestra.
setting-motion-help = "still" mostra le posizioni chiave di ogni esercizio come immagini ferme invece di animarle; "system" segue l'impostazione di movimento ridotto del desktop (l'interruttore delle animazioni di GNOME, letto tramite il portale delle impostazioni o gsettings).
setting-announce_every-help = Durante una tenuta, un lettore di schermo sente i secondi rimasti con questa frequenza; "0s" mai. L'anello del lettore si può leggere in ogni momento.
setting-volume-help = Volume di tutti i suoni di Sitbreak, oltre al volume del desktop; `0` è silenzio.
setting-break_sounds-help = Un rintocco leggero con l'avviso prima di una pausa, e un altro quando è ora di alzarsi.
setting-player_sounds-help = Durante una sequenza: il conto alla rovescia 3-2-1, l'inizio di ogni esercizio, ogni ripetizione, il cambio lato, gli ultimi tre secondi di una tenuta e la fine. "Basta — fa male" è silenzioso.
setting-voice-help = Dice il nome, i passi e le cautele di ogni esercizio, "cambia lato" (o "cambia direzione"), "ancora due" e "fatto", tramite lo speech-dispatcher del desktop, con le tue impostazioni vocali.
setting-sit_stand-help = Per una scrivania regolabile: dopo `sit_for` seduto, "Alzati — solleva la scrivania"; dopo `stand_for` in piedi, una pausa per muoversi (una sequenza); poi "Siediti di nuovo in una posizione un po' diversa". Di' "Sono in piedi" o "Sono seduto" quando vuoi e l'orario ti segue. Sostituisce `sit_interval` finché è attivo. Senza, "Sono in piedi" chiude il tempo seduto e fa ripartire l'orologio: stare fermi in piedi non è muoversi, quindi una pausa per muoversi arriva comunque dopo `sit_interval`.
setting-sit_for-help = Seduto–in piedi–muoversi: tempo seduto prima di "Alzati". 20 minuti, come il 20-8-2 di Cornell (esterno ai cinque articoli).
setting-stand_for-help = Seduto–in piedi–muoversi: tempo in piedi prima della pausa per muoversi; "0s" per nessuno, quando è la pausa stessa a farti alzare ("30 seduto, poi in piedi e muoversi").
setting-working_hours-enabled-help = Ricorda solo durante l'orario di lavoro.
setting-working_hours-mon-help = Orario del lunedì.
setting-working_hours-tue-help = Orario del martedì.
setting-working_hours-wed-help = Orario del mercoledì.
setting-working_hours-thu-help = Orario del giovedì.
setting-working_hours-fri-help = Orario del venerdì.
setting-working_hours-sat-help = Orario del sabato.
setting-working_hours-sun-help = Orario della domenica.
setting-hooks-stand-help = Eseguito quando dici di essere in piedi (per alzare una scrivania motorizzata, per esempio).
setting-hooks-sit-help = Eseguito quando dici di essere seduto.
setting-hooks-break_start-help = Eseguito quando inizia una pausa (per impostare uno stato in chat, per esempio).
setting-hooks-break_end-help = Eseguito quando una pausa finisce, fatta, lasciata o saltata.
setting-hooks-pause-help = Eseguito quando i promemoria vengono sospesi.
setting-hooks-resume-help = Eseguito quando i promemoria riprendono.
setting-hooks-time_limit-help = Un hook ancora in esecuzione dopo questo tempo viene fermato e segnalato.
