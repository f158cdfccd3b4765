//! Word classes: every list the attribution rules ask about, folded into
//! one table from a lower-case word to a set of class bits.
//!
//! The rules ask a dozen questions of nearly every word (is it a reporting
//! verb, a title, a determiner, …). Asked of strings, each question
//! lower-cased the word and hashed it or scanned a list again; that was
//! most of the attribution stage's time. Tokenization now looks each word
//! up once and the rules test bits.

use super::{Lexicon, Table};

/// A set of word classes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Class(u32);

impl Class {
    pub const NONE: Class = Class(0);
    /// A form of a reporting verb (`cue_verbs.txt`).
    pub const CUE: Class = Class(1);
    pub const TITLE: Class = Class(1 << 1);
    pub const ORG: Class = Class(1 << 2);
    pub const GROUP: Class = Class(1 << 3);
    pub const ANONYMOUS: Class = Class(1 << 4);
    pub const DEMONYM: Class = Class(1 << 5);
    pub const CARRIER: Class = Class(1 << 6);
    pub const CONTENT_NOUN: Class = Class(1 << 7);
    pub const CUE_NOUN: Class = Class(1 << 8);
    pub const DETERMINER: Class = Class(1 << 9);
    pub const CONNECTOR: Class = Class(1 << 10);
    pub const PRONOUN: Class = Class(1 << 11);
    /// An auxiliary or adverb that may stand between a subject and its
    /// verb ([`AUX`], or a word of five letters or more ending in `-ly`).
    pub const AUX: Class = Class(1 << 12);
    /// A weekday, month or `today`-like word (`May` excepted).
    pub const CALENDAR: Class = Class(1 << 13);
    /// A capitalised sentence starter lower-cases to this word;
    /// [`Class::STARTER`] is then decided on the word as written, when it is
    /// capitalised too.
    const STARTER_KEY: Class = Class(1 << 14);
    /// The same for a starter that is not capitalised (a rules file may
    /// add one), decided whatever the case of the word.
    const STARTER_ANY_KEY: Class = Class(1 << 17);
    /// The word as written is a sentence starter (case-sensitive list).
    pub const STARTER: Class = Class(1 << 15);
    /// The word's first character is upper case.
    pub const CAP: Class = Class(1 << 16);
    /// Lower-cased, the word (or the word with `’s` or `'s` after it) is
    /// the first word of an outlet's name or alias; whether it is, as
    /// written, is for the outlet table to say.
    pub const OUTLET_START: Class = Class(1 << 18);

    /// Heads and modifiers of a speaker phrase: titles, organisations,
    /// groups and anonymous modifiers.
    pub const NOUN: Class = Class(Self::TITLE.0 | Self::ORG.0 | Self::GROUP.0 | Self::ANONYMOUS.0);
    /// Head nouns of a speaker (the lexicon's `heads`).
    pub const HEAD: Class = Class(Self::TITLE.0 | Self::ORG.0 | Self::GROUP.0);

    /// Whether any class of `c` is in the set.
    pub fn any(self, c: Class) -> bool {
        self.0 & c.0 != 0
    }

    pub fn with(self, c: Class) -> Class {
        Class(self.0 | c.0)
    }
}

pub const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "this", "these", "those", "one",
    "another", "two", "three", "several", "many", "some", "other", "both", "most",
];
/// Words that join the parts of a name or title (`head of`, `bin Laden`).
pub const CONNECTORS: &[&str] = &[
    "of", "for", "at", "to", "de", "van", "von", "der", "bin", "al", "la", "le", "da", "du", "and",
];
pub const PRONOUNS: &[&str] = &["he", "she", "they", "we", "i", "it"];
/// Capitalised words that name a time, never a speaker (`On Monday,`).
pub const CALENDAR: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "tonight",
];

