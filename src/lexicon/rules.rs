//! The rule lists by name, and user rules files that extend or replace
//! their entries (`--rules FILE`).
//!
//! A rules file names a list in brackets, then gives entries in that
//! list's own format; `-KEY` removes the entry whose key (first word, or
//! for outlets the name before `|`) is KEY; an entry whose key is already
//! in the list replaces it:
//!
//! ```text
//! # our newsroom's rules
//! [cue_verbs]
//! whisper whispers whispered whispering =bare
//! -claim
//! [outlets]
//! Kyiv Independent | Kyiv Independent
//! ```

use super::examples::{self, Example, CONSTRUCTIONS};
use super::patterns;
use super::{cue_uses, entry_lines, Abbreviations, RuleError};
use std::collections::{HashMap, HashSet};

/// One rule list: its name, data file, what it is for, built-in text.
pub struct List {
    pub name: &'static str,
    pub file: &'static str,
    pub about: &'static str,
    pub builtin: &'static str,
}

macro_rules! list {
    ($name:literal, $about:literal) => {
        List {
            name: $name,
            file: concat!($name, ".txt"),
            about: $about,
            builtin: include_str!(concat!("data/", $name, ".txt")),
        }
    };
}

/// Every rule list, in the order `attrib rules list` prints them.
pub const LISTS: &[List] = &[
    list!(
        "cue_verbs",
        "reporting verbs and their forms, with markers (+particle, =bare, =finite, =addressee, =past-base)"
    ),
    list!(
        "titles",
        "words of a speaker's role or title (president, minister, Sen.)"
    ),
    list!(
        "organizations",
        "head nouns of organisation speakers (ministry, service)"
    ),
    list!(
        "groups",
        "head nouns of group speakers (experts, officials, sides)"
    ),
    list!(
        "anonymous",
        "modifiers and nouns that make a speaker anonymous (unnamed, sources)"
    ),
    list!(
        "demonyms",
        "nationality adjectives, never a name alone (Soviet, Russian)"
    ),
    list!(
        "genders",
        "words that tell a person's gender: WORD f|m (honorifics, roles, first names)"
    ),
    list!(
        "carriers",
        "things that carry words of their own (sign, banner)"
    ),
    list!(
        "content_nouns",
        "nouns whose `that` clause is the claim (belief, view, warning)"
    ),
    list!(
        "cue_nouns",
        "cue verbs that are also nouns after a determiner (note, comment)"
    ),
    list!("outlets", "news outlets: NAME | ALIAS | ..."),
    list!(
        "outlet_nouns",
        "nouns for an unnamed outlet (website, newspaper)"
    ),
    list!(
        "cross_references",
        "first words of a parenthesis that is no citation but a pointer (see)"
    ),
    list!(
        "abbreviations",
        "abbreviations that do not end a sentence: WORD CLASS"
    ),
    list!(
        "sentence_starters",
        "capitalised words that usually open a sentence"
    ),
    list!(
        "constructions",
        "the constructions and claim rules by name (cue-after, according-to), each with examples (#>) and counter-examples (#!)"
    ),
];

/// The text of every list: the built-in data with any rules files applied.
#[derive(Debug, Clone)]
pub struct Sources {
    /// Entry lines of each list, in [`LISTS`] order.
    lines: Vec<Vec<String>>,
    /// Example sentences on entries, each with the extraction it must give.
    examples: Vec<Example>,
}

impl Default for Sources {
    fn default() -> Sources {
        Sources::builtin()
    }
}

impl Sources {
    pub fn builtin() -> Sources {
        Sources {
            lines: LISTS
                .iter()
                .map(|l| {
                    entry_lines(l.builtin)
                        .into_iter()
                        .map(|e| e.fields.join(" "))
                        .collect()
                })
                .collect(),
            examples: LISTS
                .iter()
                .flat_map(|l| {
                    let file = format!("src/lexicon/data/{}", l.file);
                    examples::read(Some(l.name), &file, l.builtin)
                        .expect("the embedded examples are checked by the test suite")
                })
                .collect(),
        }
    }

