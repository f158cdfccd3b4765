//! The abbreviation list the segmenter consults before ending a sentence.

use super::{entry_lines, RuleError, Table};

/// How an abbreviation behaves before the next word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AbbrClass {
    /// Before a name: never ends a sentence (Mr., Gen., St.).
    Title,
    /// Before a number (No. 5, p. 55); before a capital it ends one.
    Numeric,
    /// Before a day (Dec. 13); ends a sentence only before a starter word.
    Month,
    /// Usually clause-final (etc.): ends a sentence before any capital.
    Final,
    /// Ends a sentence only before a sentence-starting word.
    Other,
}

impl AbbrClass {
    fn parse(s: &str) -> Option<AbbrClass> {
        Some(match s {
            "title" => AbbrClass::Title,
            "numeric" => AbbrClass::Numeric,
            "month" => AbbrClass::Month,
            "final" => AbbrClass::Final,
            "other" => AbbrClass::Other,
            _ => return None,
        })
    }
}

/// Abbreviations keyed by their lower-case form without the final period.
#[derive(Debug, Clone, Default)]
pub struct Abbreviations {
    map: Table<AbbrClass>,
}

impl Abbreviations {
    pub fn parse(file: &str, text: &str) -> Result<Abbreviations, RuleError> {
        let mut map = Table::default();
        for line in entry_lines(text) {
            let err = |message: String| RuleError {
                file: file.to_string(),
                line: line.number,
                message,
            };
            let [word, class] = line.fields[..] else {
                return Err(err(format!(
                    "expected `ABBREVIATION CLASS`, found {} field(s)",
                    line.fields.len()
                )));
            };
            let class = AbbrClass::parse(class).ok_or_else(|| {
                err(format!(
                    "unknown class `{class}` (title, numeric, month, final or other)"
                ))
            })?;
            map.insert(word.trim_end_matches('.').to_lowercase(), class);
        }
        Ok(Abbreviations { map })
    }

    /// Looks up a word as written before its final period ("U.S", "Mr").
    pub fn get(&self, word: &str) -> Option<AbbrClass> {
        if let Some(c) = self.map.get(word) {
            return Some(*c);
        }
        if word.bytes().any(|b| b.is_ascii_uppercase()) || !word.is_ascii() {
            // (the tokenizer asks this of `Mr.`, `Sen.`, …: no allocation
            // for a short word)
            return self.map.get(crate::words::lower(word).as_str()).copied();
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_class_names_file_and_line() {
        let e = Abbreviations::parse("x.txt", "mr title\nzz bogus\n").unwrap_err();
        assert_eq!(
            e.to_string(),
            "x.txt:2: unknown class `bogus` (title, numeric, month, final or other)"
        );
    }

    #[test]
    fn lookup_ignores_case() {
        let a = Abbreviations::parse("x", "u.s other\n").unwrap();
        assert_eq!(a.get("U.S"), Some(AbbrClass::Other));
    }
}
