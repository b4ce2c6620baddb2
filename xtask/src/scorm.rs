//! `cargo xtask scorm [--lang nl|fr|de|en]`: a SCORM 1.2 package of the release
//! `dist/` for learning platforms (Moodle, …): `target/logincoach-scorm12.zip` with
//! an `imsmanifest.xml` at its root, one SCO per scenario of STEPS.md (titles in the
//! package's language) launching `index.html?scenario=…&lang=…&scorm=1`, and every
//! file of `dist/` as one shared asset resource.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use crate::Result;

/// The package's identifier prefix (the language is appended).
const IDENTIFIER: &str = "be.logincoach.scorm12";

/// Escapes text for XML content and attribute values.
fn xml(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The scenario ids of STEPS.md, in order.
pub fn steps_md_scenarios(root: &Path) -> Result<Vec<String>> {
    let text = std::fs::read_to_string(root.join("tests/data/STEPS.md")).map_err(|e| format!("tests/data/STEPS.md: {e}"))?;
    Ok(text
        .lines()
        .filter_map(|l| l.strip_prefix("## "))
        .filter_map(|l| l.split_whitespace().next())
        .map(str::to_owned)
        .collect())
}

/// The scenario titles of a language's core catalog (`<id>.title`).
fn titles(root: &Path, lang: &str) -> Result<serde_json::Map<String, serde_json::Value>> {
    let path = root.join("locales").join(lang).join("core.json");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    match serde_json::from_str(&text) {
        Ok(serde_json::Value::Object(map)) => Ok(map),
        _ => Err(format!("{}: not a JSON object", path.display())),
    }
}

/// The manifest for these scenarios and files.
pub fn manifest(lang: &str, scenarios: &[(String, String)], files: &[String]) -> String {
    let mut items = String::new();
    let mut resources = String::new();
    for (id, title) in scenarios {
        items.push_str(&format!(
            "      <item identifier=\"ITEM-{id}\" identifierref=\"RES-{id}\" isvisible=\"true\">\n        <title>{}</title>\n      </item>\n",
            xml(title)
        ));
        resources.push_str(&format!(
            "    <resource identifier=\"RES-{id}\" type=\"webcontent\" adlcp:scormtype=\"sco\" href=\"{}\">\n      <file href=\"index.html\"/>\n      <dependency identifierref=\"RES-FILES\"/>\n    </resource>\n",
            xml(&format!("index.html?scenario={id}&lang={lang}&scorm=1"))
        ));
    }
    let file_list: String = files.iter().map(|f| format!("      <file href=\"{}\"/>\n", xml(f))).collect();
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="{IDENTIFIER}.{lang}" version="1.2"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="ORG">
    <organization identifier="ORG">
      <title>LoginCoach</title>
{items}    </organization>
  </organizations>
  <resources>
{resources}    <resource identifier="RES-FILES" type="webcontent" adlcp:scormtype="asset">
{file_list}    </resource>
  </resources>
</manifest>
"#
    )
}

/// Builds `target/logincoach-scorm12.zip` from an existing release `dist/`.
pub fn package(root: &Path, lang: &str) -> Result<PathBuf> {
    if !["nl", "fr", "de", "en"].contains(&lang) {
        return Err(format!("--lang {lang}: the package's language is nl, fr, de or en"));
    }
    let dist = root.join("dist");
    if !dist.join("index.html").is_file() {
        return Err("dist/index.html missing: run `cargo xtask build` first".into());
    }
    let names = titles(root, lang)?;
    let scenarios: Vec<(String, String)> = steps_md_scenarios(root)?
        .into_iter()
        .map(|id| {
            let title = names.get(&format!("{id}.title")).and_then(|v| v.as_str()).unwrap_or(&id).to_owned();
            (id, title)
        })
        .collect();
    let files = crate::size::dist_files(&dist)?;
    let rel: Vec<String> = files.iter().map(|p| p.to_string_lossy().replace('\\', "/")).collect();
    let manifest = manifest(lang, &scenarios, &rel);

    let out = root.join("target").join("logincoach-scorm12.zip");
    std::fs::create_dir_all(root.join("target")).map_err(|e| format!("target/: {e}"))?;
    let file = std::fs::File::create(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    let mut zip = zip::ZipWriter::new(file);
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    let err = |e: zip::result::ZipError| format!("writing {}: {e}", out.display());
    zip.start_file("imsmanifest.xml", options).map_err(err)?;
    zip.write_all(manifest.as_bytes()).map_err(|e| e.to_string())?;
    for (path, name) in files.iter().zip(&rel) {
        let bytes = std::fs::read(dist.join(path)).map_err(|e| format!("{}: {e}", path.display()))?;
        zip.start_file(name.as_str(), options).map_err(err)?;
        zip.write_all(&bytes).map_err(|e| e.to_string())?;
    }
    zip.finish().map_err(err)?;
    println!("wrote {} ({} SCOs in {lang}, {} files)", out.display(), scenarios.len(), files.len());
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_scenario_has_a_title_for_the_package_in_every_language() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("repo root");
        let ids = steps_md_scenarios(root).expect("STEPS.md");
        assert_eq!(ids.len(), 12);
        for lang in ["nl", "fr", "de", "en"] {
            let names = titles(root, lang).expect("core catalog");
            for id in &ids {
                assert!(names.get(&format!("{id}.title")).and_then(|v| v.as_str()).is_some_and(|t| !t.is_empty()), "{lang}: {id}.title");
            }
        }
    }

    #[test]
    fn the_manifest_has_one_sco_per_scenario_and_escapes_its_urls() {
        let m = manifest("fr", &[("myebox".into(), "Se connecter à My e-Box".into())], &["index.html".into(), "locales/fr/core.json".into()]);
        assert!(m.contains(r#"<organizations default="ORG">"#));
        assert!(m.contains(r#"<item identifier="ITEM-myebox" identifierref="RES-myebox" isvisible="true">"#));
        assert!(m.contains("<title>Se connecter à My e-Box</title>"));
        assert!(m.contains(r#"adlcp:scormtype="sco" href="index.html?scenario=myebox&amp;lang=fr&amp;scorm=1""#));
        assert!(m.contains(r#"<file href="locales/fr/core.json"/>"#));
        assert!(m.contains("<schemaversion>1.2</schemaversion>"));
    }
}
