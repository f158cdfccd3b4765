//! Word classes: every list the attribution rules ask about, folded into
//! one table from a lower-case word to a set of class bits.
//!
//! The rules ask a dozen questions of nearly every word (is it a reporting
//! verb, a title, a determiner, …). Asked of strings, each question
//! lower-cased the word and hashed it or scanned a list again; that was
//! most of the attribution stage's time. Tokenization now looks each word
//! up once and the rules test bits.

use super::{Lexicon, Table};
use crate::chars::eight;

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
    /// A noun for an unnamed outlet (`outlet_nouns.txt`: `website`).
    pub const OUTLET_NOUN: Class = Class(1 << 19);
    /// Capitalised, the word is a sentence starter (`the` → `The`): a
    /// function word.
    pub const FUNCTION: Class = Class(1 << 20);
    /// A preposition ([`PREPOSITIONS`]).
    pub const PREPOSITION: Class = Class(1 << 21);
    /// A word that marks a woman (`genders.txt`: `Ms`, `Sarah`, `spokeswoman`).
    pub const FEMALE: Class = Class(1 << 22);
    /// A word that marks a man (`genders.txt`: `Mr`, `Tom`, `husband`).
    pub const MALE: Class = Class(1 << 23);

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

    pub fn without(self, c: Class) -> Class {
        Class(self.0 & !c.0)
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
/// Words that open a subordinate clause (`When asked …, Roe said`; `As it
/// was, he said, …`): what follows them up to a comma is an adverbial, not
/// a subject or a report of its own.
pub const SUBORDINATORS: &[&str] = &[
    "when", "if", "as", "after", "before", "while", "although", "though", "because", "since",
    "once", "unless", "until", "whether", "where",
];
/// Forms of `be` that make a passive or a copula before a verb
/// (`was told`, `is expected`).
pub const BE_FORMS: &[&str] = &["was", "is", "were", "are", "been"];

/// Words whose `’s` is `is` or `has`, not a possessive (`she’s said`).
pub const CONTRACTED: &[&str] = &[
    "he", "she", "it", "that", "who", "what", "there", "here", "where", "everyone", "nobody",
];

/// Verbs and adjectives that take an infinitive whose subject is their
/// own: `appeared to suggest`, `seems to say`, `were more likely to say`
/// report through it.
pub const RAISING: &[&str] = &[
    "appear",
    "appears",
    "appeared",
    "seem",
    "seems",
    "seemed",
    "continue",
    "continues",
    "continued",
    "tend",
    "tends",
    "tended",
    // (adjectives after a form of `be`: `voters were more likely to say`)
    "likely",
    "unlikely",
    "quick",
    "careful",
    "eager",
    "willing",
];

/// Words after a plural subject that show it is one (`both sides
/// appeared`, `experts said`).
pub const SUBJECT_NEXT: &[&str] = &[
    "are", "were", "have", "had", "will", "would", "could", "may", "might", "also", "appeared",
    "appear", "seem", "seemed", "agreed", "agree", "hope", "believe", "want", "fear", "expect",
];

/// Words that open an adverbial between a cue and its `that`.
pub const ADVERBIAL: &[&str] = &[
    "on",
    "in",
    "at",
    "during",
    "last",
    "this",
    "earlier",
    "later",
    "yesterday",
    "today",
    "repeatedly",
    "again",
    "also",
    "recently",
    "previously",
    "publicly",
    "privately",
    "then",
    "before",
    "after",
    "when",
    "while",
    "since",
    ",",
];

/// Verbs that open the rest of a relative clause after its reporting verb
/// (`which they said had been discussed`).
pub const RELATIVE_VERBS: &[&str] = &[
    "had", "has", "have", "was", "were", "is", "are", "would", "will", "could", "might", "may",
    "should", "can",
];

/// Pronouns that open a relative clause (`voters who were new`).
pub const RELATIVE_PRONOUNS: &[&str] = &["who", "which", "that", "whom", "whose"];

/// Prepositions, which open a phrase, never a reported clause.
pub const PREPOSITIONS: &[&str] = &[
    "like", "about", "with", "without", "for", "at", "in", "on", "to", "from", "by", "of", "into",
    "over", "under", "through", "during", "against", "toward", "towards", "via",
];

/// Words that open an adjunct of an attribution (`in a statement`, `on
/// Monday`, `without giving details`).
pub const ADJUNCT_OPENERS: &[&str] = &["in", "on", "at", "during", "without"];

/// Words after a contrast that may open a second report: `…, while the
/// Foreign Ministry released a statement indicating …`.
pub const CONTRASTS: &[&str] = &["while", "whereas", "but"];

pub const HONORIFICS: &[&str] = &["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr."];

/// Whom an attribution may name after its verb and still end there.
pub const ADDRESSEES: &[&str] = &["him", "her", "them", "me", "us", "reporters", "journalists"];

/// Subject pronouns (and `there`), which open a clause.
pub const PRONOUN_SUBJECTS: &[&str] =
    &["he", "she", "it", "they", "we", "i", "you", "there", "that"];

/// What something goes by, never the source of a report (`according to
/// plan`, `according to the rules`).
pub const NOT_SOURCES: &[&str] = &[
    "plan",
    "plans",
    "rule",
    "rules",
    "schedule",
    "timetable",
    "tradition",
    "custom",
    "law",
    "laws",
    "script",
    "protocol",
    "instructions",
    "design",
    "form",
    "type",
    "size",
    "age",
    "need",
    "needs",
    "which",
    "whom",
    "this",
    "that",
    "it",
    "them",
];

/// Words that may follow a reporting verb's particle and still close the
/// cue (`shot back at him`, `shot back with a laugh`, `made clear that`).
pub const PARTICLE_CLOSERS: &[&str] = &[
    "that", "to", "at", "with", "in", "after", "during", "when", "as", "before",
];

/// Conjunctions and adverbs that may open a clause before its subject
/// (`And then Trump went …`).
pub const LEADING_CONNECTIVES: &[&str] = &[
    "and", "but", "so", "then", "yet", "or", "also", "now", "still",
];

/// Articles and possessives, after which no word is a finite verb.
pub const ARTICLES: &[&str] = &[
    "a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those",
];

/// Words that open a time after an attribution (`said last week`, `said
/// earlier this month`).
/// (days, `today` and `yesterday` are the CALENDAR class, read apart)
pub const TIME_OPENERS: &[&str] = &["last", "this", "next", "earlier", "later"];

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
    // abbreviated months (`said Dec. 6 on CNN`); not `Jan`, a first name
    "feb.",
    "aug.",
    "sept.",
    "sep.",
    "oct.",
    "nov.",
    "dec.",
    "feb",
    "aug",
    "sept",
    "oct",
    "nov",
    "dec",
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
    "only",
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
    "now",
    "still",
    "already",
    "always",
    "usually",
    "initially",
    "originally",
    "subsequently",
    "ultimately",
    "eventually",
    "finally",
    "immediately",
    "quickly",
    "openly",
    "separately",
    "frequently",
    "consistently",
    "routinely",
    "regularly",
    "constantly",
    "increasingly",
    "specifically",
    "directly",
    "personally",
    "officially",
    "formally",
    "similarly",
    "likewise",
    "actually",
    "clearly",
    "bluntly",
    "candidly",
    "frankly",
    "falsely",
    "wrongly",
    "correctly",
    "rightly",
    "confidently",
    "proudly",
    "firmly",
    "strongly",
    "sharply",
    "angrily",
    "calmly",
    "quietly",
    "jokingly",
    "sarcastically",
    "briefly",
];

