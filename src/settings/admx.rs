//! The Group Policy template (ADMX, with its English ADML) for Windows and
//! Intune, generated from the declarations so a policy key is never
//! declared twice (a test compares it with `assets/windows/`). Each key can
//! be set as a default or locked, and a duration or a number bounded, under
//! `Software\Policies\Sitbreak\{Defaults,Locked,Bounds}` in HKLM or HKCU;
//! values are named as the settings file names them (`working_hours.mon`),
//! a bound `<key>.min` or `<key>.max`.

use super::choice::Choice;
use super::keys::{Group, KEYS, Key, Kind};
use super::registry_policy::{POLICY_KEY, STRENGTH_KEYS};
use super::{Motion, Theme};

const NS: &str = "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions";
const ROOT: &str = POLICY_KEY;

/// The strengths, as the template's categories and registry subkeys.
const STRENGTHS: [(&str, &str, &str); 3] = [
    (
        STRENGTH_KEYS[0].0,
        "Defaults (each person may change them)",
        "Where each person starts. They may change these in Settings.",
    ),
    (
        STRENGTH_KEYS[1].0,
        "Locked (set by your organisation)",
        "In force. Settings shows them greyed, \"Set by your organisation\", and nobody can change them there or in the settings file.",
    ),
    (
        STRENGTH_KEYS[2].0,
        "Bounds (each person chooses within them)",
        "Each person chooses a value within these; a value outside applies as the nearest bound.",
    ),
];

fn policy_keys() -> impl Iterator<Item = &'static Key> {
    // Hooks run commands on a person's desktop: theirs to choose.
    KEYS.iter()
        .filter(|k| k.group != Group::Hooks && k.kind != Kind::Version)
}

fn bounded(k: &Key) -> bool {
    matches!(
        k.kind,
        Kind::Duration { .. } | Kind::Whole { .. } | Kind::Scale { .. }
    )
}

/// An id safe in ADMX: the key's path with its dots as underscores.
fn id(k: &Key) -> String {
    k.path().replace('.', "_")
}

/// `Sitbreak.admx`.
pub fn admx() -> String {
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n\
         <policyDefinitions xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" revision=\"1.0\" \
         schemaVersion=\"1.0\" xmlns=\"{NS}\">\n\
         \x20 <policyNamespaces>\n\
         \x20   <target prefix=\"sitbreak\" namespace=\"Sitbreak.Policies.Sitbreak\" />\n\
         \x20 </policyNamespaces>\n\
         \x20 <resources minRequiredRevision=\"1.0\" />\n\
         \x20 <supportedOn>\n\
         \x20   <definitions>\n\
         \x20     <definition name=\"SUPPORTED_Sitbreak\" displayName=\"$(string.SUPPORTED_Sitbreak)\" />\n\
         \x20   </definitions>\n\
         \x20 </supportedOn>\n\
         \x20 <categories>\n\
         \x20   <category name=\"Sitbreak\" displayName=\"$(string.Sitbreak)\" />\n"
    );
    for (name, _, _) in STRENGTHS {
        out.push_str(&format!(
            "    <category name=\"{name}\" displayName=\"$(string.{name})\" explainText=\"$(string.{name}_Help)\">\n\
             \x20     <parentCategory ref=\"Sitbreak\" />\n\
             \x20   </category>\n"
        ));
    }
    out.push_str("  </categories>\n  <policies>\n");
    for (strength, _, _) in STRENGTHS {
        for k in policy_keys() {
            let elements = match strength {
                "Bounds" if bounded(k) => bound_elements(k),
                "Bounds" => continue,
                _ => value_element(k, &id(k), &k.path()),
            };
            let name = format!("{strength}_{}", id(k));
            out.push_str(&format!(
                "    <policy name=\"{name}\" class=\"Both\" displayName=\"$(string.{name})\" \
                 explainText=\"$(string.{}_Help)\" presentation=\"$(presentation.{name})\" \
                 key=\"{ROOT}\\{strength}\">\n\
                 \x20     <parentCategory ref=\"{strength}\" />\n\
                 \x20     <supportedOn ref=\"SUPPORTED_Sitbreak\" />\n\
                 \x20     <elements>\n{elements}      </elements>\n\
                 \x20   </policy>\n",
                id(k)
            ));
        }
    }
    out.push_str("  </policies>\n</policyDefinitions>\n");
    out
}

/// The element that holds one value of `k`'s kind under `value_name`.
fn value_element(k: &Key, element: &str, value_name: &str) -> String {
    let at = "        ";
    match k.kind {
        Kind::Whole { min, max } => format!(
            "{at}<decimal id=\"{element}\" valueName=\"{value_name}\" minValue=\"{min}\" maxValue=\"{max}\" required=\"true\" />\n"
        ),
        Kind::Bool => format!(
            "{at}<boolean id=\"{element}\" valueName=\"{value_name}\">\n\
             {at}  <trueValue><decimal value=\"1\" /></trueValue>\n\
             {at}  <falseValue><decimal value=\"0\" /></falseValue>\n\
             {at}</boolean>\n"
        ),
        Kind::Theme => choices::<Theme>(element, value_name),
        Kind::Motion => choices::<Motion>(element, value_name),
        _ => {
            format!("{at}<text id=\"{element}\" valueName=\"{value_name}\" required=\"true\" />\n")
        }
    }
}

