//! `cargo xtask size`: gzip -9 sizes of dist/ against the first-load budget.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use flate2::write::GzEncoder;
use flate2::Compression;

use logincoach::flow::i18n::CHAPTER_PARTS;
use crate::{Result, SIZE_BUDGET_BYTES, SIZE_TARGET_BYTES};

/// Kinds of file counted in the first-load transfer, in table order.
const KINDS: [&str; 4] = ["wasm", "js", "css", "html"];

struct Entry {
    rel: String,
    kind: Option<&'static str>,
    raw: u64,
    gz: u64,
}

pub fn gzip_len(bytes: &[u8]) -> u64 {
    let mut enc = GzEncoder::new(Vec::new(), Compression::new(9));
    enc.write_all(bytes).expect("writing to a Vec cannot fail");
    enc.finish().expect("writing to a Vec cannot fail").len() as u64
}

/// Whether a file of dist/ is the `.br` or `.gz` copy of another (tools/precompress.mjs),
/// which a host sends in place of that file: never counted or packed twice.
fn is_compressed_copy(path: &Path) -> bool {
    matches!(path.extension().and_then(|e| e.to_str()), Some("br" | "gz"))
}

/// Every file of a built dist/, relative to it and sorted, without the compressed copies:
/// what the size report counts and the SCORM package holds.
pub fn dist_files(dist: &Path) -> Result<Vec<PathBuf>> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
        for entry in std::fs::read_dir(dir)? {
            let path = entry?.path();
            if path.is_dir() {
                walk(&path, out)?;
            } else if !is_compressed_copy(&path) {
                out.push(path);
            }
        }
        Ok(())
    }
    let mut files = Vec::new();
    walk(dist, &mut files).map_err(|e| format!("cannot list {}: {e}", dist.display()))?;
    let mut rel: Vec<PathBuf> = files.iter().filter_map(|p| p.strip_prefix(dist).ok().map(Path::to_path_buf)).collect();
    rel.sort();
    Ok(rel)
}

/// The text of every `<style>` element of a page, joined.
fn inline_css(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(start) = rest.find("<style") {
        let body = &rest[start..];
        let Some(open_end) = body.find('>') else { break };
        let Some(close) = body.find("</style>") else { break };
        if open_end < close {
            out.push_str(&body[open_end + 1..close]);
        }
        rest = &body[close + "</style>".len()..];
    }
    out
}

fn kb(n: u64) -> String {
    format!("{:.1} KiB", n as f64 / 1024.0)
}

