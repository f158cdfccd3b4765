//! Rule data: word lists the pipeline stages read, kept as plain-text files
//! under `src/lexicon/data/` and embedded in the binary.
//!
//! File format (shared by every list): one entry a line; `#` starts a
//! comment; blank lines are ignored; fields are separated by white space
//! where a list has more than one.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

pub mod abbreviations;
pub mod classes;
pub mod examples;
pub mod patterns;
pub mod rules;

pub use abbreviations::{AbbrClass, Abbreviations};
pub use classes::Class;
pub use rules::Sources;

/// Month names, lower case: dates in citation blocks, and words that are
/// never part of a person's name.
pub const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// An error in a rules file, with the file name and line.
pub use crate::line_error::LineError as RuleError;

/// One non-comment line of a rules file: its 1-based number and fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line<'a> {
    pub number: usize,
    pub fields: Vec<&'a str>,
}

/// Splits a rules file into its entry lines.
pub fn entry_lines(text: &str) -> Vec<Line<'_>> {
    text.lines()
        .enumerate()
        .filter_map(|(i, raw)| {
            let body = match raw.find('#') {
                // a '#' glued to a word (e.g. "n°#") is still a comment start
                Some(k) => &raw[..k],
                None => raw,
            };
            let fields: Vec<&str> = body.split_whitespace().collect();
            (!fields.is_empty()).then_some(Line {
                number: i + 1,
                fields,
            })
        })
        .collect()
}

/// All the rule data the pipeline uses, built once and shared.
#[derive(Debug, Clone)]
pub struct Lexicon {
    pub abbreviations: Abbreviations,
    /// Capitalised words that usually open a sentence.
    pub starters: WordSet,
    /// Every form of every reporting verb (lower case) → its base form.
    pub cue_verbs: Table<String>,
    /// Markers of reporting verbs, by base form (`+clear`, `=bare`, …).
    pub cue_uses: Table<CueUse>,
    /// Every base form of a reporting verb with its markers, in order: a
    /// form's lemma id (in the word classes, and on each token) is its
    /// place here plus one, so that the rules read a token's base form and
    /// markers without a lookup.
    pub lemmas: Vec<(String, Option<CueUse>)>,
    /// Title and role words (lower case).
    pub titles: WordSet,
    /// Head nouns of organisations (lower case).
    pub orgs: WordSet,
    /// Head nouns of groups (lower case).
    pub groups: WordSet,
    /// Modifiers that make a group anonymous (lower case).
    pub anonymous: WordSet,
    /// Nouns for an outlet the text leaves unnamed (`the website`).
    pub outlet_nouns: WordSet,
    /// Nationality adjectives: alone, never a person's name (lower case).
    pub demonyms: WordSet,
    /// Words that tell a person's gender: honorifics, roles, first names
    /// (lower case).
    pub genders: Table<Gender>,
    /// Things that carry words of their own: signs, hats, ads (lower case).
    pub carriers: WordSet,
    /// Nouns whose `that` clause is the claim (`the belief that`).
    pub content_nouns: WordSet,
    /// Cue verbs whose base form is also a common noun (`a rare note`).
    pub cue_nouns: WordSet,
    /// First words of a parenthesis that points to earlier coverage
    /// (`see`), lower case.
    pub cross_references: WordSet,
    /// News outlets: every alias (lower case, no leading `the`) → its
    /// normalized name.
    pub outlets: Table<String>,
    /// The first word of every outlet name and alias as written (`The`
    /// dropped), for a quick test before any lookup, with a bit set for
    /// each length in words of the names it opens (bit `n`: `n` words), so
    /// that only those lengths are looked up.
    pub outlet_starts: Table<u8>,
    /// Titles, organisations and groups: the head nouns of a speaker.
    pub heads: WordSet,
    /// Every listed word (lower case) → its classes (see [`classes`]).
    pub classes: classes::ClassTable,
    /// Constructions added by rules files (`NAME = PATTERN`), in the
    /// order they were added: the order they are tried in.
    pub constructions: Vec<patterns::UserConstruction>,
    /// The built-in constructions written as patterns (parsed once).
    pub builtin: patterns::Builtin,
}