fn bound_elements(k: &Key) -> String {
    ["min", "max"]
        .iter()
        .map(|end| {
            let element = format!("{}_{end}", id(k));
            let value_name = format!("{}.{end}", k.path());
            match k.kind {
                Kind::Whole { min, max } => format!(
                    "        <decimal id=\"{element}\" valueName=\"{value_name}\" minValue=\"{min}\" maxValue=\"{max}\" />\n"
                ),
                _ => format!("        <text id=\"{element}\" valueName=\"{value_name}\" />\n"),
            }
        })
        .collect()
}

fn choices<C: Choice>(element: &str, value_name: &str) -> String {
    let mut out =
        format!("        <enum id=\"{element}\" valueName=\"{value_name}\" required=\"true\">\n");
    for c in C::ALL {
        out.push_str(&format!(
            "          <item displayName=\"$(string.choice_{})\"><value><string>{}</string></value></item>\n",
            c.as_str().replace('-', "_"),
            c.as_str()
        ));
    }
    out.push_str("        </enum>\n");
    out
}

/// `en-US/Sitbreak.adml`: the names, help and form of each policy.
pub fn adml() -> String {
    let mut strings = vec![
        ("Sitbreak".to_owned(), "Sitbreak".to_owned()),
        (
            "SUPPORTED_Sitbreak".to_owned(),
            "Sitbreak 0.2 and later".to_owned(),
        ),
    ];
    for (name, title, help) in STRENGTHS {
        strings.push((name.to_owned(), title.to_owned()));
        strings.push((format!("{name}_Help"), help.to_owned()));
    }
    let mut presentations = String::new();
    for (strength, _, _) in STRENGTHS {
        for k in policy_keys() {
            if strength == "Bounds" && !bounded(k) {
                continue;
            }
            let name = format!("{strength}_{}", id(k));
            strings.push((name.clone(), format!("{} ({})", k.label, k.path())));
            presentations.push_str(&format!("      <presentation id=\"{name}\">\n"));
            if strength == "Bounds" {
                for end in ["min", "max"] {
                    let element = format!("{}_{end}", id(k));
                    let label = format!("{} ({end}imum, such as {})", k.label, example(k));
                    presentations.push_str(&box_for(k, &element, &label, false));
                }
            } else {
                presentations.push_str(&box_for(k, &id(k), k.label, true));
            }
            presentations.push_str("      </presentation>\n");
        }
    }
    for k in policy_keys() {
        strings.push((
            format!("{}_Help", id(k)),
            format!(
                "{}\n\nSettings file key: {}. Allowed: {}.",
                k.help,
                k.path(),
                k.kind.allowed()
            ),
        ));
    }
    for c in Theme::ALL
        .iter()
        .map(|c| (c.as_str(), c.label()))
        .chain(Motion::ALL.iter().map(|c| (c.as_str(), c.label())))
    {
        strings.push((format!("choice_{}", c.0.replace('-', "_")), c.1.to_owned()));
    }
    strings.sort();
    strings.dedup_by(|a, b| a.0 == b.0);
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n\
         <policyDefinitionResources xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" revision=\"1.0\" \
         schemaVersion=\"1.0\" xmlns=\"{NS}\">\n\
         \x20 <displayName>Sitbreak</displayName>\n\
         \x20 <description>Managed settings for Sitbreak, the stand-up and stretch reminder.</description>\n\
         \x20 <resources>\n\
         \x20   <stringTable>\n"
    );
    for (id, text) in strings {
        out.push_str(&format!(
            "      <string id=\"{id}\">{}</string>\n",
            esc(&text)
        ));
    }
    out.push_str("    </stringTable>\n    <presentationTable>\n");
    out.push_str(&presentations);
    out.push_str("    </presentationTable>\n  </resources>\n</policyDefinitionResources>\n");
    out
}

/// A value of `k` as an administrator would type it.
fn example(k: &Key) -> String {
    (k.default)().to_text()
}

fn box_for(k: &Key, element: &str, label: &str, value: bool) -> String {
    let label = esc(label);
    match k.kind {
        Kind::Whole { .. } => {
            format!("        <decimalTextBox refId=\"{element}\">{label}</decimalTextBox>\n")
        }
        Kind::Bool if value => {
            format!("        <checkBox refId=\"{element}\">{label}</checkBox>\n")
        }
        Kind::Theme | Kind::Motion if value => {
            format!("        <dropdownList refId=\"{element}\">{label}</dropdownList>\n")
        }
        _ => format!(
            "        <textBox refId=\"{element}\">\n          <label>{label}</label>\n        </textBox>\n"
        ),
    }
}

/// Text made safe inside an XML element.
fn esc(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
