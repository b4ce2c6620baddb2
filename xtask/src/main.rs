//! Project automation for LoginCoach: `cargo xtask <command>`.
//!
//! Commands:
//!   setup   install / check every tool the build needs (idempotent, quick when all is present)
//!   serve   setup, then `trunk serve` on http://127.0.0.1:8080
//!   build   setup, then `trunk build --release --offline` into dist/
//!   size    gzip sizes of dist/ (fails above the first-load budget)
//!   test    setup + Chromium, native tests, wasm tests in headless Chromium,
//!           release build, size budget, browser end-to-end tests
//!   e2e     only the browser end-to-end tests (expects an existing dist/)
//!   scorm   build, then a SCORM 1.2 package target/logincoach-scorm12.zip
//!
//! Besides the standard library: flate2 (gzip sizes), zip and serde_json (the SCORM
//! package); all tools are run as child processes.

mod scorm;
mod size;
mod tools;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use tools::{run, Step};

/// Trunk version the project is pinned to (0.22 needs a newer rustc).
pub const TRUNK_VERSION: &str = "0.21.14";
/// First-load transfer budget (hard fail): the wasm, JS and HTML of dist/ plus the
/// texts and look of the heaviest first view, gzip -9. Raised from the founding
/// issue's 150 KB with the measurements in README, "Size budget" (without any mock
/// screen the app is already about 160 KiB); a ratchet at issue 15's 260 KiB, just
/// above today's 259.9 KiB, to be lowered whenever the build shrinks.
pub const SIZE_BUDGET_BYTES: u64 = 260 * 1024;
/// The founding issue's first-load target, printed beside the budget for reference.
pub const SIZE_TARGET_BYTES: u64 = 150 * 1024;

/// Error type: a message that is printed as `error: …`, exit code 1.
pub type Result<T = ()> = std::result::Result<T, String>;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let cmd = args.first().map(String::as_str).unwrap_or("help");
    let rest = &args[args.len().min(1)..];

    let root = repo_root();
    if let Err(e) = std::env::set_current_dir(&root) {
        eprintln!("error: cannot enter {}: {e}", root.display());
        return ExitCode::FAILURE;
    }
    tools::prepare_path(&root);

    let result = match cmd {
        "setup" => tools::setup(&root),
        "serve" => serve(&root, rest),
        "build" => build(&root),
        "size" => size::report(&root).map(|_| ()),
        "test" => test(&root),
        "e2e" => e2e(),
        "bench" => bench(&root),
        "scorm" => {
            let lang = rest.iter().position(|a| a == "--lang").and_then(|i| rest.get(i + 1)).map(String::as_str).unwrap_or("nl");
            // `--no-build` packages the dist/ that is there (the browser test does that).
            let built = if rest.iter().any(|a| a == "--no-build") { Ok(()) } else { build(&root) };
            built.and_then(|()| scorm::package(&root, lang).map(|_| ()))
        }
        "help" | "-h" | "--help" => {
            print_help();
            Ok(())
        }
        other => {
            print_help();
            Err(format!("unknown command `{other}`"))
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("error: {msg}");
            ExitCode::FAILURE
        }
    }
}

fn print_help() {
    println!(
        "usage: cargo xtask <command>\n\n\
         commands:\n  \
         setup   install/check rust target, trunk {TRUNK_VERSION}, wasm-bindgen-cli, npm packages\n  \
         serve   setup, then trunk serve on http://127.0.0.1:8080 (extra args go to trunk)\n  \
         build   setup, then trunk build --release --offline -> dist/\n  \
         size    gzip -9 sizes of dist/, fails above {} KiB first-load total\n  \
         test    everything: native + wasm (headless Chromium) tests, build, size, e2e\n  \
         e2e     node --test tests/e2e/ against the existing dist/\n  \
         bench   build, size, then tools/bench.mjs: first view, step changes, typing, memory, idle\n          \
                 timers, Lighthouse and a 10,000-action random walk -> target/bench.json (by hand, minutes)\n  \
         scorm   build, then target/logincoach-scorm12.zip (SCORM 1.2; --lang nl|fr|de|en, default nl;\n          \
                 --no-build: package the dist/ that is there)",
        SIZE_BUDGET_BYTES / 1024
    );
}

/// The workspace root: the parent of this crate's directory.
fn repo_root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| manifest.to_path_buf())
}

