# The window's words: only `sitbreak-window` reads this file. What the
# daemon and the command line say, and what every program shares, is in
# sitbreak.ftl, so the daemon parses no more than it shows.

## Settings: the language menu

# The desktop's own language, named.
language-system = Same as the system ({ $language })
language-unreviewed = { $language } (not yet reviewed)
language-not-spoken = { $tag } (Sitbreak does not speak it; English instead)

## The window: Home

home-not-answering = Sitbreak is not answering.
home-not-answering-hint = Start it with `sitbreak` and open this window again.
home-heading = Home
# The ring's name for a screen reader: "Next break in about 13 minutes".
home-ring-next-break = Next break in { $time }
home-ring-until-break = until your break
home-ring-now = Now
home-ring-stand-up = time to stand up
home-ring-soon = Soon
home-ring-when-free = when you are free
home-ring-break = Break
home-ring-under-way = under way
home-ring-paused = Paused
home-ring-paused-until = paused until
home-ring-away = Away
home-ring-counts = counts as a break
home-ring-off = Off
home-ring-off-hours = outside working hours
home-today =
    Today: { $taken ->
        [one] { $taken } break
       *[other] { $taken } breaks
    } taken, { $natural } natural, { $skipped } skipped
home-sat-today = Time sat today: { $time }
home-resume = Resume
home-take-break = Take a break now
home-next-routine = Next routine
home-pause-reminders = Pause reminders
home-key-break = break now
home-key-posture = standing / sitting
home-key-settings = settings
home-key-statistics = statistics

## The window: its bar, and safety

