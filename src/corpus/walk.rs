//! Walking corpus arguments: sorted, recursive, safe against symlink loops.

use super::{io_reason, Found, Warning};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

pub(super) fn walk(arg: &Path, found: &mut Vec<Found>, warnings: &mut Vec<Warning>) {
    let meta = match std::fs::metadata(arg) {
        Ok(m) => m,
        Err(e) => {
            warnings.push(Warning {
                path: arg.to_path_buf(),
                reason: io_reason(&e),
            });
            return;
        }
    };
    if meta.is_file() {
        found.push(Found {
            path: arg.to_path_buf(),
            name: arg.to_string_lossy().into_owned(),
        });
        return;
    }
    let mut seen = HashSet::new();
    walk_dir(arg, arg, &mut seen, found, warnings);
}

fn walk_dir(
    root: &Path,
    dir: &Path,
    seen: &mut HashSet<PathBuf>,
    found: &mut Vec<Found>,
    warnings: &mut Vec<Warning>,
) {
    // A directory reached twice (a symlink loop, or two links to one place) is walked once.
    match std::fs::canonicalize(dir) {
        Ok(real) => {
            if !seen.insert(real) {
                return;
            }
        }
        Err(e) => {
            warnings.push(Warning {
                path: dir.to_path_buf(),
                reason: io_reason(&e),
            });
            return;
        }
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) => {
            warnings.push(Warning {
                path: dir.to_path_buf(),
                reason: format!("cannot list: {}", io_reason(&e)),
            });
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        let hidden = path
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'));
        if hidden {
            continue;
        }
        match std::fs::metadata(&path) {
            Ok(m) if m.is_dir() => walk_dir(root, &path, seen, found, warnings),
            Ok(m) if m.is_file() => {
                let rel = path.strip_prefix(root).unwrap_or(&path);
                found.push(Found {
                    name: rel.to_string_lossy().into_owned(),
                    path,
                });
            }
            Ok(_) => {}
            Err(e) => warnings.push(Warning {
                path: path.clone(),
                reason: io_reason(&e),
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::find;
    use std::path::PathBuf;

    fn tmp(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("dossier-walk-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        d
    }

    #[test]
    fn directories_are_walked_sorted_and_recursively() {
        let d = tmp("sorted");
        std::fs::create_dir_all(d.join("b")).unwrap();
        std::fs::write(d.join("c.txt"), "x").unwrap();
        std::fs::write(d.join("a.txt"), "x").unwrap();
        std::fs::write(d.join("b/z.txt"), "x").unwrap();
        std::fs::write(d.join(".hidden"), "x").unwrap();
        let (found, warnings) = find(std::slice::from_ref(&d));
        let names: Vec<_> = found.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["a.txt", "b/z.txt", "c.txt"]);
        assert!(warnings.is_empty());
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_loop_is_walked_once() {
        let d = tmp("loop");
        std::fs::create_dir_all(d.join("sub")).unwrap();
        std::fs::write(d.join("sub/a.txt"), "x").unwrap();
        std::os::unix::fs::symlink(&d, d.join("sub/back")).unwrap();
        let (found, _) = find(std::slice::from_ref(&d));
        assert_eq!(found.len(), 1);
    }

    #[test]
    fn a_missing_argument_is_a_warning_naming_it() {
        let (found, warnings) = find(&[PathBuf::from("/no/such/dossier/dir")]);
        assert!(found.is_empty());
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0]
            .to_string()
            .contains("/no/such/dossier/dir: no such file"));
    }
}
