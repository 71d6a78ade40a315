//! The articulated figure that demonstrates each stretch.
//!
//! A pose is a set of joint angles. Forward kinematics turn it into joint
//! positions in 3D (x forward, y up, z to the figure's right, metres, the
//! floor at y = 0); a view projects them into 2D. The same pose therefore
//! draws from the side or the front, and the other side of a two-sided
//! stretch is the drawing mirrored, never a second set of keyframes.
//!
//! Compiled into `build.rs` with the rest of the schema, so it uses nothing
//! but `std` and `serde`, and does no I/O.

mod checks;
mod motion;
mod pose;
mod skeleton;

pub use checks::{GROUND_TOLERANCE, check_grounded, check_props};
pub use motion::{Key, ease, pose_at};
pub use pose::{Pose, PoseChange};
pub use skeleton::{PartKind, Piece, Skeleton, body, lowest_point};

use serde::Deserialize;

use super::Dose;

/// What holds the body up; it decides how high the figure is placed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Support {
    /// Standing or kneeling: the lowest point of the legs is on the floor.
    Feet,
    /// On a chair: the pelvis rests on the seat.
    Seat,
    /// Lying on a mat: the lowest point of the body is on the mat.
    Floor,
}

/// Where the figure is seen from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum View {
    /// From the figure's right, facing right on screen.
    #[default]
    Side,
    /// From in front and to the right, for movements across the body.
    ThreeQuarter,
    /// Facing the viewer.
    Front,
}

impl View {
    /// Camera angle from the side view toward the front, in degrees.
    pub fn yaw(self) -> f32 {
        match self {
            View::Side => 0.0,
            View::ThreeQuarter => 50.0,
            View::Front => 90.0,
        }
    }
}

/// Which leg or arm does the work on the first side; it is highlighted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Work {
    #[default]
    Both,
    Right,
    Left,
}

/// Furniture and floor the stretch uses. Positions are metres along the
/// view's horizontal axis, from the pelvis's starting point.
#[derive(Debug, Clone, Copy, PartialEq, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Props {
    /// A chair; the value is where the front edge of its seat is.
    pub chair: Option<f32>,
    /// A desk; the value is where its near edge is.
    pub desk: Option<f32>,
    /// A wall; the value is where its face is.
    pub wall: Option<f32>,
    /// An exercise mat on the floor.
    pub mat: bool,
}

/// Height of the hip joint of a figure sitting on a chair.
pub const SEAT_HIP: f32 = 0.52;
/// Height of the chair seat's top.
pub const SEAT_TOP: f32 = SEAT_HIP - body::PELVIS_RADIUS;
/// Depth of the chair seat, from its front edge back.
pub const SEAT_DEPTH: f32 = 0.44;
/// Height of a desk top and its thickness.
pub const DESK_TOP: f32 = 0.74;
pub const DESK_THICKNESS: f32 = 0.04;
/// Thickness of the exercise mat.
pub const MAT: f32 = 0.015;

/// A stretch's whole demonstration: how it is seen, what it uses, and the
/// movement for the first side.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub view: View,
    pub support: Support,
    pub work: Work,
    pub props: Props,
    /// At least one; times in seconds, increasing, from 0.
    pub keys: Vec<Key>,
    /// The movement loops for the whole hold (walking) instead of moving
    /// into a position and holding it.
    pub repeat: bool,
}

impl Figure {
    /// Where the joints are at `seconds` into the movement.
    pub fn skeleton_at(&self, seconds: f32) -> Skeleton {
        Skeleton::placed(&pose_at(&self.keys, seconds), self.support)
    }

    /// Seconds from the first key to the last.
    pub fn span(&self) -> f32 {
        self.keys.last().map_or(0.0, |k| k.at)
    }

    /// Seconds into the movement, `elapsed` seconds into one side of the
    /// stretch in the player: a hold moves into position and stays there,
    /// a repeated movement starts again with each rep.
    pub fn time_in_segment(&self, dose: Dose, elapsed: f32) -> f32 {
        let elapsed = elapsed.max(0.0);
        let span = self.span();
        match dose {
            Dose::Reps { each, .. } => elapsed % each.as_secs_f32().max(0.001),
            Dose::Hold(_) if self.repeat => elapsed % span.max(0.001),
            // A routine may shorten the hold below the time the move takes.
            Dose::Hold(d) if d.as_secs_f32() < span => elapsed * span / d.as_secs_f32().max(0.001),
            Dose::Hold(_) => elapsed.min(span),
        }
    }

    /// Seconds into the movement that show it best in a still picture:
    /// the held position, or the turning point of a rep.
    pub fn telling_time(&self, dose: Dose) -> f32 {
        match dose {
            Dose::Reps { each, .. } => (each.as_secs_f32() / 2.0).min(self.span()),
            Dose::Hold(_) if self.repeat => 0.0,
            Dose::Hold(_) => self.span(),
        }
    }

    /// The key pose reached by `seconds` into the movement: where a still
    /// picture stands while the movement would be under way, for people
    /// who turn animation off. It moves from pose to pose, never between.
    pub fn key_time_at(&self, seconds: f32) -> f32 {
        self.keys
            .iter()
            .rev()
            .find(|k| k.at <= seconds + 1e-4)
            .or(self.keys.first())
            .map_or(0.0, |k| k.at)
    }

    /// Whether the figure no longer moves at `elapsed` into one side.
    pub fn is_still(&self, dose: Dose, elapsed: f32) -> bool {
        self.keys.len() < 2
            || matches!(dose, Dose::Hold(d) if !self.repeat && elapsed >= d.as_secs_f32().min(self.span()))
    }

    /// Seconds into the movement for a thumbnail that plays for ever: a
    /// hold moves in, rests, eases back out and rests again.
    pub fn time_in_loop(&self, dose: Dose, t: f32) -> f32 {
        let span = self.span();
        if self.repeat || matches!(dose, Dose::Reps { .. }) {
            return self.time_in_segment(dose, t);
        }
        let (rest_in, back, rest_out) = (1.5, span * 0.6, 0.8);
        let t = t.max(0.0) % (span + rest_in + back + rest_out).max(0.001);
        if t < span {
            t
        } else if t < span + rest_in {
            span
        } else if t < span + rest_in + back {
            span * (1.0 - (t - span - rest_in) / back)
        } else {
            0.0
        }
    }

    /// How hard the target area works at `t` seconds into the movement,
    /// 0 to 1, for the highlight: it builds into a hold, and peaks halfway
    /// through each rep.
    pub fn effort(&self, dose: Dose, t: f32) -> f32 {
        match dose {
            Dose::Reps { each, .. } => (std::f32::consts::PI * t / each.as_secs_f32().max(0.001))
                .sin()
                .clamp(0.0, 1.0),
            Dose::Hold(_) if self.repeat => 1.0,
            Dose::Hold(_) => ease(t / self.span().max(0.001)),
        }
    }
}

#[cfg(test)]
mod tests;
