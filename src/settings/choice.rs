//! Settings that are one of a few words: the theme and the motion of the
//! figures. One declaration per choice gives the file's spelling, the
//! form's label and the parser's list of allowed words.

use super::problem::Problem;

/// A setting spelled as one of a few words.
pub trait Choice: Copy + PartialEq + Sized + 'static {
    /// Every option, in the order the form and the README list them.
    const ALL: &'static [Self];
    /// The spelling in the file.
    fn as_str(self) -> &'static str;
    /// The form's label.
    fn label(self) -> &'static str;
}

/// The option spelled `text`, or which spellings there are.
pub fn parse<C: Choice>(text: &str) -> Result<C, Problem> {
    let text = text.trim();
    C::ALL
        .iter()
        .copied()
        .find(|c| c.as_str() == text)
        .ok_or_else(|| Problem::NotOneOf {
            text: text.to_owned(),
            options: C::ALL.iter().map(|c| c.as_str().to_owned()).collect(),
        })
}

/// Every spelling, each between `open` and `close`, joined with ", ".
pub fn spellings<C: Choice>(open: &str, close: &str) -> String {
    C::ALL
        .iter()
        .map(|c| format!("{open}{}{close}", c.as_str()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Colour scheme of the window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
    /// Black on white with solid borders, for low vision.
    HighContrast,
}

impl Choice for Theme {
    const ALL: &'static [Theme] = &[
        Theme::System,
        Theme::Light,
        Theme::Dark,
        Theme::HighContrast,
    ];

    fn as_str(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::HighContrast => "high-contrast",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Theme::System => "Follow system",
            Theme::Light => "Light",
            Theme::Dark => "Dark",
            Theme::HighContrast => "High contrast",
        }
    }
}

/// Whether the figures move.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Motion {
    /// The desktop's reduced-motion preference, where it has one.
    #[default]
    System,
    Animate,
    /// The key poses as still pictures.
    Still,
}

impl Choice for Motion {
    const ALL: &'static [Motion] = &[Motion::System, Motion::Animate, Motion::Still];

    fn as_str(self) -> &'static str {
        match self {
            Motion::System => "system",
            Motion::Animate => "animate",
            Motion::Still => "still",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Motion::System => "Follow system",
            Motion::Animate => "Animate",
            Motion::Still => "Still poses",
        }
    }
}

impl Motion {
    /// Whether the figures hold still, given what the desktop prefers
    /// (`None` where it does not say).
    pub fn is_still(self, desktop_reduces_motion: Option<bool>) -> bool {
        match self {
            Motion::System => desktop_reduces_motion.unwrap_or(false),
            Motion::Animate => false,
            Motion::Still => true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_spelling_parses_back_to_its_option() {
        for t in Theme::ALL {
            assert_eq!(parse::<Theme>(t.as_str()), Ok(*t));
        }
        for m in Motion::ALL {
            assert_eq!(parse::<Motion>(m.as_str()), Ok(*m));
        }
    }

    #[test]
    fn an_unknown_word_names_the_allowed_ones() {
        assert_eq!(
            parse::<Motion>("wobbly"),
            Err(Problem::NotOneOf {
                text: "wobbly".into(),
                options: vec!["system".into(), "animate".into(), "still".into()]
            })
        );
    }

    #[test]
    fn following_the_system_holds_still_only_when_the_desktop_asks() {
        assert!(Motion::System.is_still(Some(true)));
        assert!(!Motion::System.is_still(Some(false)));
        assert!(!Motion::System.is_still(None));
        assert!(Motion::Still.is_still(None));
        assert!(!Motion::Animate.is_still(Some(true)));
    }
}
