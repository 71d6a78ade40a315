//! An organisation's policy as Group Policy writes it, in HKLM and HKCU
//! under `SOFTWARE\Policies\Sitbreak`, over the person's own settings.

use std::time::Duration;

use crate::common::desktop::wait_until;
use crate::wine::Wine;

const MACHINE: &str = r"HKLM\SOFTWARE\Policies\Sitbreak";
const USER: &str = r"HKCU\SOFTWARE\Policies\Sitbreak";

fn reg_add(wine: &Wine, key: &str, name: &str, kind: &str, data: &str) {
    let run = wine.reg(&["add", key, "/v", name, "/t", kind, "/d", data, "/f"]);
    assert_eq!(run.code, 0, "reg add {key} {name}: {}", run.stderr);
}

fn log(wine: &Wine) -> String {
    std::fs::read_to_string(wine.daemon_log()).unwrap_or_default()
}

#[test]
fn a_registry_policy_locks_and_bounds_under_wine() {
    let mut wine = Wine::start();
    reg_add(
        &wine,
        &format!(r"{MACHINE}\Locked"),
        "sit_interval",
        "REG_SZ",
        "30m",
    );
    reg_add(
        &wine,
        &format!(r"{USER}\Bounds"),
        "max_snoozes.max",
        "REG_DWORD",
        "2",
    );
    // A value the template would never write: reported, and the rest applies.
    reg_add(&wine, &format!(r"{USER}\Locked"), "strict", "REG_SZ", "yes");
    // The person's own file asks for an hour and five snoozes.
    wine.settings("sit_interval = \"1h\"\nmax_snoozes = 5\n");
    wine.start_daemon();

    let status = wine.status();
    assert_eq!(
        status["policy"]["source"],
        format!(r"{MACHINE} and {USER}"),
        "{status}"
    );
    let keys: Vec<(String, String)> = (status["policy"]["keys"].as_array().unwrap().iter())
        .map(|k| (k["key"].to_string(), k["strength"].to_string()))
        .collect();
    assert!(
        keys.contains(&("\"sit_interval\"".into(), "\"locked\"".into()))
            && keys.contains(&("\"max_snoozes\"".into(), "\"bounded\"".into())),
        "{keys:?}"
    );
    let next = status["next_break_in_secs"].as_u64().unwrap_or(u64::MAX);
    assert!(next <= 30 * 60, "the person's hour applied: {next} s");
    assert!(
        log(&wine).contains(
            "settings.toml:1: sit_interval: set by your organisation: 30m applies, not 1h"
        ),
        "{}",
        log(&wine)
    );
    assert!(
        log(&wine).contains(&format!(
            r#"{USER}\Locked\strict: must be true or false, not text "yes""#
        )),
        "{}",
        log(&wine)
    );

    // Asking for an hour over the pipe, as the Settings window saves.
    let answer = wine.ask(r#"{"op":"set_settings","toml":"sit_interval = \"1h\"\n"}"#);
    assert_eq!(answer["reply"], "refused", "{answer}");
    let refusal: sitbreak::ipc::protocol::Refusal =
        serde_json::from_value(answer["refusal"].clone()).expect("a refusal");
    let said = sitbreak::words::refusal(&refusal);
    assert!(said.contains("set by your organisation"), "{said}");

    let doctor = wine.sitbreak(&["doctor"]);
    assert!(
        doctor.stdout.contains("  sit_interval: locked at 30m")
            && doctor.stdout.contains("  max_snoozes: at most 2")
            && doctor
                .stdout
                .contains(r"not applied: HKCU\SOFTWARE\Policies\Sitbreak\Locked\strict"),
        "{}",
        doctor.stdout
    );

    // IT lifts the machine's lock: the person's hour applies, without a
    // restart.
    let run = wine.reg(&["delete", MACHINE, "/f"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        wait_until(Duration::from_secs(20), || {
            let status = wine.status();
            status["policy"]["source"] == USER
                && status["next_break_in_secs"].as_u64().unwrap_or(0) > 30 * 60
        }),
        "the lifted lock still applies: {}",
        wine.status()
    );
}
