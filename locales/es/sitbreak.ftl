# Los textos de Sitbreak en español. Traducidos a máquina y sin revisar por
# nadie cuya lengua materna sea el español: las correcciones son bienvenidas.
# Las duraciones como "30m", los nombres de aplicaciones, las rutas y las
# claves de ajustes se insertan tal cual.

## Lo que retiene una pausa

busy-microphone = micrófono en uso por { $app }
busy-camera = cámara en uso por { $app }
busy-full-screen-titled = una ventana a pantalla completa ({ $title })
busy-full-screen = una ventana a pantalla completa
busy-do-not-disturb = "No molestar" está activado
busy-running = { $app } se está ejecutando
busy-just-ended = algo que acaba de terminar (la pausa llega enseguida)

## El estado en una línea

summary-held = Pausa en espera: { $reason }
summary-standing = De pie: no hay pausa mientras estés de pie
summary-next-in-seconds = Próxima pausa en { $seconds } s
summary-next-in-minutes = Próxima pausa en { $minutes } min
summary-sitting = Sentado
summary-break-due = Hora de levantarse
summary-held-plain = Pausa en espera hasta que estés libre
summary-on-break = En pausa
summary-paused-until = Recordatorios en pausa hasta las { $time }
summary-paused = Recordatorios en pausa
summary-away = Lejos del escritorio: cuenta como pausa
summary-off-hours = Fuera del horario laboral
tooltip-next-at = Próxima pausa a las { $time }

## Por qué no se hizo algo

refusal-strict = el modo estricto está activado, así que las pausas no se pueden saltar
refusal-nothing-to-skip = no hay ninguna pausa pendiente ni en curso, así que no hay nada que saltar
refusal-nothing-to-snooze = no hay ninguna pausa pendiente, así que no hay nada que posponer
refusal-no-snoozes-left = no quedan aplazamientos para esta pausa: hazla o sáltala
refusal-already-on-break = ya hay una pausa en curso
refusal-not-on-break = no hay ninguna pausa en curso
refusal-not-paused = los recordatorios no están en pausa
refusal-pause-out-of-range = una pausa de recordatorios debe durar más de cero y como mucho 24 horas
refusal-no-such-routine = no hay ninguna rutina "{ $id }"
refusal-nothing-to-play = todos los ejercicios de "{ $routine }" están excluidos o son en el suelo
refusal-no-such-stretch = no hay ningún ejercicio "{ $id }"
refusal-invalid-settings = no guardado: { $problems }
refusal-hooks-only-in-file = no guardado: los hooks ejecutan órdenes, así que solo el archivo de ajustes ({ $file }) puede cambiarlos
refusal-no-such-hook-event = no hay ningún evento de hook "{ $event }"
refusal-no-hook-command = no hay orden para "{ $event }" en { $file }
refusal-socket-only = un hook se prueba, y el escritorio se examina, desde la ventana de Ajustes o el socket

## Un problema con un ajuste, y qué se hizo

problem-unreadable = no se puede leer ({ $reason }); se usan los valores predeterminados
problem-not-toml = TOML no válido ({ $reason }); se usan los valores predeterminados
problem-wrong-type = debe ser { $expected }, no { $found }
expected-whole-number = un número entero
expected-true-or-false = true o false
expected-program-names = una lista de nombres de programas
expected-command = una lista con el programa y sus argumentos, como ["deskctl", "up"]
expected-ids = una lista de identificadores de { $noun }
expected-number = un número como 1.25
expected-quoted-string = una cadena entre comillas
expected-registry-value = un número (REG_DWORD) o un texto (REG_SZ)
expected-registry-text = un texto (REG_SZ)
problem-not-a-table = debe ser una tabla: [{ $name }]
problem-out-of-range = { $value } está fuera de rango
problem-out-of-range-between = { $value } está fuera de rango ({ $min } a { $max })
problem-not-a-duration = "{ $text }" no es una duración como "30m" o "45s"
problem-not-a-time = "{ $text }" no es una hora como "09:00"
problem-not-hours = "{ $text }" no es un intervalo como "09:00-17:00" (u "off")
problem-start-not-before-end = "{ $text }": el inicio debe ser anterior al final
problem-not-one-of = "{ $text }" no es uno de { $options }
problem-empty-program = el programa (el primer elemento) está vacío
problem-newer-version = { $found } es más reciente de lo que entiende este Sitbreak ({ $understood }); las claves desconocidas se ignoran
problem-bad-version = debe ser un número entero como 1
problem-unknown-key = clave desconocida (ignorada)
problem-unknown-key-in-table = clave desconocida (ignorada); esta tabla tiene { $known }
problem-warning-not-before-break = { $warn_before } debe ser más corto que sit_interval ({ $sit_interval })
problem-every-day-off = activado pero todos los días están desactivados, así que nunca llegaría un recordatorio
problem-safe-value-used = { $problem }; se usa un valor seguro en su lugar
problem-not-read-this-way = no se puede leer así
problem-locked = fijado por tu organización: se aplica { $applies }, no { $yours }
problem-out-of-bounds = { $yours } está fuera de lo que permite tu organización ({ $allowed }); se aplica { $applies }
bound-between = { $min } a { $max }
bound-at-least = al menos { $min }
bound-at-most = como mucho { $max }
bound-none = sin límite
problem-not-in-policy = los hooks ejecutan órdenes en el escritorio de la persona, así que una directiva no puede fijarlos
problem-no-bounds = solo las duraciones y los números pueden tener límites
problem-bad-bounds = los límites se escriben {"{"} min = …, max = … {"}"}, con min no mayor que max
problem-bound-not-named = un límite es un valor llamado <ajuste>.min o <ajuste>.max
problem-not-a-language = "{ $text }" no es una etiqueta de idioma como "de" o "pt-BR" (o "system")

