//! The stretch catalog's file format, parser and validator.
//!
//! This one module is compiled twice: by `build.rs` (through `#[path]`), which
//! rejects a bad built-in catalog at compile time, and by the library, which
//! loads user routines at run time with exactly the same rules. It therefore
//! depends on nothing but `std`, `serde`, `toml` and `humantime`, never on
//! `crate::`, and it does no I/O: callers hand it file names and texts.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use toml::Spanned;

#[path = "figure/mod.rs"]
pub mod figure;
#[path = "ids.rs"]
pub mod ids;
#[path = "overlay.rs"]
pub mod overlay;

pub use ids::{RoutineId, StretchId};

use figure::{Figure, Key, Pose, PoseChange, Props, Skeleton, Support, View, Work};

/// Shortest hold that is still a stretch rather than a twitch.
const MIN_HOLD: Duration = Duration::from_secs(5);
/// Longest hold a desk break should ask for.
const MAX_HOLD: Duration = Duration::from_secs(120);
/// Repetition bounds that keep a break short.
const MAX_REPS: u32 = 30;
const MIN_REP_TIME: Duration = Duration::from_secs(1);
const MAX_REP_TIME: Duration = Duration::from_secs(10);
/// A routine is a break, not a workout.
const MAX_ROUTINE_LENGTH: Duration = Duration::from_secs(15 * 60);
const MAX_ID_LEN: usize = 40;

/// One problem found in a catalog file, located by file and line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file name as the caller named it (e.g. `stretches/calves.toml`).
    pub file: String,
    /// 1-based line; 0 when the problem has no single place in the file.
    pub line: usize,
    /// What is wrong, without a trailing period.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(f, "{}:{}: {}", self.file, self.line, self.message)
        }
    }
}

impl std::error::Error for Problem {}

/// Body areas the articles name. Kebab-case in files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Area {
    LowerBack,
    Piriformis,
    Glutes,
    Hamstrings,
    HipFlexors,
    Calves,
    Core,
    Abdomen,
    Hips,
}

impl Area {
    /// Every area, in display order.
    pub const ALL: [Area; 9] = [
        Area::LowerBack,
        Area::Piriformis,
        Area::Glutes,
        Area::Hamstrings,
        Area::HipFlexors,
        Area::Calves,
        Area::Core,
        Area::Abdomen,
        Area::Hips,
    ];
}

/// Where the body is during a stretch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Position {
    Standing,
    Seated,
    /// Needs room on the floor; off unless the user allows floor exercises.
    Floor,
}

impl Position {
    /// How routine files spell it.
    pub fn spelling(self) -> &'static str {
        match self {
            Position::Standing => "standing",
            Position::Seated => "seated",
            Position::Floor => "floor",
        }
    }
}

/// What a catalog entry does for the body. The articles recommend both
/// stretching and strengthening; people should know which they are doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// Lengthens a muscle, held or moved into gently.
    #[default]
    Stretch,
    /// Works a muscle to make it stronger (squeezes, raises, sit-ups).
    Strength,
    /// Gets the body moving (walking, circles, sweeps).
    Movement,
}

/// What changes halfway through a two-sided exercise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Turn {
    /// The other side of the body, mirrored.
    #[default]
    Sides,
    /// The same movement the other way round (circles).
    Direction,
}

/// How long a stretch (or one side of it) takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dose {
    /// Hold still for this long.
    Hold(Duration),
    /// Repeat a movement `count` times, each taking `each`.
    Reps { count: u32, each: Duration },
}

impl Dose {
    /// Time for one side.
    pub fn length(self) -> Duration {
        match self {
            Dose::Hold(d) => d,
            Dose::Reps { count, each } => each * count,
        }
    }
}

/// A passage of one of the source articles that a stretch or note comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceRef {
    /// Id of an `[[article]]`.
    pub article: String,
    /// Words copied verbatim from the article, so the claim can be traced.
    pub quote: String,
}

/// One of the articles all content is drawn from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Article {
    pub id: String,
    pub title: String,
    /// The article's file name in the project's shared seeds folder.
    pub file: String,
}

