//! Whether a posed figure could be real: resting on its support, nothing
//! sunk into the floor, and nothing through the furniture.

use super::skeleton::{Skeleton, lowest_point};
use super::{DESK_THICKNESS, DESK_TOP, MAT, Props, SEAT_DEPTH, SEAT_HIP, SEAT_TOP, Support};

/// How far a body part may float above or sink into what it rests on.
pub const GROUND_TOLERANCE: f32 = 0.03;

/// Checks that the figure rests on its support: standing on its feet (or a
/// knee, placed on the floor) with nothing through the floor, seated on the
/// seat with a foot on the floor, or lying on the mat.
pub fn check_grounded(s: &Skeleton, support: Support) -> Result<(), String> {
    let body = lowest_point(&s.balls());
    let legs = lowest_point(&s.leg_balls());
    let floor = if support == Support::Floor { MAT } else { 0.0 };
    if body < floor - GROUND_TOLERANCE {
        return Err(format!(
            "the body sinks {:.2} m into the floor",
            floor - body
        ));
    }
    match support {
        Support::Seat => {
            if (s.pelvis[1] - SEAT_HIP).abs() > GROUND_TOLERANCE {
                return Err("seated, but the pelvis is not on the seat".into());
            }
            if legs > GROUND_TOLERANCE {
                return Err(format!(
                    "seated, but both feet float {legs:.2} m above the floor"
                ));
            }
            if legs < -GROUND_TOLERANCE {
                return Err(format!(
                    "seated, but a foot sinks {:.2} m into the floor",
                    -legs
                ));
            }
            Ok(())
        }
        Support::Floor if body > MAT + GROUND_TOLERANCE => {
            Err("lying, but the body is not on the mat".into())
        }
        _ => Ok(()),
    }
}

/// Checks that no part of the body passes through the wall, the desk top or
/// the chair seat. Props stand along the forward axis, x = 0 being where
/// the pelvis is before any shift.
pub fn check_props(s: &Skeleton, props: &Props) -> Result<(), String> {
    let balls = s.samples();
    if let Some(wall) = props.wall {
        let deepest = balls
            .iter()
            .map(|(p, r)| p[0] + r - wall)
            .fold(f32::NEG_INFINITY, f32::max);
        if deepest > GROUND_TOLERANCE {
            return Err(format!("a body part goes {deepest:.2} m through the wall"));
        }
    }
    if let Some(edge) = props.desk {
        let inside = |(p, r): &&([f32; 3], f32)| {
            p[0] > edge + GROUND_TOLERANCE
                && p[1] - r < DESK_TOP - GROUND_TOLERANCE
                && p[1] + r > DESK_TOP - DESK_THICKNESS + GROUND_TOLERANCE
        };
        if balls.iter().any(|b| inside(&b)) {
            return Err("a body part goes through the desk top".into());
        }
    }
    if let Some(front) = props.chair {
        let inside = |(p, r): &&([f32; 3], f32)| {
            p[0] < front - GROUND_TOLERANCE
                && p[0] > front - SEAT_DEPTH
                && p[1] + r > SEAT_TOP - 0.05 + GROUND_TOLERANCE
                && p[1] - r < SEAT_TOP - GROUND_TOLERANCE
        };
        if balls.iter().any(|b| inside(&b)) {
            return Err("a body part goes through the chair seat".into());
        }
    }
    Ok(())
}
