//! Draws a stretch's figure with egui's painter: rounded, tapered limbs in
//! the theme's colours, the target area highlighted, and the props behind.
//! No image files, so it is crisp at any size.

use egui::{Color32, Pos2, Rect, Response, Sense, Shape, Stroke, Ui, Vec2, pos2};

use crate::catalog::Stretch;
use crate::catalog::schema::Area;
use crate::catalog::schema::figure::{
    DESK_THICKNESS, DESK_TOP, Figure, MAT, PartKind, SEAT_DEPTH, SEAT_TOP, Work,
};
use crate::catalog::schema::figure::{Piece, Skeleton};

use super::theme::Palette;

/// What to draw: the stretch, how far into its movement, which side, and
/// how hard the target area is working (0 to 1) for the highlight.
#[derive(Debug, Clone, Copy)]
pub struct Moment {
    pub seconds: f32,
    pub mirrored: bool,
    pub effort: f32,
}

impl Moment {
    /// `seconds` into the stretch's movement, with the highlight as strong
    /// as the movement is hard there. A routine may change a stretch's hold
    /// or rep count but not its rep time, so the stretch's own dose gives
    /// the effort.
    pub fn at(stretch: &Stretch, seconds: f32, mirrored: bool) -> Moment {
        Moment {
            seconds,
            mirrored,
            effort: stretch.figure.effort(stretch.dose, seconds),
        }
    }
}

/// Colours of the figure, derived from the palette.
struct Ink {
    near: Color32,
    far: Color32,
    highlight: Color32,
    halo: Color32,
    prop: Color32,
    prop_edge: Color32,
    mat: Color32,
    floor: Color32,
}

impl Ink {
    fn of(p: &Palette, dark: bool, background: Color32) -> Ink {
        if dark {
            Ink {
                near: Color32::from_rgb(0xcf, 0xd8, 0xd6),
                far: Color32::from_rgb(0x84, 0x91, 0x8f),
                highlight: Color32::from_rgb(0xf2, 0x8c, 0x5e),
                halo: background,
                prop: Color32::from_rgb(0x3a, 0x45, 0x48),
                prop_edge: Color32::from_rgb(0x52, 0x5f, 0x62),
                mat: p.accent_soft,
                floor: p.track,
            }
        } else {
            Ink {
                near: Color32::from_rgb(0x3d, 0x4b, 0x55),
                far: Color32::from_rgb(0x93, 0x9e, 0xa5),
                highlight: Color32::from_rgb(0xe0, 0x5f, 0x35),
                halo: background,
                prop: Color32::from_rgb(0xe4, 0xdf, 0xd4),
                prop_edge: Color32::from_rgb(0xc4, 0xbd, 0xaf),
                mat: p.accent_soft,
                floor: p.track,
            }
        }
    }
}

fn still_id() -> egui::Id {
    egui::Id::unique("sitbreak-still-figures")
}

/// Sets whether figures show still key poses instead of moving (the
/// `motion` setting, or the desktop's reduced-motion preference).
pub fn set_still(ctx: &egui::Context, still: bool) {
    ctx.data_mut(|d| d.insert_temp(still_id(), still));
}

/// Whether figures hold still.
pub fn is_still(ctx: &egui::Context) -> bool {
    ctx.data(|d| d.get_temp::<bool>(still_id()).unwrap_or(false))
}

/// Allocates `size` and draws the figure into it.
pub fn figure_ui(ui: &mut Ui, size: Vec2, stretch: &Stretch, moment: Moment) -> Response {
    let (rect, response) = ui.allocate_exact_size(size, Sense::hover());
    super::access::image(
        &response,
        &crate::tr!("figure-showing", stretch = &stretch.name),
        "",
    );
    if ui.is_rect_visible(rect) {
        let background = ui.visuals().extreme_bg_color;
        let card = Palette::of(ui.ctx()).card;
        let halo = if background == card { background } else { card };
        paint(ui, rect, stretch, moment, halo);
    }
    response
}

/// A figure that plays its movement for ever (a hold moves in, rests and
/// eases back out). It asks for frames only while it is on screen and the
/// window is not minimised, so a scrolled-away list costs nothing.
pub fn looping_figure_ui(ui: &mut Ui, size: Vec2, stretch: &Stretch) -> Response {
    if is_still(ui.ctx()) {
        let telling = stretch.figure.telling_time(stretch.dose);
        return figure_ui(ui, size, stretch, Moment::at(stretch, telling, false));
    }
    let t = ui.input(|i| i.time) as f32;
    let response = figure_ui(ui, size, stretch, looping_moment(stretch, t));
    keep_animating(ui, &response);
    response
}

