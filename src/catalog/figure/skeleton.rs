//! Forward kinematics: from joint angles to joint positions, placed on the
//! figure's support, and projected into a 2D drawing.

use super::pose::Pose;
use super::{MAT, SEAT_HIP, Support};

/// Proportions of a person about 1.75 m tall, in metres.
pub mod body {
    pub const LOWER_TORSO: f32 = 0.22;
    pub const UPPER_TORSO: f32 = 0.30;
    pub const NECK: f32 = 0.08;
    pub const HEAD_RADIUS: f32 = 0.105;
    pub const SHOULDER_WIDTH: f32 = 0.36;
    pub const HIP_WIDTH: f32 = 0.18;
    pub const UPPER_ARM: f32 = 0.29;
    pub const FOREARM: f32 = 0.25;
    pub const HAND: f32 = 0.08;
    pub const THIGH: f32 = 0.43;
    pub const SHIN: f32 = 0.43;
    /// Height of the ankle joint above the sole.
    pub const ANKLE_HEIGHT: f32 = 0.08;
    pub const FOOT: f32 = 0.16;
    pub const HEEL: f32 = 0.04;
    pub const FOOT_RADIUS: f32 = 0.03;
    pub const PELVIS_RADIUS: f32 = 0.09;
}

type V3 = [f32; 3];
type M3 = [[f32; 3]; 3];

fn dot(a: V3, b: V3) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

fn transpose(m: &M3) -> M3 {
    let [[a, b, c], [d, e, f], [g, h, i]] = *m;
    [[a, d, g], [b, e, h], [c, f, i]]
}

fn mul(m: &M3, n: &M3) -> M3 {
    let columns = transpose(n);
    m.map(|row| columns.map(|column| dot(row, column)))
}

fn apply(m: &M3, v: V3) -> V3 {
    m.map(|row| dot(row, v))
}

/// The height of the lowest surface among `balls` (centre, radius).
pub fn lowest_point(balls: &[(V3, f32)]) -> f32 {
    balls
        .iter()
        .map(|(p, r)| p[1] - r)
        .fold(f32::INFINITY, f32::min)
}

/// The point the fraction `t` of the way from `a` to `b`.
fn lerp3(a: V3, b: V3, t: f32) -> V3 {
    add(a, scale(sub(b, a), t))
}

fn add(a: V3, b: V3) -> V3 {
    [a[0] + b[0], a[1] + b[1], a[2] + b[2]]
}

fn sub(a: V3, b: V3) -> V3 {
    [a[0] - b[0], a[1] - b[1], a[2] - b[2]]
}

fn scale(a: V3, by: f32) -> V3 {
    a.map(|x| x * by)
}

/// Turns about the sideways axis; positive swings "down" toward forward.
fn rz(deg: f32) -> M3 {
    let (s, c) = deg.to_radians().sin_cos();
    [[c, -s, 0.0], [s, c, 0.0], [0.0, 0.0, 1.0]]
}

/// Turns about the forward axis; positive tips "up" toward the right.
fn rx(deg: f32) -> M3 {
    let (s, c) = deg.to_radians().sin_cos();
    [[1.0, 0.0, 0.0], [0.0, c, -s], [0.0, s, c]]
}

/// Turns about the vertical axis.
fn ry(deg: f32) -> M3 {
    let (s, c) = deg.to_radians().sin_cos();
    [[c, 0.0, s], [0.0, 1.0, 0.0], [-s, 0.0, c]]
}

/// One side's joints. Index 0 of [`Skeleton::limbs`] is the right side.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Limb {
    pub shoulder: V3,
    pub elbow: V3,
    pub wrist: V3,
    pub hand: V3,
    pub hip: V3,
    pub knee: V3,
    pub ankle: V3,
    /// Centres of the rounded heel and toe, one foot radius above the sole.
    pub heel: V3,
    pub toe: V3,
    pub buttock: V3,
    pub hip_front: V3,
}

/// Joint positions of a posed figure.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Skeleton {
    pub pelvis: V3,
    pub waist: V3,
    pub chest: V3,
    pub neck: V3,
    pub head: V3,
    pub limbs: [Limb; 2],
}

/// Which drawn part of the body a piece is, so it can be highlighted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PartKind {
    Head,
    Neck,
    UpperTorso,
    LowerTorso,
    UpperArm,
    Forearm,
    Hand,
    Thigh,
    Shin,
    Foot,
    Buttock,
    /// Only drawn when highlighted: the front of the hip.
    HipFront,
}

/// One rounded, tapered piece of the drawing in 2D, far pieces first.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Piece {
    pub kind: PartKind,
    /// 0 right, 1 left; `None` for the head and trunk.
    pub side: Option<usize>,
    pub a: [f32; 2],
    pub b: [f32; 2],
    pub ra: f32,
    pub rb: f32,
    /// Toward the viewer is larger.
    pub depth: f32,
}

