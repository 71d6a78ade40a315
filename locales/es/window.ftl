# Los textos de la ventana (solo `sitbreak-window` lee este archivo); el resto
# está en sitbreak.ftl. Traducidos a máquina, sin revisar.

## Idioma

language-system = Igual que el sistema ({ $language })
language-unreviewed = { $language } (sin revisar)
language-not-spoken = { $tag } (Sitbreak no lo habla; en inglés)

## Inicio

home-not-answering = Sitbreak no responde.
home-not-answering-hint = Inícialo con `sitbreak` y vuelve a abrir esta ventana.
home-heading = Inicio
home-ring-next-break = Próxima pausa en { $time }
home-ring-until-break = hasta tu pausa
home-ring-now = Ahora
home-ring-stand-up = hora de levantarse
home-ring-soon = Pronto
home-ring-when-free = cuando estés libre
home-ring-break = Pausa
home-ring-under-way = en curso
home-ring-paused = En pausa
home-ring-paused-until = en pausa hasta
home-ring-away = Ausente
home-ring-counts = cuenta como pausa
home-ring-off = Apagado
home-ring-off-hours = fuera del horario laboral
home-today =
    Hoy: { $taken ->
        [one] { $taken } pausa hecha
       *[other] { $taken } pausas hechas
    }, { $natural } naturales, { $skipped } saltadas
home-sat-today = Tiempo sentado hoy: { $time }
home-resume = Reanudar
home-take-break = Hacer una pausa ahora
home-next-routine = Próxima rutina
home-pause-reminders = Pausar recordatorios
home-key-break = pausa ahora
home-key-posture = de pie / sentado
home-key-settings = ajustes
home-key-statistics = estadísticas

## Barra y seguridad

nav-home = Inicio
nav-settings = Ajustes
nav-statistics = Estadísticas
summary-next-in = Próxima pausa en { $time }
shortcut-hint = Atajo: { $key }
safety-link = Seguridad y cuándo parar
safety-before-you-start = Antes de empezar
safety-when-to-stop = Cuándo parar y consultar
safety-tips = Consejos
safety-own-advice = { $note } (Consejo propio de Sitbreak, no de los artículos.)
safety-scroll = Desplazar las notas
safety-close = Cerrar
safety-read-again = Puedes volver a leerlas cuando quieras: "{ $link }" en Inicio y en el reproductor.

## Tarjeta de pausa, reproductor, parar y final

card-eyebrow = HORA DE LA PAUSA
card-keys-asleep = Las teclas funcionan aquí en cuanto dejas de teclear un momento o pasas el puntero sobre esta ventana
first-break-eyebrow = TU PRIMERA PAUSA
first-break-title = La seguridad primero
first-break-start = Entendido, empezar
player-routine-place = { $routine } · ejercicio { $number } de { $count }
player-left = quedan { $time }
player-progress = Rutina: ejercicio { $number } de { $count }
player-ring-get-ready = prepárate
player-ring-rep = repetición { $rep } de { $count }
player-ring-hold = mantén
player-paused = En pausa
player-get-into-position = Colócate en posición
player-careful = Cuidado:
player-scroll = Desplazar el ejercicio
player-back = Atrás
player-resume = Reanudar
player-pause = Pausa
player-next = Siguiente
player-hurt = Parar — me duele
player-ring-name-get-ready = Prepárate{ $side }: empieza en { $time }
player-ring-name-rep = Repetición { $rep } de { $count }{ $side }
player-ring-name-hold = Mantén{ $side }: quedan { $time }
hurt-eyebrow = PARADO
hurt-title = Has parado "{ $stretch }"
hurt-left-out = "{ $stretch }" queda fuera de las próximas rutinas.
hurt-leave-out = Dejar "{ $stretch }" fuera de las próximas rutinas
hurt-end = Terminar la pausa
hurt-continue = Seguir con el siguiente ejercicio
end-eyebrow = PAUSA TERMINADA
end-moved = Te levantaste y te moviste durante { $time }. Esta vez no se terminó ningún ejercicio.
end-did = Hiciste { $done } de { $total } ejercicios en { $time }.
end-next = Próxima pausa en { $time }.
end-done = Listo
cannot-play-eyebrow = NO SE PUEDE MOSTRAR ESTA RUTINA
cannot-play-title = Levántate y muévete un minuto

## Lo que oye un lector de pantalla

announce-break-due = Hora de levantarse: { $routine }, { $time }
announce-next-stretch = el siguiente ejercicio
announce-stretch = Ejercicio { $number } de { $count }: { $stretch }
announce-other-side = { $cue }: ahora el otro lado
announce-other-way = { $cue }: ahora en el otro sentido
announce-paused = En pausa. Espacio para reanudar.
announce-resumed = Reanudado.
announce-done = Pausa terminada. { $notes }
announce-the-stretch = el ejercicio
announce-stopped = { $stretch } parado. Lee abajo qué hacer ahora.
figure-showing = Figura que muestra { $stretch }

