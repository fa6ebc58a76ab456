//! Walking corpus arguments: sorted, recursive, safe against symlink loops, each real file
//! listed once.

use super::{io_reason, Found, Stat, Warning};
use std::collections::HashSet;
use std::fs::Metadata;
use std::path::{Path, PathBuf};

/// Lists the files under the corpus arguments. It remembers every real path it has taken,
/// so a file or directory reached twice (a symlink loop, two links to one place, an
/// argument given twice or inside another) is listed once, under the first name met.
#[derive(Default)]
pub(super) struct Walker {
    seen: HashSet<PathBuf>,
    pub found: Vec<Found>,
    pub warnings: Vec<Warning>,
}

impl Walker {
    /// List one argument: a file as given, a directory recursively in name order.
    pub fn arg(&mut self, arg: &Path) {
        match std::fs::metadata(arg) {
            Ok(m) if m.is_dir() => self.dir(arg, arg, None),
            Ok(m) => self.file(arg, arg.to_string_lossy().into_owned(), &m, None),
            Err(e) => self.warn(arg, reason(arg, &e)),
        }
    }

    fn warn(&mut self, path: &Path, reason: String) {
        self.warnings.push(Warning {
            path: path.to_path_buf(),
            reason,
        });
    }

    /// First time this real path is met (a path that cannot be resolved counts as new).
    /// `real` is the real path when the walk already knows it (an entry that is no
    /// symlink, in a directory whose real path is known): resolving every file again
    /// cost a system call per component of its path.
    fn first_visit(&mut self, path: &Path, real: Option<PathBuf>) -> bool {
        match real.or_else(|| std::fs::canonicalize(path).ok()) {
            Some(real) => self.seen.insert(real),
            None => true,
        }
    }

    fn file(&mut self, path: &Path, name: String, meta: &Metadata, real: Option<PathBuf>) {
        if !meta.is_file() {
            // A FIFO would block the reader forever; a device or socket is no article.
            self.warn(path, "skipped: not a regular file".into());
            return;
        }
        if self.first_visit(path, real) {
            self.found.push(Found {
                path: path.to_path_buf(),
                name,
                stat: Some(Stat::of(meta)),
            });
        }
    }

    fn dir(&mut self, root: &Path, dir: &Path, real: Option<PathBuf>) {
        let real = match real.map_or_else(|| std::fs::canonicalize(dir), Ok) {
            Ok(real) => {
                if !self.seen.insert(real.clone()) {
                    return;
                }
                real
            }
            Err(e) => {
                self.warn(dir, io_reason(&e));
                return;
            }
        };
        let entries = match std::fs::read_dir(dir) {
            Ok(rd) => rd,
            Err(e) => {
                self.warn(dir, format!("cannot list: {}", io_reason(&e)));
                return;
            }
        };
        // Whether each entry is a symlink comes with the listing, at no cost.
        let mut listed: Vec<(PathBuf, bool)> = entries
            .filter_map(|e| {
                let e = e.ok()?;
                let link = e.file_type().map_or(true, |t| t.is_symlink());
                Some((e.path(), link))
            })
            .collect();
        listed.sort();
        let paths: Vec<PathBuf> = listed.iter().map(|(p, _)| p.clone()).collect();
        for (path, link) in listed {
            let Some(file_name) = path.file_name() else {
                continue;
            };
            if file_name.to_string_lossy().starts_with('.') {
                continue;
            }
            // The real path of an entry that is no symlink is its directory's real path
            // and its name; a symlink is followed and resolved.
            let real_child = (!link).then(|| real.join(file_name));
            let meta = if link {
                std::fs::metadata(&path)
            } else {
                std::fs::symlink_metadata(&path)
            };
            match meta {
                Ok(m) if m.is_dir() => match saved_with(&path, &paths) {
                    // "Webpage, complete": the page's pictures, styles and scripts, no
                    // article among them. One line says so, for the folder.
                    Some(page) => self.warn(
                        &path,
                        format!("skipped: the pictures, styles and scripts saved with {page}"),
                    ),
                    None => self.dir(root, &path, real_child),
                },
                Ok(m) => {
                    let rel = path.strip_prefix(root).unwrap_or(&path);
                    let name = rel.to_string_lossy().into_owned();
                    self.file(&path, name, &m, real_child);
                }
                Err(e) => {
                    let why = reason(&path, &e);
                    self.warn(&path, why);
                }
            }
        }
    }
}

