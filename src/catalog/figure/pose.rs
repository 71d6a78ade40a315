//! Joint angles, their anatomical ranges, and poses written as changes to
//! a shared base pose.

use serde::Deserialize;

/// Declares every joint once: the full pose, the partial pose used in
/// files, blending, and the range check all follow from this list.
macro_rules! joints {
    ($($(#[doc = $doc:literal])* $name:ident: $lo:literal ..= $hi:literal;)*) => {
        /// A full set of joint angles, in degrees (flexion positive), plus
        /// where the pelvis is moved, in metres.
        #[derive(Debug, Clone, Copy, PartialEq, Default, Deserialize)]
        #[serde(deny_unknown_fields, default)]
        pub struct Pose {
            $($(#[doc = $doc])* pub $name: f32,)*
        }

        /// A pose written as changes to a base pose; unset joints keep the
        /// base's value.
        #[derive(Debug, Clone, Copy, PartialEq, Default, Deserialize)]
        #[serde(deny_unknown_fields, default)]
        pub struct PoseChange {
            $(pub $name: Option<f32>,)*
        }

        impl PoseChange {
            /// `base` with these changes applied.
            pub fn apply(&self, base: &Pose) -> Pose {
                Pose { $($name: self.$name.unwrap_or(base.$name),)* }
            }
        }

        impl Pose {
            /// Each value moved the fraction `t` of the way toward `to`.
            pub fn lerp(&self, to: &Pose, t: f32) -> Pose {
                Pose { $($name: self.$name + (to.$name - self.$name) * t,)* }
            }

            /// The first joint outside its range, as a message.
            pub fn check_limits(&self) -> Result<(), String> {
                $(
                    if !(self.$name >= $lo && self.$name <= $hi) {
                        return Err(format!(
                            "{} = {} is outside {} to {}",
                            stringify!($name), self.$name, $lo, $hi
                        ));
                    }
                )*
                Ok(())
            }
        }
    };
}

joints! {
    /// Pitch of the pelvis and lower back from upright: positive leans
    /// forward, -90 lies on the back, 90 lies face down. It orients the
    /// whole body rather than bending a joint, so its range is wide.
    torso: -135.0 ..= 135.0;
    /// Upper back bent forward at the waist (negative arches it).
    spine: -45.0 ..= 70.0;
    /// Upper body bent toward the right side (negative: the left).
    side: -30.0 ..= 30.0;
    /// Head nodded forward from the line of the upper back.
    neck: -40.0 ..= 60.0;
    /// Arm raised forward from hanging (180 is straight overhead).
    shoulder_r: -60.0 ..= 180.0;
    shoulder_l: -60.0 ..= 180.0;
    /// Arm raised out to the side.
    arm_out_r: -20.0 ..= 120.0;
    arm_out_l: -20.0 ..= 120.0;
    /// Upper arm turned inward about its own length, so a bent elbow
    /// brings the hand across the body (hands on hips, arms folded).
    arm_turn_r: -30.0 ..= 100.0;
    arm_turn_l: -30.0 ..= 100.0;
    elbow_r: 0.0 ..= 150.0;
    elbow_l: 0.0 ..= 150.0;
    /// Thigh raised forward, relative to the pelvis.
    hip_r: -30.0 ..= 140.0;
    hip_l: -30.0 ..= 140.0;
    /// Thigh moved out to the side.
    leg_out_r: -30.0 ..= 60.0;
    leg_out_l: -30.0 ..= 60.0;
    /// Thigh turned outward about its own length.
    hip_turn_r: -40.0 ..= 60.0;
    hip_turn_l: -40.0 ..= 60.0;
    knee_r: 0.0 ..= 155.0;
    knee_l: 0.0 ..= 155.0;
    /// Toes pointed down (negative: pulled up toward the shin).
    ankle_r: -30.0 ..= 50.0;
    ankle_l: -30.0 ..= 50.0;
    /// The pelvis moved forward, in metres.
    shift_x: -0.5 ..= 0.5;
    /// The pelvis moved toward the right side, in metres.
    shift_z: -0.3 ..= 0.3;
}