/// A still figure in the stretch's telling position, which plays its
/// movement while the pointer rests on it. Still by default so a waiting
/// break card costs no frames.
pub fn preview_figure_ui(ui: &mut Ui, size: Vec2, stretch: &Stretch) -> Response {
    let id = ui.next_auto_id();
    let hovered_since: Option<f64> = ui.data(|d| d.get_temp(id)).filter(|_| !is_still(ui.ctx()));
    let now = ui.input(|i| i.time);
    let moment = match hovered_since {
        Some(since) => looping_moment(stretch, (now - since) as f32),
        None => Moment::at(stretch, stretch.figure.telling_time(stretch.dose), false),
    };
    let response = figure_ui(ui, size, stretch, moment);
    match (response.hovered(), hovered_since) {
        (true, None) => {
            ui.data_mut(|d| d.insert_temp(id, now));
        }
        (false, Some(_)) => ui.data_mut(|d| d.remove::<f64>(id)),
        _ => {}
    }
    if response.hovered() && !is_still(ui.ctx()) {
        keep_animating(ui, &response);
    }
    response
}

fn looping_moment(stretch: &Stretch, t: f32) -> Moment {
    Moment::at(stretch, stretch.figure.time_in_loop(stretch.dose, t), false)
}

fn keep_animating(ui: &Ui, response: &Response) {
    let minimized = ui.input(|i| i.viewport().minimized == Some(true));
    if ui.is_rect_visible(response.rect) && !minimized {
        ui.ctx().request_repaint();
    }
}

/// Paints the figure into `rect` over a background of colour `halo`.
pub fn paint(ui: &Ui, rect: Rect, stretch: &Stretch, moment: Moment, halo: Color32) {
    let palette = Palette::of(ui.ctx());
    let ink = Ink::of(&palette, ui.visuals().dark_mode, halo);
    let painter = ui.painter_at(rect);
    let figure = &stretch.figure;
    let yaw = figure.view.yaw();
    let pieces = figure
        .skeleton_at(moment.seconds)
        .pieces(yaw, moment.mirrored);
    let frame = Framing::new(figure, yaw, moment.mirrored, rect);

    paint_props(&painter, &frame, figure, &ink, moment.mirrored);
    let lit = |p: &Piece| is_target(p, &stretch.areas, figure.work);
    // The target is always tinted, and glows fully as it works.
    let highlight = mix(
        ink.near,
        ink.highlight,
        0.6 + 0.4 * moment.effort.clamp(0.0, 1.0),
    );
    let trunk_depth = pieces
        .iter()
        .filter(|p| p.side.is_none())
        .map(|p| p.depth)
        .sum::<f32>()
        / pieces.iter().filter(|p| p.side.is_none()).count().max(1) as f32;
    for group in groups(&pieces) {
        let colour_of = |p: &Piece| {
            if lit(p) {
                highlight
            } else if p.side.is_some() && p.depth < trunk_depth - 0.04 {
                ink.far
            } else {
                ink.near
            }
        };
        let visible: Vec<&Piece> = group
            .iter()
            .filter(|p| p.kind != PartKind::HipFront || lit(p))
            .collect();
        // A halo in the background colour first, so a limb in front of the
        // body stays readable where they overlap.
        let outline = frame.scale * 0.014;
        for p in &visible {
            capsule(&painter, &frame, p, outline, ink.halo);
        }
        for p in &visible {
            capsule(&painter, &frame, p, 0.0, colour_of(p));
        }
    }
}

/// How metres map to points: the floor at the bottom of the rect, and every
/// key of the movement inside it, so the figure does not jump or rescale.
struct Framing {
    origin: Pos2,
    scale: f32,
    min_x: f32,
    max_x: f32,
}

