//! Tool installation checks and child-process helpers.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::{Result, TRUNK_VERSION};

pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
const WASM_TARGET: &str = "wasm32-unknown-unknown";

/// A command line to run, with optional environment changes.
pub struct Step {
    program: String,
    args: Vec<String>,
    env: Vec<(String, Option<String>)>,
}

impl Step {
    pub fn new<S: AsRef<str>>(program: &str, args: &[S]) -> Self {
        Step {
            program: program.to_string(),
            args: args.iter().map(|a| a.as_ref().to_string()).collect(),
            env: Vec::new(),
        }
    }
    pub fn env(mut self, key: &str, value: &str) -> Self {
        self.env.push((key.into(), Some(value.into())));
        self
    }
    pub fn env_remove(mut self, key: &str) -> Self {
        self.env.push((key.into(), None));
        self
    }
    /// Set `key` only when the caller's environment does not set it already.
    pub fn env_default(self, key: &str, value: &str) -> Self {
        if std::env::var_os(key).is_some() {
            self
        } else {
            self.env(key, value)
        }
    }
    fn display(&self) -> String {
        let mut s = String::new();
        for (k, v) in &self.env {
            if let Some(v) = v {
                s.push_str(&format!("{k}={v} "));
            }
        }
        s.push_str(&self.program);
        for a in &self.args {
            s.push(' ');
            s.push_str(a);
        }
        s
    }
    fn command(&self) -> Command {
        let mut c = Command::new(&self.program);
        c.args(&self.args);
        for (k, v) in &self.env {
            match v {
                Some(v) => c.env(k, v),
                None => c.env_remove(k),
            };
        }
        c
    }
}

/// Runs a step with inherited stdio; error on spawn failure or non-zero exit.
pub fn run(step: Step) -> Result {
    let shown = step.display();
    println!("$ {shown}");
    let status = step
        .command()
        .status()
        .map_err(|e| format!("could not start `{shown}`: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{shown}` failed ({status})"))
    }
}