/// The constructions of the `constructions` list that a rules file added
/// (`NAME = PATTERN`; checked as each file was applied).
fn user_constructions(src: &Sources) -> Result<Vec<patterns::UserConstruction>, RuleError> {
    src.entries(examples::CONSTRUCTIONS)
        .iter()
        .filter_map(|e| patterns::split_entry(e))
        .map(|(name, pattern)| {
            let pattern = patterns::parse(pattern).map_err(|message| RuleError {
                file: "constructions".into(),
                line: 0,
                message: format!("{name}: {message}"),
            })?;
            let rule = crate::rule::RuleId::user(name).ok_or_else(|| RuleError {
                file: "constructions".into(),
                line: 0,
                message: format!("{name}: more constructions than a process can name (65,535)"),
            })?;
            Ok(patterns::UserConstruction { rule, pattern })
        })
        .collect()
}

impl Lexicon {
    /// The lexicon shipped with attrib.
    pub fn builtin() -> Lexicon {
        Lexicon::from_sources(&Sources::builtin())
            .expect("the embedded rule data is checked by the test suite")
    }

    /// The lexicon of the given lists (built-in data with rules files
    /// applied).
    pub fn from_sources(src: &Sources) -> Result<Lexicon, RuleError> {
        let t = |name: &str| src.text(name);
        let outlets = t("outlets");
        let cues = t("cue_verbs");
        let mut lex = Lexicon {
            abbreviations: Abbreviations::parse("abbreviations.txt", &t("abbreviations"))?,
            starters: word_set(&t("sentence_starters")),
            cue_verbs: inflection_table(&cues),
            cue_uses: cue_uses("cue_verbs.txt", &cues)?,
            titles: title_forms(lower_set(&t("titles"))),
            orgs: lower_set(&t("organizations")),
            groups: lower_set(&t("groups")),
            anonymous: lower_set(&t("anonymous")),
            demonyms: lower_set(&t("demonyms")),
            outlet_nouns: lower_set(&t("outlet_nouns")),
            genders: gender_table(&t("genders")),
            carriers: lower_set(&t("carriers")),
            content_nouns: lower_set(&t("content_nouns")),
            cue_nouns: lower_set(&t("cue_nouns")),
            cross_references: lower_set(&t("cross_references")),
            outlets: alias_table(&outlets),
            outlet_starts: first_words(&outlets),
            heads: WordSet::default(),
            lemmas: Vec::new(),
            classes: Default::default(),
            constructions: user_constructions(src)?,
            builtin: patterns::Builtin::parse(include_str!("data/patterns.txt")),
        };
        lex.derive();
        Ok(lex)
    }

