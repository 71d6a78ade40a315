# Les textes de la fenêtre (seul `sitbreak-window` lit ce fichier) ; le reste
# est dans sitbreak.ftl. Traduits par machine, pas encore relus.

## Langue

language-system = Comme le système ({ $language })
language-unreviewed = { $language } (pas encore relu)
language-not-spoken = { $tag } (Sitbreak ne la parle pas ; anglais à la place)

## Accueil

home-not-answering = Sitbreak ne répond pas.
home-not-answering-hint = Lancez-le avec `sitbreak` et rouvrez cette fenêtre.
home-heading = Accueil
home-ring-next-break = Prochaine pause dans { $time }
home-ring-until-break = avant votre pause
home-ring-now = Maintenant
home-ring-stand-up = c'est l'heure de se lever
home-ring-soon = Bientôt
home-ring-when-free = quand vous serez libre
home-ring-break = Pause
home-ring-under-way = en cours
home-ring-paused = Suspendu
home-ring-paused-until = suspendu jusqu'à
home-ring-away = Absent
home-ring-counts = compte comme une pause
home-ring-off = Arrêté
home-ring-off-hours = hors des heures de travail
home-today =
    Aujourd'hui : { $taken ->
        [one] { $taken } pause faite
       *[other] { $taken } pauses faites
    }, { $natural } naturelles, { $skipped } sautées
home-sat-today = Temps assis aujourd'hui : { $time }
home-resume = Reprendre
home-take-break = Faire une pause maintenant
home-next-routine = Prochaine routine
home-pause-reminders = Suspendre les rappels
home-key-break = pause maintenant
home-key-posture = debout / assis
home-key-settings = réglages
home-key-statistics = statistiques

## Barre et sécurité

nav-home = Accueil
nav-settings = Réglages
nav-statistics = Statistiques
summary-next-in = Prochaine pause dans { $time }
shortcut-hint = Raccourci : { $key }
safety-link = Sécurité et quand arrêter
safety-before-you-start = Avant de commencer
safety-when-to-stop = Quand arrêter et consulter
safety-tips = Conseils
safety-own-advice = { $note } (Conseil propre à Sitbreak, pas tiré des articles.)
safety-scroll = Faire défiler les notes
safety-close = Fermer
safety-read-again = Vous pouvez relire ceci à tout moment : « { $link } » sur l'accueil et dans le lecteur.

## Carte de pause, lecteur, arrêt et fin

card-eyebrow = C'EST LA PAUSE
card-keys-asleep = Les touches agissent ici dès que vous cessez de taper un instant, ou que vous passez le pointeur sur cette fenêtre
first-break-eyebrow = VOTRE PREMIÈRE PAUSE
first-break-title = La sécurité d'abord
first-break-start = J'ai compris, commencer
player-routine-place = { $routine } · exercice { $number } sur { $count }
player-left = encore { $time }
player-progress = Routine : exercice { $number } sur { $count }
player-ring-get-ready = préparez-vous
player-ring-rep = répétition { $rep } sur { $count }
player-ring-hold = tenez
player-paused = En pause
player-get-into-position = Mettez-vous en position
player-careful = Attention :
player-scroll = Faire défiler l'exercice
player-back = Retour
player-resume = Reprendre
player-pause = Pause
player-next = Suivant
player-hurt = Arrêter — ça fait mal
player-ring-name-get-ready = Préparez-vous{ $side } : début dans { $time }
player-ring-name-rep = Répétition { $rep } sur { $count }{ $side }
player-ring-name-hold = Tenez{ $side } : encore { $time }
hurt-eyebrow = ARRÊTÉ
hurt-title = Vous avez arrêté « { $stretch } »
hurt-left-out = « { $stretch } » est exclu des prochaines routines.
hurt-leave-out = Exclure « { $stretch } » des prochaines routines
hurt-end = Terminer la pause
hurt-continue = Continuer avec l'exercice suivant
end-eyebrow = PAUSE TERMINÉE
end-moved = Vous vous êtes levé et avez bougé pendant { $time }. Aucun exercice n'a été terminé cette fois.
end-did = Vous avez fait { $done } exercices sur { $total } en { $time }.
end-next = Prochaine pause dans { $time }.
end-done = Terminé
cannot-play-eyebrow = CETTE ROUTINE NE PEUT PAS ÊTRE AFFICHÉE
cannot-play-title = Levez-vous et bougez une minute