/// When the app shows a note.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NoteWhen {
    /// Before the very first break.
    FirstBreak,
    /// When the user presses "Stop — this hurts".
    OnPain,
    /// When to stop and see someone: with the safety notes, and after
    /// "Stop — this hurts" (someone with numbness but no pain never
    /// presses it, so these are never only there).
    WarningSigns,
    /// On the card that ends every break.
    EndOfBreak,
    /// Optional advice, kept with the safety notes for whoever looks.
    Tip,
}

/// Safety guidance or advice, kept as data so it traces to its source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub id: String,
    pub when: NoteWhen,
    pub text: String,
    /// Shown only when the break ended in one of these positions (an empty
    /// list: whatever the position).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub after: Vec<Position>,
    /// Sitbreak's own words, where safety needs what the articles do not
    /// say: such a note cites nothing and is shown labelled as ours.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub own: bool,
    #[serde(default)]
    pub sources: Vec<SourceRef>,
}

/// A validated stretch or exercise.
#[derive(Debug, Clone, PartialEq)]
pub struct Stretch {
    pub id: StretchId,
    pub name: String,
    pub areas: Vec<Area>,
    pub position: Position,
    pub kind: Kind,
    /// Default timing; a routine item may override it.
    pub dose: Dose,
    /// Done once per side (or direction), so the player says so halfway.
    pub both_sides: bool,
    pub turn: Turn,
    /// Instructions, numbered in order of appearance.
    pub steps: Vec<String>,
    pub cautions: Vec<String>,
    pub sources: Vec<SourceRef>,
    /// What Sitbreak added beyond what its sources say, when more than the
    /// usual (every stretch's steps and timing are Sitbreak's own).
    pub adaptation: Option<String>,
    /// The animated demonstration.
    pub figure: Figure,
}

impl Stretch {
    /// The areas this counts toward in a day's coverage. Strengthening is
    /// no stretch, except for the core, which the articles say to
    /// strengthen rather than stretch.
    pub fn coverage(&self) -> impl Iterator<Item = Area> + '_ {
        self.areas
            .iter()
            .copied()
            .filter(|&a| self.kind != Kind::Strength || a == Area::Core)
    }
}

/// A named pose that stretches start from, so files stay short.
#[derive(Debug, Clone, PartialEq)]
pub struct BasePose {
    pub id: String,
    pub support: Support,
    pub pose: Pose,
}

/// One stretch inside a routine, with its timing resolved.
#[derive(Debug, Clone, PartialEq)]
pub struct RoutineItem {
    pub stretch: StretchId,
    pub dose: Dose,
}

/// A validated routine. Its length is computed, never typed.
#[derive(Debug, Clone, PartialEq)]
pub struct Routine {
    pub id: RoutineId,
    pub name: String,
    pub summary: String,
    /// True when any item is done on the floor.
    pub floor: bool,
    pub items: Vec<RoutineItem>,
}

/// Everything the app can show: articles, stretches, routines and notes.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Catalog {
    pub articles: Vec<Article>,
    pub stretches: Vec<Stretch>,
    pub routines: Vec<Routine>,
    pub notes: Vec<Note>,
    pub poses: Vec<BasePose>,
}

impl Catalog {
    /// Looks a stretch up by id.
    pub fn stretch(&self, id: &str) -> Option<&Stretch> {
        self.stretches.iter().find(|s| s.id == id)
    }

    /// Looks a routine up by id.
    pub fn routine(&self, id: &str) -> Option<&Routine> {
        self.routines.iter().find(|r| r.id == id)
    }

    /// Looks a base pose up by id.
    pub fn pose(&self, id: &str) -> Option<&BasePose> {
        self.poses.iter().find(|p| p.id == id)
    }

    /// Looks an article up by id.
    pub fn article(&self, id: &str) -> Option<&Article> {
        self.articles.iter().find(|a| a.id == id)
    }

    /// Notes shown at one moment, in file order.
    pub fn notes_for(&self, when: NoteWhen) -> impl Iterator<Item = &Note> {
        self.notes.iter().filter(move |n| n.when == when)
    }

    /// Time one item takes, both sides included.
    pub fn item_length(&self, item: &RoutineItem) -> Duration {
        let sides = match self.stretch(&item.stretch) {
            Some(s) if s.both_sides => 2,
            _ => 1,
        };
        item.dose.length() * sides
    }