    /// The rules of every construction a rules file added.
    pub fn user_rules(&self) -> impl Iterator<Item = crate::rule::RuleId> + '_ {
        self.constructions.iter().map(|c| c.rule)
    }

    /// Rebuilds the sets derived from the lists; call after changing one.
    pub fn derive(&mut self) {
        self.heads = self
            .titles
            .iter()
            .chain(self.orgs.iter())
            .chain(self.groups.iter())
            .cloned()
            .collect();
        let mut lemmas: Vec<&String> = self.cue_verbs.values().collect();
        lemmas.sort();
        lemmas.dedup();
        self.lemmas = lemmas
            .into_iter()
            .map(|l| (l.clone(), self.cue_uses.get(l).cloned()))
            .collect();
        self.classes = classes::table(self);
    }

    /// The base form of lemma id `id` (0: none).
    pub fn lemma_name(&self, id: u16) -> Option<&str> {
        let (name, _) = self.lemmas.get(usize::from(id).checked_sub(1)?)?;
        Some(name)
    }

    /// The markers of lemma id `id`.
    pub fn lemma_use(&self, id: u16) -> Option<&CueUse> {
        self.lemmas.get(usize::from(id).checked_sub(1)?)?.1.as_ref()
    }

    /// The lemma id of a base form (0: not a reporting verb's).
    pub fn lemma_id(&self, lemma: &str) -> u16 {
        self.lemmas
            .binary_search_by(|(l, _)| l.as_str().cmp(lemma))
            .map_or(0, |k| u16::try_from(k + 1).unwrap_or(0))
    }

    /// Whether a lower-case word is a form of a reporting verb.
    pub fn cue_word(&self, lower: &str) -> bool {
        self.cue_verbs.contains_key(lower)
    }

    /// A test of whether a lower-case word is a form of a reporting verb
    /// that owns its own copy of the forms (for readers that judge a
    /// headline before any extractor exists).
    pub fn cue_word_test(&self) -> impl Fn(&str) -> bool + Send + Sync + 'static {
        let forms: std::collections::HashSet<String> = self.cue_verbs.keys().cloned().collect();
        move |w: &str| forms.contains(w)
    }

    /// The markers of a reporting verb's base form.
    pub fn cue_use(&self, lemma: &str) -> Option<&CueUse> {
        self.cue_uses.get(lemma)
    }

    /// The base form of a reporting verb form (`said` → `say`), any case.
    pub fn cue_lemma(&self, word: &str) -> Option<&str> {
        if let Some(l) = self.cue_verbs.get(word) {
            return Some(l);
        }
        if word.bytes().any(|b| b.is_ascii_uppercase()) {
            return self.cue_verbs.get(&word.to_lowercase()).map(String::as_str);
        }
        None
    }
}

impl Default for Lexicon {
    fn default() -> Lexicon {
        Lexicon::builtin()
    }
}

/// Titles also stand in the plural before a list of names (`Presidents
/// Vladimir Putin and Jiang Zemin`) and, abbreviated, with their period
/// (`Sen.`, `Gov.`), which the tokenizer keeps with the word.
fn title_forms(mut set: WordSet) -> WordSet {
    let more: Vec<String> = set
        .iter()
        .filter(|t| !t.contains(' '))
        .flat_map(|t| {
            let plural = (!t.ends_with('s')).then(|| format!("{t}s"));
            plural.into_iter().chain([format!("{t}.")])
        })
        .collect();
    set.extend(more);
    set
}

/// A person's gender as a word of the text tells it (`Mr`, `Sarah`,
/// `spokeswoman`), for the pronouns that may refer to them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Female,
    Male,
}

impl Gender {
    /// `f` or `m`, as the genders list writes it.
    pub fn parse(s: &str) -> Option<Gender> {
        match s {
            "f" | "F" => Some(Gender::Female),
            "m" | "M" => Some(Gender::Male),
            _ => None,
        }
    }
}

/// Lines of `WORD f|m` → a map from the lower-case word to its gender
/// (a line of another shape is left out: `check_entry` refuses it in a
/// rules file, and the test suite in the built-in list).
fn gender_table(text: &str) -> Table<Gender> {
    entry_lines(text)
        .into_iter()
        .filter_map(|l| match l.fields[..] {
            [word, g] => Some((word.to_lowercase(), Gender::parse(g)?)),
            _ => None,
        })
        .collect()
}

/// A set of single words, one a line.
pub fn word_set(text: &str) -> WordSet {
    entry_lines(text)
        .into_iter()
        .map(|l| l.fields.join(" "))
        .collect()
}

/// A set of entries, lower-cased.
pub fn lower_set(text: &str) -> WordSet {
    entry_lines(text)
        .into_iter()
        .map(|l| l.fields.join(" ").to_lowercase())
        .collect()
}

/// Lines of `BASE FORM FORM …` → a map from every form to its base
/// (marker fields, `+WORD` and `=FLAG`, are not forms).
pub fn inflection_table(text: &str) -> Table<String> {
    let mut t = Table::default();
    for line in entry_lines(text) {
        let base = line.fields[0].to_lowercase();
        for f in line.fields.iter().filter(|f| !f.starts_with(['+', '='])) {
            t.insert(f.to_lowercase(), base.clone());
        }
    }
    t
}

