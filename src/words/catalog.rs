//! The catalog's values named in the person's language: the areas a
//! stretch works, where it is done, what kind it is, how it turns, and the
//! voice's lines through a routine. The stretches' own words (names, steps,
//! cautions) come translated by the catalog's overlays.

use crate::catalog::{Area, Kind, Position, Stretch, Turn};
use crate::cues::Cue;
use crate::rotation::Group;
use crate::tr;

/// "lower back".
pub fn area(area: Area) -> String {
    match area {
        Area::LowerBack => tr!("area-lower-back"),
        Area::Piriformis => tr!("area-piriformis"),
        Area::Glutes => tr!("area-glutes"),
        Area::Hamstrings => tr!("area-hamstrings"),
        Area::HipFlexors => tr!("area-hip-flexors"),
        Area::Calves => tr!("area-calves"),
        Area::Core => tr!("area-core"),
        Area::Abdomen => tr!("area-abdomen"),
        Area::Hips => tr!("area-hips"),
    }
}

/// The areas, in the order given, as a list: "glutes, hips".
pub fn areas(areas: &[Area]) -> String {
    let names: Vec<String> = areas.iter().map(|a| area(*a)).collect();
    names.join(&tr!("list-separator"))
}

/// "standing", "seated", "on the floor".
pub fn position(position: Position) -> String {
    match position {
        Position::Standing => tr!("position-standing"),
        Position::Seated => tr!("position-seated"),
        Position::Floor => tr!("position-floor"),
    }
}

/// What a day's rotation covers: "piriformis and glutes".
pub fn group(group: Group) -> String {
    match group {
        Group::LowerBack => tr!("area-lower-back"),
        Group::PiriformisGlutes => tr!("group-piriformis-glutes"),
        Group::Hamstrings => tr!("area-hamstrings"),
        Group::HipFlexors => tr!("area-hip-flexors"),
        Group::Calves => tr!("area-calves"),
        Group::Core => tr!("area-core"),
    }
}

/// Under a stretch's name: "hamstrings · seated", with its kind when it
/// is not a stretch ("core · standing · strengthening").
pub fn stretch_facts(stretch: &Stretch) -> String {
    let areas = areas(&stretch.areas);
    let position = position(stretch.position);
    match stretch.kind {
        Kind::Stretch => tr!("stretch-facts", areas = &areas, position = &position),
        other => tr!(
            "stretch-facts-kind",
            areas = &areas,
            position = &position,
            kind = &kind(other)
        ),
    }
}

/// "stretch", "strengthening", "movement".
pub fn kind(kind: Kind) -> String {
    match kind {
        Kind::Stretch => tr!("kind-stretch"),
        Kind::Strength => tr!("kind-strength"),
        Kind::Movement => tr!("kind-movement"),
    }
}

/// What is shown and said halfway: "Switch sides".
pub fn turn_cue(turn: Turn) -> String {
    match turn {
        Turn::Sides => tr!("turn-sides"),
        Turn::Direction => tr!("turn-direction"),
    }
}

/// The two halves' names: "first side", "other side".
pub fn turn_halves(turn: Turn) -> [String; 2] {
    match turn {
        Turn::Sides => [tr!("turn-sides-first"), tr!("turn-sides-other")],
        Turn::Direction => [tr!("turn-direction-first"), tr!("turn-direction-other")],
    }
}

/// Every caution a stretch carries: Sitbreak's own for its position (a
/// steady chair when seated), then the stretch's.
pub fn cautions(stretch: &Stretch) -> Vec<String> {
    let mut all = Vec::with_capacity(stretch.cautions.len() + 1);
    if stretch.position == Position::Seated {
        all.push(tr!("caution-seated"));
    }
    all.extend(stretch.cautions.iter().cloned());
    all
}

/// What every stretch's sources do and do not cover, said wherever a
/// stretch's sources are shown.
pub fn our_adaptation() -> String {
    tr!("our-adaptation")
}

/// What the voice says as a stretch starts (at its count-in, or as it
/// begins when there is none): its name, its steps, then its cautions, so
/// that someone listening rather than reading hears them once before the
/// first hold.
pub fn introduce(stretch: &Stretch, first: bool) -> String {
    let mut text = if first {
        tr!("speech-first", name = &stretch.name)
    } else {
        tr!("speech-next", name = &stretch.name)
    };
    for line in stretch.steps.iter().cloned().chain(cautions(stretch)) {
        text.push(' ');
        text.push_str(&line);
    }
    text
}

/// What the voice says at a cue, if anything, for a stretch that turns
/// `turn` halfway (it says what the screen says); the stretch's own
/// introduction is [`introduce`].
pub fn speech(cue: Cue, turn: Turn) -> Option<String> {
    match cue {
        Cue::SwitchSides => Some(tr!("speech-turn", cue = &turn_cue(turn))),
        Cue::Rep { rep, of } if of >= 4 && rep + 1 == of => Some(tr!("speech-two-more")),
        Cue::Finished => Some(tr!("speech-finished")),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stretch(id: &str) -> Stretch {
        let (catalog, _) = crate::catalog::builtin();
        catalog.stretch(id).cloned().expect("a built-in stretch")
    }

    #[test]
    fn the_voice_names_the_stretch_then_its_steps_and_cautions() {
        let s = stretch("seated-hamstring");
        let first = introduce(&s, true);
        assert!(
            first.starts_with("Seated hamstring stretch. Sit toward"),
            "{first}"
        );
        assert!(
            first.contains("Use a steady chair"),
            "the seat's caution is said: {first}"
        );
        assert!(introduce(&s, false).starts_with("Next: Seated hamstring stretch."));
    }

    #[test]
    fn the_voice_says_at_a_cue_what_the_screen_shows() {
        let say = |cue| speech(cue, Turn::Sides);
        assert_eq!(
            say(Cue::Rep { rep: 4, of: 5 }).as_deref(),
            Some("Two more.")
        );
        assert_eq!(say(Cue::Rep { rep: 3, of: 5 }), None);
        assert_eq!(say(Cue::SwitchSides).as_deref(), Some("Switch sides."));
        assert_eq!(
            speech(Cue::SwitchSides, Turn::Direction).as_deref(),
            Some("Change direction."),
            "said as the screen says it for circles"
        );
        assert_eq!(say(Cue::Finished).as_deref(), Some("Done. Well done."));
        assert_eq!(say(Cue::Ending(2)), None, "the count is left to sound");
    }

    #[test]
    fn only_seated_stretches_carry_the_chairs_caution() {
        assert_eq!(
            cautions(&stretch("seated-hamstring"))[0],
            tr!("caution-seated")
        );
        let standing = stretch("standing-hamstring");
        assert_eq!(cautions(&standing), standing.cautions);
    }
}
