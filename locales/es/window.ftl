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

## Ajustes: nombres de las claves

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

## Ajustes: textos de ayuda

setting-sit_interval-help = Tiempo sentado antes de que toque una pausa. Los artículos aconsejan levantarse al menos cada 30 minutos.
setting-break_length-help = La rutina más larga que elige la rotación.
setting-warn_before-help = Aviso antes de la pausa; "0s" para ninguno. Más corto que `sit_interval`.
setting-snooze_length-help = Cuánto retrasa la pausa un aplazamiento.
setting-max_snoozes-help = Aplazamientos permitidos seguidos.
setting-day_start-help = Cuándo termina "pausar hasta mañana" y empieza un nuevo día en las estadísticas.
setting-daily_goal-help = Pausas al día que cuentan para la racha. `0` sigue tu horario: una jornada (8 horas, o tu horario laboral) dividida entre `sit_interval`, es decir 16 con los valores predeterminados.
setting-allow_floor-help = Ofrecer ejercicios en el suelo (hacen falta esterilla y espacio).
setting-disabled_routines-help = Rutinas que nunca se eligen.
setting-excluded_stretches-help = Ejercicios que quedan fuera de todas las rutinas.
setting-get_ready-help = Tiempo para colocarse antes de que arranque el reloj de cada ejercicio, con cuenta atrás 3-2-1; "0s" empieza enseguida.
setting-strict-help = Las pausas no se pueden saltar.
setting-natural_break_idle-help = Estar lejos del ordenador este tiempo (sin teclado ni ratón, con la pantalla bloqueada o el equipo suspendido) cuenta como pausa para tu objetivo: lo bastante para que muy probablemente te hayas levantado. Diez minutos, porque leer cinco minutos sin tocar el ratón es habitual y no es una pausa. Una llamada o una ventana a pantalla completa nunca es ausencia.
setting-card_after_pause-help = La tarjeta de una pausa pendiente espera a que teclado y ratón descansen este tiempo, para que lo que escribes para otra aplicación nunca caiga en ella; "0s" la muestra enseguida.
setting-card_max_delay-help = Lo máximo que la tarjeta espera ese descanso. La notificación llega a su hora en cualquier caso.
setting-hold_for_microphone-help = Una pausa que toca mientras una aplicación graba el micrófono (una grabación de PulseAudio o PipeWire de una fuente que no es un monitor) espera, y llega unos 30 s después de que termine la grabación. La inactividad durante una llamada no es una pausa.
setting-hold_for_camera-help = Una pausa espera mientras un programa distinto del servidor de sonido tenga abierta una cámara (`/dev/video*`).
setting-hold_for_fullscreen-help = Una pausa espera mientras la ventana activa está a pantalla completa. Se detecta en X11 (y en ventanas de Xwayland); los compositores de Wayland no se lo dicen a otros programas.
setting-hold_for_do_not_disturb-help = Una pausa espera mientras "No molestar" del escritorio está activado: `Inhibited` del servidor de notificaciones (KDE Plasma y otros), o los avisos de notificación de GNOME desactivados.
setting-hold_for_apps-help = Nombres de programas, como los muestra `ps` (`zoom, teams`): una pausa espera mientras alguno se ejecute. Vacío por defecto.
setting-hold_at_most-help = Por ocupado que estés, una pausa retenida llega tras este tiempo, para que un micrófono atascado no retenga las pausas para siempre.
setting-pause_media-help = Pausa los reproductores que están sonando (MPRIS) cuando empieza una pausa, y reanuda esos mismos cuando termina; un reproductor que habías pausado sigue pausado.
setting-notifications-help = Notificaciones del escritorio.
setting-autostart-help = Iniciar con la sesión del escritorio.
setting-language-help = El idioma de la ventana, las notificaciones, la bandeja y la línea de órdenes: una etiqueta como "de" o "pt-BR", o "system" para el del escritorio (`LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG` en Linux; el idioma de pantalla en Windows). El inglés sustituye a un idioma que Sitbreak no habla y a cualquier mensaje que le falte a una traducción.
setting-theme-help = Colores de la ventana.
setting-text_scale-help = Tamaño del texto en la ventana.
setting-motion-help = "still" muestra las posturas clave de cada ejercicio como imágenes fijas en vez de animarlas; "system" sigue el ajuste de movimiento reducido del escritorio (el interruptor de animaciones de GNOME, leído por el portal de ajustes o gsettings).
setting-announce_every-help = Durante una postura mantenida, un lector de pantalla oye los segundos que quedan con esta frecuencia; "0s" nunca. El anillo del reproductor se puede leer en cualquier momento.
setting-volume-help = Volumen de todos los sonidos de Sitbreak, además del volumen del escritorio; `0` es silencio.
setting-break_sounds-help = Un aviso suave con el aviso previo a una pausa, y otro cuando toca levantarse.
setting-player_sounds-help = Durante una rutina: la cuenta atrás 3-2-1, el inicio de cada ejercicio, cada repetición, el cambio de lado, los tres últimos segundos de una postura y el final. "Parar — me duele" es silencioso.
setting-voice-help = Dice el nombre, los pasos y las precauciones de cada ejercicio, "cambia de lado" (o "cambia de sentido"), "dos más" y "listo", mediante el speech-dispatcher del escritorio, con tus ajustes de voz.
setting-sit_stand-help = Para un escritorio elevable: tras `sit_for` sentado, "Levántate — sube tu escritorio"; tras `stand_for` de pie, una pausa para moverse (una rutina); luego "Vuelve a sentarte en una postura un poco distinta". Di "Estoy de pie" o "Estoy sentado" cuando quieras y el horario te sigue. Sustituye a `sit_interval` mientras está activo. Sin él, "Estoy de pie" termina el tiempo sentado y reinicia el reloj: estar de pie quieto no es moverse, así que igualmente llega una pausa para moverse tras `sit_interval`.
setting-sit_for-help = Sentado–de pie–moverse: tiempo sentado antes de "Levántate". 20 minutos, como el 20-8-2 de Cornell (de fuera de los cinco artículos).
setting-stand_for-help = Sentado–de pie–moverse: tiempo de pie antes de la pausa para moverse; "0s" para ninguno, cuando la propia pausa te levanta ("30 sentado, luego de pie y moverse").
setting-working_hours-enabled-help = Recordar solo dentro del horario laboral.
setting-working_hours-mon-help = Horario de los lunes.
setting-working_hours-tue-help = Horario de los martes.
setting-working_hours-wed-help = Horario de los miércoles.
setting-working_hours-thu-help = Horario de los jueves.
setting-working_hours-fri-help = Horario de los viernes.
setting-working_hours-sat-help = Horario de los sábados.
setting-working_hours-sun-help = Horario de los domingos.
setting-hooks-stand-help = Se ejecuta cuando dices que estás de pie (para subir un escritorio motorizado, por ejemplo).
setting-hooks-sit-help = Se ejecuta cuando dices que estás sentado.
setting-hooks-break_start-help = Se ejecuta cuando empieza una pausa (para poner un estado en el chat, por ejemplo).
setting-hooks-break_end-help = Se ejecuta cuando termina una pausa, hecha, dejada o saltada.
setting-hooks-pause-help = Se ejecuta cuando se pausan los recordatorios.
setting-hooks-resume-help = Se ejecuta cuando se reanudan los recordatorios.
setting-hooks-time_limit-help = Un hook que sigue en marcha tras este tiempo se detiene y se informa.