    /// The routine's total length, computed from its items.
    pub fn routine_length(&self, routine: &Routine) -> Duration {
        routine.items.iter().map(|i| self.item_length(i)).sum()
    }

    /// Body areas a routine's stretches and movements reach (see
    /// [`Stretch::coverage`]): what the rotation spreads over a day.
    pub fn routine_coverage(&self, routine: &Routine) -> Vec<Area> {
        let set: BTreeSet<Area> = routine
            .items
            .iter()
            .filter_map(|i| self.stretch(&i.stretch))
            .flat_map(Stretch::coverage)
            .collect();
        set.into_iter().collect()
    }

    /// Notes for a break that ended in `position` (`None`: not known).
    pub fn notes_after(
        &self,
        when: NoteWhen,
        position: Option<Position>,
    ) -> impl Iterator<Item = &Note> {
        self.notes_for(when)
            .filter(move |n| n.after.is_empty() || position.is_some_and(|p| n.after.contains(&p)))
    }

    /// Body areas a routine works, sorted and without repeats.
    pub fn routine_areas(&self, routine: &Routine) -> Vec<Area> {
        let set: BTreeSet<Area> = routine
            .items
            .iter()
            .filter_map(|i| self.stretch(&i.stretch))
            .flat_map(|s| s.areas.iter().copied())
            .collect();
        set.into_iter().collect()
    }
}

