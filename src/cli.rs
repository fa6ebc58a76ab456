//! The command line.

/// Run the command line; returns the exit status.
pub fn main() -> i32 {
    0
}
