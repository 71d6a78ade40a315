//! Keyframes and the eased movement between them.

use super::pose::Pose;

/// A pose the figure passes through, `at` seconds into the movement.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Key {
    pub at: f32,
    pub pose: Pose,
}

/// Smooth start and stop: no jerk at a key, fastest halfway between.
pub fn ease(t: f32) -> f32 {
    let t = t.clamp(0.0, 1.0);
    t * t * (3.0 - 2.0 * t)
}

/// The pose `seconds` into `keys` (which have increasing times): the first
/// key before it starts, the last key after it ends.
pub fn pose_at(keys: &[Key], seconds: f32) -> Pose {
    let Some(first) = keys.first() else {
        return Pose::default();
    };
    if seconds.is_nan() || seconds <= first.at {
        return first.pose;
    }
    for (a, b) in keys.iter().zip(keys.iter().skip(1)) {
        if seconds <= b.at {
            let span = b.at - a.at;
            let t = if span > 0.0 {
                (seconds - a.at) / span
            } else {
                1.0
            };
            return a.pose.lerp(&b.pose, ease(t));
        }
    }
    keys.last().map_or(first.pose, |k| k.pose)
}
