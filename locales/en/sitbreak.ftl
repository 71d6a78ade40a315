# Sitbreak's words in English, the language every other falls back to,
# message by message. Each message says where it is shown. Values such as
# durations ("30m"), app names, file paths and setting keys come filled in.

## What holds a break back (status, tray, notifications)

busy-microphone = microphone in use by { $app }
busy-camera = camera in use by { $app }
busy-full-screen-titled = a full-screen window ({ $title })
busy-full-screen = a full-screen window
busy-do-not-disturb = Do Not Disturb is on
busy-running = { $app } is running
busy-just-ended = something that just ended (the break comes shortly)

## The status in one line (`sitbreak status`, Home, the tray)

summary-held = Break waiting: { $reason }
summary-standing = Standing: no break while you stand
summary-next-in-seconds = Next break in { $seconds } s
summary-next-in-minutes = Next break in { $minutes } min
summary-sitting = Sitting
summary-break-due = Time to stand up
summary-held-plain = Break waiting until you are free
summary-on-break = On a break
summary-paused-until = Paused until { $time }
summary-paused = Paused
summary-away = Away from the desk: that counts as a break
summary-off-hours = Outside working hours
# The tray's tooltip while sitting: the time of day of the next break.
tooltip-next-at = Next break at { $time }

## Why something asked was not done

refusal-strict = strict mode is on, so breaks cannot be skipped
refusal-nothing-to-skip = no break is due or running, so there is nothing to skip
refusal-nothing-to-snooze = no break is due, so there is nothing to snooze
refusal-no-snoozes-left = no snoozes left for this break: take it or skip it
refusal-already-on-break = a break is already running
refusal-not-on-break = no break is running
refusal-not-paused = reminders are not paused
refusal-pause-out-of-range = a pause must be longer than zero and at most 24 hours
refusal-no-such-routine = there is no routine "{ $id }"
refusal-nothing-to-play = every stretch of "{ $routine }" is left out or on the floor
refusal-no-such-stretch = no stretch "{ $id }"
refusal-invalid-settings = not saved: { $problems }
refusal-hooks-only-in-file = not saved: hooks run commands, so only the settings file ({ $file }) can change them
refusal-no-such-hook-event = there is no hook event "{ $event }"
refusal-no-hook-command = no command for "{ $event }" in { $file }
refusal-socket-only = a hook is tested, and the desktop looked at, from the Settings window or the socket

## A problem with a setting, and what was done about it

problem-unreadable = cannot read ({ $reason }); running on defaults
problem-not-toml = not valid TOML ({ $reason }); running on defaults
problem-wrong-type = must be { $expected }, not { $found }
expected-whole-number = a whole number
expected-true-or-false = true or false
expected-program-names = a list of program names
expected-command = a list of the program and its arguments, such as ["deskctl", "up"]
expected-ids = a list of { $noun } ids
expected-number = a number such as 1.25
expected-quoted-string = a quoted string
expected-registry-value = a number (REG_DWORD) or text (REG_SZ)
expected-registry-text = text (REG_SZ)
problem-not-a-table = must be a table: [{ $name }]
problem-out-of-range = { $value } is out of range
problem-out-of-range-between = { $value } is out of range ({ $min } to { $max })
problem-not-a-duration = "{ $text }" is not a duration like "30m" or "45s"
problem-not-a-time = "{ $text }" is not a time like "09:00"
problem-not-hours = "{ $text }" is not a range like "09:00-17:00" (or "off")
problem-start-not-before-end = "{ $text }": the start must be before the end
problem-not-one-of = "{ $text }" is not one of { $options }
problem-empty-program = the program (the first item) is empty
problem-newer-version = { $found } is newer than this Sitbreak understands ({ $understood }); keys it does not know are ignored
problem-bad-version = must be a whole number such as 1
problem-unknown-key = unknown key (ignored)
problem-unknown-key-in-table = unknown key (ignored); this table has { $known }
problem-warning-not-before-break = { $warn_before } must be shorter than sit_interval ({ $sit_interval })
problem-every-day-off = enabled but every day is off, so no reminder would ever come
problem-safe-value-used = { $problem }; using a safe value instead
problem-not-read-this-way = cannot be read this way
problem-locked = set by your organisation: { $applies } applies, not { $yours }
problem-out-of-bounds = { $yours } is outside what your organisation allows ({ $allowed }); { $applies } applies
bound-between = { $min } to { $max }
bound-at-least = at least { $min }
bound-at-most = at most { $max }
bound-none = no bound
problem-not-in-policy = hooks run commands on the person's desktop, so a policy cannot set them
problem-no-bounds = only durations and numbers can have bounds
problem-bad-bounds = bounds are written {"{"} min = …, max = … {"}"}, with min no more than max
problem-bound-not-named = a bound is a value named <setting>.min or <setting>.max
problem-not-a-language = "{ $text }" is not a language tag such as "de" or "pt-BR" (or "system")

