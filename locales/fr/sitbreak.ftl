# Les textes de Sitbreak en français. Traduits par machine et relus par
# personne dont le français est la langue maternelle : les corrections sont
# bienvenues. Les durées comme « 30m », les noms d'applications, les chemins
# et les clés de réglage sont insérés tels quels.

## Ce qui retient une pause

busy-microphone = micro utilisé par { $app }
busy-camera = caméra utilisée par { $app }
busy-full-screen-titled = une fenêtre en plein écran ({ $title })
busy-full-screen = une fenêtre en plein écran
busy-do-not-disturb = « Ne pas déranger » est activé
busy-running = { $app } est en cours d'exécution
busy-just-ended = quelque chose qui vient de finir (la pause arrive bientôt)

## L'état en une ligne

summary-held = Pause en attente : { $reason }
summary-standing = Debout : pas de pause tant que vous êtes debout
summary-next-in-seconds = Prochaine pause dans { $seconds } s
summary-next-in-minutes = Prochaine pause dans { $minutes } min
summary-sitting = Assis
summary-break-due = C'est l'heure de se lever
summary-held-plain = Pause en attente jusqu'à ce que vous soyez libre
summary-on-break = En pause
summary-paused-until = Rappels suspendus jusqu'à { $time }
summary-paused = Rappels suspendus
summary-away = Loin du bureau : cela compte comme une pause
summary-off-hours = Hors des heures de travail
tooltip-next-at = Prochaine pause à { $time }

## Pourquoi une demande n'a pas été faite

refusal-strict = le mode strict est activé, les pauses ne peuvent donc pas être sautées
refusal-nothing-to-skip = aucune pause n'est due ni en cours, il n'y a donc rien à sauter
refusal-nothing-to-snooze = aucune pause n'est due, il n'y a donc rien à reporter
refusal-no-snoozes-left = plus de report possible pour cette pause : faites-la ou sautez-la
refusal-already-on-break = une pause est déjà en cours
refusal-not-on-break = aucune pause n'est en cours
refusal-not-paused = les rappels ne sont pas suspendus
refusal-pause-out-of-range = une suspension doit durer plus de zéro et au plus 24 heures
refusal-no-such-routine = il n'y a pas de routine « { $id } »
refusal-nothing-to-play = chaque exercice de « { $routine } » est exclu ou se fait au sol
refusal-no-such-stretch = pas d'exercice « { $id } »
refusal-invalid-settings = non enregistré : { $problems }
refusal-hooks-only-in-file = non enregistré : les hooks lancent des commandes, seul le fichier de réglages ({ $file }) peut donc les changer
refusal-no-such-hook-event = il n'y a pas d'événement de hook « { $event } »
refusal-no-hook-command = pas de commande pour « { $event } » dans { $file }
refusal-socket-only = un hook se teste, et le bureau s'examine, depuis la fenêtre Réglages ou le socket

## Un problème de réglage, et ce qui a été fait