## Por qué falló un hook

hook-could-not-start = { $program } no pudo iniciarse ({ $reason })
hook-exited = { $program } terminó con el estado { $code }
hook-killed = { $program } fue terminado por una señal
hook-timed-out = { $program } se detuvo tras ejecutarse más de { $limit }

## La directiva de una organización

policy-source = Fijado por tu organización, en { $source }:
policy-locked = bloqueado en { $value }
policy-default = { $value } por defecto, puedes cambiarlo
policy-between = de { $min } a { $max }
policy-at-least = al menos { $min }
policy-at-most = como mucho { $max }
policy-set = fijado
policy-not-applied = no aplicado: { $problem }
no-policy-unix = Ninguna directiva de una organización (buscada en $XDG_CONFIG_DIRS, /etc/xdg por defecto).
no-policy-windows = Ninguna directiva de una organización (buscada en HKLM\SOFTWARE\Policies\Sitbreak y HKCU\SOFTWARE\Policies\Sitbreak).

## Notificaciones

warning-in-seconds =
    Pausa para levantarse en { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    }
warning-in-minutes =
    Pausa para levantarse en { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }
warning-next-up = A continuación: { $routine }. Termina lo que estás pensando.
warning-body = Termina lo que estás pensando.
held-title = Pausa después de esto
held-body = { $reason }: la pausa llega poco después.
break-due-title = Hora de levantarse
break-due-routine-length = { $routine } · { $length }
break-due-body = Levántate y muévete un minuto.
refused-title = Sitbreak no pudo hacerlo

## El menú de la bandeja

tray-take-break = Hacer una pausa ahora
tray-snooze = Posponer
tray-skip = Saltar esta pausa
tray-sitting = Estoy sentado
tray-standing = Estoy de pie
tray-pause = Pausar
tray-pause-minutes = { $minutes } minutos
tray-pause-hours =
    { $hours ->
        [one] { $hours } hora
       *[other] { $hours } horas
    }
tray-pause-until-tomorrow = Hasta mañana
tray-resume = Reanudar
tray-open = Abrir Sitbreak
tray-settings = Ajustes
tray-statistics = Estadísticas
tray-quit = Salir

## Sentado–de pie

prompt-stand-up-title = Levántate — sube tu escritorio
prompt-stand-up-body = Llevas { $sat } sentado. Quédate de pie { $stand } y luego haz una breve pausa para moverte.
prompt-sit-down-title = Vuelve a sentarte en una postura un poco distinta
prompt-sit-down-body = No exactamente como antes: cambia tu forma de sentarte.

## Botones de las notificaciones

button-open = Abrir
button-start = Empezar
button-snooze = Posponer { $minutes } min
button-skip = Saltar
button-standing = Estoy de pie
button-not-now = Ahora no
button-sitting = Estoy sentado
button-keep-standing = Seguir de pie

## Duraciones, mostradas y habladas

span-seconds = { $seconds } s
span-minutes-seconds = { $minutes } min { $seconds } s
span-minutes = { $minutes } min
span-hours-minutes = { $hours } h { $minutes } min
spoken-seconds =
    { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    }
spoken-about-minutes =
    { $minutes ->
        [one] alrededor de { $minutes } minuto
       *[other] alrededor de { $minutes } minutos
    }
posture-sitting = Sentado
posture-standing = De pie

## Fechas

date-day-month = { $day } { $month }
date-weekday-day-month = { $weekday } { $day } { $month }
weekday-mon = lun
weekday-tue = mar
weekday-wed = mié
weekday-thu = jue
weekday-fri = vie
weekday-sat = sáb
weekday-sun = dom
month-short =
    { $month ->
        [1] ene
        [2] feb
        [3] mar
        [4] abr
        [5] may
        [6] jun
        [7] jul
        [8] ago
        [9] sept
        [10] oct
        [11] nov
       *[12] dic
    }

