//! One writer at a time: an exclusive lock on a file beside the state file
//! (`state-….json.lock`), taken with `flock` (std's `File::try_lock`) around every
//! read-merge-write of the state. The operating system releases the lock when its holder
//! exits, even when killed, so a crashed reader never blocks the others. The lock file
//! itself stays: removing it while another process waits on it would let two writers in.

use std::fs::{File, OpenOptions, TryLockError};
use std::io;
use std::path::Path;
use std::time::{Duration, Instant};

/// How often a busy lock is tried again.
const RETRY: Duration = Duration::from_millis(20);

/// An exclusive lock, released when dropped (the file is closed).
#[derive(Debug)]
pub struct Lock {
    _file: File,
}

/// Take the exclusive lock on `path` (created, mode 0600, with its directory), trying
/// again until `wait` has passed. A lock still busy then is an error of kind
/// `TimedOut`. Where std has no file locks at all (`Unsupported`), the lock holds
/// nothing: the merge still runs, only two readers saving at the same instant may race.
pub fn lock(path: &Path, wait: Duration) -> io::Result<Lock> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        super::atomic::create_private_dir(dir)?;
    }
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let file = options.open(path)?;
    let start = Instant::now();
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(Lock { _file: file }),
            Err(TryLockError::WouldBlock) if start.elapsed() < wait => std::thread::sleep(RETRY),
            Err(TryLockError::WouldBlock) => {
                return Err(io::Error::new(
                    io::ErrorKind::TimedOut,
                    format!(
                        "another dossier has held {} for {} s",
                        path.display(),
                        wait.as_secs_f32()
                    ),
                ))
            }
            Err(TryLockError::Error(e)) if e.kind() == io::ErrorKind::Unsupported => {
                return Ok(Lock { _file: file })
            }
            Err(TryLockError::Error(e)) => return Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_held_lock_is_waited_for_then_reported() {
        let dir = std::env::temp_dir().join(format!("dossier-lock-{}", std::process::id()));
        let path = dir.join("x.lock");
        let held = lock(&path, Duration::ZERO).unwrap();
        let start = Instant::now();
        let e = lock(&path, Duration::from_millis(100)).unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::TimedOut);
        assert!(start.elapsed() >= Duration::from_millis(100));
        assert!(e.to_string().contains("x.lock"), "{e}");
        // Released when the holder goes: taken at once.
        drop(held);
        assert!(lock(&path, Duration::ZERO).is_ok());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