problem-unreadable = illisible ({ $reason }) ; valeurs par défaut utilisées
problem-not-toml = TOML invalide ({ $reason }) ; valeurs par défaut utilisées
problem-wrong-type = doit être { $expected }, pas { $found }
expected-whole-number = un nombre entier
expected-true-or-false = true ou false
expected-program-names = une liste de noms de programmes
expected-command = une liste du programme et de ses arguments, comme ["deskctl", "up"]
expected-ids = une liste d'identifiants de { $noun }
expected-number = un nombre comme 1.25
expected-quoted-string = une chaîne entre guillemets
expected-registry-value = un nombre (REG_DWORD) ou un texte (REG_SZ)
expected-registry-text = un texte (REG_SZ)
problem-not-a-table = doit être une table : [{ $name }]
problem-out-of-range = { $value } est hors limites
problem-out-of-range-between = { $value } est hors limites ({ $min } à { $max })
problem-not-a-duration = « { $text } » n'est pas une durée comme « 30m » ou « 45s »
problem-not-a-time = « { $text } » n'est pas une heure comme « 09:00 »
problem-not-hours = « { $text } » n'est pas une plage comme « 09:00-17:00 » (ou « off »)
problem-start-not-before-end = « { $text } » : le début doit précéder la fin
problem-not-one-of = « { $text } » n'est pas parmi { $options }
problem-empty-program = le programme (le premier élément) est vide
problem-newer-version = { $found } est plus récent que ce que ce Sitbreak comprend ({ $understood }) ; les clés inconnues sont ignorées
problem-bad-version = doit être un nombre entier comme 1
problem-unknown-key = clé inconnue (ignorée)
problem-unknown-key-in-table = clé inconnue (ignorée) ; cette table a { $known }
problem-warning-not-before-break = { $warn_before } doit être plus court que sit_interval ({ $sit_interval })
problem-every-day-off = activé mais tous les jours sont désactivés, aucun rappel ne viendrait donc jamais
problem-safe-value-used = { $problem } ; une valeur sûre est utilisée à la place
problem-not-read-this-way = ne peut pas être lu ainsi
problem-locked = fixé par votre organisation : { $applies } s'applique, pas { $yours }
problem-out-of-bounds = { $yours } sort de ce que votre organisation permet ({ $allowed }) ; { $applies } s'applique
bound-between = { $min } à { $max }
bound-at-least = au moins { $min }
bound-at-most = au plus { $max }
bound-none = sans limite
problem-not-in-policy = les hooks lancent des commandes sur le bureau de la personne, une stratégie ne peut donc pas les fixer
problem-no-bounds = seules les durées et les nombres peuvent avoir des limites
problem-bad-bounds = les limites s'écrivent {"{"} min = …, max = … {"}"}, avec min au plus égal à max
problem-bound-not-named = une limite est une valeur nommée <réglage>.min ou <réglage>.max
problem-not-a-language = « { $text } » n'est pas une balise de langue comme « de » ou « pt-BR » (ou « system »)

## Pourquoi un hook a échoué

hook-could-not-start = { $program } n'a pas pu démarrer ({ $reason })
hook-exited = { $program } s'est terminé avec le code { $code }
hook-killed = { $program } a été tué par un signal
hook-timed-out = { $program } a été arrêté après avoir tourné plus de { $limit }

## La stratégie d'une organisation

policy-source = Fixé par votre organisation, dans { $source } :
policy-locked = verrouillé à { $value }
policy-default = { $value } par défaut, modifiable
policy-between = de { $min } à { $max }
policy-at-least = au moins { $min }
policy-at-most = au plus { $max }
policy-set = fixé
policy-not-applied = non appliqué : { $problem }
no-policy-unix = Aucune stratégie d'une organisation (cherchée dans $XDG_CONFIG_DIRS, /etc/xdg par défaut).
no-policy-windows = Aucune stratégie d'une organisation (cherchée dans HKLM\SOFTWARE\Policies\Sitbreak et HKCU\SOFTWARE\Policies\Sitbreak).

## Notifications

warning-in-seconds =
    Pause debout dans { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    }
