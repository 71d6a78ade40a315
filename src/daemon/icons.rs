//! Tray icons drawn in code as RGBA pixels: a progress ring while sitting,
//! a filled disc with a standing figure when the break is due or running,
//! a pause sign while paused. Antialiased by 4×4 supersampling, so they stay
//! crisp at any size the panel asks for; the daemon draws each state once.

use crate::engine::PhaseKind;

/// Side of the icon in pixels; panels scale it down to 16–24.
pub const SIZE: u32 = 48;

/// Steps of the sitting progress ring; one icon per step is drawn.
/// Quarters: each new icon makes the tray host read the item again (about
/// 30 wakeups of the idle daemon), and 12 steps kept it at 0.26 wakeups a
/// second; the tooltip gives the exact time of the break.
pub const PROGRESS_STEPS: u32 = 4;

type Rgb = [u8; 3];
const TEAL: Rgb = [0x2f, 0x9e, 0x8a];
const TRACK: Rgb = [0x8a, 0x94, 0x92];
const AMBER: Rgb = [0xe8, 0x8b, 0x2e];
const GREEN: Rgb = [0x3a, 0xa5, 0x5d];
const GREY: Rgb = [0x9a, 0xa0, 0x9e];
const WHITE: Rgb = [0xfa, 0xfa, 0xf7];

/// What an icon shows; equal keys draw equal icons.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct IconKey {
    pub phase: PhaseKind,
    /// Sitting progress in [`PROGRESS_STEPS`] steps.
    pub step: u32,
}

impl IconKey {
    /// The key for a phase and progress in permille.
    pub fn new(phase: PhaseKind, progress_permille: u32) -> IconKey {
        let step = match phase {
            PhaseKind::Sitting => (progress_permille.min(1000) * PROGRESS_STEPS).div_ceil(1000),
            _ => 0,
        };
        IconKey { phase, step }
    }
}

/// Draws the icon: `SIZE × SIZE` RGBA bytes.
pub fn render(key: IconKey) -> Vec<u8> {
    let size = SIZE as f32;
    let c = size / 2.0;
    let outer = size * 0.47;
    let inner = size * 0.33;
    let fraction = key.step as f32 / PROGRESS_STEPS as f32;
    let mut pixels = vec![0u8; (SIZE * SIZE * 4) as usize];
    for py in 0..SIZE {
        for px in 0..SIZE {
            // Average colour and coverage over 16 sub-samples.
            let mut acc = [0f32; 4];
            for sy in 0..4 {
                for sx in 0..4 {
                    let x = px as f32 + (sx as f32 + 0.5) / 4.0 - c;
                    let y = py as f32 + (sy as f32 + 0.5) / 4.0 - c;
                    if let Some(rgb) = sample(key.phase, fraction, x, y, outer, inner, size) {
                        acc[0] += f32::from(rgb[0]);
                        acc[1] += f32::from(rgb[1]);
                        acc[2] += f32::from(rgb[2]);
                        acc[3] += 1.0;
                    }
                }
            }
            let idx = ((py * SIZE + px) * 4) as usize;
            let [r, g, b, n] = acc;
            if n > 0.0
                && let Some(pixel) = pixels.get_mut(idx..idx + 4)
            {
                let alpha = (n / 16.0 * 255.0).round() as u8;
                let [r, g, b] = [r, g, b].map(|c| (c / n).round() as u8);
                pixel.copy_from_slice(&[r, g, b, alpha]);
            }
        }
    }
    pixels
}

/// The colour at (x, y) relative to the centre, or `None` for transparent.
fn sample(
    phase: PhaseKind,
    fraction: f32,
    x: f32,
    y: f32,
    outer: f32,
    inner: f32,
    size: f32,
) -> Option<Rgb> {
    let r = (x * x + y * y).sqrt();
    match phase {
        PhaseKind::Sitting => {
            if r > outer || r < inner {
                return chair(x, y, size).then_some(TEAL);
            }
            // Clockwise from twelve o'clock.
            let angle = (x.atan2(-y) / std::f32::consts::TAU).rem_euclid(1.0);
            Some(if angle < fraction { TEAL } else { TRACK })
        }
        PhaseKind::BreakDue | PhaseKind::OnBreak => {
            if r > outer {
                return None;
            }
            let fill = if phase == PhaseKind::BreakDue {
                AMBER
            } else {
                GREEN
            };
            Some(if figure(x, y, size) { WHITE } else { fill })
        }
        PhaseKind::Paused => {
            if r > outer {
                return None;
            }
            if r > inner {
                return Some(GREY);
            }
            let bar = x.abs() > size * 0.05 && x.abs() < size * 0.15 && y.abs() < size * 0.16;
            bar.then_some(GREY)
        }
        PhaseKind::Away | PhaseKind::OffHours => (r <= outer && r >= inner).then_some(GREY),
        // Due, but waiting for the call to end: the due colour, hollow.
        PhaseKind::Held => (r <= outer && r >= inner).then_some(AMBER),
    }
}