impl Framing {
    fn new(figure: &Figure, yaw: f32, mirrored: bool, rect: Rect) -> Framing {
        let (mut min_x, mut max_x, mut max_y) = (f32::MAX, f32::MIN, 0.0_f32);
        for key in &figure.keys {
            let skeleton = Skeleton::placed(&key.pose, figure.support);
            for p in skeleton.pieces(yaw, mirrored) {
                for (q, r) in [(p.a, p.ra), (p.b, p.rb)] {
                    min_x = min_x.min(q[0] - r);
                    max_x = max_x.max(q[0] + r);
                    max_y = max_y.max(q[1] + r);
                }
            }
        }
        let flip = if mirrored { -1.0 } else { 1.0 };
        let cos = yaw.to_radians().cos();
        let along = |x: f32| flip * x * cos;
        let props = &figure.props;
        for x in [
            props.chair.map(|c| along(c - SEAT_DEPTH)),
            props.chair.map(along),
            props.desk.map(along),
            props.wall.map(along),
        ]
        .into_iter()
        .flatten()
        {
            min_x = min_x.min(x);
            max_x = max_x.max(x);
        }
        if props.desk.is_some() {
            max_y = max_y.max(DESK_TOP);
        }
        let (width, height) = ((max_x - min_x).max(0.5), max_y.max(0.5));
        let pad = rect.height().min(rect.width()) * 0.06;
        let scale = ((rect.width() - 2.0 * pad) / width).min((rect.height() - 2.0 * pad) / height);
        let centre_x = (min_x + max_x) / 2.0;
        let origin = pos2(rect.center().x - centre_x * scale, rect.bottom() - pad);
        Framing {
            origin,
            scale,
            min_x: min_x - 0.15,
            max_x: max_x + 0.15,
        }
    }

    fn at(&self, p: [f32; 2]) -> Pos2 {
        pos2(
            self.origin.x + p[0] * self.scale,
            self.origin.y - p[1] * self.scale,
        )
    }
}

/// Pieces grouped into trunk, each arm and each leg, far groups first, so
/// halos separate limbs from the body but never cut a limb at its joints.
fn groups(pieces: &[Piece]) -> Vec<Vec<Piece>> {
    let group_of = |p: &Piece| -> usize {
        use PartKind::*;
        match (p.kind, p.side) {
            (_, None) | (Buttock, _) => 0,
            (UpperArm | Forearm | Hand, Some(s)) => 1 + s,
            (_, Some(s)) => 3 + s,
        }
    };
    let mut out: Vec<Vec<Piece>> = vec![Vec::new(); 5];
    for p in pieces {
        if let Some(group) = out.get_mut(group_of(p)) {
            group.push(*p);
        }
    }
    let depth = |g: &Vec<Piece>| g.iter().map(|p| p.depth).sum::<f32>() / g.len().max(1) as f32;
    out.retain(|g| !g.is_empty());
    out.sort_by(|a, b| depth(a).total_cmp(&depth(b)));
    out
}

/// Whether a piece is where this stretch is felt.
fn is_target(p: &Piece, areas: &[Area], work: Work) -> bool {
    let side_ok = match (work, p.side) {
        (Work::Both, _) | (_, None) => true,
        (Work::Right, Some(s)) => s == 0,
        (Work::Left, Some(s)) => s == 1,
    };
    side_ok
        && areas.iter().any(|a| {
            use PartKind::*;
            match a {
                Area::Hamstrings => p.kind == Thigh,
                Area::Calves => p.kind == Shin,
                Area::Glutes | Area::Piriformis => p.kind == Buttock,
                Area::HipFlexors => p.kind == HipFront,
                Area::LowerBack => p.kind == LowerTorso,
                Area::Core | Area::Abdomen => matches!(p.kind, LowerTorso | UpperTorso),
                Area::Hips => matches!(p.kind, Buttock | HipFront),
            }
        })
}

/// A rounded, tapered segment: a circle at each end joined by their
/// outer tangents, grown by `grow` metres.
fn capsule(painter: &egui::Painter, frame: &Framing, p: &Piece, grow: f32, colour: Color32) {
    let a = frame.at(p.a);
    let b = frame.at(p.b);
    let ra = p.ra * frame.scale + grow;
    let rb = p.rb * frame.scale + grow;
    painter.circle_filled(a, ra, colour);
    let d = b - a;
    let len = d.length();
    if len > 0.5 {
        painter.circle_filled(b, rb, colour);
        let n = Vec2::new(-d.y, d.x) / len;
        painter.add(Shape::convex_polygon(
            vec![a + n * ra, b + n * rb, b - n * rb, a - n * ra],
            colour,
            Stroke::NONE,
        ));
    }
}

fn mix(a: Color32, b: Color32, t: f32) -> Color32 {
    let l = |x: u8, y: u8| (x as f32 + (y as f32 - x as f32) * t).round() as u8;
    Color32::from_rgb(l(a.r(), b.r()), l(a.g(), b.g()), l(a.b(), b.b()))
}

/// An axis-aligned box in metres: x forward, y up, z to the right.
struct Block {
    min: [f32; 3],
    max: [f32; 3],
}

