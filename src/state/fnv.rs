//! FNV-1a, 64 bits, the one implementation: a short, stable hash for state file names (the
//! same on every platform and Rust version, unlike `std`'s hasher), and a fast hasher for
//! the short strings of the word lists ("tổng thống", "cho biết"), looked up once per word
//! of every paragraph.

const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const PRIME: u64 = 0x0000_0100_0000_01b3;

/// The FNV-1a 64-bit hash of `bytes`.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(OFFSET, |h, &b| step(h, b))
}

/// One byte into the hash.
#[inline]
fn step(h: u64, b: u8) -> u64 {
    (h ^ u64::from(b)).wrapping_mul(PRIME)
}

/// FNV-1a as a [`std::hash::Hasher`], for the sets and maps of word lists
/// (`HashSet<String, BuildHasherDefault<Fnv>>`).
#[derive(Clone, Copy, Debug)]
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(OFFSET)
    }
}

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0 = bytes.iter().fold(self.0, |h, &b| step(h, b));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The published test vectors of the FNV reference.
    #[test]
    fn known_vectors() {
        assert_eq!(fnv1a64(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a64(b"foobar"), 0x8594_4171_f739_67e8);
        let mut h = Fnv::default();
        std::hash::Hasher::write(&mut h, b"foo");
        std::hash::Hasher::write(&mut h, b"bar");
        assert_eq!(std::hash::Hasher::finish(&h), fnv1a64(b"foobar"));
    }
}