/// Prints the table, writes target/size-report.txt, and returns the gzip
/// total of the first-load files; error when it exceeds the budget.
pub fn report(root: &Path) -> Result<u64> {
    let dist = root.join("dist");
    if !dist.join("index.html").is_file() {
        return Err("dist/index.html missing: run `cargo xtask build` first".into());
    }
    let mut entries = Vec::new();
    for rel in dist_files(&dist)? {
        let path = dist.join(&rel);
        let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or("")
            .to_ascii_lowercase();
        let rel = rel.to_string_lossy().into_owned();
        let kind = match ext.as_str() {
            // A chapter's stylesheet comes with the chapter (counted in its view below).
            "css" if rel.starts_with("style/") => None,
            // For embedders: the host script and its demo, and the frame's relay and
            // the SCORM glue, which the app loads only when framed or under an LMS.
            _ if rel.starts_with("embed/") => None,
            // Fetched only by the screen that needs it (the QR code drawer, src/lazy.js).
            _ if rel.starts_with("lazy/") => None,
            "wasm" => Some("wasm"),
            "js" | "mjs" => Some("js"),
            "css" => Some("css"),
            "html" | "htm" => Some("html"),
            _ => None,
        };
        entries.push(Entry {
            rel,
            kind,
            raw: bytes.len() as u64,
            gz: gzip_len(&bytes),
        });
    }

    let mut t = String::new();
    let width = entries.iter().map(|e| e.rel.len()).max().unwrap_or(4).max(24);
    let _ = writeln!(t, "dist/ sizes (gzip level 9)");
    let _ = writeln!(t, "{:<width$}  {:>6}  {:>12}  {:>12}", "file", "kind", "raw", "gzip");
    let _ = writeln!(t, "{}", "-".repeat(width + 38));
    for e in &entries {
        let _ = writeln!(
            t,
            "{:<width$}  {:>6}  {:>12}  {:>12}",
            e.rel,
            e.kind.unwrap_or("other"),
            kb(e.raw),
            kb(e.gz)
        );
    }
    let _ = writeln!(t, "{}", "-".repeat(width + 38));
    let mut total_raw = 0;
    let mut total_gz = 0;
    for kind in KINDS {
        let (raw, gz) = entries
            .iter()
            .filter(|e| e.kind == Some(kind))
            .fold((0, 0), |(r, g), e| (r + e.raw, g + e.gz));
        total_raw += raw;
        total_gz += gz;
        let _ = writeln!(t, "{:<width$}  {:>6}  {:>12}  {:>12}", format!("all {kind}"), kind, kb(raw), kb(gz));
    }
    // The stylesheets are inlined into index.html: show their share of it.
    if let Ok(html) = std::fs::read_to_string(dist.join("index.html")) {
        let css = inline_css(&html);
        if !css.is_empty() {
            let _ = writeln!(
                t,
                "{:<width$}  {:>6}  {:>12}  {:>12}  (inside the html above)",
                "  of which inline <style>",
                "css",
                kb(css.len() as u64),
                kb(gzip_len(css.as_bytes()))
            );
        }
    }
    let others: Vec<&Entry> = entries.iter().filter(|e| e.kind.is_none()).collect();
    if !others.is_empty() {
        let gz: u64 = others.iter().map(|e| e.gz).sum();
        let _ = writeln!(
            t,
            "{:<width$}  {:>6}  {:>12}  {:>12}  (not counted: loaded on demand)",
            format!("{} other file(s)", others.len()),
            "other",
            kb(others.iter().map(|e| e.raw).sum()),
            kb(gz)
        );
    }
    let _ = writeln!(
        t,
        "{:<width$}  {:>6}  {:>12}  {:>12}",
        "FIRST-LOAD TOTAL", "", kb(total_raw), kb(total_gz)
    );
    // Catalogs come per view: `core` before the app mounts (Dutch has its core built
    // in), a chapter's parts when a learner goes there or a deep link opens it. The
    // heaviest first view is core + the chapter whose parts weigh most, per language.
    let gz_of = |lang: &str, part: &str| -> u64 {
        let rel = format!("locales/{lang}/{part}.json");
        entries.iter().find(|e| e.rel == rel).map_or(0, |e| e.gz)
    };
    // A chapter's look (`style/<chapter>-<hash>.css`) comes with its texts.
    let styles_of = |chapter: &str| -> u64 {
        let prefix = format!("style/{chapter}-");
        entries.iter().filter(|e| e.rel.starts_with(&prefix) && e.rel.ends_with(".css")).map(|e| e.gz).sum()
    };
    let mut heaviest = 0;
    for lang in ["nl", "fr", "de", "en"] {
        let core = if lang == "nl" { 0 } else { gz_of(lang, "core") };
        // A chapter's shared parts and look, with the heaviest of its scenarios' own parts.
        let (chapter, parts) = CHAPTER_PARTS
            .iter()
            .map(|(id, parts, own)| {
                let own = own.iter().map(|p| (*p, gz_of(lang, p))).max_by_key(|(_, g)| *g);
                let shared = parts.iter().map(|p| gz_of(lang, p)).sum::<u64>() + styles_of(id.code());
                (own.map_or(id.code(), |(p, _)| p), shared + own.map_or(0, |(_, g)| g))
            })
            .max_by_key(|(_, g)| *g)
            .unwrap_or(("none", 0));
        let _ = writeln!(
            t,
            "{:<width$}  {:>6}  {:>12}  {:>12}",
            format!("catalogs {lang}: core + {chapter} (+css)"),
            "json",
            kb(core),
            kb(core + parts)
        );
        heaviest = heaviest.max(core + parts);
    }
    let _ = writeln!(
        t,
        "{:<width$}  {:>6}  {:>12}  {:>12}",
        "FIRST-LOAD, heaviest view", "", "", kb(total_gz + heaviest)
    );
    let total_gz = total_gz + heaviest;
    let _ = writeln!(
        t,
        "founding target: {} gzip (raised, see README \"Size budget\"); {}",
        kb(SIZE_TARGET_BYTES),
        if total_gz <= SIZE_TARGET_BYTES {
            "met".to_owned()
        } else {
            format!("over by {}", kb(total_gz - SIZE_TARGET_BYTES))
        }
    );
    let verdict = if total_gz <= SIZE_BUDGET_BYTES { "within" } else { "OVER" };
    let _ = writeln!(
        t,
        "budget: {} gzip ({} bytes); first load is {} bytes gzip: {verdict} budget",
        kb(SIZE_BUDGET_BYTES),
        SIZE_BUDGET_BYTES,
        total_gz
    );
    print!("{t}");

    let out = root.join("target").join("size-report.txt");
    std::fs::create_dir_all(out.parent().unwrap_or(root))
        .and_then(|_| std::fs::write(&out, &t))
        .map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    println!("wrote {}", out.strip_prefix(root).unwrap_or(&out).display());

    if total_gz > SIZE_BUDGET_BYTES {
        return Err(format!(
            "first-load transfer is {} gzip, over the {} budget by {}",
            kb(total_gz),
            kb(SIZE_BUDGET_BYTES),
            kb(total_gz - SIZE_BUDGET_BYTES)
        ));
    }
    Ok(total_gz)
}

#[cfg(test)]
mod tests {
    use super::gzip_len;

    #[test]
    fn inline_styles_are_found() {
        let html = "<head><style>a{b:c}</style><style media=print>d{e:f}</style></head>";
        assert_eq!(super::inline_css(html), "a{b:c}d{e:f}");
        assert_eq!(super::inline_css("<p>no style</p>"), "");
    }

    #[test]
    fn gzip_shrinks_repetitive_input() {
        let data = vec![b'a'; 10_000];
        let n = gzip_len(&data);
        assert!(n > 18 && n < 200, "{n}");
    }
}
