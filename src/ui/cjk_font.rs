//! A face for Chinese, Japanese and Korean text, which egui's own fonts
//! lack: the system's, found with `fontdb` (pure Rust; fontconfig's
//! folders on Linux, the Windows fonts folder there), chosen for the
//! language so that shared characters take its forms. Loaded only by the
//! window and only for these languages; the daemon loads no fonts.

/// The families to try for a language tag, best first.
fn families(tag: &str) -> &'static [&'static str] {
    let language = tag.split('-').next().unwrap_or("");
    match (language, tag) {
        ("ja", _) => &[
            "Noto Sans CJK JP",
            "Noto Sans JP",
            "Source Han Sans JP",
            "IPAexGothic",
            "IPAGothic",
            "Yu Gothic UI",
            "Meiryo UI",
            "Meiryo",
            "MS Gothic",
            "Droid Sans Fallback",
        ],
        ("zh", t) if t.contains("Hant") || t.ends_with("TW") || t.ends_with("HK") => &[
            "Noto Sans CJK TC",
            "Source Han Sans TC",
            "Microsoft JhengHei UI",
            "Droid Sans Fallback",
        ],
        ("zh", _) => &[
            "Noto Sans CJK SC",
            "Noto Sans SC",
            "Source Han Sans SC",
            "WenQuanYi Micro Hei",
            "Microsoft YaHei UI",
            "Droid Sans Fallback",
        ],
        ("ko", _) => &[
            "Noto Sans CJK KR",
            "Source Han Sans KR",
            "Malgun Gothic",
            "Droid Sans Fallback",
        ],
        _ => &[],
    }
}

/// Whether text in `tag` needs a CJK face.
pub fn needed(tag: &str) -> bool {
    !families(tag).is_empty()
}

/// The face for `tag` among the system's fonts: its family and data.
pub fn find(tag: &str) -> Option<(String, egui::FontData)> {
    let wanted = families(tag);
    if wanted.is_empty() {
        return None;
    }
    let mut db = fontdb::Database::new();
    db.load_system_fonts();
    wanted.iter().find_map(|family| {
        let query = fontdb::Query {
            families: &[fontdb::Family::Name(family)],
            ..fontdb::Query::default()
        };
        let id = db.query(&query)?;
        db.with_face_data(id, |data, index| {
            let mut font = egui::FontData::from_owned(data.to_vec());
            font.index = index;
            ((*family).to_owned(), font)
        })
    })
}

/// Adds the face for `tag` after egui's own in every family, so Latin text
/// keeps its look; the family used, or `None` when the system has none
/// (then CJK text shows as boxes, and Settings says so).
pub fn install(ctx: &egui::Context, tag: &str) -> Option<String> {
    let (family, data) = find(tag)?;
    let mut fonts = egui::FontDefinitions::default();
    fonts
        .font_data
        .insert(family.clone(), std::sync::Arc::new(data));
    for list in fonts.families.values_mut() {
        list.push(family.clone());
    }
    ctx.set_fonts(fonts);
    Some(family)
}
