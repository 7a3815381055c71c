//! Inputs found by fuzzing (`scripts/fuzz.sh`), kept as regression tests. Each file in
//! `tests/fixtures/fuzz/` goes through `extract_bytes` and must come out without panic and
//! with content that passes the invariants of `support/invariants.rs`, like in the fuzz
//! target. Name a file after what it broke.

#[path = "support/invariants.rs"]
mod invariants;

use std::path::PathBuf;

use declutter::{extract_bytes, Options};

fn fuzz_fixtures() -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fuzz");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    files
}

fn check_input(path: &PathBuf) -> Result<(), String> {
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    let outcome = std::panic::catch_unwind(|| extract_bytes(&bytes, &Options::default()));
    let article = match outcome {
        Ok(Ok(article)) => article,
        Ok(Err(_)) => return Ok(()), // refused (too large): not a crash
        Err(panic) => return Err(format!("panicked: {}", panic_message(&panic))),
    };
    invariants::check_content(&article.content)
}

fn panic_message(panic: &Box<dyn std::any::Any + Send>) -> String {
    panic
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_default()
}

/// Every kept input, each reported by name when it fails.
#[test]
fn fuzz_inputs_no_longer_break_anything() {
    let files = fuzz_fixtures();
    assert!(!files.is_empty(), "no fuzz regression inputs found");
    let failures: Vec<String> = files
        .iter()
        .filter_map(|f| {
            check_input(f).err().map(|e| {
                format!(
                    "{}: {e}",
                    f.file_name().unwrap_or_default().to_string_lossy()
                )
            })
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} fuzz inputs fail:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}
