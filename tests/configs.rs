//! Config files: every fixture in tests/valid_configs loads; every fixture in
//! tests/invalid_configs fails with one line naming the file and the line its first
//! comment gives (`# error-line: N`), and the binary exits 2 before touching the terminal.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use dossier::ui::settings;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn fixtures(dir: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join(dir);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    assert!(files.len() >= 4, "fixtures missing in {}", root.display());
    files
}

fn expected_line(path: &Path) -> usize {
    let text = std::fs::read_to_string(path).unwrap();
    text.lines()
        .next()
        .and_then(|l| l.strip_prefix("# error-line: "))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("{} lacks `# error-line: N`", path.display()))
}

#[test]
fn valid_configs_load() {
    for path in fixtures("valid_configs") {
        if let Err(e) = settings::load(Some(&path), false) {
            panic!("{}: {e}", path.display());
        }
    }
}

#[test]
fn invalid_configs_name_the_file_and_line() {
    for path in fixtures("invalid_configs") {
        let want = expected_line(&path);
        let Err(e) = settings::load(Some(&path), false) else {
            panic!("{} loaded", path.display())
        };
        let text = e.to_string();
        assert_eq!(e.line, Some(want), "{text}");
        assert!(
            text.contains(&format!("{}:{want}: ", path.display())),
            "{text}"
        );
        assert!(!text.contains('\n'), "one line: {text}");
    }
}

#[test]
fn a_bad_config_stops_the_reader_with_status_2_before_the_terminal() {
    let bin = env!("CARGO_BIN_EXE_dossier");
    for path in fixtures("invalid_configs") {
        let out = Command::new(bin)
            .arg("--config")
            .arg(&path)
            .stdin(Stdio::null())
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{}: {err}", path.display());
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(
            err.contains(&format!(":{}: ", expected_line(&path))),
            "{err}"
        );
        assert!(out.stdout.is_empty(), "nothing drawn");
    }
    // A good config gets as far as the terminal check.
    let good = &fixtures("valid_configs")[0];
    let out = Command::new(bin)
        .arg("--config")
        .arg(good)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("needs a terminal"));
    // `--config` is global: before or after a command, which does not read it.
    for args in [
        ["--config", "/nonexistent/dossier.toml", "timeline"],
        ["timeline", "--config", "/nonexistent/dossier.toml"],
    ] {
        let out = Command::new(bin).args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stdout).contains("2022-01-12"));
    }
    // A config file that is not there is an error too, when named.
    let out = Command::new(bin)
        .args(["--config", "/nonexistent/dossier.toml"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}