/// What the markers of a reporting verb's line say about it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CueUse {
    /// The particle it needs to report speech (`made clear`, `went on`).
    pub particle: Option<String>,
    /// It takes a reported clause with no `that`.
    pub bare: bool,
    /// It takes one only when the clause shows its finite verb (an
    /// auxiliary or modal within four words: `confirmed the plant would
    /// close`, never `confirmed the report`): its object is as often a noun.
    pub finite: bool,
    /// It takes an addressee before `that`.
    pub addressee: bool,
    /// Its past is written as its base (`read`, `put`): marked
    /// `=past-base` (a line that lists fewer forms is no sign of it: a
    /// user's line may leave forms out).
    pub past_is_base: bool,
}

/// The base form of every reporting verb that has markers → its markers.
fn cue_uses(file: &str, text: &str) -> Result<Table<CueUse>, RuleError> {
    let mut t = Table::default();
    for line in entry_lines(text) {
        let mut u = CueUse::default();
        for f in line.fields.iter().filter(|f| f.starts_with(['+', '='])) {
            match *f {
                "=bare" => u.bare = true,
                "=finite" => u.finite = true,
                "=addressee" => u.addressee = true,
                "=past-base" => u.past_is_base = true,
                p if p.len() > 1 && p.starts_with('+') => u.particle = Some(p[1..].to_lowercase()),
                other => {
                    return Err(RuleError {
                        file: file.to_string(),
                        line: line.number,
                        message: format!(
                            "unknown marker {other:?} (use +WORD, =bare, =finite, =addressee or =past-base)"
                        ),
                    })
                }
            }
        }
        if u != CueUse::default() {
            t.insert(line.fields[0].to_lowercase(), u);
        }
    }
    Ok(t)
}

/// Lines of `NAME | ALIAS | …` → a map from every name and alias (lower
/// case, without a leading `the`) to the first name.
pub fn alias_table(text: &str) -> Table<String> {
    let mut t = Table::default();
    for line in entry_lines(text) {
        let joined = line.fields.join(" ");
        let mut names = joined.split('|').map(str::trim).filter(|n| !n.is_empty());
        let Some(first) = names.next() else { continue };
        t.insert(outlet_key(first), first.to_string());
        for n in names {
            t.insert(outlet_key(n), first.to_string());
        }
    }
    t
}

/// The first word of every `|`-separated name, a leading `The` dropped.
fn first_words(text: &str) -> Table<u8> {
    let mut out = Table::default();
    for l in entry_lines(text) {
        let joined = l.fields.join(" ");
        for name in joined.split('|') {
            let mut words: Vec<&str> = name.split_whitespace().collect();
            if words.first() == Some(&"The") {
                words.remove(0);
            }
            if let Some(first) = words.first() {
                // (a name longer than the mask holds is never looked up)
                let bit = 1u8.checked_shl(words.len() as u32).unwrap_or(0);
                *out.entry(first.to_string()).or_default() |= bit;
            }
        }
    }
    out
}

/// The lookup key of an outlet name: lower case, no leading `the`, single
/// spaces.
pub fn outlet_key(name: &str) -> String {
    let l = name
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    l.strip_prefix("the ").map(str::to_string).unwrap_or(l)
}

impl Lexicon {
    /// The normalized name of an outlet, if the lexicon knows it.
    pub fn outlet(&self, name: &str) -> Option<&str> {
        // the key of a short ASCII name is built on the stack: every
        // capitalised run of words that could open an outlet's name is
        // looked up
        const SHORT: usize = 64;
        if name.is_ascii() && name.len() <= SHORT {
            let mut buf = [0u8; SHORT];
            let mut n = 0;
            for w in name.split_whitespace() {
                if n > 0 {
                    buf[n] = b' ';
                    n += 1;
                }
                for &c in w.as_bytes() {
                    buf[n] = c.to_ascii_lowercase();
                    n += 1;
                }
            }
            let key = std::str::from_utf8(&buf[..n]).ok()?;
            let key = key.strip_prefix("the ").unwrap_or(key);
            return self.outlets.get(key).map(String::as_str);
        }
        self.outlets.get(&outlet_key(name)).map(String::as_str)
    }
}