/// A small seated figure inside the ring: head and a bent body.
fn chair(x: f32, y: f32, size: f32) -> bool {
    let s = size;
    let head = (x + 0.02 * s).powi(2) + (y + 0.14 * s).powi(2) < (0.065 * s).powi(2);
    let back = (x + 0.03 * s).abs() < 0.04 * s && y > -0.07 * s && y < 0.06 * s;
    let thigh = y > 0.03 * s && y < 0.09 * s && x > -0.07 * s && x < 0.1 * s;
    head || back || thigh
}

/// A standing figure: head, body, arms up, legs apart.
fn figure(x: f32, y: f32, size: f32) -> bool {
    let s = size;
    let head = x.powi(2) + (y + 0.24 * s).powi(2) < (0.075 * s).powi(2);
    let body = x.abs() < 0.045 * s && y > -0.15 * s && y < 0.1 * s;
    let limb = |x0: f32, y0: f32, x1: f32, y1: f32| {
        // Distance from (x, y) to the segment, against the limb's half-width.
        let (dx, dy) = (x1 - x0, y1 - y0);
        let t = (((x - x0) * dx + (y - y0) * dy) / (dx * dx + dy * dy)).clamp(0.0, 1.0);
        let (qx, qy) = (x0 + t * dx - x, y0 + t * dy - y);
        (qx * qx + qy * qy).sqrt() < 0.04 * s
    };
    let arms = limb(0.0, -0.1 * s, -0.2 * s, -0.25 * s) || limb(0.0, -0.1 * s, 0.2 * s, -0.25 * s);
    let legs = limb(0.0, 0.08 * s, -0.13 * s, 0.33 * s) || limb(0.0, 0.08 * s, 0.13 * s, 0.33 * s);
    head || body || arms || legs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn alpha_at(pixels: &[u8], x: u32, y: u32) -> u8 {
        pixels[((y * SIZE + x) * 4 + 3) as usize]
    }

    fn rgb_at(pixels: &[u8], x: u32, y: u32) -> [u8; 3] {
        let i = ((y * SIZE + x) * 4) as usize;
        [pixels[i], pixels[i + 1], pixels[i + 2]]
    }

    #[test]
    fn progress_ring_fills_clockwise_from_the_top() {
        let half = render(IconKey::new(PhaseKind::Sitting, 500));
        // On the ring, right of centre (3 o'clock) is done; left is not.
        assert_eq!(rgb_at(&half, SIZE - 5, SIZE / 2), TEAL);
        assert_eq!(rgb_at(&half, 4, SIZE / 2), TRACK);
        assert_eq!(alpha_at(&half, 0, 0), 0, "corners stay transparent");
    }

    #[test]
    fn each_state_draws_a_different_icon() {
        let keys = [
            IconKey::new(PhaseKind::Sitting, 0),
            IconKey::new(PhaseKind::Sitting, 900),
            IconKey::new(PhaseKind::BreakDue, 0),
            IconKey::new(PhaseKind::OnBreak, 0),
            IconKey::new(PhaseKind::Paused, 0),
            IconKey::new(PhaseKind::Away, 0),
        ];
        let icons: Vec<Vec<u8>> = keys.iter().map(|k| render(*k)).collect();
        for (i, a) in icons.iter().enumerate() {
            assert_eq!(a.len(), (SIZE * SIZE * 4) as usize);
            for b in &icons[i + 1..] {
                assert_ne!(a, b);
            }
        }
    }

    #[test]
    fn progress_is_quantized_so_icons_are_redrawn_rarely() {
        assert_eq!(
            IconKey::new(PhaseKind::Sitting, 1),
            IconKey::new(PhaseKind::Sitting, 250)
        );
        assert_ne!(
            IconKey::new(PhaseKind::Sitting, 250),
            IconKey::new(PhaseKind::Sitting, 260)
        );
        assert_eq!(IconKey::new(PhaseKind::Paused, 500).step, 0);
    }
}