## Ce qu'entend un lecteur d'écran

announce-break-due = C'est l'heure de se lever : { $routine }, { $time }
announce-next-stretch = l'exercice suivant
announce-stretch = Exercice { $number } sur { $count } : { $stretch }
announce-other-side = { $cue } : maintenant l'autre côté
announce-other-way = { $cue } : maintenant dans l'autre sens
announce-paused = En pause. Espace pour reprendre.
announce-resumed = Reprise.
announce-done = Pause terminée. { $notes }
announce-the-stretch = l'exercice
announce-stopped = { $stretch } arrêté. Lisez la suite ci-dessous.
figure-showing = Figure montrant { $stretch }

## Réglages

settings-scroll = Faire défiler les réglages
settings-save = Enregistrer
settings-revert = Annuler les changements
settings-fix-fields = Certains champs sont à corriger avant d'enregistrer.
settings-presets = Préréglages :
settings-preset-20-8-2 = 20-8-2 (assis 20, debout 8, bouger 2)
settings-preset-30-sit = 30 assis, puis debout et bouger
settings-hooks-intro = Des commandes lancées lors d'événements, comme monter un bureau motorisé. Elles se règlent uniquement dans le fichier de réglages, sous [hooks].
settings-hook-last-failure = Dernier échec : { $problem }
settings-hook-nothing = rien
settings-hook-test = Tester
settings-unreadable-title = Vos réglages n'ont pas pu être lus
settings-unreadable-body = Les valeurs ci-dessous sont celles par défaut, pas les vôtres, l'enregistrement est donc désactivé. Vérifiez que Sitbreak tourne, puis rouvrez les Réglages.
settings-problems-title = Problèmes dans vos fichiers
settings-problems-body = Chaque valeur ci-dessous a été ignorée et sa valeur par défaut utilisée ; corrigez le fichier, ou enregistrez ici pour le remplacer.
settings-routines-in-rotation = Routines en rotation
settings-routine = { $routine } ({ $time })
settings-routine-floor = { $routine } ({ $time } · au sol)
settings-stretches = Exercices
settings-area-lost = Aucune routine n'étire plus votre { $area } : vous avez exclu { $stretches }.
settings-open-a-stretch = Ouvrez un exercice pour voir ses étapes et sa source.
settings-leave-out = Exclure de mes routines
settings-careful = Attention : { $caution }
settings-articles-say = Ce que disent les articles, cité de l'article (en anglais)
settings-quote = « { $quote } » ({ $article })
settings-sitbreaks-own = Ce qui est propre à Sitbreak
settings-hear-chimes = Écouter les carillons
settings-hear-cues = Écouter les signaux
settings-hear-voice = Écouter la voix
settings-plays-through = Joué sur { $device }.
settings-desktop = Intégration au bureau
settings-desktop-looking = Examen du bureau…
settings-desktop-works = Fonctionne
settings-desktop-missing = Manquant
settings-articles-advise = Les articles conseillent de se lever au moins toutes les 30 minutes.
settings-goal-follows = suit votre horaire : { $goal } par jour
managed-locked = Fixé par votre organisation
managed-default = Valeur par défaut de votre organisation ; modifiable
managed-between = Votre organisation permet de { $min } à { $max }
managed-at-least = Votre organisation permet au moins { $min }
managed-at-most = Votre organisation permet au plus { $max }
managed-bounded = Limité par votre organisation

## Statistiques

stats-scroll = Faire défiler les statistiques
stats-breaks-today =
    { $count ->
        [one] pause aujourd'hui
       *[other] pauses aujourd'hui
    }