impl Skeleton {
    /// Forward kinematics, placed on `support`.
    pub fn placed(pose: &Pose, support: Support) -> Skeleton {
        let mut s = Skeleton::unplaced(pose);
        let lift = match support {
            Support::Feet => -lowest_point(&s.leg_balls()),
            Support::Seat => SEAT_HIP - s.pelvis[1],
            Support::Floor => MAT - lowest_point(&s.balls()),
        };
        s.translate([0.0, lift, 0.0]);
        s
    }

    fn unplaced(pose: &Pose) -> Skeleton {
        use body::*;
        let pelvis = [pose.shift_x, 0.0, pose.shift_z];
        let p = rz(-pose.torso);
        let waist = add(pelvis, apply(&p, [0.0, LOWER_TORSO, 0.0]));
        let u = mul(&mul(&p, &rz(-pose.spine)), &rx(pose.side));
        let chest = add(waist, apply(&u, [0.0, UPPER_TORSO, 0.0]));
        let n = mul(&u, &rz(-pose.neck));
        let neck = add(chest, apply(&n, [0.0, NECK, 0.0]));
        let head = add(neck, apply(&n, [0.025, HEAD_RADIUS * 0.8, 0.0]));
        let limb = |s: f32, arm: [f32; 4], leg: [f32; 5]| {
            let [shoulder, out, arm_turn, elbow] = arm;
            let [hip, leg_out, turn, knee, ankle] = leg;
            let shoulder_at = add(chest, apply(&u, [0.0, -0.05, s * SHOULDER_WIDTH / 2.0]));
            let a = mul(
                &mul(&mul(&u, &rz(shoulder)), &rx(-s * out)),
                &ry(s * arm_turn),
            );
            let elbow_at = add(shoulder_at, apply(&a, [0.0, -UPPER_ARM, 0.0]));
            let f = mul(&a, &rz(elbow));
            let wrist = add(elbow_at, apply(&f, [0.0, -FOREARM, 0.0]));
            let hand = add(wrist, apply(&f, [0.0, -HAND, 0.0]));
            let hip_at = add(pelvis, apply(&p, [0.0, 0.0, s * HIP_WIDTH / 2.0]));
            let th = mul(&mul(&mul(&p, &rz(hip)), &rx(-s * leg_out)), &ry(-s * turn));
            let knee_at = add(hip_at, apply(&th, [0.0, -THIGH, 0.0]));
            let sh = mul(&th, &rz(-knee));
            let ankle_at = add(knee_at, apply(&sh, [0.0, -SHIN, 0.0]));
            let ft = mul(&sh, &rz(-ankle));
            let sole = add(
                ankle_at,
                apply(&sh, [0.0, -(ANKLE_HEIGHT - FOOT_RADIUS), 0.0]),
            );
            Limb {
                shoulder: shoulder_at,
                elbow: elbow_at,
                wrist,
                hand,
                hip: hip_at,
                knee: knee_at,
                ankle: ankle_at,
                heel: add(sole, apply(&ft, [-HEEL, 0.0, 0.0])),
                toe: add(sole, apply(&ft, [FOOT, 0.0, 0.0])),
                buttock: add(hip_at, apply(&p, [-0.05, 0.0, 0.0])),
                hip_front: add(hip_at, apply(&p, [0.03, 0.02, 0.0])),
            }
        };
        let right = limb(
            1.0,
            [
                pose.shoulder_r,
                pose.arm_out_r,
                pose.arm_turn_r,
                pose.elbow_r,
            ],
            [
                pose.hip_r,
                pose.leg_out_r,
                pose.hip_turn_r,
                pose.knee_r,
                pose.ankle_r,
            ],
        );
        let left = limb(
            -1.0,
            [
                pose.shoulder_l,
                pose.arm_out_l,
                pose.arm_turn_l,
                pose.elbow_l,
            ],
            [
                pose.hip_l,
                pose.leg_out_l,
                pose.hip_turn_l,
                pose.knee_l,
                pose.ankle_l,
            ],
        );
        Skeleton {
            pelvis,
            waist,
            chest,
            neck,
            head,
            limbs: [right, left],
        }
    }

    fn translate(&mut self, by: V3) {
        let mv = |p: &mut V3| *p = add(*p, by);
        for p in [
            &mut self.pelvis,
            &mut self.waist,
            &mut self.chest,
            &mut self.neck,
            &mut self.head,
        ] {
            mv(p);
        }
        for l in &mut self.limbs {
            for p in [
                &mut l.shoulder,
                &mut l.elbow,
                &mut l.wrist,
                &mut l.hand,
                &mut l.hip,
                &mut l.knee,
                &mut l.ankle,
                &mut l.heel,
                &mut l.toe,
                &mut l.buttock,
                &mut l.hip_front,
            ] {
                mv(p);
            }
        }
    }

    /// Points of the legs that can bear weight, with their radii.
    pub fn leg_balls(&self) -> Vec<(V3, f32)> {
        self.limbs
            .iter()
            .flat_map(|l| {
                [
                    (l.knee, 0.05),
                    (l.heel, body::FOOT_RADIUS),
                    (l.toe, body::FOOT_RADIUS),
                ]
            })
            .collect()
    }