/// Words that may stand between a speaker and its verb.
pub const AUX: &[&str] = &[
    "was",
    "is",
    "were",
    "are",
    "has",
    "have",
    "had",
    "will",
    "would",
    "also",
    "later",
    "then",
    "reportedly",
    "repeatedly",
    "once",
    "again",
    "simply",
    "recently",
    "been",
    "did",
    "does",
    "do",
    "could",
    "may",
    "might",
    "should",
    "can",
    "just",
    "further",
    "previously",
    "earlier",
    "herself",
    "himself",
    "themselves",
    "itself",
    "not",
    "never",
    "often",
    "publicly",
    "privately",
    "flatly",
    "explicitly",
    "even",
    "apparently",
];

/// The table of every listed word's classes, from the lexicon's lists and
/// the closed classes above.
pub fn table(lx: &Lexicon) -> ClassTable {
    let mut t: Table<Class> = Table::default();
    let mut add = |word: &str, c: Class| {
        let e = t.entry(word.to_string()).or_default();
        *e = e.with(c);
    };
    for w in lx.cue_verbs.keys() {
        add(w, Class::CUE);
    }
    let sets = [
        (&lx.titles, Class::TITLE),
        (&lx.orgs, Class::ORG),
        (&lx.groups, Class::GROUP),
        (&lx.anonymous, Class::ANONYMOUS),
        (&lx.demonyms, Class::DEMONYM),
        (&lx.carriers, Class::CARRIER),
        (&lx.content_nouns, Class::CONTENT_NOUN),
        (&lx.cue_nouns, Class::CUE_NOUN),
    ];
    for (set, c) in sets {
        for w in set.iter().filter(|w| !w.contains(char::is_whitespace)) {
            add(w, c);
        }
    }
    for o in &lx.outlet_starts {
        let o = o.to_lowercase();
        for possessive in ["", "’s", "'s"] {
            add(&format!("{o}{possessive}"), Class::OUTLET_START);
        }
    }
    for s in &lx.starters {
        let key = if s.chars().next().is_some_and(char::is_uppercase) {
            Class::STARTER_KEY
        } else {
            Class::STARTER_ANY_KEY
        };
        add(&s.to_lowercase(), key);
    }
    let closed = [
        (DETERMINERS, Class::DETERMINER),
        (CONNECTORS, Class::CONNECTOR),
        (PRONOUNS, Class::PRONOUN),
        (AUX, Class::AUX),
        (CALENDAR, Class::CALENDAR),
        (super::MONTHS, Class::CALENDAR),
    ];
    for (list, c) in closed {
        for w in list.iter().filter(|w| **w != "may" || c != Class::CALENDAR) {
            add(w, c);
        }
    }
    ClassTable::new(&t)
}

/// An open-addressing table from lower-case words to their classes, looked
/// up without regard to ASCII case, so that a capitalised word needs no
/// lower-case copy. It is looked up once for every word of the text, so a
/// lookup is kept to a few instructions: the first eight bytes of a word,
/// lower-cased, are one integer to hash and compare, and only a longer word
/// compares the rest of its bytes.
#[derive(Debug, Clone, Default)]
pub struct ClassTable {
    /// A power of two in size, at most half full.
    slots: Vec<Slot>,
    /// log2 of the size.
    bits: u32,
    /// The bytes after the eighth of every key longer than eight.
    tails: Vec<u8>,
}

#[derive(Debug, Clone, Copy, Default)]
struct Slot {
    /// The first eight bytes, little-endian, zero-padded.
    head: u64,
    /// 0: empty.
    len: u32,
    /// Where the bytes after the eighth start in `tails`.
    tail: u32,
    class: Class,
}

/// The first eight bytes of `b`, ASCII-lower-cased, little-endian.
fn head(b: &[u8]) -> u64 {
    let mut x = 0u64;
    for (k, &c) in b.iter().take(8).enumerate() {
        x |= u64::from(c.to_ascii_lowercase()) << (8 * k);
    }
    x
}