warning-in-minutes =
    Pause debout dans { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
warning-next-up = Ensuite : { $routine }. Terminez votre idée.
warning-body = Terminez votre idée.
held-title = Pause après ceci
held-body = { $reason } : la pause vient peu après.
break-due-title = C'est l'heure de se lever
break-due-routine-length = { $routine } · { $length }
break-due-body = Levez-vous et bougez une minute.
refused-title = Sitbreak n'a pas pu le faire

## Le menu de la zone de notification

tray-take-break = Faire une pause maintenant
tray-snooze = Reporter
tray-skip = Sauter cette pause
tray-sitting = Je suis assis
tray-standing = Je suis debout
tray-pause = Suspendre
tray-pause-minutes = { $minutes } minutes
tray-pause-hours =
    { $hours ->
        [one] { $hours } heure
       *[other] { $hours } heures
    }
tray-pause-until-tomorrow = Jusqu'à demain
tray-resume = Reprendre
tray-open = Ouvrir Sitbreak
tray-settings = Réglages
tray-statistics = Statistiques
tray-quit = Quitter

## Assis–debout

prompt-stand-up-title = Levez-vous — montez votre bureau
prompt-stand-up-body = Vous êtes assis depuis { $sat }. Restez debout { $stand }, puis une courte pause pour bouger.
prompt-sit-down-title = Rasseyez-vous dans une position un peu différente
prompt-sit-down-body = Pas tout à fait comme avant : changez votre façon de vous asseoir.

## Boutons des notifications

button-open = Ouvrir
button-start = Commencer
button-snooze = Reporter de { $minutes } min
button-skip = Sauter
button-standing = Je suis debout
button-not-now = Pas maintenant
button-sitting = Je suis assis
button-keep-standing = Rester debout

## Durées, affichées et lues

span-seconds = { $seconds } s
span-minutes-seconds = { $minutes } min { $seconds } s
span-minutes = { $minutes } min
span-hours-minutes = { $hours } h { $minutes } min
spoken-seconds =
    { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    }
spoken-about-minutes =
    { $minutes ->
        [one] environ { $minutes } minute
       *[other] environ { $minutes } minutes
    }
posture-sitting = Assis
posture-standing = Debout

## Dates

date-day-month = { $day } { $month }
date-weekday-day-month = { $weekday } { $day } { $month }
weekday-mon = lun.
weekday-tue = mar.
weekday-wed = mer.
weekday-thu = jeu.
weekday-fri = ven.
weekday-sat = sam.
weekday-sun = dim.
month-short =
    { $month ->
        [1] janv.
        [2] févr.
        [3] mars
        [4] avr.
        [5] mai
        [6] juin
        [7] juil.
        [8] août
        [9] sept.
        [10] oct.
        [11] nov.
       *[12] déc.
    }

## La ligne de commande

cli-not-running = Sitbreak ne tourne pas (lancez-le avec `sitbreak`)
cli-refused = refusé : { $reason }
cli-stopped = Sitbreak arrêté.
cli-asked-to-stand = { $line } (invité à se lever)
cli-asked-to-sit = { $line } (invité à se rasseoir)
cli-hook-failed = Un hook a échoué : { $problem }
cli-next-routine = Prochaine routine : { $routine } ({ $time }) pour { $areas }
cli-today = Aujourd'hui : { $taken } faites, { $skipped } sautées, { $natural } naturelles, { $sat } assis
cli-doctor-no-daemon = Sitbreak ne tourne pas ; voici ce qu'il trouverait ici.

## Ligne de commande et fenêtre

home-under-a-minute = moins d'une minute
home-posture-for = { $posture } depuis { $time }
settings-desktop-session = Session : { $session }
hint-hours = 09:00-17:00 ou off
hint-names = zoom, teams

## Les exercices : ce qu'ils travaillent, où ils se font, leurs changements

list-separator = {", "}
area-lower-back = bas du dos
area-piriformis = piriforme
area-glutes = fessiers
area-hamstrings = ischio-jambiers
area-hip-flexors = fléchisseurs de la hanche
area-calves = mollets
area-core = tronc
area-abdomen = abdomen
area-hips = hanches
group-piriformis-glutes = piriforme et fessiers
position-standing = debout
position-seated = assis
position-floor = au sol
kind-stretch = étirement
kind-strength = renforcement
kind-movement = mouvement
stretch-facts = { $areas } · { $position }
stretch-facts-kind = { $areas } · { $position } · { $kind }
turn-sides = Changez de côté
turn-direction = Changez de sens
turn-sides-first = premier côté
turn-sides-other = autre côté
turn-direction-first = dans un sens
turn-direction-other = dans l'autre sens
caution-seated = Prenez une chaise stable : une chaise à roulettes ou pivotante peut bouger sous vous, bloquez donc ses roulettes ou calez un pied.
our-adaptation = Les articles disent quels types d'étirements et d'exercices aident et pourquoi ; pour certains exercices ici (montées sur la pointe des pieds, contraction des fessiers, gainage, cercles de hanches), ils ne nomment que le type. La manière de faire chacun (les étapes, la durée de maintien, les répétitions et les précautions) est une adaptation propre à Sitbreak pour le bureau, pas celle des articles.

## Ce que dit la voix pendant une routine

speech-first = { $name }.
speech-next = Ensuite : { $name }.
speech-turn = { $cue }.
speech-two-more = Encore deux.
speech-finished = Terminé. Bravo.

## `sitbreak routines`

cli-routines = Routines
cli-stretches = Exercices
cli-floor = (au sol)

## Ce que `sitbreak doctor` et les Réglages trouvent du bureau

part-tray = Icône de notification
part-notifications = Notifications
part-idle = Temps d'inactivité
part-suspend = Veille et verrouillage
part-sound = Son
part-voice = Voix
part-media = Pause des médias
doctor-no-display = pas d'affichage
doctor-tray-gnome = GNOME n'affiche pas d'icônes sans l'extension AppIndicator (gnome-shell-extension-appindicator) ; les pauses arrivent quand même en notifications et fenêtres
doctor-tray-no-host-advice = ce bureau n'a pas de zone de notification (hôte StatusNotifierItem) ; les pauses arrivent quand même en notifications et fenêtres, et `sitbreak` ouvre la fenêtre
doctor-tray-shown = affichée (StatusNotifierItem)
doctor-tray-host-running = une zone de notification tourne (StatusNotifierItem)
doctor-tray-not-registered = une zone de notification tourne, mais l'icône n'est pas encore enregistrée
doctor-tray-not-registered-advice = elle se réenregistre quand la zone redémarre ; voir les messages du démon
doctor-tray-watcher-no-host = un observateur tourne, mais aucun hôte n'affiche ses icônes
doctor-tray-no-host = pas de zone de notification
doctor-tray-no-session-bus = pas de bus de session, donc pas de zone de notification
doctor-notifications-none = pas de serveur de notifications
doctor-notifications-none-advice = les pauses ouvrent quand même leur fenêtre, mais rien ne prévient avant ; installez un serveur de notifications (mako, dunst ou celui de votre bureau)
doctor-notifications-buttons = { $server } { $version }, avec boutons (Commencer, Reporter, Sauter)
doctor-notifications-no-buttons = { $server } { $version }, sans boutons
doctor-notifications-no-buttons-advice = ce serveur n'affiche pas de boutons : commencez, reportez ou sautez depuis la fenêtre de pause ou la zone de notification
doctor-sound-none = pas de serveur de son
doctor-sound-none-advice = { $why }. Les pauses et les exercices s'affichent toujours à l'écran et en notifications, sans signaux sonores
doctor-sound-pulse-compatible = un serveur compatible PulseAudio
doctor-voice-none = pas de speech-dispatcher
doctor-voice-running = speech-dispatcher, en marche ({ $socket })
doctor-voice-on-demand = speech-dispatcher, lancé au besoin ({ $program })
doctor-voice-not-installed = speech-dispatcher n'est pas installé, la voix ne peut donc pas parler ; les signaux sonores vous guident toujours. Pour entendre les exercices, installez speech-dispatcher et une voix (sous Debian et Ubuntu : speech-dispatcher espeak-ng).
doctor-idle-x11 = l'extension d'économiseur d'écran du serveur X
doctor-idle-none = pas de source d'inactivité
doctor-idle-none-advice = le temps loin du bureau n'est pas remarqué, il n'y a donc pas de pauses naturelles et la carte de pause s'affiche sans attendre une pause dans la frappe ; Sitbreak lit l'inactivité depuis ext-idle-notify-v1 ou org_kde_kwin_idle (Wayland), Mutter de GNOME, org.freedesktop.ScreenSaver ou le serveur X
doctor-suspend-logind = logind : un réveil est vu aussitôt ; un écran verrouillé compte comme inactif
doctor-suspend-no-logind = pas de logind sur le bus système
doctor-suspend-no-logind-advice = une veille est quand même remarquée par les horloges, dans la minute après le réveil
doctor-suspend-windows = notifications de session et messages d'alimentation
doctor-tray-notification-area = la zone de notification (Shell_NotifyIcon)
doctor-tray-not-in-area = pas encore dans la zone de notification
doctor-tray-not-in-area-advice = la barre des tâches de l'Explorateur ne tourne pas ; l'icône revient à son démarrage, et `sitbreak` ouvre la fenêtre en attendant
doctor-toasts = toasts, avec Commencer, Reporter et Sauter pour une pause
doctor-toasts-no-icon = pas de toasts, et pas d'icône pour afficher des bulles
doctor-toasts-no-icon-advice = pas de toasts ({ $why }), et pas de bulles sans l'icône ; les pauses ouvrent quand même la carte de pause
doctor-balloons = bulles
doctor-balloons-advice = pas de toasts ({ $why }), donc des bulles depuis l'icône de notification ; elles n'ont pas de boutons Commencer, Reporter ou Sauter, un clic ouvre donc la carte de pause, et le menu de l'icône a le reste
doctor-idle-no-answer = GetLastInputInfo n'a pas répondu
doctor-idle-no-answer-advice = le temps loin du bureau n'est pas remarqué, il n'y a donc pas de pauses naturelles
doctor-sound-windows = audio Windows (la sortie par défaut)
doctor-sound-no-output = pas de sortie
doctor-voice-no-voice = pas de voix
doctor-sapi = synthèse vocale de Windows (SAPI)
doctor-sapi-voice = synthèse vocale de Windows (SAPI), { $voice }
doctor-sapi-not-implemented = La synthèse vocale de Windows ne peut pas parler ici (Speak de SAPI n'est pas implémenté, comme sous Wine) ; les signaux sonores vous guident toujours
doctor-sapi-failed = Synthèse vocale de Windows : { $why } ; ajoutez une voix dans les paramètres de Windows (Heure et langue, Voix) ; les signaux sonores vous guident toujours
doctor-sapi-no-voice = La synthèse vocale de Windows n'a pas de voix ({ $why }) ; ajoutez une voix dans les paramètres de Windows (Heure et langue, Voix) ; les signaux sonores vous guident toujours
doctor-media-sessions = les sessions multimédias que Windows liste
doctor-media-none = pas de sessions multimédias
doctor-media-none-advice = Windows ne liste ici aucune session multimédia ({ $why }), la musique et les vidéos continuent donc pendant une pause ; il faut Windows 10 version 1809 ou plus récent

## `sitbreak stats`

cli-stats-heading = { $days } derniers jours (objectif : { $goal } { $goal ->
        [one] pause
       *[other] pauses
    } par jour)
cli-stats-day = jour
cli-stats-taken = faites
cli-stats-skipped = sautées
cli-stats-natural = naturelles
cli-stats-sat = assis
cli-stats-longest = plus long
cli-stats-stood = debout
cli-stats-changes = changements
cli-stats-longest-sitting = Plus longue période assise sans pause : { $time }
cli-stats-streak = Série : { $days } { $days ->
        [one] jour
       *[other] jours
    } avec l'objectif atteint

## Problèmes dans les fichiers que lit Sitbreak

store-history-line-skipped = { $place } : une ligne illisible ignorée ({ $reason })
store-builtin-problem = catalogue intégré : { $problem }
store-routine-file-unreadable = { $file } : illisible ({ $reason }) ; ignoré
store-routine-file-skipped = { $problem } (fichier ignoré)