    /// The body as balls: every joint with the thickness drawn around it.
    pub fn balls(&self) -> Vec<(V3, f32)> {
        let mut out = vec![
            (self.pelvis, body::PELVIS_RADIUS),
            (self.waist, 0.095),
            (self.chest, 0.11),
            (self.head, body::HEAD_RADIUS),
        ];
        for l in &self.limbs {
            out.extend([
                (l.elbow, 0.042),
                (l.wrist, 0.033),
                (l.hand, 0.028),
                (l.hip, 0.075),
                (l.knee, 0.05),
                (l.ankle, 0.04),
                (l.heel, body::FOOT_RADIUS),
                (l.toe, body::FOOT_RADIUS),
                (l.buttock, body::PELVIS_RADIUS),
            ]);
        }
        out
    }

    /// The body as balls along every segment, dense enough that nothing
    /// passes through a desk top or a seat between two joints.
    pub fn samples(&self) -> Vec<([f32; 3], f32)> {
        let mut out = self.balls();
        for l in &self.limbs {
            for (a, b, r) in [
                (l.hip, l.knee, 0.065),
                (l.knee, l.ankle, 0.045),
                (l.shoulder, l.elbow, 0.045),
                (l.elbow, l.wrist, 0.036),
            ] {
                for t in [0.25, 0.5, 0.75] {
                    out.push((lerp3(a, b, t), r));
                }
            }
        }
        out
    }

    /// The drawing seen from `view_yaw` degrees (0 side, 90 front), far
    /// pieces first; `mirrored` flips it left to right for the other side.
    pub fn pieces(&self, view_yaw: f32, mirrored: bool) -> Vec<Piece> {
        let (sin, cos) = view_yaw.to_radians().sin_cos();
        let flip = if mirrored { -1.0 } else { 1.0 };
        let to2 = |p: V3| [flip * (p[0] * cos - p[2] * sin), p[1]];
        let depth = |p: V3| p[0] * sin + p[2] * cos;
        // The trunk is wider than it is deep.
        let wide = |side_r: f32, front_r: f32| (side_r * cos).hypot(front_r * sin);
        let mut out = Vec::with_capacity(32);
        let mut piece = |kind, side, a: V3, b: V3, ra: f32, rb: f32, bias: f32| {
            out.push(Piece {
                kind,
                side,
                a: to2(a),
                b: to2(b),
                ra,
                rb,
                depth: (depth(a) + depth(b)) / 2.0 + bias,
            });
        };
        use PartKind::*;
        piece(
            LowerTorso,
            None,
            self.pelvis,
            self.waist,
            wide(0.105, 0.15),
            wide(0.1, 0.135),
            0.0,
        );
        // Below the shoulders the chest is wide; the shoulders themselves
        // are a bar between the joints, so no dome rises above them.
        let chest_low = lerp3(self.chest, self.waist, 0.2);
        piece(
            UpperTorso,
            None,
            self.waist,
            chest_low,
            wide(0.1, 0.14),
            wide(0.115, 0.15),
            0.0,
        );
        piece(UpperTorso, None, self.chest, self.chest, 0.115, 0.115, 0.0);
        let [right, left] = [self.limbs[0].shoulder, self.limbs[1].shoulder];
        piece(UpperTorso, None, right, left, 0.06, 0.06, 0.0);
        piece(Neck, None, self.chest, self.neck, 0.045, 0.045, -0.01);
        piece(
            Head,
            None,
            self.head,
            self.head,
            body::HEAD_RADIUS,
            body::HEAD_RADIUS,
            0.0,
        );
        for (i, l) in self.limbs.iter().enumerate() {
            let s = Some(i);
            piece(
                Buttock,
                s,
                l.buttock,
                l.buttock,
                body::PELVIS_RADIUS,
                body::PELVIS_RADIUS,
                -0.02,
            );
            // The front of the hip, carried a third of the way down the thigh.
            let down_thigh = add(l.hip_front, scale(sub(l.knee, l.hip), 0.35));
            piece(HipFront, s, l.hip_front, down_thigh, 0.07, 0.05, 0.02);
            piece(Thigh, s, l.hip, l.knee, 0.075, 0.055, 0.0);
            piece(Shin, s, l.knee, l.ankle, 0.05, 0.04, 0.0);
            piece(Foot, s, l.ankle, l.heel, 0.04, body::FOOT_RADIUS, 0.0);
            piece(Foot, s, l.heel, l.toe, body::FOOT_RADIUS, 0.025, 0.0);
            piece(UpperArm, s, l.shoulder, l.elbow, 0.05, 0.042, 0.01);
            piece(Forearm, s, l.elbow, l.wrist, 0.04, 0.033, 0.01);
            piece(Hand, s, l.wrist, l.hand, 0.035, 0.028, 0.01);
        }
        out.sort_by(|a, b| a.depth.total_cmp(&b.depth));
        out
    }
}