stats-day-streak = jours d'affilée
stats-longest-sitting = plus longue période assise
stats-export = Exporter en CSV
stats-export-hint = Écrit une ligne par jour dans votre dossier de données Sitbreak.
stats-breaks-per-day = Pauses par jour, { $days } derniers jours (objectif : { $goal })
stats-taken = Faites
stats-natural = Naturelles
stats-skipped = Sautées
stats-daily-goal = objectif quotidien
stats-goal = Objectif
stats-axis-breaks = pauses
stats-axis-hours = heures
stats-chart-breaks = Graphique : pauses par jour, { $days } derniers jours
stats-sitting-standing = Assis et debout par jour, { $days } derniers jours
stats-sitting = Assis
stats-standing = Debout
stats-chart-sitting = Graphique : temps assis et debout par jour, { $days } derniers jours
stats-same-days = Les mêmes jours sont dans le tableau ci-dessous.
stats-last-weeks = Les { $weeks } dernières semaines
stats-when = Quand vous faites vos pauses, { $weeks } dernières semaines
stats-by-hour = Pauses par heure
stats-chart-by-hour = Graphique : pauses par heure de la journée
stats-no-breaks-yet = Pas encore de pauses.
stats-busiest = Le plus de pauses, { $count }, commencent entre { $from } et { $to }.
stats-describe = { $total } pauses en { $days } jours ; l'objectif de { $goal } a été atteint { $met } fois. Chaque jour est dans le tableau ci-dessous.
stats-table = Les chiffres, jour par jour
stats-row = { $counted } pauses sur { $goal } ({ $taken } faites, { $natural } naturelles, { $skipped } sautées), assis { $sat }
stats-row-stood = , debout { $stood }, { $changes } changements de posture
calendar-name = Calendrier des { $days } derniers jours
calendar-describe = L'objectif de { $goal } pauses a été atteint { $met } jours sur { $days }.
calendar-describe-best = L'objectif de { $goal } pauses a été atteint { $met } jours sur { $days } ; le plus de pauses, { $best }, le { $date }.
calendar-day = { $date } : { $counted } pauses sur { $goal }
calendar-day-met = { $date } : { $counted } pauses sur { $goal }, objectif atteint
calendar-no-breaks = Aucune pause
calendar-goal-met = Objectif atteint

## Touches et bandeaux

key-start = commencer
key-snooze = reporter
key-skip = sauter
key-pause = pause
key-back = retour
key-next = suivant
key-hurts = ça fait mal
key-end-break = terminer la pause
key-done = terminé
key-close = fermer
banner-hook-ran = Le hook { $event } s'est exécuté sans problème.
banner-hook-failed = Le hook { $event } a échoué : { $problem }
banner-not-saved-unreadable = Non enregistré : vos réglages n'ont pas pu être lus ({ $reason })
banner-fix-fields = Corrigez les champs en rouge ; rien n'a été enregistré
banner-saved = Enregistré. Les nouveaux réglages s'appliquent maintenant.
banner-exported = Exporté vers { $path }
banner-cannot-write = { $path } : écriture impossible ({ $reason })
hint-between = { $min } à { $max }

## Réglages : noms des clés

setting-sit_interval = Se lever toutes les
setting-break_length = Pause la plus longue
setting-warn_before = Prévenir avant la pause
setting-snooze_length = Reporter de
setting-max_snoozes = Reports d'affilée
setting-day_start = Un nouveau jour commence à
setting-daily_goal = Objectif quotidien (pauses)
setting-allow_floor = Inclure les exercices au sol (tapis et place au sol nécessaires)
setting-disabled_routines = Routines en rotation
setting-excluded_stretches = Exercices exclus
setting-get_ready = Décompte avant chaque exercice
setting-strict = Mode strict : les pauses ne peuvent pas être sautées
setting-natural_break_idle = Absent aussi longtemps compte comme une pause
setting-card_after_pause = Afficher la carte de pause quand la frappe s'arrête pendant
setting-card_max_delay = … mais attendre au plus
setting-hold_for_microphone = Attendre la fin des appels (micro utilisé)
setting-hold_for_camera = Attendre tant que la caméra est allumée
setting-hold_for_fullscreen = Attendre la fin des fenêtres en plein écran
setting-hold_for_do_not_disturb = Attendre tant que « Ne pas déranger » est activé
setting-hold_for_apps = Attendre tant que ces programmes tournent
setting-hold_at_most = … mais retenir une pause au plus
setting-pause_media = Mettre en pause musique et vidéos pendant la pause
setting-notifications = Afficher les notifications
setting-autostart = Lancer Sitbreak à la connexion
setting-language = Langue
setting-theme = Thème
setting-text_scale = Taille du texte
setting-motion = Figures
setting-announce_every = Lecteur d'écran : annoncer le temps restant toutes les
setting-volume = Volume (%)
setting-break_sounds = Son avant et à chaque pause
setting-player_sounds = Signaux pendant les exercices
setting-voice = Lire les exercices à voix haute
setting-sit_stand = Assis–debout–bouger (pour un bureau assis-debout)
setting-sit_for = Assis pendant
setting-stand_for = Puis debout pendant
setting-working_hours-enabled = Rappeler seulement pendant les heures de travail
setting-working_hours-mon = Lundi
setting-working_hours-tue = Mardi
setting-working_hours-wed = Mercredi
setting-working_hours-thu = Jeudi
setting-working_hours-fri = Vendredi
setting-working_hours-sat = Samedi
setting-working_hours-sun = Dimanche
setting-hooks-stand = Quand je me lève
setting-hooks-sit = Quand je m'assieds
setting-hooks-break_start = Quand une pause commence
setting-hooks-break_end = Quand une pause se termine
setting-hooks-pause = Quand les rappels sont suspendus
setting-hooks-resume = Quand les rappels reprennent
setting-hooks-time_limit = Arrêter un hook après
group-schedule = Horaire
group-routines = Routines
group-behaviour = Comportement
group-appearance = Apparence
group-sound = Son
group-working-hours = Heures de travail
group-hooks = Hooks
choice-system = Comme le système
choice-light = Clair
choice-dark = Sombre
choice-high-contrast = Contraste élevé
choice-animate = Animées
choice-still = Fixes

