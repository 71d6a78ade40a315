//! The README's settings reference, generated from the declarations so the
//! documentation cannot drift from the code (a test compares the two).

use super::SCHEMA_VERSION;
use super::keys::KEYS;

/// The markdown table of every key: default, allowed values, meaning.
pub fn table() -> String {
    let mut out = String::from("| key | default | allowed | meaning |\n|---|---|---|---|\n");
    out.push_str(&format!(
        "| `version` | `{SCHEMA_VERSION}` | `{SCHEMA_VERSION}` | File format version, for later migrations. |\n"
    ));
    for key in KEYS {
        let name = match key.group.table() {
            Some(t) => format!("[{t}] {}", key.name),
            None => key.name.to_owned(),
        };
        out.push_str(&format!(
            "| `{name}` | `{}` | {} | {} |\n",
            (key.default)().to_toml(),
            key.kind.allowed(),
            key.help
        ));
    }
    out
}