/// The table of every listed word's classes, from the lexicon's lists and
/// the closed classes above.
pub fn table(lx: &Lexicon) -> ClassTable {
    let mut t: Table<Class> = Table::default();
    let mut add = |word: &str, c: Class| {
        let e = t.entry(word.to_string()).or_default();
        *e = e.with(c);
    };
    let mut lemma_ids: Table<u16> = Table::default();
    for (w, lemma) in &lx.cue_verbs {
        add(w, Class::CUE);
        lemma_ids.insert(w.clone(), lx.lemma_id(lemma));
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
        (&lx.outlet_nouns, Class::OUTLET_NOUN),
    ];
    for (set, c) in sets {
        for w in set.iter().filter(|w| !w.contains(char::is_whitespace)) {
            add(w, c);
        }
    }
    for (w, g) in &lx.genders {
        add(
            w,
            match g {
                super::Gender::Female => Class::FEMALE,
                super::Gender::Male => Class::MALE,
            },
        );
    }
    for o in lx.outlet_starts.keys() {
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
        let lower = s.to_lowercase();
        if capitalized(&lower) == *s {
            add(&lower, Class::FUNCTION);
        }
        add(&lower, key);
    }
    let closed = [
        (DETERMINERS, Class::DETERMINER),
        (CONNECTORS, Class::CONNECTOR),
        (PRONOUNS, Class::PRONOUN),
        (AUX, Class::AUX),
        (CALENDAR, Class::CALENDAR),
        (super::MONTHS, Class::CALENDAR),
        (PREPOSITIONS, Class::PREPOSITION),
    ];
    for (list, c) in closed {
        for w in list.iter().filter(|w| **w != "may" || c != Class::CALENDAR) {
            add(w, c);
        }
    }
    ClassTable::new(&t, |w| lemma_ids.get(w).copied().unwrap_or(0))
}