## Réglages : textes d'aide

setting-sit_interval-help = Temps assis avant qu'une pause soit due. Les articles conseillent de se lever au moins toutes les 30 minutes.
setting-break_length-help = La plus longue routine que choisit la rotation.
setting-warn_before-help = Avertissement avant la pause ; "0s" pour aucun. Plus court que `sit_interval`.
setting-snooze_length-help = De combien un report repousse la pause.
setting-max_snoozes-help = Reports permis d'affilée.
setting-day_start-help = Quand « suspendre jusqu'à demain » prend fin et quand un nouveau jour commence dans les statistiques.
setting-daily_goal-help = Pauses par jour qui comptent pour la série. `0` suit votre horaire : une journée de travail (8 heures, ou vos heures de travail) divisée par `sit_interval`, soit 16 par défaut.
setting-allow_floor-help = Proposer des exercices au sol (tapis et place au sol nécessaires).
setting-disabled_routines-help = Routines jamais choisies.
setting-excluded_stretches-help = Exercices exclus de toutes les routines.
setting-get_ready-help = Temps pour se mettre en position avant que l'horloge d'un exercice démarre, décompté 3-2-1 ; "0s" commence aussitôt.
setting-strict-help = Les pauses ne peuvent pas être sautées.
setting-natural_break_idle-help = Loin de l'ordinateur aussi longtemps (ni clavier ni souris, l'écran verrouillé ou la machine en veille) compte comme une pause pour votre objectif : assez longtemps pour que vous vous soyez très probablement levé. Dix minutes, car lire cinq minutes sans toucher la souris est courant et n'est pas une pause. Un appel ou une fenêtre en plein écran n'est jamais une absence.
setting-card_after_pause-help = La carte d'une pause due attend que clavier et souris se reposent aussi longtemps, pour qu'une frappe destinée à une autre application n'y arrive jamais ; "0s" l'affiche aussitôt.
setting-card_max_delay-help = Le plus long que la carte attend ce repos. La notification arrive à l'heure dans tous les cas.
setting-hold_for_microphone-help = Une pause due pendant qu'une application enregistre le micro (un enregistrement PulseAudio ou PipeWire d'une source qui n'est pas un moniteur) attend, et vient environ 30 s après la fin de l'enregistrement. L'inactivité pendant un appel n'est pas une pause.
setting-hold_for_camera-help = Une pause attend tant qu'un programme autre que le serveur de son a une caméra (`/dev/video*`) ouverte.
setting-hold_for_fullscreen-help = Une pause attend tant que la fenêtre active est en plein écran. Vu sous X11 (et pour les fenêtres Xwayland) ; les compositeurs Wayland ne le disent pas aux autres programmes.
setting-hold_for_do_not_disturb-help = Une pause attend tant que « Ne pas déranger » du bureau est activé : `Inhibited` du serveur de notifications (KDE Plasma et d'autres), ou les bannières de notification de GNOME désactivées.
setting-hold_for_apps-help = Noms de programmes, comme `ps` les affiche (`zoom, teams`) : une pause attend tant que l'un d'eux tourne. Vide par défaut.
setting-hold_at_most-help = Aussi occupé que vous soyez, une pause retenue vient après ce délai, pour qu'un micro bloqué ne retienne pas les pauses indéfiniment.
setting-pause_media-help = Met en pause les lecteurs multimédias en lecture (MPRIS) quand une pause commence, et reprend ces mêmes lecteurs à la fin ; un lecteur que vous aviez mis en pause le reste.
setting-notifications-help = Notifications du bureau.
setting-autostart-help = Démarrer avec la session du bureau.
setting-language-help = La langue de la fenêtre, des notifications, de la zone de notification et de la ligne de commande : une balise de langue comme "de" ou "pt-BR", ou "system" pour celle du bureau (`LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG` sous Linux ; la langue d'affichage sous Windows). L'anglais remplace une langue que Sitbreak ne parle pas, et tout message qui manque à une traduction.
setting-theme-help = Couleurs de la fenêtre.
setting-text_scale-help = Taille du texte dans la fenêtre.
setting-motion-help = "still" montre les positions clés de chaque exercice en images fixes au lieu de les animer ; "system" suit le réglage de mouvement réduit du bureau (l'interrupteur d'animations de GNOME, lu par le portail des réglages ou gsettings).
setting-announce_every-help = Pendant un maintien, un lecteur d'écran entend les secondes restantes à cet intervalle ; "0s" jamais. L'anneau du lecteur est lisible à tout moment.
setting-volume-help = Volume de tous les sons de Sitbreak, en plus du volume du bureau ; `0` est silencieux.
setting-break_sounds-help = Un carillon doux avec l'avertissement avant une pause, et un autre quand il est temps de se lever.
setting-player_sounds-help = Pendant une routine : le décompte 3-2-1, le début de chaque exercice, chaque répétition, le changement de côté, les trois dernières secondes d'un maintien, et la fin. « Arrêter — ça fait mal » est silencieux.
setting-voice-help = Dit le nom, les étapes et les précautions de chaque exercice, « changez de côté » (ou « changez de sens »), « encore deux » et « terminé », par le speech-dispatcher du bureau, avec vos réglages de voix.
setting-sit_stand-help = Pour un bureau assis-debout : après `sit_for` assis, « Levez-vous — montez votre bureau » ; après `stand_for` debout, une pause pour bouger (une routine) ; puis « Rasseyez-vous dans une position un peu différente ». Dites « Je suis debout » ou « Je suis assis » à tout moment et l'horaire vous suit. Remplace `sit_interval` tant qu'il est activé. Sans lui, « Je suis debout » termine la période assise et relance l'horloge : rester debout immobile n'est pas bouger, une pause pour bouger vient donc quand même après `sit_interval`.
setting-sit_for-help = Assis–debout–bouger : temps assis avant « Levez-vous ». 20 minutes, comme le 20-8-2 de Cornell (hors des cinq articles).
setting-stand_for-help = Assis–debout–bouger : temps debout avant la pause pour bouger ; "0s" pour aucun, quand la pause elle-même vous fait lever (« 30 assis, puis debout et bouger »).
setting-working_hours-enabled-help = Rappeler seulement pendant les heures de travail.
setting-working_hours-mon-help = Heures du lundi.
setting-working_hours-tue-help = Heures du mardi.
setting-working_hours-wed-help = Heures du mercredi.
setting-working_hours-thu-help = Heures du jeudi.
setting-working_hours-fri-help = Heures du vendredi.
setting-working_hours-sat-help = Heures du samedi.
setting-working_hours-sun-help = Heures du dimanche.
setting-hooks-stand-help = Lancé quand vous dites être debout (pour monter un bureau motorisé, par exemple).
setting-hooks-sit-help = Lancé quand vous dites être assis.
setting-hooks-break_start-help = Lancé quand une pause commence (pour régler un statut de messagerie, par exemple).
setting-hooks-break_end-help = Lancé quand une pause se termine, faite, quittée ou sautée.
setting-hooks-pause-help = Lancé quand les rappels sont suspendus.
setting-hooks-resume-help = Lancé quand les rappels reprennent.
setting-hooks-time_limit-help = Un hook qui tourne encore après ce délai est arrêté et signalé.