## La línea de órdenes

cli-not-running = Sitbreak no se está ejecutando (inícialo con `sitbreak`)
cli-refused = rechazado: { $reason }
cli-stopped = Sitbreak detenido.
cli-asked-to-stand = { $line } (se pidió levantarse)
cli-asked-to-sit = { $line } (se pidió volver a sentarse)
cli-hook-failed = Un hook falló: { $problem }
cli-next-routine = Próxima rutina: { $routine } ({ $time }) para { $areas }
cli-today = Hoy: { $taken } hechas, { $skipped } saltadas, { $natural } naturales, { $sat } sentado
cli-doctor-no-daemon = Sitbreak no se está ejecutando; esto es lo que encontraría aquí.

## Línea de órdenes y ventana

home-under-a-minute = menos de un minuto
home-posture-for = { $posture } desde hace { $time }
settings-desktop-session = Sesión: { $session }
hint-hours = 09:00-17:00 u off
hint-names = zoom, teams

## Los ejercicios: qué trabajan, dónde se hacen, sus cambios

list-separator = {", "}
area-lower-back = zona lumbar
area-piriformis = piriforme
area-glutes = glúteos
area-hamstrings = isquiotibiales
area-hip-flexors = flexores de la cadera
area-calves = gemelos
area-core = core
area-abdomen = abdomen
area-hips = caderas
group-piriformis-glutes = piriforme y glúteos
position-standing = de pie
position-seated = sentado
position-floor = en el suelo
kind-stretch = estiramiento
kind-strength = fortalecimiento
kind-movement = movimiento
stretch-facts = { $areas } · { $position }
stretch-facts-kind = { $areas } · { $position } · { $kind }
turn-sides = Cambia de lado
turn-direction = Cambia de sentido
turn-sides-first = primer lado
turn-sides-other = otro lado
turn-direction-first = en un sentido
turn-direction-other = en el otro sentido
caution-seated = Usa una silla estable: una con ruedas o giratoria puede moverse debajo de ti, así que bloquea sus ruedas o apoya bien un pie.
our-adaptation = Los artículos dicen qué tipos de estiramientos y ejercicios ayudan y por qué; para algunos ejercicios de aquí (elevaciones de talones, contracción de glúteos, activación del core, círculos de cadera) solo nombran el tipo. Cómo hacer cada uno (los pasos, el tiempo de mantenimiento, las repeticiones y las precauciones) es una adaptación propia de Sitbreak para el escritorio, no de los artículos.

## Lo que dice la voz durante una rutina

speech-first = { $name }.
speech-next = A continuación: { $name }.
speech-turn = { $cue }.
speech-two-more = Dos más.
speech-finished = Listo. Bien hecho.

## `sitbreak routines`

cli-routines = Rutinas
cli-stretches = Ejercicios
cli-floor = (suelo)

## Lo que `sitbreak doctor` y los Ajustes encuentran del escritorio