/// `w` with its first character upper-cased.
pub fn capitalized(w: &str) -> String {
    let mut cs = w.chars();
    let mut out = String::with_capacity(w.len());
    if let Some(c) = cs.next() {
        out.extend(c.to_uppercase());
        out.push_str(cs.as_str());
    }
    out
}

/// An open-addressing table from lower-case words to their classes, looked
/// up without regard to ASCII case, so that a capitalised word needs no
/// lower-case copy. It is looked up once for every word of the text, so a
/// lookup is kept to a few instructions: the first eight bytes of a word,
/// lower-cased, are one integer to hash and compare, and only a longer word
/// compares the rest of its bytes.
///
/// Most words of a text are in no list, and such a word's probe would read
/// a slot from anywhere in the table, a cache miss each time. A byte of
/// the hash for every slot, kept apart (a few kilobytes, which stay in the
/// cache), answers most of them without reading a slot.
#[derive(Debug, Clone, Default)]
pub struct ClassTable {
    /// A power of two in size, at most a quarter full (a word in no list,
    /// most words of a text, then meets an empty slot within a probe or
    /// two: at half full, runs were longer and a run was 2-3% slower); 0
    /// marks an empty slot.
    tags: Vec<u8>,
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
    len: u32,
    /// Where the bytes after the eighth start in `tails`.
    tail: u32,
    class: Class,
    /// For a form of a reporting verb, its lemma id (see
    /// [`Lexicon::lemmas`]); else 0.
    lemma: u16,
}

/// The first eight bytes of `b`, ASCII-lower-cased, little-endian,
/// zero-padded.
///
/// Built from at most two overlapping loads and lower-cased eight bytes at
/// a time: a byte loop here was half the cost of a lookup, and a lookup is
/// made for every word of the text.
fn head(b: &[u8]) -> u64 {
    let n = b.len();
    let x = if n >= 8 {
        u64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]])
    } else if n >= 4 {
        let lo = u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
        let hi = u32::from_le_bytes([b[n - 4], b[n - 3], b[n - 2], b[n - 1]]);
        // (the loads overlap on equal bytes, so OR joins them)
        u64::from(lo) | (u64::from(hi) << (8 * (n - 4)))
    } else if n >= 2 {
        let lo = u16::from_le_bytes([b[0], b[1]]);
        let hi = u16::from_le_bytes([b[n - 2], b[n - 1]]);
        u64::from(lo) | (u64::from(hi) << (8 * (n - 2)))
    } else {
        b.first().map_or(0, |&c| u64::from(c))
    };
    ascii_lower(x)
}