## Ajustes

settings-scroll = Desplazar los ajustes
settings-save = Guardar cambios
settings-revert = Deshacer cambios
settings-fix-fields = Hay campos que corregir antes de guardar.
settings-presets = Preajustes:
settings-preset-20-8-2 = 20-8-2 (sentado 20, de pie 8, moverse 2)
settings-preset-30-sit = 30 sentado, luego de pie y moverse
settings-hooks-intro = Órdenes que se ejecutan con eventos, como subir un escritorio motorizado. Solo se configuran en el archivo de ajustes, en [hooks].
settings-hook-last-failure = Último fallo: { $problem }
settings-hook-nothing = nada
settings-hook-test = Probar
settings-unreadable-title = No se pudieron leer tus ajustes
settings-unreadable-body = Los valores de abajo son los predeterminados, no los tuyos, así que guardar está desactivado. Comprueba que Sitbreak esté en marcha y vuelve a abrir los Ajustes.
settings-problems-title = Problemas en tus archivos
settings-problems-body = Cada valor de abajo se ignoró y se usó su valor predeterminado; corrige el archivo o guarda aquí para reemplazarlo.
settings-routines-in-rotation = Rutinas en rotación
settings-routine = { $routine } ({ $time })
settings-routine-floor = { $routine } ({ $time } · suelo)
settings-stretches = Ejercicios
settings-area-lost = Ninguna rutina estira ahora tu { $area }: dejaste fuera { $stretches }.
settings-open-a-stretch = Abre un ejercicio para ver sus pasos y de dónde viene.
settings-leave-out = Dejar fuera de mis rutinas
settings-careful = Cuidado: { $caution }
settings-articles-say = Lo que dicen los artículos, citado del artículo (en inglés)
settings-quote = "{ $quote }" ({ $article })
settings-sitbreaks-own = Lo que es propio de Sitbreak
settings-hear-chimes = Oír los avisos
settings-hear-cues = Oír las señales
settings-hear-voice = Oír la voz
settings-plays-through = Suena por { $device }.
settings-desktop = Integración con el escritorio
settings-desktop-looking = Examinando el escritorio…
settings-desktop-works = Funciona
settings-desktop-missing = Falta
settings-articles-advise = Los artículos aconsejan levantarse al menos cada 30 minutos.
settings-goal-follows = sigue tu horario: { $goal } al día
managed-locked = Fijado por tu organización
managed-default = Valor predeterminado de tu organización; puedes cambiarlo
managed-between = Tu organización permite de { $min } a { $max }
managed-at-least = Tu organización permite al menos { $min }
managed-at-most = Tu organización permite como mucho { $max }
managed-bounded = Limitado por tu organización

## Estadísticas

stats-scroll = Desplazar las estadísticas
stats-breaks-today =
    { $count ->
        [one] pausa hoy
       *[other] pausas hoy
    }
stats-day-streak = días seguidos
stats-longest-sitting = más tiempo sentado
stats-export = Exportar CSV
stats-export-hint = Escribe una fila por día en tu carpeta de datos de Sitbreak.
stats-breaks-per-day = Pausas por día, últimos { $days } días (objetivo: { $goal })
stats-taken = Hechas
stats-natural = Naturales
stats-skipped = Saltadas
stats-daily-goal = objetivo diario
stats-goal = Objetivo
stats-axis-breaks = pausas
stats-axis-hours = horas
stats-chart-breaks = Gráfico: pausas por día, últimos { $days } días
stats-sitting-standing = Sentado y de pie por día, últimos { $days } días
stats-sitting = Sentado
stats-standing = De pie
stats-chart-sitting = Gráfico: tiempo sentado y de pie por día, últimos { $days } días
stats-same-days = Los mismos días están en la tabla de abajo.
stats-last-weeks = Las últimas { $weeks } semanas
stats-when = Cuándo haces pausas, últimas { $weeks } semanas
stats-by-hour = Pausas por hora
stats-chart-by-hour = Gráfico: pausas por hora del día
stats-no-breaks-yet = Aún no hay pausas.
stats-busiest = La mayoría de las pausas, { $count }, empiezan entre las { $from } y las { $to }.
stats-describe = { $total } pausas en { $days } días; el objetivo de { $goal } se cumplió { $met } veces. Cada día está en la tabla de abajo.
stats-table = Los números, día a día
stats-row = { $counted } de { $goal } pausas ({ $taken } hechas, { $natural } naturales, { $skipped } saltadas), sentado { $sat }
stats-row-stood = , de pie { $stood }, { $changes } cambios de postura
calendar-name = Calendario de los últimos { $days } días
calendar-describe = El objetivo de { $goal } pausas se cumplió { $met } de { $days } días.
calendar-describe-best = El objetivo de { $goal } pausas se cumplió { $met } de { $days } días; el máximo de pausas, { $best }, el { $date }.
calendar-day = { $date }: { $counted } de { $goal } pausas
calendar-day-met = { $date }: { $counted } de { $goal } pausas, objetivo cumplido
calendar-no-breaks = Sin pausas
calendar-goal-met = Objetivo cumplido