fn serve(root: &Path, extra: &[String]) -> Result {
    tools::setup(root)?;
    let mut args: Vec<String> = [
        "serve",
        "--offline",
        "--address",
        "127.0.0.1",
        "--port",
        "8080",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    args.extend(extra.iter().cloned());
    println!("serving on http://127.0.0.1:8080/ (Ctrl-C to stop)");
    run(Step::new("trunk", &args))
}

fn build(root: &Path) -> Result {
    tools::setup(root)?;
    run(Step::new("trunk", &["build", "--release", "--offline"]))?;
    if !root.join("dist").join("index.html").is_file() {
        return Err("trunk build finished but dist/index.html is missing".into());
    }
    println!("built dist/");
    Ok(())
}

fn e2e() -> Result {
    if !Path::new("dist/index.html").is_file() {
        return Err("dist/index.html missing: run `cargo xtask build` first".into());
    }
    run(Step::new("node", &["--test", "tests/e2e/"]))
}

/// The performance figures, by hand (not a CI gate): a fresh release build, its size
/// report, then `tools/bench.mjs` under a 4x CPU throttle and a slow line.
fn bench(root: &Path) -> Result {
    build(root)?;
    tools::ensure_test_packages()?;
    size::report(root)?;
    run(Step::new("node", &["tools/bench.mjs"]))
}

fn test(root: &Path) -> Result {
    let started = Instant::now();
    tools::setup(root)?;
    tools::ensure_test_packages()?;

    let cargo = tools::cargo();
    let mut done: Vec<String> = Vec::new();
    let fail = |step: &str, done: &[String], e: String| -> String {
        let passed = if done.is_empty() {
            String::from("none")
        } else {
            done.join(", ")
        };
        format!("step `{step}` failed: {e}\n       steps passed before it: {passed}")
    };

    banner("0/5 lints: cargo clippy (native and wasm32), warnings are errors");
    run(Step::new(&cargo, &["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"]))
        .map_err(|e| fail("cargo clippy", &done, e))?;
    run(Step::new(
        &cargo,
        &["clippy", "--target", "wasm32-unknown-unknown", "--lib", "--tests", "--", "-D", "warnings"],
    ))
    .map_err(|e| fail("cargo clippy --target wasm32-unknown-unknown", &done, e))?;
    done.push("lints".into());

    banner("1/5 native tests: cargo test --workspace");
    run(Step::new(&cargo, &["test", "--workspace"]))
        .map_err(|e| fail("cargo test --workspace", &done, e))?;
    done.push("native tests".into());

    banner("2/5 wasm tests in headless Chromium: cargo test --target wasm32-unknown-unknown --lib --tests");
    run(Step::new(
        &cargo,
        &["test", "--target", "wasm32-unknown-unknown", "--lib", "--tests"],
    )
    .env("CHROMEDRIVER", tools::CHROMEDRIVER)
    // Run every wasm-bindgen-test in the browser (not Node), headless.
    .env("WASM_BINDGEN_USE_BROWSER", "1")
    .env_remove("NO_HEADLESS")
    .env_default("WASM_BINDGEN_TEST_TIMEOUT", "120"))
    .map_err(|e| fail("wasm tests", &done, e))?;
    done.push("wasm tests".into());

    banner("3/5 release build: cargo xtask build");
    run(Step::new("trunk", &["build", "--release", "--offline"]))
        .map_err(|e| fail("cargo xtask build", &done, e))?;
    done.push("build".into());

    banner("4/5 size budget: cargo xtask size");
    let total = size::report(root).map_err(|e| fail("cargo xtask size", &done, e))?;
    done.push(format!(
        "size {:.1} KiB of {} KiB",
        total as f64 / 1024.0,
        SIZE_BUDGET_BYTES / 1024
    ));

    banner("5/5 browser end-to-end: node --test tests/e2e/");
    run(Step::new("node", &["--test", "tests/e2e/"]))
        .map_err(|e| fail("node --test tests/e2e/", &done, e))?;
    done.push("e2e".into());

    println!(
        "\nxtask test: OK, lints and all 5 steps passed in {:.0}s ({})",
        started.elapsed().as_secs_f64(),
        done.join(", ")
    );
    Ok(())
}

fn banner(text: &str) {
    println!("\n==> {text}");
}