/// Every byte of `x` from `A` to `Z` lower-cased; other bytes, non-ASCII
/// ones included, unchanged.
fn ascii_lower(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let low7 = x & !HIGH;
    // a byte's high bit is set when its low seven bits are ≥ `A`, and
    // (second sum) when they are > `Z`; no sum carries into the next byte
    let ge_a = low7 + ONES * (0x80 - u64::from(b'A'));
    let gt_z = low7 + ONES * (0x80 - u64::from(b'Z') - 1);
    let upper = ge_a & !gt_z & !x & HIGH;
    x | (upper >> 2)
}

impl ClassTable {
    fn new(words: &Table<Class>, lemma_of: impl Fn(&str) -> u16) -> ClassTable {
        let size = (words.len() * 4).next_power_of_two().max(16);
        let mut t = ClassTable {
            tags: vec![0; size],
            slots: vec![Slot::default(); size],
            bits: size.trailing_zeros(),
            tails: Vec::new(),
        };
        for (w, &class) in words.iter().filter(|(w, _)| !w.is_empty()) {
            let b = w.as_bytes();
            let h = head(b);
            let (mut i, tag) = t.index(h, b.len());
            while t.tags[i] != 0 {
                i = (i + 1) & (size - 1);
            }
            t.tags[i] = tag;
            t.slots[i] = Slot {
                head: h,
                len: b.len() as u32,
                tail: t.tails.len() as u32,
                class,
                lemma: lemma_of(w),
            };
            t.tails.extend_from_slice(b.get(8..).unwrap_or_default());
        }
        t
    }

    /// The slot a key's probe starts at, and its tag (never 0).
    fn index(&self, head: u64, len: usize) -> (usize, u8) {
        let x = (head ^ len as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        ((x >> (64 - self.bits)) as usize, (x >> 8) as u8 | 1)
    }

    /// The classes of a word whose non-ASCII characters are lower case
    /// already.
    pub fn get(&self, word: &[u8]) -> Class {
        self.find(word, head(word)).0
    }

    /// [`ClassTable::get`] for the word `buf[start..end]`: its key is one
    /// load from the buffer, masked to the word's length, when eight bytes
    /// stand from `start` (with no branch on the length, which varies from
    /// word to word too much to predict).
    /// With the word's lemma id.
    #[inline]
    pub fn get_at(&self, buf: &[u8], start: usize, end: usize) -> (Class, u16) {
        let word = &buf[start..end];
        match eight::at(buf, start) {
            Some(x) => {
                let keep = if word.len() >= 8 {
                    u64::MAX
                } else {
                    (1u64 << (8 * word.len())) - 1
                };
                self.find(word, ascii_lower(x & keep))
            }
            None => self.find(word, head(word)),
        }
    }

    /// The classes and lemma id of `word`, whose key is `h`.
    #[inline]
    fn find(&self, word: &[u8], h: u64) -> (Class, u16) {
        if self.tags.is_empty() || word.is_empty() {
            return (Class::NONE, 0);
        }
        let mask = self.tags.len() - 1;
        let (mut i, tag) = self.index(h, word.len());
        loop {
            match self.tags[i] {
                0 => return (Class::NONE, 0),
                t if t == tag => {
                    let s = &self.slots[i];
                    if s.head == h && s.len as usize == word.len() {
                        let rest = s.len.saturating_sub(8) as usize;
                        let tail = &self.tails[s.tail as usize..s.tail as usize + rest];
                        if word.len() <= 8 || tail.eq_ignore_ascii_case(&word[8..]) {
                            return (s.class, s.lemma);
                        }
                    }
                }
                _ => {}
            }
            i = (i + 1) & mask;
        }
    }
}

impl Lexicon {
    /// The classes of a word as written.
    pub fn word_classes(&self, word: &str) -> Class {
        self.classes_at(word, 0, word.len(), word.is_ascii()).0
    }

