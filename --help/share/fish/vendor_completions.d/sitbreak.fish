# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_sitbreak_global_optspecs
    string join \n hidden h/help V/version
end

function __fish_sitbreak_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_sitbreak_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_sitbreak_using_subcommand
    set -l cmd (__fish_sitbreak_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c sitbreak -n "__fish_sitbreak_needs_command" -l hidden -d 'Start into the tray only, without opening the window (for autostart)'
complete -c sitbreak -n "__fish_sitbreak_needs_command" -s h -l help -d 'Print help'
complete -c sitbreak -n "__fish_sitbreak_needs_command" -s V -l version -d 'Print version'
complete -c sitbreak -n "__fish_sitbreak_needs_command" -f -a "status" -d 'Show the schedule: next break, pause, today\'s breaks'
complete -c sitbreak -n "__fish_sitbreak_needs_command" -f -a "break" -d 'Take a break now'
complete -c sitbreak -n "__fish_sitbreak_needs_command" -f -a "snooze" -d 'Put off the coming break'
complete -c sitbreak -n "__fish_sitbreak_needs_command" -f -a "skip" -d 'Skip the coming break (refused in strict mode)'
complete -c sitbreak -n "__fish_sitbreak_needs_command" -f -a "pause" -d 'Pause reminders: 30m, 1h, 2h (up to 24h) or tomorrow'
complete -c sitbreak -n "__fish_sitbreak_needs_command" -f -a "resume" -d 'Resume reminders after a pause'
complete -c sitbreak -n "__fish_sitbreak_needs_command" -f -a "open" -d 'Open the Sitbreak window'
complete -c sitbreak -n "__fish_sitbreak_needs_command" -f -a "settings" -d 'Open the window on settings'
complete -c sitbreak -n "__fish_sitbreak_needs_command" -f -a "quit" -d 'Stop the daemon'
complete -c sitbreak -n "__fish_sitbreak_needs_command" -f -a "routines" -d 'List the stretch routines and stretches (built-in and your own)'
complete -c sitbreak -n "__fish_sitbreak_needs_command" -f -a "check-routines" -d 'Validate routine files; exits 1 with file:line messages on errors. With --sources, also check that every quote appears word for word in the article it cites (the built-in catalog\'s when no file is named)'
complete -c sitbreak -n "__fish_sitbreak_needs_command" -f -a "doctor" -d 'Say what this desktop offers Sitbreak (tray, notifications, idle time, suspend) and what to do about anything missing'
complete -c sitbreak -n "__fish_sitbreak_needs_command" -f -a "stats" -d 'Show break statistics from the history'
complete -c sitbreak -n "__fish_sitbreak_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sitbreak -n "__fish_sitbreak_using_subcommand status" -l json -d 'Print JSON instead of a sentence'
complete -c sitbreak -n "__fish_sitbreak_using_subcommand status" -s h -l help -d 'Print help'
complete -c sitbreak -n "__fish_sitbreak_using_subcommand break" -s h -l help -d 'Print help'
complete -c sitbreak -n "__fish_sitbreak_using_subcommand snooze" -s h -l help -d 'Print help'
complete -c sitbreak -n "__fish_sitbreak_using_subcommand skip" -s h -l help -d 'Print help'
complete -c sitbreak -n "__fish_sitbreak_using_subcommand pause" -s h -l help -d 'Print help'
complete -c sitbreak -n "__fish_sitbreak_using_subcommand resume" -s h -l help -d 'Print help'
complete -c sitbreak -n "__fish_sitbreak_using_subcommand open" -s h -l help -d 'Print help'
complete -c sitbreak -n "__fish_sitbreak_using_subcommand settings" -s h -l help -d 'Print help'
complete -c sitbreak -n "__fish_sitbreak_using_subcommand quit" -s h -l help -d 'Print help'
complete -c sitbreak -n "__fish_sitbreak_using_subcommand routines" -l json -d 'Print JSON instead of a table'
complete -c sitbreak -n "__fish_sitbreak_using_subcommand routines" -s h -l help -d 'Print help'
complete -c sitbreak -n "__fish_sitbreak_using_subcommand check-routines" -l sources -d 'The folder holding the articles, under the file names the catalog gives them' -r -F
complete -c sitbreak -n "__fish_sitbreak_using_subcommand check-routines" -s h -l help -d 'Print help'
complete -c sitbreak -n "__fish_sitbreak_using_subcommand doctor" -l json -d 'Print JSON instead of sentences'
complete -c sitbreak -n "__fish_sitbreak_using_subcommand doctor" -s h -l help -d 'Print help'
complete -c sitbreak -n "__fish_sitbreak_using_subcommand stats" -l days -d 'Number of days to show, ending today' -r
complete -c sitbreak -n "__fish_sitbreak_using_subcommand stats" -l json -d 'Print JSON instead of a table'
complete -c sitbreak -n "__fish_sitbreak_using_subcommand stats" -s h -l help -d 'Print help'
complete -c sitbreak -n "__fish_sitbreak_using_subcommand help; and not __fish_seen_subcommand_from status break snooze skip pause resume open settings quit routines check-routines doctor stats help" -f -a "status" -d 'Show the schedule: next break, pause, today\'s breaks'
complete -c sitbreak -n "__fish_sitbreak_using_subcommand help; and not __fish_seen_subcommand_from status break snooze skip pause resume open settings quit routines check-routines doctor stats help" -f -a "break" -d 'Take a break now'
complete -c sitbreak -n "__fish_sitbreak_using_subcommand help; and not __fish_seen_subcommand_from status break snooze skip pause resume open settings quit routines check-routines doctor stats help" -f -a "snooze" -d 'Put off the coming break'
complete -c sitbreak -n "__fish_sitbreak_using_subcommand help; and not __fish_seen_subcommand_from status break snooze skip pause resume open settings quit routines check-routines doctor stats help" -f -a "skip" -d 'Skip the coming break (refused in strict mode)'
complete -c sitbreak -n "__fish_sitbreak_using_subcommand help; and not __fish_seen_subcommand_from status break snooze skip pause resume open settings quit routines check-routines doctor stats help" -f -a "pause" -d 'Pause reminders: 30m, 1h, 2h (up to 24h) or tomorrow'
complete -c sitbreak -n "__fish_sitbreak_using_subcommand help; and not __fish_seen_subcommand_from status break snooze skip pause resume open settings quit routines check-routines doctor stats help" -f -a "resume" -d 'Resume reminders after a pause'
complete -c sitbreak -n "__fish_sitbreak_using_subcommand help; and not __fish_seen_subcommand_from status break snooze skip pause resume open settings quit routines check-routines doctor stats help" -f -a "open" -d 'Open the Sitbreak window'
complete -c sitbreak -n "__fish_sitbreak_using_subcommand help; and not __fish_seen_subcommand_from status break snooze skip pause resume open settings quit routines check-routines doctor stats help" -f -a "settings" -d 'Open the window on settings'
complete -c sitbreak -n "__fish_sitbreak_using_subcommand help; and not __fish_seen_subcommand_from status break snooze skip pause resume open settings quit routines check-routines doctor stats help" -f -a "quit" -d 'Stop the daemon'
complete -c sitbreak -n "__fish_sitbreak_using_subcommand help; and not __fish_seen_subcommand_from status break snooze skip pause resume open settings quit routines check-routines doctor stats help" -f -a "routines" -d 'List the stretch routines and stretches (built-in and your own)'
complete -c sitbreak -n "__fish_sitbreak_using_subcommand help; and not __fish_seen_subcommand_from status break snooze skip pause resume open settings quit routines check-routines doctor stats help" -f -a "check-routines" -d 'Validate routine files; exits 1 with file:line messages on errors. With --sources, also check that every quote appears word for word in the article it cites (the built-in catalog\'s when no file is named)'
complete -c sitbreak -n "__fish_sitbreak_using_subcommand help; and not __fish_seen_subcommand_from status break snooze skip pause resume open settings quit routines check-routines doctor stats help" -f -a "doctor" -d 'Say what this desktop offers Sitbreak (tray, notifications, idle time, suspend) and what to do about anything missing'
complete -c sitbreak -n "__fish_sitbreak_using_subcommand help; and not __fish_seen_subcommand_from status break snooze skip pause resume open settings quit routines check-routines doctor stats help" -f -a "stats" -d 'Show break statistics from the history'
complete -c sitbreak -n "__fish_sitbreak_using_subcommand help; and not __fish_seen_subcommand_from status break snooze skip pause resume open settings quit routines check-routines doctor stats help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