/// Runs a program quietly and returns its trimmed stdout, or None when it
/// cannot be started or fails.
pub fn output(program: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    Some(String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// The cargo binary that started us (falls back to `cargo` on PATH).
pub fn cargo() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".into())
}

fn cargo_bin_dir() -> Option<PathBuf> {
    if let Some(home) = std::env::var_os("CARGO_HOME") {
        return Some(PathBuf::from(home).join("bin"));
    }
    std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo").join("bin"))
}

/// PATH for this process and every child: `<repo>/node_modules/.bin` first
/// (wasm-opt from npm `binaryen`), then `~/.cargo/bin` (trunk, wasm-bindgen),
/// then the caller's PATH.
pub fn prepare_path(root: &Path) {
    let mut dirs: Vec<PathBuf> = vec![root.join("node_modules").join(".bin")];
    if let Some(bin) = cargo_bin_dir() {
        dirs.push(bin);
    }
    let old = std::env::var_os("PATH").unwrap_or_default();
    for p in std::env::split_paths(&old) {
        if !dirs.contains(&p) {
            dirs.push(p);
        }
    }
    let joined: OsString = std::env::join_paths(dirs).expect("PATH entries contain no ':'");
    // Single-threaded at this point; edition 2021 keeps set_var safe.
    std::env::set_var("PATH", joined);
}

/// Ensures every tool is present in the right version. Quick when all is there.
pub fn setup(root: &Path) -> Result {
    ensure_wasm_target()?;
    ensure_trunk()?;
    ensure_wasm_bindgen(root)?;
    ensure_npm_packages(root)?;
    Ok(())
}

fn ensure_wasm_target() -> Result {
    match output("rustup", &["target", "list", "--installed"]) {
        Some(list) if list.lines().any(|l| l.trim() == WASM_TARGET) => {
            println!("ok: rust target {WASM_TARGET}");
            Ok(())
        }
        Some(_) => {
            println!("installing rust target {WASM_TARGET} (about 1 minute)…");
            run(Step::new("rustup", &["target", "add", WASM_TARGET]))
        }
        None => {
            // No rustup (e.g. distro rustc): check the sysroot directly.
            let sysroot = output("rustc", &["--print", "sysroot"]).unwrap_or_default();
            let dir = Path::new(&sysroot).join("lib/rustlib").join(WASM_TARGET);
            if dir.is_dir() {
                println!("ok: rust target {WASM_TARGET}");
                Ok(())
            } else {
                Err(format!(
                    "rust target {WASM_TARGET} is missing and rustup is not available to add it"
                ))
            }
        }
    }
}

/// First whitespace-separated token after the program name, e.g.
/// "trunk 0.21.14" -> "0.21.14".
fn version_of(program: &str) -> Option<String> {
    let out = output(program, &["--version"])?;
    out.split_whitespace().nth(1).map(str::to_string)
}

fn ensure_trunk() -> Result {
    match version_of("trunk") {
        Some(v) if v == TRUNK_VERSION => {
            println!("ok: trunk {v}");
            return Ok(());
        }
        Some(v) => println!("trunk {v} found, but the project needs {TRUNK_VERSION}"),
        None => println!("trunk not found"),
    }
    println!("installing trunk {TRUNK_VERSION} (about 9 minutes)…");
    run(Step::new(
        &cargo(),
        &["install", "trunk", "--version", TRUNK_VERSION, "--locked"],
    ))?;
    check_version("trunk", TRUNK_VERSION)
}

/// The version of package `name` recorded in Cargo.lock.
pub fn locked_version(root: &Path, name: &str) -> Result<String> {
    let lock = root.join("Cargo.lock");
    let text = std::fs::read_to_string(&lock)
        .map_err(|e| format!("cannot read {}: {e}", lock.display()))?;
    let wanted = format!("name = \"{name}\"");
    let mut versions: Vec<String> = Vec::new();
    for block in text.split("[[package]]") {
        let mut lines = block.lines().map(str::trim);
        if lines.any(|l| l == wanted) {
            if let Some(v) = block
                .lines()
                .map(str::trim)
                .find_map(|l| l.strip_prefix("version = \""))
                .and_then(|v| v.strip_suffix('"'))
            {
                if !versions.iter().any(|x| x == v) {
                    versions.push(v.to_string());
                }
            }
        }
    }
    match versions.len() {
        1 => Ok(versions.remove(0)),
        0 => Err(format!("package `{name}` not found in Cargo.lock")),
        _ => Err(format!(
            "Cargo.lock holds several versions of `{name}` ({}); pin one",
            versions.join(", ")
        )),
    }
}

fn ensure_wasm_bindgen(root: &Path) -> Result {
    let want = locked_version(root, "wasm-bindgen")?;
    let have = version_of("wasm-bindgen");
    let runner = version_of("wasm-bindgen-test-runner");
    if have.as_deref() == Some(want.as_str()) && runner.as_deref() == Some(want.as_str()) {
        println!("ok: wasm-bindgen {want} (matches Cargo.lock), wasm-bindgen-test-runner {want}");
        return Ok(());
    }
    match have {
        Some(v) => println!("wasm-bindgen {v} found, but Cargo.lock has {want}"),
        None => println!("wasm-bindgen-cli not found"),
    }
    println!("installing wasm-bindgen-cli {want} (about 2 minutes)…");
    // Not --locked: a version pinned in its lock file is missing from the registry.
    run(Step::new(
        &cargo(),
        &["install", "wasm-bindgen-cli", "--version", &format!("={want}")],
    ))?;
    check_version("wasm-bindgen", &want)?;
    check_version("wasm-bindgen-test-runner", &want)
}

fn check_version(program: &str, want: &str) -> Result {
    match version_of(program) {
        Some(v) if v == want => {
            println!("ok: {program} {v}");
            Ok(())
        }
        Some(v) => Err(format!(
            "{program} reports {v} after install, expected {want} (is another {program} earlier on PATH?)"
        )),
        None => Err(format!("{program} still not runnable after install")),
    }
}

fn ensure_npm_packages(root: &Path) -> Result {
    let lock = root.join("package-lock.json");
    if !lock.is_file() {
        return Err("package-lock.json is missing".into());
    }
    let marker = root.join("node_modules").join(".package-lock.json");
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    let reason = match (modified(&lock), modified(&marker)) {
        (_, None) => Some("node_modules is missing"),
        (Some(l), Some(m)) if l > m => Some("package-lock.json is newer than node_modules"),
        _ => None,
    };
    if let Some(reason) = reason {
        println!("installing npm packages with `npm ci` ({reason}; about 30 seconds)…");
        run(Step::new("npm", &["ci", "--no-audit", "--no-fund"]))?;
    }
    match output("wasm-opt", &["--version"]) {
        Some(v) => {
            println!("ok: npm packages ({v})");
            Ok(())
        }
        None => Err("wasm-opt is not runnable from node_modules/.bin (npm package binaryen)".into()),
    }
}

fn is_root() -> bool {
    output("id", &["-u"]).as_deref() == Some("0")
}

/// Debian packages the browser tests need, each with the file that shows it is there:
/// the browser and its driver, and pdftotext for reading the printed sheets back.
const DEBIAN_TEST_PACKAGES: [(&str, &str); 3] = [
    ("chromium", CHROMIUM),
    ("chromium-driver", CHROMEDRIVER),
    ("poppler-utils", "/usr/bin/pdftotext"),
];

/// Installs the Debian packages of the browser tests (chromium, chromium-driver,
/// poppler-utils) when any of them is missing.
pub fn ensure_test_packages() -> Result {
    let missing: Vec<&str> = DEBIAN_TEST_PACKAGES
        .iter()
        .filter(|(_, file)| !Path::new(file).is_file())
        .map(|(package, _)| *package)
        .collect();
    if missing.is_empty() {
        println!("ok: {CHROMIUM}, {CHROMEDRIVER}, pdftotext");
        return Ok(());
    }
    let list = missing.join(" ");
    println!("installing Debian packages {list} (a few minutes)…");
    let sudo: &[&str] = if is_root() {
        &[]
    } else if output("sh", &["-c", "command -v sudo"]).is_some() {
        &["sudo"]
    } else {
        return Err(format!(
            "Debian packages {list} are missing; not root and no sudo: \
             run `apt-get update && apt-get install -y {list}` as root"
        ));
    };
    let apt = |args: &[&str]| {
        let mut full: Vec<&str> = sudo.to_vec();
        // Through `env` so the variable survives sudo.
        full.extend_from_slice(&["env", "DEBIAN_FRONTEND=noninteractive"]);
        full.extend_from_slice(args);
        Step::new(full[0], &full[1..])
    };
    run(apt(&["apt-get", "update"]))?;
    let mut install = vec!["apt-get", "install", "-y"];
    install.extend_from_slice(&missing);
    run(apt(&install))?;
    match DEBIAN_TEST_PACKAGES.iter().find(|(_, file)| !Path::new(file).is_file()) {
        None => Ok(()),
        Some((package, file)) => Err(format!("{file} still missing after apt-get install {package}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_locked_version() {
        let dir = std::env::temp_dir().join(format!("xtask-lock-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("Cargo.lock"),
            "version = 4\n\n[[package]]\nname = \"wasm-bindgen-macro\"\nversion = \"9.9.9\"\n\n\
             [[package]]\nname = \"wasm-bindgen\"\nversion = \"0.2.130\"\nsource = \"registry\"\n",
        )
        .unwrap();
        assert_eq!(locked_version(&dir, "wasm-bindgen").unwrap(), "0.2.130");
        assert!(locked_version(&dir, "trunk").is_err());
        std::fs::remove_dir_all(&dir).ok();
    }
}