/// Chair, desk, wall, mat and floor, projected like the figure and drawn
/// behind it.
fn paint_props(
    painter: &egui::Painter,
    frame: &Framing,
    figure: &Figure,
    ink: &Ink,
    mirrored: bool,
) {
    let (sin, cos) = figure.view.yaw().to_radians().sin_cos();
    let flip = if mirrored { -1.0 } else { 1.0 };
    let to2 = |p: [f32; 3]| frame.at([flip * (p[0] * cos - p[2] * sin), p[1]]);
    let block = |b: &Block, fill: Color32| {
        let mut pts = Vec::with_capacity(8);
        for x in [b.min[0], b.max[0]] {
            for y in [b.min[1], b.max[1]] {
                for z in [b.min[2], b.max[2]] {
                    pts.push(to2([x, y, z]));
                }
            }
        }
        let hull = convex_hull(pts);
        painter.add(Shape::convex_polygon(
            hull,
            fill,
            Stroke::new(1.0, ink.prop_edge),
        ));
    };
    let floor_y = frame.origin.y;
    let props = &figure.props;
    if let Some(w) = props.wall {
        block(
            &Block {
                min: [w, 0.0, -1.2],
                max: [w + 0.12, 2.3, 1.2],
            },
            ink.prop,
        );
    }
    if let Some(d) = props.desk {
        let top = DESK_TOP - DESK_THICKNESS;
        for (x, z) in [
            (d + 0.05, -0.55),
            (d + 0.05, 0.5),
            (d + 0.6, -0.55),
            (d + 0.6, 0.5),
        ] {
            block(
                &Block {
                    min: [x, 0.0, z],
                    max: [x + 0.05, top, z + 0.05],
                },
                ink.prop_edge,
            );
        }
        block(
            &Block {
                min: [d, top, -0.6],
                max: [d + 0.7, DESK_TOP, 0.6],
            },
            ink.prop,
        );
    }
    if let Some(c) = props.chair {
        let back = c - SEAT_DEPTH;
        let under = SEAT_TOP - 0.05;
        for (x, z) in [
            (back, -0.2),
            (c - 0.04, -0.2),
            (back, 0.16),
            (c - 0.04, 0.16),
        ] {
            block(
                &Block {
                    min: [x, 0.0, z],
                    max: [x + 0.04, under, z + 0.04],
                },
                ink.prop_edge,
            );
        }
        block(
            &Block {
                min: [back, under, -0.22],
                max: [c, SEAT_TOP, 0.22],
            },
            ink.prop,
        );
        block(
            &Block {
                min: [back - 0.01, SEAT_TOP, -0.2],
                max: [back + 0.04, SEAT_TOP + 0.45, 0.2],
            },
            ink.prop,
        );
    }
    let left = frame
        .at([frame.min_x, 0.0])
        .x
        .min(painter.clip_rect().left());
    let right = painter.clip_rect().right();
    if props.mat {
        let (a, b) = (
            frame.at([frame.min_x + 0.05, MAT]),
            frame.at([frame.max_x - 0.05, 0.0]),
        );
        painter.rect_filled(
            Rect::from_two_pos(a, b).expand2(Vec2::new(0.0, 1.0)),
            3.0,
            ink.mat,
        );
    }
    painter.line_segment(
        [pos2(left, floor_y), pos2(right, floor_y)],
        Stroke::new(2.0, ink.floor),
    );
}

/// The convex hull of a few points (Andrew's monotone chain).
fn convex_hull(mut pts: Vec<Pos2>) -> Vec<Pos2> {
    pts.sort_by(|a, b| a.x.total_cmp(&b.x).then(a.y.total_cmp(&b.y)));
    pts.dedup_by(|a, b| (*a - *b).length() < 0.01);
    if pts.len() < 3 {
        return pts;
    }
    let cross = |o: Pos2, a: Pos2, b: Pos2| (a - o).x * (b - o).y - (a - o).y * (b - o).x;
    // Each point drops the ones before it that would make a right turn;
    // the lower chain left to right, then the upper chain back.
    let mut hull: Vec<Pos2> = Vec::with_capacity(pts.len() * 2);
    let add = |hull: &mut Vec<Pos2>, p: Pos2, keep: usize| {
        while hull.len() >= keep + 2
            && let [.., a, b] = hull[..]
            && cross(a, b, p) <= 0.0
        {
            hull.pop();
        }
        hull.push(p);
    };
    for &p in &pts {
        add(&mut hull, p, 0);
    }
    let lower = hull.len() - 1;
    for &p in pts.iter().rev().skip(1) {
        add(&mut hull, p, lower);
    }
    hull.pop();
    hull
}