    /// The example sentences of every entry that has one, built-in and
    /// from rules files.
    pub fn examples(&self) -> &[Example] {
        &self.examples
    }

    /// The entries of list `name`, one a line, as the pipeline reads them.
    pub fn text(&self, name: &str) -> String {
        self.entries(name).join("\n")
    }

    /// The entries of list `name`.
    pub fn entries(&self, name: &str) -> &[String] {
        LISTS
            .iter()
            .position(|l| l.name == name)
            .map_or(&[], |i| &self.lines[i])
    }

    /// Applies a rules file (`file` names it in errors).
    pub fn apply(&mut self, file: &str, text: &str) -> Result<(), RuleError> {
        let new_examples =
            examples::read(None, file, text).map_err(|(line, message)| RuleError {
                file: file.to_string(),
                line,
                message,
            })?;
        // Every list is edited through an index of its entries by key, with
        // removed entries left as holes until the end: a rules file of n
        // entries costs O(n), where removing each replaced entry from the
        // list (and its examples) at once cost O(n²) (16,000 titles took
        // seconds).
        let mut edits: Vec<Option<Edit>> = (0..LISTS.len()).map(|_| None).collect();
        let mut forgotten: HashSet<(usize, String)> = HashSet::new();
        let mut current: Option<usize> = None;
        for line in entry_lines(text) {
            let err = |message: String| RuleError {
                file: file.to_string(),
                line: line.number,
                message,
            };
            let joined = line.fields.join(" ");
            if let Some(name) = joined.strip_prefix('[').and_then(|r| r.strip_suffix(']')) {
                let name = name.trim();
                current = Some(LISTS.iter().position(|l| l.name == name).ok_or_else(|| {
                    let known: Vec<&str> = LISTS.iter().map(|l| l.name).collect();
                    err(format!(
                        "unknown list `{name}` (known: {})",
                        known.join(", ")
                    ))
                })?);
                continue;
            }
            let Some(i) = current else {
                return Err(err(
                    "an entry before any `[list]` header (start with e.g. `[cue_verbs]`)".into(),
                ));
            };
            let list = &LISTS[i];
            let edit = edits[i].get_or_insert_with(|| Edit::new(list.name, &self.lines[i]));
            if let Some(key) = joined
                .strip_prefix('-')
                .filter(|_| list.name != CONSTRUCTIONS)
            {
                let key = key.trim().to_lowercase();
                if key.is_empty() {
                    return Err(err("`-` needs the key of the entry to remove".into()));
                }
                if !edit.remove(&key) {
                    return Err(err(format!("no entry `{key}` in {} to remove", list.name)));
                }
                forgotten.insert((i, key));
                continue;
            }
            check_entry(list.name, &joined).map_err(err)?;
            let key = entry_key(list.name, &joined);
            if list.name == CONSTRUCTIONS {
                // a rule named again takes more examples; it keeps its own
                // (and a construction defined again takes the new pattern)
                if patterns::split_entry(&joined).is_some() {
                    edit.remove(&key);
                    edit.push(key, joined);
                } else if !edit.at.contains_key(&key) {
                    edit.push(key, joined);
                }
                continue;
            }
            edit.remove(&key);
            edit.push(key.clone(), joined);
            forgotten.insert((i, key));
        }
        for (i, edit) in edits.into_iter().enumerate() {
            if let Some(edit) = edit {
                self.lines[i] = edit.finish();
            }
        }
        if !forgotten.is_empty() {
            // an entry removed or replaced takes its examples with it
            self.examples.retain(|x| {
                let Some(i) = LISTS.iter().position(|l| l.name == x.list) else {
                    return true;
                };
                !forgotten.contains(&(i, entry_key(x.list, &x.entry)))
            });
        }
        self.examples.extend(new_examples);
        Ok(())
    }
}