## Why a hook failed

hook-could-not-start = { $program } could not start ({ $reason })
hook-exited = { $program } exited with status { $code }
hook-killed = { $program } was killed by a signal
hook-timed-out = { $program } was stopped after running longer than { $limit }

## An organisation's policy (`sitbreak doctor`, `status`)

policy-source = Set by your organisation, in { $source }:
policy-locked = locked at { $value }
policy-default = { $value } by default, yours to change
policy-between = from { $min } to { $max }
policy-at-least = at least { $min }
policy-at-most = at most { $max }
policy-set = set
policy-not-applied = not applied: { $problem }
no-policy-unix = No policy from an organisation (looked in $XDG_CONFIG_DIRS, /etc/xdg by default).
no-policy-windows = No policy from an organisation (looked in HKLM\SOFTWARE\Policies\Sitbreak and HKCU\SOFTWARE\Policies\Sitbreak).

## Notifications

warning-in-seconds =
    Stand-up break in { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    }
warning-in-minutes =
    Stand-up break in { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
warning-next-up = Next up: { $routine }. Finish your thought.
warning-body = Finish your thought.
held-title = Break after this
held-body = { $reason }: the break comes shortly after.
break-due-title = Time to stand up
break-due-routine-length = { $routine } · { $length }
break-due-body = Stand up and move for a minute.
refused-title = Sitbreak could not do that

## The tray menu

tray-take-break = Take a break now
tray-snooze = Snooze
tray-skip = Skip this break
tray-sitting = I'm sitting
tray-standing = I'm standing
tray-pause = Pause
tray-pause-minutes = { $minutes } minutes
tray-pause-hours =
    { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    }
tray-pause-until-tomorrow = Until tomorrow
tray-resume = Resume
tray-open = Open Sitbreak
tray-settings = Settings
tray-statistics = Statistics
tray-quit = Quit

## Sit–stand prompts (notifications and the prompt window)

prompt-stand-up-title = Stand up — raise your desk
prompt-stand-up-body = You have sat for { $sat }. Stand for { $stand }, then a short movement break.
prompt-sit-down-title = Sit back down in a slightly different position
prompt-sit-down-body = Not quite as before: shift how you sit.

## Notification buttons

button-open = Open
button-start = Start
button-snooze = Snooze { $minutes } min
button-skip = Skip
button-standing = I'm standing
button-not-now = Not now
button-sitting = I'm sitting
button-keep-standing = Keep standing

## Lengths of time, shown and spoken

# Shown: "45 s", "2 min 16 s", "12 min", "1 h 05 min".
span-seconds = { $seconds } s
span-minutes-seconds = { $minutes } min { $seconds } s
span-minutes = { $minutes } min
span-hours-minutes = { $hours } h { $minutes } min
# Spoken by a screen reader.
spoken-seconds =
    { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    }
spoken-about-minutes =
    { $minutes ->
        [one] about { $minutes } minute
       *[other] about { $minutes } minutes
    }
posture-sitting = Sitting
posture-standing = Standing

## Dates

date-day-month = { $day } { $month }
date-weekday-day-month = { $weekday } { $day } { $month }
weekday-mon = Mon
weekday-tue = Tue
weekday-wed = Wed
weekday-thu = Thu
weekday-fri = Fri
weekday-sat = Sat
weekday-sun = Sun
month-short =
    { $month ->
        [1] Jan
        [2] Feb
        [3] Mar
        [4] Apr
        [5] May
        [6] Jun
        [7] Jul
        [8] Aug
        [9] Sep
        [10] Oct
        [11] Nov
       *[12] Dec
    }

## The command line

cli-not-running = Sitbreak is not running (start it with `sitbreak`)
cli-refused = refused: { $reason }
cli-stopped = Sitbreak stopped.
cli-asked-to-stand = { $line } (asked to stand up)
cli-asked-to-sit = { $line } (asked to sit back down)
cli-hook-failed = A hook failed: { $problem }
cli-next-routine = Next routine: { $routine } ({ $time }) for { $areas }
cli-today = Today: { $taken } taken, { $skipped } skipped, { $natural } natural, { $sat } sat
cli-doctor-no-daemon = Sitbreak is not running; this is what it would find here.

## Shown by the command line and the window alike

home-under-a-minute = under a minute
# "Sitting for 12 min"
home-posture-for = { $posture } for { $time }
settings-desktop-session = Session: { $session }
hint-hours = 09:00-17:00 or off
hint-names = zoom, teams

## The stretches: what they work, where they are done, and their turns
## (the catalog sends values; these name them)

# Between the items of a list: "glutes, hips".
list-separator = {", "}
area-lower-back = lower back
area-piriformis = piriformis
area-glutes = glutes
area-hamstrings = hamstrings
area-hip-flexors = hip flexors
area-calves = calves
area-core = core
area-abdomen = abdomen
area-hips = hips
# What a day's rotation covers, beside the areas above.
group-piriformis-glutes = piriformis and glutes
position-standing = standing
position-seated = seated
position-floor = on the floor
kind-stretch = stretch
kind-strength = strengthening
kind-movement = movement
# Under a stretch's name: "hamstrings · seated", "core · standing · strengthening".
stretch-facts = { $areas } · { $position }
stretch-facts-kind = { $areas } · { $position } · { $kind }
# Shown at the halfway cue, and spoken.
turn-sides = Switch sides
turn-direction = Change direction
# The two halves' names: "Hold, first side".
turn-sides-first = first side
turn-sides-other = other side
turn-direction-first = one way
turn-direction-other = the other way
# Sitbreak's own caution, before the stretch's own, for every seated one.
caution-seated = Use a steady chair: one that rolls or swivels can move under you, so lock its wheels or brace a foot.
# Said wherever a stretch's sources are shown.
our-adaptation = The articles say which kinds of stretches and exercises help and why; for some exercises here (calf raises, the glute squeeze, the core braces, hip circles) they name only the kind. How to do each one (the steps, the hold time, the repetitions and the cautions) is Sitbreak's own adaptation for a desk, not the articles'.

## What the voice says through a routine

# A stretch's introduction: its name, then its steps and cautions.
speech-first = { $name }.
speech-next = Next: { $name }.
speech-turn = { $cue }.
speech-two-more = Two more.
speech-finished = Done. Well done.

## `sitbreak routines`

cli-routines = Routines
cli-stretches = Stretches
# After a routine that needs the floor.
cli-floor = (floor)

## What `sitbreak doctor` and Settings find of the desktop

part-tray = Tray icon
part-notifications = Notifications
part-idle = Idle time
part-suspend = Suspend and lock
part-sound = Sound
part-voice = Voice
part-media = Media pause
doctor-no-display = no display
doctor-tray-gnome = GNOME shows no tray icons without the AppIndicator extension (gnome-shell-extension-appindicator); breaks still come as notifications and windows
doctor-tray-no-host-advice = this desktop has no tray (StatusNotifierItem host); breaks still come as notifications and windows, and `sitbreak` opens the window
doctor-tray-shown = shown (StatusNotifierItem)
doctor-tray-host-running = a tray host is running (StatusNotifierItem)
doctor-tray-not-registered = a tray host is running, but the icon is not registered yet
doctor-tray-not-registered-advice = it registers again when the tray restarts; see the daemon's messages
doctor-tray-watcher-no-host = a tray watcher runs, but no host shows its icons
doctor-tray-no-host = no tray host
doctor-tray-no-session-bus = no session bus, so no tray
doctor-notifications-none = no notification server
doctor-notifications-none-advice = breaks still open their window, but nothing warns before them; install a notification server (mako, dunst, or your desktop's own)
# "Notification Daemon 1.0, with buttons (Start, Snooze, Skip)"
doctor-notifications-buttons = { $server } { $version }, with buttons (Start, Snooze, Skip)
doctor-notifications-no-buttons = { $server } { $version }, without buttons
doctor-notifications-no-buttons-advice = this server shows no buttons: start, snooze or skip from the break window or the tray
doctor-sound-none = no sound server
# $why: the sound server's own words.
doctor-sound-none-advice = { $why }. Breaks and stretches still show on screen and in notifications, without sound cues
doctor-sound-pulse-compatible = a PulseAudio-compatible server
doctor-voice-none = no speech-dispatcher
doctor-voice-running = speech-dispatcher, running ({ $socket })
doctor-voice-on-demand = speech-dispatcher, started when needed ({ $program })
doctor-voice-not-installed = speech-dispatcher is not installed, so the voice cannot speak; the sound cues still guide you. To hear the stretches, install speech-dispatcher and a voice (on Debian and Ubuntu: speech-dispatcher espeak-ng).
doctor-idle-x11 = the X server's screensaver extension
doctor-idle-none = no idle source
doctor-idle-none-advice = time away from the desk is not noticed, so there are no natural breaks and the break card shows without waiting for a pause in typing; Sitbreak reads idle time from ext-idle-notify-v1 or org_kde_kwin_idle (Wayland), GNOME's Mutter, org.freedesktop.ScreenSaver, or the X server
doctor-suspend-logind = logind: a resume is seen at once; a locked screen counts as idle
doctor-suspend-no-logind = no logind on the system bus
doctor-suspend-no-logind-advice = a suspend is still noticed from the clocks, within a minute of waking
# Windows.
doctor-suspend-windows = session notifications and power broadcasts
doctor-tray-notification-area = the notification area (Shell_NotifyIcon)
doctor-tray-not-in-area = not in the notification area yet
doctor-tray-not-in-area-advice = Explorer's taskbar is not running; the icon comes back when it starts, and `sitbreak` opens the window meanwhile
doctor-toasts = toasts, with Start, Snooze and Skip on a break's
doctor-toasts-no-icon = no toasts, and no icon to show balloons from
doctor-toasts-no-icon-advice = no toasts ({ $why }), and no balloons without the icon; breaks still open the break card
doctor-balloons = balloons
doctor-balloons-advice = no toasts ({ $why }), so balloons from the notification-area icon instead; they have no Start, Snooze or Skip buttons, so a click opens the break card, and the tray menu has the rest
doctor-idle-no-answer = GetLastInputInfo did not answer
doctor-idle-no-answer-advice = time away from the desk is not noticed, so there are no natural breaks
doctor-sound-windows = Windows audio (the default output)
doctor-sound-no-output = no output
doctor-voice-no-voice = no voice
doctor-sapi = Windows speech (SAPI)
doctor-sapi-voice = Windows speech (SAPI), { $voice }
doctor-sapi-not-implemented = Windows speech cannot speak here (SAPI's Speak is not implemented, as under Wine); the sound cues still guide you
doctor-sapi-failed = Windows speech: { $why }; add a voice in Windows' settings (Time & language, Speech); the sound cues still guide you
doctor-sapi-no-voice = Windows speech has no voice ({ $why }); add a voice in Windows' settings (Time & language, Speech); the sound cues still guide you
doctor-media-sessions = the media sessions Windows lists
doctor-media-none = no media sessions
doctor-media-none-advice = Windows lists no media sessions here ({ $why }), so music and videos keep playing through a break; it needs Windows 10 version 1809 or later

## `sitbreak stats`

cli-stats-heading =
    Last { $days } days (goal: { $goal ->
        [one] { $goal } break
       *[other] { $goal } breaks
    } a day)
# The table's column headings.
cli-stats-day = day
cli-stats-taken = taken
cli-stats-skipped = skipped
cli-stats-natural = natural
cli-stats-sat = sat
cli-stats-longest = longest
cli-stats-stood = stood
cli-stats-changes = changes
cli-stats-longest-sitting = Longest unbroken sitting: { $time }
cli-stats-streak =
    Streak: { $days ->
        [one] { $days } day
       *[other] { $days } days
    } meeting the goal

## Problems in the files Sitbreak reads (the place, then what is wrong;
## a routine file's own problem comes from the catalog's checks, in English)

# "history.jsonl:2: skipped an unreadable line (…)"
store-history-line-skipped = { $place }: skipped an unreadable line ({ $reason })
store-builtin-problem = built-in catalog: { $problem }
store-routine-file-unreadable = { $file }: cannot read ({ $reason }); skipped
store-routine-file-skipped = { $problem } (file skipped)