    /// [`Lexicon::word_classes`] for the word `buf[start..end]`, which the
    /// caller (the tokenizer) knows to be ASCII or not, sparing a scan of
    /// it.
    #[inline]
    /// With the word's lemma id.
    pub(crate) fn classes_at(
        &self,
        buf: &str,
        start: usize,
        end: usize,
        ascii: bool,
    ) -> (Class, u16) {
        let word = &buf[start..end];
        let b = word.as_bytes();
        let ((mut c, lemma), cap) = if ascii {
            // (compared without regard to ASCII case: no copy)
            let cap = b.first().is_some_and(u8::is_ascii_uppercase);
            (self.classes.get_at(buf.as_bytes(), start, end), cap)
        } else {
            let cap = word.chars().next().is_some_and(char::is_uppercase);
            // (`Trump’s`: the table's ASCII case folding is lower-casing
            // enough, with no copy)
            if crate::chars::folds_as_ascii(word) {
                (self.classes.find(b, head(b)), cap)
            } else {
                let l = word.to_lowercase();
                (self.classes.find(l.as_bytes(), head(l.as_bytes())), cap)
            }
        };
        // an adverb in `-ly` may stand between a speaker and its verb
        // (`Putin reportedly said`); in capitals it is a name (`said Kelly`)
        if !c.any(Class::AUX) && !cap && b.len() > 4 && b[b.len() - 2..].eq_ignore_ascii_case(b"ly")
        {
            c = c.with(Class::AUX);
        }
        if cap {
            c = c.with(Class::CAP);
        }
        // (`the` lower-cases a starter, `The`: only a capitalised word needs
        // the second lookup)
        let key = if cap {
            Class::STARTER_KEY.with(Class::STARTER_ANY_KEY)
        } else {
            Class::STARTER_ANY_KEY
        };
        if c.any(key) {
            // a capitalised ASCII word with no other capital is a starter
            // exactly when its lower case is a starter's (FUNCTION): no
            // lookup of the word as written
            let plain = cap && ascii && !b[1..].iter().any(u8::is_ascii_uppercase);
            let starter = if plain && !c.any(Class::STARTER_ANY_KEY) {
                c.any(Class::FUNCTION)
            } else {
                self.starters.contains(word)
            };
            if starter {
                c = c.with(Class::STARTER);
            }
        }
        (c, lemma)
    }
}

/// Reporting verbs (base forms) whose object is a clause far more often
/// than a noun phrase: after them a determiner opens the clause's subject
/// (`said the plan failed`), where after others (`noted the gap`,
/// `claimed the prize`) it needs a verb in sight. (`insist`, `argue`,
/// `predict`, `contend` and `assert` were tried here: fewer claims right
/// on both corpora.)
pub const CLAUSE_VERBS: &[&str] = &["say", "tell", "add", "write"];

/// Reporting verbs (base forms) that news puts before their subject after
/// a reported clause (`…, said the mayor`, `…, added Roe`, `…, writes
/// the author`).
pub const INVERTING: &[&str] = &[
    "say",
    "add",
    "ask",
    "write",
    "note",
    "explain",
    "continue",
    "insist",
    "argue",
    "warn",
    "recall",
    "observe",
    "declare",
    "reply",
    "respond",
    "report",
    "conclude",
    "concede",
    "acknowledge",
    "admit",
    "complain",
    "predict",
    "suggest",
    "state",
    "stress",
    "announce",
    "claim",
    "maintain",
    "quip",
    "remark",
    "counter",
    "retort",
    "agree",
    "confirm",
    "tell",
];

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
        // curly apostrophes and dashes have no case: the same classes as
        // the lower-cased word
        for w in ["Reuters’s", "REUTERS’S", "reuters’s", "Bloomberg’s"] {
            let lower = lx.classes.get(w.to_lowercase().as_bytes());
            assert!(c(w).any(Class::OUTLET_START), "{w}");
            assert_eq!(
                c(w).any(Class::OUTLET_START),
                lower.any(Class::OUTLET_START)
            );
        }
        assert!(c("Président").any(Class::CAP));
    }

    #[test]
    fn starters_as_written_and_function_words() {
        let mut lx = Lexicon::builtin();
        for added in ["McX", "foo", "Émile"] {
            lx.starters.insert(added.to_string());
        }
        lx.derive();
        let words = [
            "The", "THE", "the", "tHe", "McX", "Mcx", "MCX", "mcx", "foo", "Foo", "He", "I", "i",
            "Émile", "émile", "ÉMILE", "Said",
        ];
        for w in words {
            let c = lx.word_classes(w);
            assert_eq!(c.any(Class::STARTER), lx.starters.contains(w), "{w}");
            let function = lx.starters.contains(&capitalized(&w.to_lowercase()));
            assert_eq!(c.any(Class::FUNCTION), function, "{w}");
        }
    }

    #[test]
    fn head_lower_cases_ascii_and_pads_with_zeros() {
        let naive = |b: &[u8]| {
            let mut x = 0u64;
            for (k, &c) in b.iter().take(8).enumerate() {
                x |= u64::from(c.to_ascii_lowercase()) << (8 * k);
            }
            x
        };
        let words: [&[u8]; 10] = [
            b"",
            b"A",
            b"Zz",
            b"@[`{",
            b"SaiD",
            b"Minister",
            b"MINISTERIAL",
            "Ünî".as_bytes(),
            "PRÉSIDENT".as_bytes(),
            &[0x7f, 0xc1, 0xda, 0x40, 0x5b],
        ];
        for w in words {
            assert_eq!(head(w), naive(w), "{w:?}");
        }
        for c in 0..=255u8 {
            assert_eq!(head(&[c]), naive(&[c]), "{c}");
        }
    }

    #[test]
    fn a_word_looked_up_in_place_is_looked_up_alone() {
        let lx = Lexicon::builtin();
        let buf = "The Spokeswoman SAID: officials, reportedly and a said";
        for start in 0..buf.len() {
            for end in start + 1..=buf.len() {
                let w = &buf.as_bytes()[start..end];
                assert_eq!(
                    lx.classes.get_at(buf.as_bytes(), start, end),
                    lx.classes.find(w, head(w))
                );
            }
        }
        assert!(lx.classes.get_at(buf.as_bytes(), 4, 15).0.any(Class::TITLE));
        let (said, lemma) = lx.classes.get_at(buf.as_bytes(), 16, 20);
        assert!(said.any(Class::CUE));
        assert_eq!(lx.lemma_name(lemma), Some("say"));
    }

    #[test]
    fn long_and_non_ascii_keys_are_found_whole() {
        let mut words: Table<Class> = Table::default();
        words.insert("spokeswoman".into(), Class::TITLE);
        words.insert("président".into(), Class::TITLE);
        words.insert("spokes".into(), Class::ORG);
        let t = ClassTable::new(&words, |_| 0);
        assert_eq!(t.get(b"SpokesWoman"), Class::TITLE);
        assert_eq!(t.get(b"spokeswomen"), Class::NONE);
        assert_eq!(t.get(b"spokes"), Class::ORG);
        assert_eq!(t.get("président".as_bytes()), Class::TITLE);
        assert_eq!(t.get(b"spokeswoman2"), Class::NONE);
        assert_eq!(t.get(b""), Class::NONE);
    }
}