/// The page a browser saved this folder with ("X_files" beside "X.html" or "X.htm"), if
/// it is such a folder.
fn saved_with(dir: &Path, siblings: &[PathBuf]) -> Option<String> {
    let name = dir.file_name()?.to_string_lossy().into_owned();
    let stem = name.strip_suffix("_files")?;
    siblings.iter().find_map(|p| {
        let n = p.file_name()?.to_string_lossy().into_owned();
        let ext = n
            .strip_prefix(stem)?
            .strip_prefix('.')?
            .to_ascii_lowercase();
        matches!(ext.as_str(), "html" | "htm" | "xhtml" | "shtml").then_some(n)
    })
}

/// Why a path cannot be opened; a symlink to nothing says so rather than "no such file",
/// which would puzzle a user who sees the link in the folder.
fn reason(path: &Path, e: &std::io::Error) -> String {
    let link = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    if link && e.kind() == std::io::ErrorKind::NotFound {
        "broken symbolic link".into()
    } else {
        io_reason(e)
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

    #[cfg(unix)]
    #[test]
    fn a_file_reached_twice_is_listed_once() {
        let d = tmp("twice");
        std::fs::write(d.join("a.txt"), "x").unwrap();
        std::os::unix::fs::symlink(d.join("a.txt"), d.join("b-link.txt")).unwrap();
        // The folder, then a file inside it again, then the folder again.
        let (found, warnings) = find(&[d.clone(), d.join("a.txt"), d.clone()]);
        let names: Vec<_> = found.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["a.txt"]);
        assert!(warnings.is_empty(), "{warnings:?}");
    }

    #[cfg(unix)]
    #[test]
    fn broken_links_and_fifos_are_warnings_naming_them() {
        let d = tmp("special");
        std::fs::write(d.join("a.txt"), "x").unwrap();
        std::os::unix::fs::symlink(d.join("gone.txt"), d.join("b.txt")).unwrap();
        let fifo = std::process::Command::new("mkfifo")
            .arg(d.join("c.txt"))
            .status()
            .unwrap();
        assert!(fifo.success());
        let (found, warnings) = find(std::slice::from_ref(&d));
        assert_eq!(found.len(), 1);
        let lines: Vec<String> = warnings
            .iter()
            .map(std::string::ToString::to_string)
            .collect();
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert!(
            lines[0].ends_with("b.txt: broken symbolic link"),
            "{lines:?}"
        );
        assert!(
            lines[1].ends_with("c.txt: skipped: not a regular file"),
            "{lines:?}"
        );
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

    #[test]
    fn a_saved_pages_resource_folder_is_skipped_in_one_line() {
        let d = tmp("files");
        std::fs::write(d.join("trang.html"), "<html></html>").unwrap();
        std::fs::create_dir_all(d.join("trang_files")).unwrap();
        std::fs::write(d.join("trang_files/app.js"), "var a = 1;").unwrap();
        std::fs::write(d.join("trang_files/style.css"), "p { color: red }").unwrap();
        std::fs::create_dir_all(d.join("other_files")).unwrap();
        std::fs::write(d.join("other_files/note.txt"), "Một bài viết.").unwrap();
        let (found, warnings) = find(std::slice::from_ref(&d));
        let names: Vec<&str> = found.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["other_files/note.txt", "trang.html"]);
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(warnings[0].to_string().contains(
            "trang_files: skipped: the pictures, styles and scripts saved with trang.html"
        ));
    }
}
