//! Folding names for search: case- and diacritic-insensitive, in every script the app supports.
//!
//! Why not SQLite's FTS5 `unicode61` tokenizer: it removes diacritics only from Latin-script letters, has
//! no word segmentation for Han or kana, and knows nothing of Arabic letter variants. Member names here are
//! Vietnamese, Arabic, Chinese, Khmer, Amharic and more, so we fold in Rust and index the folded terms.
//!
//! What folding does, and why each step:
//! - NFKD, then drop *diacritic* marks only (Latin/Greek/Cyrillic combining diacritics, Arabic harakat).
//!   Marks are not dropped wholesale: in Devanagari, Gujarati, Khmer, Lao and Ethiopic the marks are vowels,
//!   and dropping them would make different names equal.
//! - Lower-case (full Unicode mapping), plus the letters NFKD leaves alone: đ, ø, ł, ß, æ, œ, ı, final sigma.
//! - Arabic-script letter variants that people type interchangeably: alef forms, alef maqsura and farsi
//!   yeh, teh marbuta, keheh.
//! - Katakana to hiragana, so a name typed in either kana finds the other.
//! - NFC at the end, so Hangul syllables and Indic vowel signs are whole again.

use unicode_normalization::UnicodeNormalization;

/// Folds a string for comparison. Both the indexed names and the query go through this.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.nfkd() {
        if is_diacritic(c) {
            continue;
        }
        match c {
            'đ' | 'Đ' => out.push('d'),
            'ø' | 'Ø' => out.push('o'),
            'ł' | 'Ł' => out.push('l'),
            'ß' | 'ẞ' => out.push_str("ss"),
            'æ' | 'Æ' => out.push_str("ae"),
            'œ' | 'Œ' => out.push_str("oe"),
            'ı' => out.push('i'),
            'ς' => out.push('σ'),
            // Arabic-script variants.
            'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
            'ى' | 'ی' => out.push('ي'),
            'ة' => out.push('ه'),
            'ک' => out.push('ك'),
            'ـ' => {} // tatweel: a stretch, not a letter
            // Katakana to hiragana (the blocks are parallel, 0x60 apart).
            '\u{30A1}'..='\u{30F6}' => out.push(char::from_u32(c as u32 - 0x60).unwrap_or(c)),
            _ => out.extend(c.to_lowercase()),
        }
    }
    // Recompose what NFKD split and we kept: Hangul syllables (NFKD turns them into jamo) and the marks
    // of the scripts whose marks are letters. Latin diacritics are gone by now, so nothing re-accents.
    out.nfc().collect()
}

fn is_diacritic(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'   // combining diacritical marks
        | '\u{1AB0}'..='\u{1AFF}' // ... extended
        | '\u{1DC0}'..='\u{1DFF}' // ... supplement
        | '\u{20D0}'..='\u{20FF}' // ... for symbols
        | '\u{FE20}'..='\u{FE2F}' // half marks
        | '\u{064B}'..='\u{065F}' // Arabic harakat
        | '\u{0670}'              // superscript alef
        | '\u{06D6}'..='\u{06ED}' // Quranic annotation marks
    )
}

/// Splits a folded string into search terms. Names in scripts written without spaces (Han, kana, Hangul
/// when typed as one block) are indexed by each suffix too, so a given name written after the family name
/// ("陈伟" → "伟") is found by prefix search.
pub fn terms(folded: &str) -> Vec<String> {
    let mut out = Vec::new();
    for word in folded.split(|c: char| !c.is_alphanumeric() && !is_joining_mark(c)) {
        if word.is_empty() {
            continue;
        }
        out.push(word.to_owned());
        if word.chars().any(is_unspaced_script) {
            let mut rest = word.char_indices().skip(1);
            for (i, _) in rest.by_ref() {
                out.push(word[i..].to_owned());
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Marks inside words (vowel signs of Indic, Khmer, Lao, Ethiopic scripts) are not separators.
fn is_joining_mark(c: char) -> bool {
    // Any non-spacing or spacing combining mark that survived folding belongs to the word.
    unicode_normalization::char::is_combining_mark(c)
}

fn is_unspaced_script(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}'   // kana
        | '\u{3400}'..='\u{4DBF}' // CJK extension A
        | '\u{4E00}'..='\u{9FFF}' // CJK unified
        | '\u{AC00}'..='\u{D7AF}' // Hangul syllables
    )
}

/// The exclusive upper bound of all strings that start with `prefix`, for a range scan on a B-tree of
/// UTF-8 text compared bytewise: U+10FFFF encodes as the largest 4-byte sequence.
pub fn prefix_upper_bound(prefix: &str) -> String {
    let mut s = String::with_capacity(prefix.len() + 4);
    s.push_str(prefix);
    s.push('\u{10FFFF}');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One table, one helper: each row is (what the member's name is, what staff type, should it match).
    fn check(name: &str, typed: &str, expected: bool) {
        let indexed = terms(&fold(name));
        let query = terms(&fold(typed));
        let found = query.iter().all(|q| indexed.iter().any(|t| t.starts_with(q.as_str())));
        assert_eq!(found, expected, "name {name:?} typed {typed:?}: terms {indexed:?} query {query:?}");
    }

    #[test]
    fn folding_finds_names_in_every_script() {
        for (name, typed, expected) in [
            ("José Álvarez", "jose alv", true),
            ("Nguyễn Thị Hằng", "nguyen hang", true),
            ("Đặng Văn Đức", "dang duc", true),
            ("Łukasz Wróbel", "lukasz wrob", true),
            ("GRÜNBERG", "grunberg", true),
            ("Straße", "strasse", true),
            ("Jean-Baptiste Pierre-Louis", "baptiste", true),
            ("O'Neil", "neil", true),
            ("Ολυμπία Παπαδοπούλου", "ολυμπια", true),
            ("Οδυσσέας", "οδυσσεας", true),
            ("Анна Смирнова", "анна смир", true),
            ("أحمد الحسن", "احمد", true),
            ("مُحَمَّد", "محمد", true),
            ("فاطمة", "فاطمه", true),
            ("کریم", "كريم", true),
            ("陈伟", "陈", true),
            ("陈伟", "伟", true),
            ("山田 ハナコ", "はなこ", true),
            ("김민준", "민준", true),
            ("सुनीता शर्मा", "सुनीता", true),
            ("कमला", "कमल", true),   // a prefix, which is fine...
            ("कमल", "कमला", false),  // ...but the vowel sign is not dropped
            ("សុខ ចាន់", "សុខ", true),
            ("አበበ በቀለ", "በቀለ", true),
            ("ສົມສັກ", "ສົມ", true),
            ("ભાવના પટેલ", "પટેલ", true),
            ("ភាវនា", "ភាវ", true),
            ("Mbɔ́ɔ́", "mbɔɔ", true),
            ("פְּרִי", "פ", true),
            ("María", "mario", false),
        ] {
            check(name, typed, expected);
        }
    }

    #[test]
    fn upper_bound_sorts_after_every_extension() {
        let ub = prefix_upper_bound("ana");
        for s in ["ana", "anabel", "ana\u{10FFFE}", "anaz", "ana陈"] {
            assert!(s < ub.as_str(), "{s}");
        }
        assert!("anb" > ub.as_str());
    }
}