/// Lower-case key → value map helper used by several lists.
pub type Table<V> = HashMap<String, V, BuildHasherDefault<WordHasher>>;

/// A set of words with the fast word hasher.
pub type WordSet = HashSet<String, BuildHasherDefault<WordHasher>>;

/// A multiply-rotate hash over eight bytes at a time (the scheme of
/// rustc's FxHasher): the lexicon's keys are short words from our own data
/// files, so a simple hasher is safe here. SipHash, then byte-wise FNV, were
/// a large part of the cost of looking every word up.
#[derive(Default, Clone, Copy)]
pub struct WordHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl WordHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().expect("8 bytes")));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut last = [0u8; 8];
            last[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(last));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_data_parses() {
        let lx = Lexicon::builtin();
        assert!(lx.abbreviations.get("mr").is_some());
        assert!(lx.starters.contains("The"));
    }

    #[test]
    fn lemma_ids_name_base_forms_and_their_markers() {
        let lx = Lexicon::builtin();
        let say = lx.lemma_id("say");
        assert_ne!(say, 0);
        assert_eq!(lx.lemma_name(say), Some("say"));
        assert!(lx.lemma_use(say).is_some_and(|u| u.bare));
        let put = lx.lemma_id("put");
        assert_eq!(
            lx.lemma_use(put).and_then(|u| u.particle.as_deref()),
            Some("it")
        );
        assert_eq!(lx.lemma_id("walk"), 0);
        assert_eq!(lx.lemma_name(0), None);
        assert_eq!(lx.lemma_use(0), None);
        assert!(lx.cue_use("read").is_some_and(|u| u.past_is_base));
        assert!(lx.cue_use("say").is_some_and(|u| !u.past_is_base));
        // a line short of forms is no sign of a past like the base
        let t = cue_uses("t", "vow vows vowed\nset sets setting =past-base\n").unwrap();
        assert!(t.get("vow").is_none_or(|u| !u.past_is_base));
        assert!(t.get("set").is_some_and(|u| u.past_is_base));
    }

    #[test]
    fn outlet_starts_know_the_lengths_of_their_names() {
        let t =
            first_words("The New York Times | New York Times | NYT\nThe Times\nABC | ABC News\n");
        assert_eq!(t.get("New"), Some(&(1 << 3)));
        assert_eq!(t.get("Times"), Some(&(1 << 1)));
        assert_eq!(t.get("ABC"), Some(&(1 << 1 | 1 << 2)));
        assert_eq!(t.get("The"), None);
    }

    #[test]
    fn cue_markers_are_read_and_checked() {
        let lx = Lexicon::builtin();
        assert_eq!(
            lx.cue_use("make").and_then(|u| u.particle.as_deref()),
            Some("clear")
        );
        assert!(lx.cue_use("say").is_some_and(|u| u.bare && !u.addressee));
        assert!(lx.cue_use("tell").is_some_and(|u| u.addressee));
        assert_eq!(lx.cue_lemma("made"), Some("make"));
        assert!(!lx.cue_word("+clear") && !lx.cue_word("=bare"));
        let e = cue_uses("x.txt", "say says\nask asks =polite\n").unwrap_err();
        assert_eq!((e.file.as_str(), e.line), ("x.txt", 2));
    }

    #[test]
    fn comments_and_blanks_are_skipped() {
        let l = entry_lines("# c\n\nmr title # x\n");
        assert_eq!(l.len(), 1);
        assert_eq!(l[0].number, 3);
        assert_eq!(l[0].fields, vec!["mr", "title"]);
    }
}