nav-home = Home
nav-settings = Settings
nav-statistics = Statistics
# The countdown in the bar: "Next break in 12 min".
summary-next-in = Next break in { $time }
shortcut-hint = Shortcut: { $key }
safety-link = Safety and when to stop
safety-before-you-start = Before you start
safety-when-to-stop = When to stop and see someone
safety-tips = Tips
safety-own-advice = { $note } (Sitbreak's own advice, not from the articles.)
safety-scroll = Scroll the notes
safety-close = Close
safety-read-again = You can read these again at any time: "{ $link }" on Home and in the player.

## The window: the break card, the player, "Stop — this hurts" and the end

card-eyebrow = BREAK TIME
card-keys-asleep = Keys work here once you stop typing for a moment, or move the pointer over this window
first-break-eyebrow = YOUR FIRST BREAK
first-break-title = Safety first
first-break-start = I understand, start
# "Low back reset · stretch 2 of 5"
player-routine-place = { $routine } · stretch { $number } of { $count }
player-left = { $time } left
player-progress = Routine: stretch { $number } of { $count }
player-ring-get-ready = get ready
player-ring-rep = rep { $rep } of { $count }
player-ring-hold = hold
player-paused = Paused
player-get-into-position = Get into position
player-careful = Careful:
player-scroll = Scroll the stretch
player-back = Back
player-resume = Resume
player-pause = Pause
player-next = Next
player-hurt = Stop — this hurts
# The ring's name for a screen reader; $side is ", left side" or empty.
player-ring-name-get-ready = Get ready{ $side }: starts in { $time }
player-ring-name-rep = Rep { $rep } of { $count }{ $side }
player-ring-name-hold = Hold{ $side }: { $time } left
hurt-eyebrow = STOPPED
hurt-title = You stopped “{ $stretch }”
hurt-left-out = “{ $stretch }” is left out of future routines.
hurt-leave-out = Leave “{ $stretch }” out of future routines
hurt-end = End the break
hurt-continue = Continue with the next stretch
end-eyebrow = BREAK DONE
end-moved = You stood up and moved for { $time }. No stretch was finished this time.
end-did = You did { $done } of { $total } stretches in { $time }.
end-next = Next break in { $time }.
end-done = Done
cannot-play-eyebrow = CANNOT SHOW THIS ROUTINE
cannot-play-title = Stand up and move for a minute

## What a screen reader hears as a break goes on

announce-break-due = Time to stand up: { $routine }, { $time }
announce-next-stretch = the next stretch
announce-stretch = Stretch { $number } of { $count }: { $stretch }
# $cue is "Switch sides" or "Change direction".
announce-other-side = { $cue }: now the other side
announce-other-way = { $cue }: now the other way
announce-paused = Paused. Space resumes.
announce-resumed = Resumed.
announce-done = Break done. { $notes }
announce-the-stretch = the stretch
announce-stopped = Stopped { $stretch }. Read what to do next below.
figure-showing = Figure showing { $stretch }

## The window: Settings

settings-scroll = Scroll the settings
settings-save = Save changes
settings-revert = Revert
settings-fix-fields = Some fields need fixing before saving.
settings-presets = Presets:
settings-preset-20-8-2 = 20-8-2 (sit 20, stand 8, move 2)
settings-preset-30-sit = 30 sit, then stand and move
settings-hooks-intro = Commands run on events, such as raising a motorised desk. They are set only in the settings file, under [hooks].
settings-hook-last-failure = Last failure: { $problem }
settings-hook-nothing = nothing
settings-hook-test = Test
settings-unreadable-title = Your settings could not be read
settings-unreadable-body = The values below are the defaults, not your settings, so saving is off. Check that Sitbreak is running, then open Settings again.
settings-problems-title = Problems in your files
settings-problems-body = Each value below was ignored and its default used; fix the file, or save here to replace it.
settings-routines-in-rotation = Routines in the rotation
settings-routine = { $routine } ({ $time })
settings-routine-floor = { $routine } ({ $time } · floor)
settings-stretches = Stretches
settings-area-lost = No routine stretches your { $area } now: you left out { $stretches }.
settings-open-a-stretch = Open a stretch to see its steps and where it comes from.
settings-leave-out = Leave out of my routines
settings-careful = Careful: { $caution }
# The quotes stay in the article's own words, whatever the language.
settings-articles-say = What the articles say, quoted from the article (English)
# A quotation, in the article's own language, and the article's title.
settings-quote = “{ $quote }” ({ $article })
settings-sitbreaks-own = What is Sitbreak's own
settings-hear-chimes = Hear the chimes
settings-hear-cues = Hear the cues
settings-hear-voice = Hear the voice
settings-plays-through = Plays through { $device }.
settings-desktop = Desktop integration
settings-desktop-looking = Looking at the desktop…
settings-desktop-works = Works
settings-desktop-missing = Missing
settings-articles-advise = The articles advise standing up at least every 30 minutes.
settings-goal-follows = follows your schedule: { $goal } a day
managed-locked = Set by your organisation
managed-default = Your organisation's default; yours to change
managed-between = Your organisation allows { $min } to { $max }
managed-at-least = Your organisation allows at least { $min }
managed-at-most = Your organisation allows at most { $max }
managed-bounded = Bounded by your organisation

## The window: Statistics

stats-scroll = Scroll the statistics
stats-breaks-today =
    { $count ->
        [one] break today
       *[other] breaks today
    }
stats-day-streak = day streak
stats-longest-sitting = longest sitting
stats-export = Export CSV
stats-export-hint = Writes one row a day to your Sitbreak data folder.
stats-breaks-per-day = Breaks per day, last { $days } days (goal: { $goal })
stats-taken = Taken
stats-natural = Natural
stats-skipped = Skipped
stats-daily-goal = daily goal
stats-goal = Goal
stats-axis-breaks = breaks
stats-axis-hours = hours
stats-chart-breaks = Chart: breaks per day, last { $days } days
stats-sitting-standing = Sitting and standing per day, last { $days } days
stats-sitting = Sitting
stats-standing = Standing
stats-chart-sitting = Chart: time sitting and standing per day, last { $days } days
stats-same-days = The same days in the table below.
stats-last-weeks = The last { $weeks } weeks
stats-when = When you take breaks, last { $weeks } weeks
stats-by-hour = Breaks by hour
stats-chart-by-hour = Chart: breaks by hour of the day
stats-no-breaks-yet = No breaks yet.
stats-busiest = Most breaks, { $count }, start between { $from } and { $to }.
stats-describe = { $total } breaks in { $days } days; the goal of { $goal } was met on { $met }. Each day is in the table below.
stats-table = The numbers, day by day
stats-row = { $counted } of { $goal } breaks ({ $taken } taken, { $natural } natural, { $skipped } skipped), sat { $sat }
stats-row-stood = , stood { $stood }, { $changes } changes of posture
calendar-name = Calendar of the last { $days } days
calendar-describe = The goal of { $goal } breaks was met on { $met } of { $days } days.
calendar-describe-best = The goal of { $goal } breaks was met on { $met } of { $days } days; the most breaks, { $best }, on { $date }.
calendar-day = { $date }: { $counted } of { $goal } breaks
calendar-day-met = { $date }: { $counted } of { $goal } breaks, goal met
calendar-no-breaks = No breaks
calendar-goal-met = Goal met

## The window: keys, banners

key-start = start
key-snooze = snooze
key-skip = skip
key-pause = pause
key-back = back
key-next = next
key-hurts = this hurts
key-end-break = end the break
key-done = done
key-close = close
banner-hook-ran = The { $event } hook ran without a problem.
banner-hook-failed = The { $event } hook failed: { $problem }
banner-not-saved-unreadable = Not saved: your settings could not be read ({ $reason })
banner-fix-fields = Fix the fields marked in red; nothing was saved
banner-saved = Saved. The new settings apply now.
banner-exported = Exported to { $path }
banner-cannot-write = { $path }: cannot write ({ $reason })

## Settings: hints in empty fields

hint-between = { $min } to { $max }