part-tray = Icono de la bandeja
part-notifications = Notificaciones
part-idle = Tiempo de inactividad
part-suspend = Suspensión y bloqueo
part-sound = Sonido
part-voice = Voz
part-media = Pausa de multimedia
doctor-no-display = sin pantalla
doctor-tray-gnome = GNOME no muestra iconos de bandeja sin la extensión AppIndicator (gnome-shell-extension-appindicator); las pausas siguen llegando como notificaciones y ventanas
doctor-tray-no-host-advice = este escritorio no tiene bandeja (host StatusNotifierItem); las pausas siguen llegando como notificaciones y ventanas, y `sitbreak` abre la ventana
doctor-tray-shown = visible (StatusNotifierItem)
doctor-tray-host-running = hay una bandeja en marcha (StatusNotifierItem)
doctor-tray-not-registered = hay una bandeja en marcha, pero el icono aún no está registrado
doctor-tray-not-registered-advice = se vuelve a registrar cuando la bandeja se reinicia; mira los mensajes del servicio
doctor-tray-watcher-no-host = hay un observador en marcha, pero ningún host muestra sus iconos
doctor-tray-no-host = sin bandeja
doctor-tray-no-session-bus = sin bus de sesión, así que sin bandeja
doctor-notifications-none = sin servidor de notificaciones
doctor-notifications-none-advice = las pausas siguen abriendo su ventana, pero nada avisa antes; instala un servidor de notificaciones (mako, dunst o el de tu escritorio)
doctor-notifications-buttons = { $server } { $version }, con botones (Empezar, Posponer, Saltar)
doctor-notifications-no-buttons = { $server } { $version }, sin botones
doctor-notifications-no-buttons-advice = este servidor no muestra botones: empieza, pospón o salta desde la ventana de la pausa o la bandeja
doctor-sound-none = sin servidor de sonido
doctor-sound-none-advice = { $why }. Las pausas y los ejercicios siguen apareciendo en pantalla y en notificaciones, sin señales sonoras
doctor-sound-pulse-compatible = un servidor compatible con PulseAudio
doctor-voice-none = sin speech-dispatcher
doctor-voice-running = speech-dispatcher, en marcha ({ $socket })
doctor-voice-on-demand = speech-dispatcher, se inicia cuando hace falta ({ $program })
doctor-voice-not-installed = speech-dispatcher no está instalado, así que la voz no puede hablar; las señales sonoras siguen guiándote. Para oír los ejercicios, instala speech-dispatcher y una voz (en Debian y Ubuntu: speech-dispatcher espeak-ng).
doctor-idle-x11 = la extensión de salvapantallas del servidor X
doctor-idle-none = sin fuente de inactividad
doctor-idle-none-advice = el tiempo lejos del escritorio no se nota, así que no hay pausas naturales y la tarjeta de pausa aparece sin esperar una pausa al teclear; Sitbreak lee la inactividad de ext-idle-notify-v1 u org_kde_kwin_idle (Wayland), Mutter de GNOME, org.freedesktop.ScreenSaver o el servidor X
doctor-suspend-logind = logind: una reanudación se ve enseguida; una pantalla bloqueada cuenta como inactividad
doctor-suspend-no-logind = sin logind en el bus del sistema
doctor-suspend-no-logind-advice = una suspensión se nota igualmente por los relojes, en el minuto siguiente al despertar
doctor-suspend-windows = notificaciones de sesión y avisos de energía
doctor-tray-notification-area = el área de notificación (Shell_NotifyIcon)
doctor-tray-not-in-area = aún no está en el área de notificación
doctor-tray-not-in-area-advice = la barra de tareas del Explorador no se está ejecutando; el icono vuelve cuando arranque, y mientras tanto `sitbreak` abre la ventana
doctor-toasts = notificaciones del sistema, con Empezar, Posponer y Saltar en las de pausa
doctor-toasts-no-icon = sin notificaciones del sistema ni icono para mostrar globos
doctor-toasts-no-icon-advice = sin notificaciones del sistema ({ $why }) y sin globos sin el icono; las pausas siguen abriendo la tarjeta de pausa
doctor-balloons = globos
doctor-balloons-advice = sin notificaciones del sistema ({ $why }), así que globos desde el icono del área de notificación; no tienen botones Empezar, Posponer ni Saltar, así que un clic abre la tarjeta de pausa, y el menú del icono tiene el resto
doctor-idle-no-answer = GetLastInputInfo no respondió
doctor-idle-no-answer-advice = el tiempo lejos del escritorio no se nota, así que no hay pausas naturales
doctor-sound-windows = audio de Windows (la salida predeterminada)
doctor-sound-no-output = sin salida
doctor-voice-no-voice = sin voz
doctor-sapi = voz de Windows (SAPI)
doctor-sapi-voice = voz de Windows (SAPI), { $voice }
doctor-sapi-not-implemented = La voz de Windows no puede hablar aquí (Speak de SAPI no está implementado, como en Wine); las señales sonoras siguen guiándote
doctor-sapi-failed = Voz de Windows: { $why }; añade una voz en la configuración de Windows (Hora e idioma, Voz); las señales sonoras siguen guiándote
doctor-sapi-no-voice = La voz de Windows no tiene voz ({ $why }); añade una voz en la configuración de Windows (Hora e idioma, Voz); las señales sonoras siguen guiándote
doctor-media-sessions = las sesiones multimedia que lista Windows
doctor-media-none = sin sesiones multimedia
doctor-media-none-advice = Windows no lista aquí sesiones multimedia ({ $why }), así que la música y los vídeos siguen durante una pausa; hace falta Windows 10 versión 1809 o posterior

## `sitbreak stats`

cli-stats-heading = Últimos { $days } días (objetivo: { $goal } { $goal ->
        [one] pausa
       *[other] pausas
    } al día)
cli-stats-day = día
cli-stats-taken = hechas
cli-stats-skipped = saltadas
cli-stats-natural = naturales
cli-stats-sat = sentado
cli-stats-longest = más largo
cli-stats-stood = de pie
cli-stats-changes = cambios
cli-stats-longest-sitting = Más tiempo sentado sin pausa: { $time }
cli-stats-streak = Racha: { $days } { $days ->
        [one] día
       *[other] días
    } cumpliendo el objetivo

## Problemas en los archivos que lee Sitbreak

store-history-line-skipped = { $place }: se omitió una línea ilegible ({ $reason })
store-builtin-problem = catálogo integrado: { $problem }
store-routine-file-unreadable = { $file }: no se puede leer ({ $reason }); omitido
store-routine-file-skipped = { $problem } (archivo omitido)