/// One list being edited by a rules file: its entries, with holes where
/// entries were removed, and where each key stands.
struct Edit {
    entries: Vec<Option<String>>,
    at: HashMap<String, Vec<usize>>,
}

impl Edit {
    /// (A copy: a file that fails part way leaves the lists as they were.)
    fn new(list: &str, lines: &[String]) -> Edit {
        let entries: Vec<Option<String>> = lines.iter().cloned().map(Some).collect();
        let mut at: HashMap<String, Vec<usize>> = HashMap::new();
        for (k, e) in entries.iter().enumerate() {
            if let Some(e) = e {
                at.entry(entry_key(list, e)).or_default().push(k);
            }
        }
        Edit { entries, at }
    }

    /// Removes every entry of `key`; whether there was one.
    fn remove(&mut self, key: &str) -> bool {
        let Some(places) = self.at.remove(key) else {
            return false;
        };
        for k in places {
            self.entries[k] = None;
        }
        true
    }

    fn push(&mut self, key: String, entry: String) {
        self.at.entry(key).or_default().push(self.entries.len());
        self.entries.push(Some(entry));
    }

    fn finish(self) -> Vec<String> {
        self.entries.into_iter().flatten().collect()
    }
}

/// The key an entry is replaced or removed by.
fn entry_key(list: &str, entry: &str) -> String {
    let key = if list == "outlets" {
        entry.split('|').next().unwrap_or("").trim()
    } else if let Some((name, _)) = patterns::split_entry(entry).filter(|_| list == CONSTRUCTIONS) {
        name
    } else {
        entry.split_whitespace().next().unwrap_or("")
    };
    key.to_lowercase()
}