impl ClassTable {
    fn new(words: &Table<Class>) -> ClassTable {
        let size = (words.len() * 2).next_power_of_two().max(16);
        let mut t = ClassTable {
            slots: vec![Slot::default(); size],
            bits: size.trailing_zeros(),
            tails: Vec::new(),
        };
        for (w, &class) in words.iter().filter(|(w, _)| !w.is_empty()) {
            let b = w.as_bytes();
            let h = head(b);
            let mut i = t.index(h, b.len());
            while t.slots[i].len != 0 {
                i = (i + 1) & (size - 1);
            }
            t.slots[i] = Slot {
                head: h,
                len: b.len() as u32,
                tail: t.tails.len() as u32,
                class,
            };
            t.tails.extend_from_slice(b.get(8..).unwrap_or_default());
        }
        t
    }

    fn index(&self, head: u64, len: usize) -> usize {
        ((head ^ len as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - self.bits)) as usize
    }

    /// The classes of a word whose non-ASCII characters are lower case
    /// already.
    pub fn get(&self, word: &[u8]) -> Class {
        if self.slots.is_empty() || word.is_empty() {
            return Class::NONE;
        }
        let mask = self.slots.len() - 1;
        let h = head(word);
        let mut i = self.index(h, word.len());
        loop {
            let s = &self.slots[i];
            if s.len == 0 {
                return Class::NONE;
            }
            if s.head == h && s.len as usize == word.len() {
                let rest = s.len.saturating_sub(8) as usize;
                let tail = &self.tails[s.tail as usize..s.tail as usize + rest];
                if word.len() <= 8 || tail.eq_ignore_ascii_case(&word[8..]) {
                    return s.class;
                }
            }
            i = (i + 1) & mask;
        }
    }
}

impl Lexicon {
    /// The classes of a word as written.
    pub fn word_classes(&self, word: &str) -> Class {
        let mut c = if word.is_ascii() {
            // (compared without regard to ASCII case: no copy)
            self.classes.get(word.as_bytes())
        } else {
            self.classes.get(word.to_lowercase().as_bytes())
        };
        let b = word.as_bytes();
        if !c.any(Class::AUX) && b.len() > 4 && b[b.len() - 2..].eq_ignore_ascii_case(b"ly") {
            c = c.with(Class::AUX);
        }
        // (`the` lower-cases a starter, `The`: only a capitalised word needs
        // the second lookup)
        let cap = word.chars().next().is_some_and(char::is_uppercase);
        if cap {
            c = c.with(Class::CAP);
        }
        let key = if cap {
            Class::STARTER_KEY.with(Class::STARTER_ANY_KEY)
        } else {
            Class::STARTER_ANY_KEY
        };
        if c.any(key) && self.starters.contains(word) {
            c = c.with(Class::STARTER);
        }
        c
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_lookup_answers_every_list() {
        let lx = Lexicon::builtin();
        let c = |w: &str| lx.word_classes(w);
        assert!(c("said").any(Class::CUE) && c("SAID").any(Class::CUE));
        assert!(c("Minister").any(Class::TITLE) && c("Minister").any(Class::CAP));
        assert!(c("The").any(Class::STARTER) && c("The").any(Class::DETERMINER));
        assert!(!c("the").any(Class::STARTER));
        assert!(c("officials").any(Class::HEAD) && c("senior").any(Class::NOUN));
        assert!(c("reportedly").any(Class::AUX) && c("quietly").any(Class::AUX));
        assert!(!c("fly").any(Class::AUX));
        assert!(c("Monday").any(Class::CALENDAR) && !c("May").any(Class::CALENDAR));
        assert_eq!(c("Ivanov"), Class::CAP);
    }

    #[test]
    fn long_and_non_ascii_keys_are_found_whole() {
        let mut words: Table<Class> = Table::default();
        words.insert("spokeswoman".into(), Class::TITLE);
        words.insert("président".into(), Class::TITLE);
        words.insert("spokes".into(), Class::ORG);
        let t = ClassTable::new(&words);
        assert_eq!(t.get(b"SpokesWoman"), Class::TITLE);
        assert_eq!(t.get(b"spokeswomen"), Class::NONE);
        assert_eq!(t.get(b"spokes"), Class::ORG);
        assert_eq!(t.get("président".as_bytes()), Class::TITLE);
        assert_eq!(t.get(b"spokeswoman2"), Class::NONE);
        assert_eq!(t.get(b""), Class::NONE);
    }
}