/// The contents of one file, parsed but not yet checked against the rest.
#[derive(Debug, Default)]
pub struct ParsedFile {
    file: String,
    text_lines: Vec<usize>,
    raw: RawFile,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    article: Vec<Spanned<Article>>,
    #[serde(default)]
    stretch: Vec<Spanned<RawStretch>>,
    #[serde(default)]
    routine: Vec<Spanned<RawRoutine>>,
    #[serde(default)]
    note: Vec<Spanned<Note>>,
    #[serde(default)]
    pose: Vec<Spanned<RawBasePose>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBasePose {
    id: String,
    support: Support,
    joints: Pose,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFigure {
    base: String,
    #[serde(default)]
    view: View,
    support: Option<Support>,
    #[serde(default)]
    work: Work,
    #[serde(default)]
    props: Props,
    #[serde(default)]
    repeat: bool,
    keys: Vec<Spanned<RawKey>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawKey {
    at: f32,
    #[serde(default)]
    pose: PoseChange,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStretch {
    id: String,
    name: String,
    areas: Vec<Area>,
    position: Position,
    #[serde(default)]
    kind: Kind,
    hold: Option<String>,
    reps: Option<u32>,
    rep_time: Option<String>,
    #[serde(default)]
    both_sides: bool,
    turn: Option<Turn>,
    adaptation: Option<String>,
    steps: Vec<String>,
    #[serde(default)]
    cautions: Vec<String>,
    #[serde(default)]
    sources: Vec<SourceRef>,
    figure: Option<Spanned<RawFigure>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRoutine {
    id: String,
    name: String,
    #[serde(default)]
    summary: String,
    #[serde(default)]
    floor: bool,
    items: Vec<Spanned<RawItem>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawItem {
    stretch: String,
    hold: Option<String>,
    reps: Option<u32>,
}

/// Parses one file's syntax. Cross-file checks happen in [`assemble`].
pub fn parse_file(file: &str, text: &str) -> Result<ParsedFile, Problem> {
    let text_lines = line_starts(text);
    match toml::from_str::<RawFile>(text) {
        Ok(raw) => Ok(ParsedFile {
            file: file.to_owned(),
            text_lines,
            raw,
        }),
        Err(err) => {
            let line = err
                .span()
                .map(|s| line_of(&text_lines, s.start))
                .unwrap_or(0);
            Err(Problem {
                file: file.to_owned(),
                line,
                message: err.message().trim_end().trim_end_matches('.').to_owned(),
            })
        }
    }
}

/// Validates parsed files against each other and against `base` (the
/// built-in catalog when loading user files, empty at build time).
///
/// Returns only the valid content of `files` (not `base`) and every problem
/// found; one bad entry never hides the problems in the others.
pub fn assemble(base: &Catalog, files: &[ParsedFile]) -> (Catalog, Vec<Problem>) {
    let mut cx = Assembler {
        base,
        out: Catalog::default(),
        problems: Vec::new(),
        seen_ids: BTreeMap::new(),
    };
    // Articles, poses and stretches first, so later entries in any file
    // can refer to them.
    for f in files {
        for a in &f.raw.article {
            cx.article(f, a);
        }
        for p in &f.raw.pose {
            cx.base_pose(f, p);
        }
    }
    for f in files {
        for s in &f.raw.stretch {
            cx.stretch(f, s);
        }
    }
    for f in files {
        for n in &f.raw.note {
            cx.note(f, n);
        }
        for r in &f.raw.routine {
            cx.routine(f, r);
        }
    }
    (cx.out, cx.problems)
}

/// Parses and validates a set of files in one go.
pub fn load(base: &Catalog, files: &[(&str, &str)]) -> (Catalog, Vec<Problem>) {
    let mut parsed = Vec::new();
    let mut problems = Vec::new();
    for (name, text) in files {
        match parse_file(name, text) {
            Ok(p) => parsed.push(p),
            Err(p) => problems.push(p),
        }
    }
    let (catalog, more) = assemble(base, &parsed);
    problems.extend(more);
    (catalog, problems)
}

struct Assembler<'a> {
    base: &'a Catalog,
    out: Catalog,
    problems: Vec<Problem>,
    /// Every id seen so far, with where it was first defined.
    seen_ids: BTreeMap<String, String>,
}

impl Assembler<'_> {
    fn problem(&mut self, f: &ParsedFile, offset: usize, message: String) {
        self.problems.push(Problem {
            file: f.file.clone(),
            line: line_of(&f.text_lines, offset),
            message,
        });
    }

    /// Records an id; false (with a problem) when malformed or taken.
    fn claim_id(&mut self, f: &ParsedFile, offset: usize, kind: &str, id: &str) -> bool {
        if let Err(why) = check_id(id) {
            self.problem(f, offset, format!("{kind} \"{id}\": {why}"));
            return false;
        }
        let key = format!("{kind}:{id}");
        let in_base = match kind {
            "stretch" => self.base.stretch(id).is_some(),
            "routine" => self.base.routine(id).is_some(),
            "article" => self.base.article(id).is_some(),
            "pose" => self.base.pose(id).is_some(),
            _ => self.base.notes.iter().any(|n| n.id == id),
        };
        if in_base {
            self.problem(
                f,
                offset,
                format!("{kind} \"{id}\": duplicate id (a built-in {kind} has it)"),
            );
            return false;
        }
        let place = format!("{}:{}", f.file, line_of(&f.text_lines, offset));
        if let Some(first) = self.seen_ids.get(&key).cloned() {
            self.problem(
                f,
                offset,
                format!("{kind} \"{id}\": duplicate id (first defined at {first})"),
            );
            return false;
        }
        self.seen_ids.insert(key, place);
        true
    }

    fn article(&mut self, f: &ParsedFile, a: &Spanned<Article>) {
        let at = a.span().start;
        let art = a.get_ref();
        if !self.claim_id(f, at, "article", &art.id) {
            return;
        }
        if art.title.trim().is_empty() {
            self.problem(f, at, format!("article \"{}\": title is empty", art.id));
            return;
        }
        self.out.articles.push(art.clone());
    }

    fn has_article(&self, id: &str) -> bool {
        self.out.article(id).is_some() || self.base.article(id).is_some()
    }

    fn stretch_of(&self, id: &str) -> Option<&Stretch> {
        self.out.stretch(id).or_else(|| self.base.stretch(id))
    }

    /// Checks sources; returns the first problem as a message.
    fn check_sources(&self, sources: &[SourceRef]) -> Result<(), String> {
        if sources.is_empty() {
            return Err("sources is empty (cite the article passage it comes from)".into());
        }
        for s in sources {
            if !self.has_article(&s.article) {
                return Err(format!("sources: unknown article \"{}\"", s.article));
            }
            if s.quote.trim().is_empty() {
                return Err(format!(
                    "sources: the quote from \"{}\" is empty",
                    s.article
                ));
            }
        }
        Ok(())
    }

    fn stretch(&mut self, f: &ParsedFile, s: &Spanned<RawStretch>) {
        let at = s.span().start;
        let raw = s.get_ref();
        if !self.claim_id(f, at, "stretch", &raw.id) {
            return;
        }
        let checked = self
            .check_stretch(raw)
            .map_err(|why| (at, why))
            .and_then(|dose| {
                let figure = self.check_figure(raw, dose, at)?;
                Ok(Stretch {
                    id: raw.id.clone().into(),
                    name: raw.name.clone(),
                    areas: raw.areas.clone(),
                    position: raw.position,
                    kind: raw.kind,
                    dose,
                    both_sides: raw.both_sides,
                    turn: raw.turn.unwrap_or_default(),
                    adaptation: raw.adaptation.clone(),
                    steps: raw.steps.clone(),
                    cautions: raw.cautions.clone(),
                    sources: raw.sources.clone(),
                    figure,
                })
            });
        match checked {
            Ok(stretch) => self.out.stretches.push(stretch),
            Err((line_at, why)) => {
                self.problem(f, line_at, format!("stretch \"{}\": {why}", raw.id))
            }
        }
    }

    fn base_pose(&mut self, f: &ParsedFile, p: &Spanned<RawBasePose>) {
        let at = p.span().start;
        let raw = p.get_ref();
        if !self.claim_id(f, at, "pose", &raw.id) {
            return;
        }
        if let Err(why) = raw.joints.check_limits() {
            self.problem(f, at, format!("pose \"{}\": {why}", raw.id));
            return;
        }
        self.out.poses.push(BasePose {
            id: raw.id.clone(),
            support: raw.support,
            pose: raw.joints,
        });
    }

    /// Checks the demonstration against the stretch it shows; problems are
    /// placed at the key they are about.
    fn check_figure(
        &self,
        raw: &RawStretch,
        dose: Dose,
        stretch_at: usize,
    ) -> Result<Figure, (usize, String)> {
        let Some(spanned) = &raw.figure else {
            return Err((
                stretch_at,
                "figure is missing (every stretch is demonstrated; see stretches/README.md)".into(),
            ));
        };
        let at = spanned.span().start;
        let fig = spanned.get_ref();
        let fail = |offset: usize, why: String| Err((offset, format!("figure: {why}")));
        let Some(base) = self
            .out
            .pose(&fig.base)
            .or_else(|| self.base.pose(&fig.base))
        else {
            return fail(at, format!("unknown base pose \"{}\"", fig.base));
        };
        let support = fig.support.unwrap_or(base.support);
        let expected: &[Support] = match raw.position {
            Position::Standing => &[Support::Feet],
            Position::Seated => &[Support::Seat],
            Position::Floor => &[Support::Floor, Support::Feet],
        };
        if !expected.contains(&support) {
            return fail(
                at,
                format!(
                    "a {} stretch cannot be supported by {support:?}",
                    raw.position.spelling()
                ),
            );
        }
        if support == Support::Seat && fig.props.chair.is_none() {
            return fail(at, "a seated figure needs props.chair".into());
        }
        if raw.position == Position::Floor && !fig.props.mat {
            return fail(at, "a floor exercise needs props.mat = true".into());
        }
        let Some(first) = fig.keys.first() else {
            return fail(at, "keys is empty".into());
        };
        if first.get_ref().at != 0.0 {
            return fail(first.span().start, "the first key must be at 0".into());
        }
        let (limit, what) = match dose {
            Dose::Hold(d) => (d.as_secs_f32(), "the hold"),
            Dose::Reps { each, .. } => (each.as_secs_f32(), "one rep"),
        };
        let mut keys: Vec<Key> = Vec::with_capacity(fig.keys.len());
        for k in &fig.keys {
            let key_at = k.span().start;
            let key = k.get_ref();
            if !key.at.is_finite() {
                return fail(key_at, format!("key at {} s: not a time", key.at));
            }
            if let Some(prev) = keys.last()
                && key.at <= prev.at
            {
                return fail(key_at, format!("key at {} s: times must increase", key.at));
            }
            if key.at > limit {
                return fail(
                    key_at,
                    format!("key at {} s: after the end of {what} ({limit} s)", key.at),
                );
            }
            let pose = key.pose.apply(&base.pose);
            let skeleton = Skeleton::placed(&pose, support);
            pose.check_limits()
                .and_then(|()| figure::check_grounded(&skeleton, support))
                .and_then(|()| figure::check_props(&skeleton, &fig.props))
                .map_err(|why| (key_at, format!("figure: key at {} s: {why}", key.at)))?;
            keys.push(Key { at: key.at, pose });
        }
        if (fig.repeat || matches!(dose, Dose::Reps { .. }))
            && keys.len() > 1
            && keys.first().map(|k| k.pose) != keys.last().map(|k| k.pose)
        {
            return fail(
                fig.keys.last().map_or(0, |k| k.span().start),
                "a repeated movement must end in the pose it starts from".into(),
            );
        }
        Ok(Figure {
            view: fig.view,
            support,
            work: fig.work,
            props: fig.props,
            keys,
            repeat: fig.repeat,
        })
    }

    /// Checks everything but the figure; returns the stretch's dose.
    fn check_stretch(&self, raw: &RawStretch) -> Result<Dose, String> {
        if raw.name.trim().is_empty() {
            return Err("name is empty".into());
        }
        if raw.areas.is_empty() {
            return Err("areas is empty".into());
        }
        if raw.steps.is_empty() {
            return Err("steps is empty".into());
        }
        if raw.steps.iter().any(|s| s.trim().is_empty()) {
            return Err("a step is blank".into());
        }
        let dose = match (&raw.hold, raw.reps) {
            (Some(_), Some(_)) => return Err("give hold or reps, not both".into()),
            (None, None) => return Err("give hold (e.g. \"20s\") or reps (e.g. 8)".into()),
            (Some(h), None) => {
                if raw.rep_time.is_some() {
                    return Err("rep_time goes with reps, not hold".into());
                }
                Dose::Hold(parse_hold(h)?)
            }
            (None, Some(n)) => {
                let each = match &raw.rep_time {
                    Some(t) => parse_rep_time(t)?,
                    None => return Err("reps needs rep_time (e.g. \"3s\")".into()),
                };
                check_reps(n)?;
                Dose::Reps { count: n, each }
            }
        };
        if raw.turn.is_some() && !raw.both_sides {
            return Err("turn goes with both_sides = true".into());
        }
        if raw.adaptation.as_ref().is_some_and(|a| a.trim().is_empty()) {
            return Err("adaptation is blank".into());
        }
        self.check_sources(&raw.sources)?;
        Ok(dose)
    }

    fn note(&mut self, f: &ParsedFile, n: &Spanned<Note>) {
        let at = n.span().start;
        let note = n.get_ref();
        if !self.claim_id(f, at, "note", &note.id) {
            return;
        }
        if note.text.trim().is_empty() {
            self.problem(f, at, format!("note \"{}\": text is empty", note.id));
            return;
        }
        let sourced = if note.own {
            if note.sources.is_empty() {
                Ok(())
            } else {
                Err("an own note (own = true) cites no article: drop its sources, or own".into())
            }
        } else {
            self.check_sources(&note.sources)
        };
        if let Err(why) = sourced {
            self.problem(f, at, format!("note \"{}\": {why}", note.id));
            return;
        }
        self.out.notes.push(note.clone());
    }

    fn routine(&mut self, f: &ParsedFile, r: &Spanned<RawRoutine>) {
        let at = r.span().start;
        let raw = r.get_ref();
        if !self.claim_id(f, at, "routine", &raw.id) {
            return;
        }
        let name = format!("routine \"{}\"", raw.id);
        if raw.name.trim().is_empty() {
            self.problem(f, at, format!("{name}: name is empty"));
            return;
        }
        if raw.items.is_empty() {
            self.problem(f, at, format!("{name}: items is empty"));
            return;
        }
        let mut items = Vec::new();
        let mut uses_floor = false;
        for item in &raw.items {
            let item_at = item.span().start;
            let it = item.get_ref();
            let Some(stretch) = self.stretch_of(&it.stretch) else {
                self.problem(
                    f,
                    item_at,
                    format!("{name}: unknown stretch \"{}\"", it.stretch),
                );
                return;
            };
            uses_floor |= stretch.position == Position::Floor;
            let dose = match item_dose(stretch.dose, it) {
                Ok(d) => d,
                Err(why) => {
                    self.problem(f, item_at, format!("{name}: \"{}\": {why}", it.stretch));
                    return;
                }
            };
            items.push(RoutineItem {
                stretch: it.stretch.clone().into(),
                dose,
            });
        }
        if uses_floor && !raw.floor {
            self.problem(
                f,
                at,
                format!("{name}: uses a floor stretch, so it must say floor = true"),
            );
            return;
        }
        let routine = Routine {
            id: raw.id.clone().into(),
            name: raw.name.clone(),
            summary: raw.summary.clone(),
            floor: raw.floor,
            items,
        };
        let length = self.length_with_base(&routine);
        if length > MAX_ROUTINE_LENGTH {
            self.problem(
                f,
                at,
                format!(
                    "{name}: lasts {} (at most {})",
                    humantime::format_duration(length),
                    humantime::format_duration(MAX_ROUTINE_LENGTH)
                ),
            );
            return;
        }
        self.out.routines.push(routine);
    }

    fn length_with_base(&self, routine: &Routine) -> Duration {
        routine
            .items
            .iter()
            .map(|i| {
                let sides = match self.stretch_of(&i.stretch) {
                    Some(s) if s.both_sides => 2,
                    _ => 1,
                };
                i.dose.length() * sides
            })
            .sum()
    }
}

/// A routine item keeps the stretch's kind of dose and may change its amount.
fn item_dose(default: Dose, item: &RawItem) -> Result<Dose, String> {
    match (default, &item.hold, item.reps) {
        (_, Some(_), Some(_)) => Err("give hold or reps, not both".into()),
        (Dose::Hold(_), Some(h), None) => Ok(Dose::Hold(parse_hold(h)?)),
        (Dose::Reps { each, .. }, None, Some(n)) => {
            check_reps(n)?;
            Ok(Dose::Reps { count: n, each })
        }
        (Dose::Hold(_), None, Some(_)) => Err("this stretch is held, so use hold, not reps".into()),
        (Dose::Reps { .. }, Some(_), None) => {
            Err("this exercise is repeated, so use reps, not hold".into())
        }
        (d, None, None) => Ok(d),
    }
}

fn parse_duration(text: &str) -> Result<Duration, String> {
    humantime::parse_duration(text.trim())
        .map_err(|e| format!("\"{text}\" is not a duration like \"20s\" ({e})"))
}

fn parse_hold(text: &str) -> Result<Duration, String> {
    let d = parse_duration(text)?;
    if d < MIN_HOLD || d > MAX_HOLD {
        return Err(format!(
            "hold \"{text}\" is out of range ({}s to {}s)",
            MIN_HOLD.as_secs(),
            MAX_HOLD.as_secs()
        ));
    }
    Ok(d)
}

fn parse_rep_time(text: &str) -> Result<Duration, String> {
    let d = parse_duration(text)?;
    if d < MIN_REP_TIME || d > MAX_REP_TIME {
        return Err(format!(
            "rep_time \"{text}\" is out of range ({}s to {}s)",
            MIN_REP_TIME.as_secs(),
            MAX_REP_TIME.as_secs()
        ));
    }
    Ok(d)
}

fn check_reps(n: u32) -> Result<(), String> {
    if n == 0 || n > MAX_REPS {
        return Err(format!("reps {n} is out of range (1 to {MAX_REPS})"));
    }
    Ok(())
}

fn check_id(id: &str) -> Result<(), String> {
    let ok_chars = id
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if id.len() < 2 || id.len() > MAX_ID_LEN || !ok_chars || id.starts_with('-') {
        return Err(format!(
            "id must be 2 to {MAX_ID_LEN} lowercase letters, digits or dashes"
        ));
    }
    Ok(())
}

fn line_starts(text: &str) -> Vec<usize> {
    std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect()
}

fn line_of(starts: &[usize], offset: usize) -> usize {
    starts.partition_point(|&s| s <= offset).max(1)
}