/// What is wrong with one entry in a list's format, if anything.
fn check_entry(list: &str, entry: &str) -> Result<(), String> {
    let one = |e: RuleError| e.message;
    match list {
        "cue_verbs" => cue_uses("", entry).map(|_| ()).map_err(one),
        "abbreviations" => Abbreviations::parse("", entry).map(|_| ()).map_err(one),
        "genders" => match entry.split_whitespace().collect::<Vec<_>>()[..] {
            [_, g] if crate::lexicon::Gender::parse(g).is_some() => Ok(()),
            _ => Err("a genders entry is `WORD f` or `WORD m`".into()),
        },
        "outlets" => {
            if entry.split('|').any(|a| a.trim().is_empty()) {
                Err("an outlet entry is `NAME | ALIAS | …` with no empty name".into())
            } else {
                Ok(())
            }
        }
        CONSTRUCTIONS => match patterns::split_entry(entry) {
            Some((name, _)) if crate::rule::RuleId::from_name(name).is_some() => Err(format!(
                "`{name}` is a built-in rule: name it alone to add examples, or give the new construction a name of its own"
            )),
            Some((name, _)) if !patterns::is_rule_name(name) => Err(format!(
                "`{name}` cannot name a rule: lower case letters, digits and `-` (as-reported-by)"
            )),
            Some((_, pattern)) => patterns::parse(pattern).map(|_| ()),
            None if crate::rule::RuleId::from_name(entry).is_some() => Ok(()),
            None => {
                let known: Vec<&str> = crate::rule::RuleId::ALL.iter().map(|r| r.name()).collect();
                Err(format!(
                    "`{entry}` is no rule (name a built-in rule to add examples: {}; or add a construction as `NAME = PATTERN`)",
                    known.join(", ")
                ))
            }
        },
        _ if entry.split_whitespace().count() > 1 && list == "sentence_starters" => {
            Err("one word a line".into())
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adds_replaces_and_removes() {
        let mut s = Sources::builtin();
        s.apply(
            "r.txt",
            "[cue_verbs]\nwhisper whispers whispered whispering =bare\n-claim\n[outlets]\nReuters | Thomson Reuters\n",
        )
        .unwrap();
        assert!(s
            .entries("cue_verbs")
            .iter()
            .any(|e| e.starts_with("whisper ")));
        assert!(!s
            .entries("cue_verbs")
            .iter()
            .any(|e| e.starts_with("claim ")));
        let reuters: Vec<_> = s
            .entries("outlets")
            .iter()
            .filter(|e| e.starts_with("Reuters"))
            .collect();
        assert_eq!(reuters, ["Reuters | Thomson Reuters"]);
    }

    /// Linear, not quadratic: a rules file of 100,000 entries that
    /// replace and remove each other (removing each replaced entry at once
    /// took hours at this size).
    #[test]
    fn a_large_rules_file_is_applied_in_one_pass() {
        let n = 100_000;
        let mut text = String::from("[titles]\n");
        for k in 0..n {
            text.push_str(&format!("title{k}\n"));
        }
        for k in (0..n).step_by(2) {
            text.push_str(&format!("Title{k} again\n"));
        }
        for k in (0..n).step_by(4) {
            text.push_str(&format!("-title{k}\n"));
        }
        let mut s = Sources::builtin();
        let builtin = s.entries("titles").len();
        s.apply("big.rules", &text).unwrap();
        let titles = s.entries("titles");
        assert_eq!(titles.len(), builtin + n - n / 4);
        // a replaced entry moves to the end, in the order of the file
        assert_eq!(titles.last().map(String::as_str), Some("Title99998 again"));
        assert!(!titles.iter().any(|t| t == "title0" || t == "Title0 again"));
        assert!(titles.iter().any(|t| t == "title1"));
    }

    #[test]
    fn a_file_that_fails_changes_nothing() {
        let mut s = Sources::builtin();
        let titles = s.entries("titles").to_vec();
        assert!(s
            .apply("bad.rules", "[titles]\nwarden\n[no_such_list]\n")
            .is_err());
        assert_eq!(s.entries("titles"), titles.as_slice());
    }

    #[test]
    fn errors_name_file_and_line() {
        let mut s = Sources::builtin();
        let e = s.apply("r.txt", "# c\nsay\n").unwrap_err();
        assert_eq!((e.file.as_str(), e.line), ("r.txt", 2));
        let e = s.apply("r.txt", "[verbs]\n").unwrap_err();
        assert!(
            e.to_string().starts_with("r.txt:1: unknown list `verbs`"),
            "{e}"
        );
        let e = s
            .apply("r.txt", "[cue_verbs]\n\nmurmur =loud\n")
            .unwrap_err();
        assert_eq!(e.line, 3);
        let e = s.apply("r.txt", "[groups]\n-nobodies\n").unwrap_err();
        assert_eq!(
            e.to_string(),
            "r.txt:2: no entry `nobodies` in groups to remove"
        );
        let e = s
            .apply("r.txt", "[abbreviations]\nxyz. weird\n")
            .unwrap_err();
        assert!(e.to_string().contains("unknown class"), "{e}");
        let e = s
            .apply(
                "r.txt",
                "[genders]
francesca x
",
            )
            .unwrap_err();
        assert!(e.to_string().starts_with("r.txt:2: "), "{e}");
        assert!(s
            .apply(
                "r.txt",
                "[genders]
francesca
"
            )
            .is_err());
    }

    /// Every built-in entry of a list with a format of its own is in it,
    /// as a rules file's must be.
    #[test]
    fn the_built_in_entries_keep_their_list_format() {
        let s = Sources::builtin();
        for list in ["genders", "cue_verbs", "abbreviations", "outlets"] {
            for e in s.entries(list) {
                assert_eq!(check_entry(list, e), Ok(()), "{list}: {e}");
            }
        }
        let mut s = Sources::builtin();
        s.apply(
            "r.txt",
            "[genders]
francesca f
",
        )
        .unwrap();
        let lx = crate::lexicon::Lexicon::from_sources(&s).unwrap();
        assert_eq!(
            lx.genders.get("francesca"),
            Some(&crate::lexicon::Gender::Female)
        );
        assert_eq!(lx.genders.get("mr"), Some(&crate::lexicon::Gender::Male));
    }
}