## Teclas y avisos

key-start = empezar
key-snooze = posponer
key-skip = saltar
key-pause = pausa
key-back = atrás
key-next = siguiente
key-hurts = me duele
key-end-break = terminar la pausa
key-done = listo
key-close = cerrar
banner-hook-ran = El hook { $event } se ejecutó sin problemas.
banner-hook-failed = El hook { $event } falló: { $problem }
banner-not-saved-unreadable = No guardado: no se pudieron leer tus ajustes ({ $reason })
banner-fix-fields = Corrige los campos marcados en rojo; no se guardó nada
banner-saved = Guardado. Los nuevos ajustes se aplican ya.
banner-exported = Exportado a { $path }
banner-cannot-write = { $path }: no se puede escribir ({ $reason })
hint-between = { $min } a { $max }

## Ajustes: nombres de las claves (textos de ayuda aún en inglés)

setting-sit_interval = Levantarse cada
setting-break_length = Pausa más larga
setting-warn_before = Avisar antes de la pausa
setting-snooze_length = Posponer durante
setting-max_snoozes = Aplazamientos seguidos
setting-day_start = Un nuevo día empieza a las
setting-daily_goal = Objetivo diario (pausas)
setting-allow_floor = Incluir ejercicios en el suelo (hace falta esterilla y espacio)
setting-disabled_routines = Rutinas en rotación
setting-excluded_stretches = Ejercicios excluidos
setting-get_ready = Cuenta atrás antes de cada ejercicio
setting-strict = Modo estricto: las pausas no se pueden saltar
setting-natural_break_idle = Estar fuera este tiempo cuenta como pausa
setting-card_after_pause = Mostrar la tarjeta de pausa cuando dejas de teclear durante
setting-card_max_delay = … pero esperar como mucho
setting-hold_for_microphone = Esperar a que terminen las llamadas (micrófono en uso)
setting-hold_for_camera = Esperar mientras la cámara esté encendida
setting-hold_for_fullscreen = Esperar a que terminen las ventanas a pantalla completa
setting-hold_for_do_not_disturb = Esperar mientras "No molestar" esté activado
setting-hold_for_apps = Esperar mientras estos programas se ejecuten
setting-hold_at_most = … pero retener una pausa como mucho
setting-pause_media = Pausar música y vídeos durante la pausa
setting-notifications = Mostrar notificaciones
setting-autostart = Iniciar Sitbreak al iniciar sesión
setting-language = Idioma
setting-theme = Tema
setting-text_scale = Tamaño del texto
setting-motion = Figuras
setting-announce_every = Lector de pantalla: anunciar el tiempo restante cada
setting-volume = Volumen (%)
setting-break_sounds = Sonido antes y en cada pausa
setting-player_sounds = Señales durante los ejercicios
setting-voice = Leer los ejercicios en voz alta
setting-sit_stand = Sentado–de pie–moverse (para un escritorio elevable)
setting-sit_for = Sentado durante
setting-stand_for = Luego de pie durante
setting-working_hours-enabled = Recordar solo en horario laboral
setting-working_hours-mon = Lunes
setting-working_hours-tue = Martes
setting-working_hours-wed = Miércoles
setting-working_hours-thu = Jueves
setting-working_hours-fri = Viernes
setting-working_hours-sat = Sábado
setting-working_hours-sun = Domingo
setting-hooks-stand = Cuando me pongo de pie
setting-hooks-sit = Cuando me siento
setting-hooks-break_start = Cuando empieza una pausa
setting-hooks-break_end = Cuando termina una pausa
setting-hooks-pause = Cuando se pausan los recordatorios
setting-hooks-resume = Cuando se reanudan los recordatorios
setting-hooks-time_limit = Detener un hook después de
group-schedule = Horario
group-routines = Rutinas
group-behaviour = Comportamiento
group-appearance = Apariencia
group-sound = Sonido
group-working-hours = Horario laboral
group-hooks = Hooks
choice-system = Como el sistema
choice-light = Claro
choice-dark = Oscuro
choice-high-contrast = Alto contraste
choice-animate = Animadas
choice-still = Fijas
