//! The `dossier/1` JSON export.
