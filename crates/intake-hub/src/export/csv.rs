//! CSV export (being written).
