//! The `attrib` command line: argument parsing, reading inputs, writing
//! outputs. All the work is done by the library.

use attrib::document::Headline;
use attrib::input;
use attrib::input::jsonl::Fields;
use attrib::lexicon::rules::LISTS;
use attrib::lexicon::Sources;
use attrib::output::audit::{Audit, Gate, Report};
use attrib::output::visible::visible;
use attrib::pipeline::Format;
use attrib::{segment, Extractor, Lexicon};
use clap::{Parser, Subcommand, ValueEnum};
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// A faster allocator for the many small, short-lived strings and vectors
/// of rule evaluation (glibc malloc and free were 9% of all instructions),
/// set up by [`allocator::tune`].
#[global_allocator]
static GLOBAL: allocator::MiMalloc = allocator::MiMalloc;

/// A line on standard error, best effort: a closed or full standard error
/// must neither stop the run nor lose the output of the inputs after a
/// message (`eprintln!` panics then). A message quotes file names, ids
/// and text: its controls are shown [`visible`](attrib::output::visible),
/// so a newline or ESC in them cannot forge a line or drive the terminal.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let line = format!($($arg)*);
        let _ = writeln!(std::io::stderr(), "{}", attrib::output::visible::visible(&line));
    }};
}

mod allocator;
mod cli;
mod progress;

/// Find quotations and reported claims in news articles, with their speakers
/// and the news agencies they were sourced from.
///
/// attrib reads English news articles: plain text (UTF-8; paragraphs
/// separated by blank lines, or one paragraph a line) or JSONL datasets,
/// either of them gzip-compressed. An optional first line
/// `Publication: NAME Volume: N Issue: N` and a headline are read as
/// metadata (see `--headline`).
#[derive(Parser)]
#[command(
    name = "attrib",
    version,
    about,
    long_about,
    after_help = "Exit codes:\n  0 success\n  1 a gate failed: audit --fail-on, eval --baseline, rules check\n  2 bad usage, or an input that could not be read (every other input is still processed and written)"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// A rules file that extends or replaces entries of the built-in rule
    /// lists (repeatable; applied in order). Format: `[LIST]` headers,
    /// then entries in that list's format; `-KEY` removes an entry. See
    /// `attrib rules list`.
    #[arg(long, global = true, value_name = "FILE")]
    rules: Vec<PathBuf>,
    /// Replace invalid UTF-8 in the input with U+FFFD and go on, instead
    /// of rejecting the file (or JSONL line) with the offset of the first
    /// bad byte. Output offsets are then offsets into the replaced text.
    #[arg(long, global = true)]
    lossy: bool,
    /// Skip bad inputs (unreadable files, bad JSONL lines): each is still
    /// named on stderr, a summary counts them, and the run exits 0.
    #[arg(long, global = true)]
    skip_bad: bool,
    /// Threads for extraction [default: the number of cores]. Output
    /// order is the input order whatever the number.
    #[arg(long, global = true, value_name = "N")]
    jobs: Option<usize>,
}

#[derive(Subcommand)]
enum Command {
    /// The rule lists: reporting verbs, titles, organisations, groups,
    /// anonymous-source words, outlets, abbreviations and more.
    #[command(
        after_help = "Examples:\n  attrib rules list\n  attrib rules show cue_verbs\n  attrib --rules ours.rules rules show outlets"
    )]
    Rules {
        #[command(subcommand)]
        action: RulesAction,
    },
    /// Find every quotation with its speaker, cue, kind and the rule that found it.
    ///
    /// Each quotation gets a kind (direct, partial, scare), its speaker (a
    /// named person with role, a pronoun resolved to a person, an
    /// organization, a group or an anonymous source), the reporting cue, the
    /// rule id that made the pairing, and byte and code-point offsets for
    /// every span.
    #[command(
        after_help = "Examples:\n  attrib extract corpus/\n  attrib extract --format jsonl corpus/ > quotes.jsonl\n  attrib extract --format csv --title-field title articles.jsonl.gz > quotes.csv\n  echo '\"We are ready,\" Lavrov said.' | attrib extract --format json"
    )]
    Extract {
        /// Output format [default: table when standard output is a
        /// terminal, jsonl otherwise].
        #[arg(long, value_enum)]
        format: Option<ExtractFormat>,
        /// Year of the articles, for ISO dates of citation entries
        /// (`November 6` → `2001-11-06`).
        #[arg(long)]
        year: Option<i32>,
        /// Quotations only: skip reported claims (indirect speech), which
        /// are found by default as records of kind `claim`.
        #[arg(long)]
        no_claims: bool,
        #[command(flatten)]
        input: InputArgs,
        /// CSV: the `meta` fields that get a column each (`meta.KEY`),
        /// comma-separated [default: the fields of the first document];
        /// any other field goes to the last column, `meta`, as JSON.
        #[arg(long, value_delimiter = ',', value_name = "KEYS")]
        meta_columns: Option<Vec<String>>,
        /// CSV: write every cell exactly as the input has it. Without it,
        /// a cell that a spreadsheet would run as a formula (it starts
        /// with `=`, `+`, `-`, `@`, a tab or a carriage return, and is no
        /// plain number) gets a `'` in front.
        #[arg(long)]
        csv_raw: bool,
    },
    /// Audit the sourcing: cited and uncited quotations and claims (scare
    /// quotes counted apart), citation entries per outlet and statements
    /// citing each outlet, malformed entries, unknown outlets,
    /// cross-references and the statements by speaker.
    ///
    /// Exit status: 0 when every `--fail-on` condition is clear, 1 when one
    /// holds (a gate for a newsroom or a dataset build), 2 on bad input.
    #[command(
        after_help = "Examples:\n  attrib audit corpus/\n  attrib audit --format json corpus/ > audit.json\n  attrib audit --fail-on malformed,unknown-outlet corpus/\n  attrib audit --input-format jsonl < articles.jsonl"
    )]
    Audit {
        /// `text`: a report for people; `json`: one object for tools.
        #[arg(long, value_enum, default_value_t = AuditFormat::Text)]
        format: AuditFormat,
        /// Exit 1 when any of these holds over all documents.
        #[arg(long, value_enum, value_delimiter = ',')]
        fail_on: Vec<FailOn>,
        #[command(flatten)]
        input: InputArgs,
    },
    /// Score attrib against a gold file: precision, recall and F1 of
    /// quotations (exact span and overlap), speakers, claims and citations,
    /// each rule's precision, and every miss, false positive and wrong
    /// speaker with file:line.
    ///
    /// The gold file has one record a line in attrib's own JSONL record
    /// format (doc, kind, char_start, char_end, speaker.name,
    /// citations[].outlet count); see the README.
    ///
    /// Exit status: 0 scored, 1 an F1 fell below the `--baseline` by more
    /// than the tolerance, 2 bad input.
    #[command(
        after_help = "Examples:\n  attrib eval --gold corpus/gold.jsonl corpus/\n  attrib eval --gold corpus/gold.jsonl --format json corpus/ > report.json\n  attrib eval --gold corpus/gold.jsonl --baseline report.json corpus/"
    )]
    Eval {
        /// The gold records (JSONL in attrib's record format).
        #[arg(long)]
        gold: PathBuf,
        /// `text`: a report for people; `json`: the report for tools, and
        /// the format of `--baseline`.
        #[arg(long, value_enum, default_value_t = AuditFormat::Text)]
        format: AuditFormat,
        /// A saved `--format json` report: exit 1 when any F1 is lower now
        /// by more than `--tolerance`.
        #[arg(long)]
        baseline: Option<PathBuf>,
        /// How far an F1 may fall below the baseline (a finite number, 0
        /// or more).
        #[arg(long, default_value_t = 0.005, value_parser = tolerance)]
        tolerance: f64,
        #[command(flatten)]
        input: InputArgs,
    },
    /// Split articles into sentences, one a line.
    ///
    /// Paragraphs are separated by blank lines (or, in a text with no blank
    /// line, each line is a paragraph); no sentence crosses a paragraph.
    /// Abbreviations (Mr., Dec., U.S.), initials (George W. Bush), numbers,
    /// ellipses, quotations and citation parentheses after a full stop are
    /// handled.
    #[command(
        after_help = "Examples:\n  attrib segment corpus/\n  echo 'Mr. Smith left. He was tired.' | attrib segment\n  attrib segment --format json article.txt"
    )]
    Segment {
        /// `text`: one sentence a line, a blank line between documents.
        /// `json`: one JSON object a document, one a line, with each
        /// sentence's byte and code-point offsets and its paragraph and
        /// sentence index.
        #[arg(long, value_enum, default_value_t = SegmentFormat::Text)]
        format: SegmentFormat,
        #[command(flatten)]
        input: InputArgs,
    },
    /// Serve extraction over HTTP, for systems that call extractors as
    /// services.
    ///
    /// Routes: `POST /extract` (a JSON object `{"id", "text", …}`, an
    /// array of them, or JSONL with `Content-Type: application/x-ndjson`;
    /// the answer is what `extract --format json` writes for each, in the
    /// same shape), `POST /audit` (the same bodies; `audit --format json`
    /// of them), `GET /rules`, `GET /healthz`, and `GET /` (a page to
    /// paste an article into, shown by `POST /page` as `--format html`
    /// shows it). Errors are `{"error": "..."}` with a 4xx or 5xx status.
    /// `--rules`, `--jobs` (extractions at once) and `--lossy` apply.
    /// SIGINT or SIGTERM stops accepting, finishes the requests in flight
    /// and exits 0.
    #[command(
        after_help = "Examples:\n  attrib serve\n  attrib serve --addr 0.0.0.0:8080 --jobs 4 --rules ours.rules\n  curl -s localhost:8080/extract -d '{\"id\": \"a1\", \"text\": \"\\\"We are ready,\\\" Lavrov said.\"}'\n  curl -s localhost:8080/extract -H 'Content-Type: application/x-ndjson' --data-binary @articles.jsonl"
    )]
    Serve {
        /// The address to listen on; port 0 takes a free one. The address
        /// bound is printed on stderr: `attrib serve: listening on
        /// http://ADDR`.
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: String,
        /// The largest request body, in bytes; a larger one is refused
        /// with 413.
        #[arg(long, default_value_t = 8 << 20, value_name = "BYTES")]
        max_body: usize,
        /// Seconds a client has to send a request's headers, and then its
        /// body; a slower one is cut off (408 for a body).
        #[arg(long, default_value_t = 10, value_name = "SECS",
              value_parser = clap::value_parser!(u64).range(1..=3600))]
        timeout: u64,
    },
}

#[derive(Subcommand)]
enum RulesAction {
    /// Every list with its number of entries and what it is for.
    List,
    /// The entries of one list, one a line (with `--rules` applied).
    Show {
        /// The list's name, as `attrib rules list` prints it.
        name: String,
    },
    /// Run every example sentence on a rule entry (`#> SENTENCE =>
    /// EXPECTATIONS`, built in and in `--rules` files) and report those
    /// whose extraction differs. Exit 1 when one does.
    Check,
}

/// How every subcommand that reads articles reads them.
#[derive(clap::Args)]
struct InputArgs {
    /// Files, directories (every input file inside, recursively, in
    /// sorted order) or `-` for standard input. No path reads standard
    /// input.
    paths: Vec<PathBuf>,
    /// `text`: each file is one article. `jsonl`: one article a line, a
    /// JSON object with an id and a text field; its other fields are
    /// carried to the output as `meta`; read as a stream, a line at a
    /// time. Without it, `*.jsonl` (and `*.jsonl.gz`) files are JSONL and
    /// others text; a directory gives its `*.txt` files, or its `*.jsonl`
    /// files when it has no `*.txt`. Gzip input is read in either format.
    #[arg(long, value_enum)]
    input_format: Option<InputFormat>,
    /// The id field of JSONL input lines.
    #[arg(long, default_value = "id", value_name = "FIELD")]
    id_field: String,
    /// The text field of JSONL input lines.
    #[arg(long, default_value = "text", value_name = "FIELD")]
    text_field: String,
    /// The title field of JSONL input lines: it gives the headline, and
    /// the text is read as body text from its first line.
    #[arg(long, value_name = "FIELD")]
    title_field: Option<String>,
    /// Which first paragraph is a headline (metadata, never searched).
    /// `auto`: a short first line that ends in no full stop and holds no
    /// quotation mark, reporting verb or dateline (a lede is never taken
    /// for one); `first-line`: any short one-sentence first line; `none`:
    /// every paragraph is body text.
    #[arg(long, value_enum, default_value_t = HeadlineArg::Auto)]
    headline: HeadlineArg,
}

impl InputArgs {
    /// Sets `reader` to read as these arguments say, with the lexicon's
    /// reporting verbs for the headline test; returns the paths to read.
    fn apply<'a>(
        self,
        reader: &mut cli::read::Reader<'a>,
        reports: &'a (dyn Fn(&str) -> bool + Sync),
    ) -> Vec<PathBuf> {
        reader.format = self.input_format.map(|f| match f {
            InputFormat::Text => input::Format::Text,
            InputFormat::Jsonl => input::Format::Jsonl,
        });
        reader.fields = Fields {
            id: self.id_field,
            text: self.text_field,
            title: self.title_field,
            lossy: reader.lossy,
        };
        let headline = match self.headline {
            HeadlineArg::Auto => Headline::Auto,
            HeadlineArg::FirstLine => Headline::FirstLine,
            HeadlineArg::None => Headline::None,
        };
        reader.headline(headline, reports);
        self.paths
    }
}

/// `--format` of `extract`: the library's [`Format`] on the command line
/// (clap stays in the binary), with each value's name and help.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct ExtractFormat(Format);

impl ExtractFormat {
    const ALL: [ExtractFormat; 7] = [
        ExtractFormat(Format::Table),
        ExtractFormat(Format::Json),
        ExtractFormat(Format::Jsonl),
        ExtractFormat(Format::Csv),
        ExtractFormat(Format::Html),
        ExtractFormat(Format::Score),
        ExtractFormat(Format::ScoreClaims),
    ];
}

impl ValueEnum for ExtractFormat {
    fn value_variants<'a>() -> &'a [Self] {
        &Self::ALL
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        let (name, help) = match self.0 {
            Format::Table => ("table", "A short aligned table for reading"),
            Format::Json => (
                "json",
                "One JSON object a document (schema, doc, metadata, quotations, claims, citations), one a line",
            ),
            Format::Jsonl => (
                "jsonl",
                "One JSON object a quotation or claim, one a line: the dataset format",
            ),
            Format::Csv => (
                "csv",
                "One row a quotation or claim with flat columns (RFC 4180), for spreadsheets and pandas",
            ),
            Format::Html => (
                "html",
                "One self-contained HTML page: the text with quotations, claims, speakers, cues and citations highlighted, details on click, and a panel of speakers and outlets that filters it",
            ),
            Format::Score => (
                "score",
                "The record format of ../shared/eval/score.py (attributed direct quotations)",
            ),
            Format::ScoreClaims => (
                "score-claims",
                "The same record format for reported claims only",
            ),
        };
        Some(clap::builder::PossibleValue::new(name).help(help))
    }
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum InputFormat {
    Text,
    Jsonl,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum HeadlineArg {
    Auto,
    FirstLine,
    None,
}

#[derive(Clone, Copy, ValueEnum)]
enum AuditFormat {
    Text,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum FailOn {
    /// A quotation or claim with no citation.
    Uncited,
    /// A citation entry whose outlet name is missing.
    Malformed,
    /// A well-formed citation of an outlet the lexicon does not know.
    UnknownOutlet,
}

#[derive(Clone, Copy, ValueEnum)]
enum SegmentFormat {
    Text,
    Json,
}

fn main() -> ExitCode {
    allocator::tune();
    let cli = Cli::parse();
    let sources = match rule_sources(&cli.rules) {
        Ok(s) => s,
        Err(e) => {
            say!("attrib: error: {e}");
            return ExitCode::from(2);
        }
    };
    let lexicon = match Lexicon::from_sources(&sources) {
        Ok(l) => l,
        Err(e) => {
            say!("attrib: error: {e}");
            return ExitCode::from(2);
        }
    };
    // a first line with a reporting verb is body text (see `--headline`)
    let reports = lexicon.cue_word_test();
    let mut reader = cli::read::Reader::new(cli.lossy, cli.skip_bad);
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get);
    let jobs = match jobs(cli.jobs, cores) {
        Ok(n) => n,
        Err(e) => {
            say!("attrib: error: {e}");
            return ExitCode::from(2);
        }
    };
    let result = match cli.command {
        Command::Rules { action } => match action {
            RulesAction::Check => return check_examples(&sources, lexicon),
            RulesAction::List => list_rules(&sources),
            RulesAction::Show { name } => show_rules(&sources, &name),
        },
        Command::Audit {
            format,
            fail_on,
            input,
        } => {
            let paths = input.apply(&mut reader, &reports);
            return run_audit(lexicon, &mut reader, &paths, format, &fail_on);
        }
        Command::Eval {
            gold,
            format,
            baseline,
            tolerance,
            input,
        } => {
            let paths = input.apply(&mut reader, &reports);
            return cli::eval::run(
                &Extractor::new(lexicon),
                &mut reader,
                &cli::eval::Options {
                    gold: &gold,
                    paths: &paths,
                    json: matches!(format, AuditFormat::Json),
                    baseline: baseline.as_deref(),
                    tolerance,
                },
            );
        }
        Command::Serve {
            addr,
            max_body,
            timeout,
        } => {
            return cli::serve::run(
                lexicon,
                &sources,
                cli::serve::Options {
                    addr,
                    jobs,
                    max_body,
                    timeout: std::time::Duration::from_secs(timeout),
                    lossy: cli.lossy,
                },
            )
        }
        Command::Segment { format, input } => {
            let paths = input.apply(&mut reader, &reports);
            run_segment(&lexicon, &mut reader, &paths, format)
        }
        Command::Extract {
            format,
            year,
            no_claims,
            input,
            meta_columns,
            csv_raw,
        } => {
            let paths = input.apply(&mut reader, &reports);
            let format = format
                .map(|f| f.0)
                .unwrap_or(if io::stdout().is_terminal() {
                    Format::Table
                } else {
                    Format::Jsonl
                });
            let extractor = Extractor {
                year,
                claims: !no_claims || format == Format::ScoreClaims,
                ..Extractor::new(lexicon)
            };
            // with JSONL or standard input each batch leaves at once: a
            // stream filter (the inputs are found once, looked at here and
            // then read)
            let found = reader.inputs(&paths);
            let jsonl = found
                .inputs
                .iter()
                .any(|i| i.format == input::Format::Jsonl);
            let stream = jsonl
                || found
                    .inputs
                    .iter()
                    .any(|i| i.source == input::Source::Stdin);
            cli::extract::run(
                &extractor,
                &mut reader,
                &found,
                attrib::pipeline::Options {
                    format,
                    jobs,
                    width: terminal_width(),
                    stream,
                    jsonl,
                    meta_columns: meta_columns.as_deref(),
                    csv_raw,
                },
            )
        }
    };
    exit_code(result)
}

fn run_audit(
    lexicon: Lexicon,
    reader: &mut cli::read::Reader,
    paths: &[PathBuf],
    format: AuditFormat,
    fail_on: &[FailOn],
) -> ExitCode {
    let extractor = Extractor::new(lexicon);
    let mut audit = Audit::default();
    let read = reader
        .documents(paths, |name, doc| {
            let ex = extractor.extract(&doc);
            audit.push(Report::of(name, &doc, &ex));
            Ok(())
        })
        .map(|()| reader.finish());
    audit.finish();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let written = match format {
        AuditFormat::Text => audit.write_text(&mut out),
        AuditFormat::Json => audit.write_json(&mut out),
    }
    .and_then(|()| out.flush());
    match (read, written) {
        (Err(e), _) | (_, Err(e)) if e.kind() != io::ErrorKind::BrokenPipe => {
            say!("attrib: error: {e}");
            ExitCode::from(2)
        }
        (Ok(false), _) => ExitCode::from(2),
        _ => {
            let failed = fail_on.iter().any(|g| {
                audit.fails(match g {
                    FailOn::Uncited => Gate::Uncited,
                    FailOn::Malformed => Gate::Malformed,
                    FailOn::UnknownOutlet => Gate::UnknownOutlet,
                })
            });
            if failed {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            }
        }
    }
}

fn run_segment(
    lexicon: &Lexicon,
    reader: &mut cli::read::Reader,
    paths: &[PathBuf],
    format: SegmentFormat,
) -> io::Result<bool> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut first = true;
    reader.documents(paths, |_, doc| {
        let sentences = segment::sentences(&doc, lexicon);
        match format {
            SegmentFormat::Text => {
                if !first {
                    writeln!(out)?;
                }
                attrib::output::segment::write_text(&mut out, &doc, &sentences)?;
            }
            SegmentFormat::Json => attrib::output::segment::write_json(&mut out, &doc, &sentences)?,
        }
        first = false;
        Ok(())
    })?;
    out.flush()?;
    Ok(reader.finish())
}

/// `attrib rules check`: every example with the extraction it must give.
fn check_examples(sources: &Sources, lexicon: Lexicon) -> ExitCode {
    let extractor = Extractor::new(lexicon);
    let examples = sources.examples();
    let mut failed = 0;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let written = (|| {
        for ex in examples {
            if let Some(got) = attrib::rule_check::check(ex, &extractor) {
                failed += 1;
                writeln!(
                    out,
                    "{}:{}: [{}] {}\n  example:  {}\n  expected: {}\n  got:      {}",
                    visible(&ex.file),
                    ex.line,
                    ex.list,
                    visible(&ex.entry),
                    visible(&ex.text),
                    visible(&ex.expect),
                    visible(&got)
                )?;
            }
        }
        writeln!(
            out,
            "{} examples, {} pass, {failed} fail",
            examples.len(),
            examples.len() - failed
        )?;
        out.flush()
    })();
    match written {
        Ok(()) if failed > 0 => ExitCode::from(1),
        r => exit_code(r.map(|()| true)),
    }
}

/// The one way a run ends: 0 when everything was read and written, 2
/// when an input was bad or a write failed (with a message), and 0,
/// quietly, when standard output was closed by its reader (`| head`).
fn exit_code(result: io::Result<bool>) -> ExitCode {
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(2),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            say!("attrib: error: cannot write the output: {e}");
            ExitCode::from(2)
        }
    }
}

/// A `--tolerance`: NaN or infinity would turn the gate off (no drop is
/// ever greater), and a negative one would fail a run that matches its
/// baseline.
fn tolerance(s: &str) -> Result<f64, String> {
    let t: f64 = s.trim().parse().map_err(|e| format!("not a number: {e}"))?;
    if t.is_finite() && t >= 0.0 {
        Ok(t)
    } else {
        Err("the tolerance must be a finite number, 0 or more".to_string())
    }
}

/// Threads more than this many times the cores only cost memory and
/// start-up (each holds its batch of documents), and past some thousands
/// the system refuses them.
const JOBS_PER_CORE: usize = 8;

/// The number of extraction threads: `--jobs`, within 1 to
/// [`JOBS_PER_CORE`] times the cores (at least 8), or one a core.
fn jobs(asked: Option<usize>, cores: usize) -> Result<usize, String> {
    let most = (cores * JOBS_PER_CORE).max(8);
    match asked {
        None => Ok(cores),
        Some(0) => Err("--jobs 0: at least one thread is needed".to_string()),
        Some(n) if n > most => Err(format!(
            "--jobs {n}: at most {most} threads ({JOBS_PER_CORE} for each of the {cores} cores)"
        )),
        Some(n) => Ok(n),
    }
}

/// Columns for the table: the terminal's width, else `$COLUMNS`, else 100.
fn terminal_width() -> usize {
    terminal_size::terminal_size()
        .map(|(w, _)| usize::from(w.0))
        .or_else(|| std::env::var("COLUMNS").ok()?.parse().ok())
        .unwrap_or(100)
}

/// The rule lists with every `--rules` file applied in order.
fn rule_sources(files: &[PathBuf]) -> Result<Sources, String> {
    let mut sources = Sources::builtin();
    for f in files {
        let name = f.display().to_string();
        let text = input::read(&input::Source::File(f.clone())).map_err(|e| e.to_string())?;
        sources.apply(&name, &text).map_err(|e| e.to_string())?;
    }
    Ok(sources)
}

/// `attrib rules list`: each list with its size and purpose.
fn list_rules(sources: &Sources) -> io::Result<bool> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for l in LISTS {
        writeln!(
            out,
            "{:<18} {:>5}  {}",
            l.name,
            sources.entries(l.name).len(),
            l.about
        )?;
    }
    out.flush()?;
    Ok(true)
}

/// `attrib rules show NAME`: the entries of one list.
fn show_rules(sources: &Sources, name: &str) -> io::Result<bool> {
    if !LISTS.iter().any(|l| l.name == name) {
        let known: Vec<&str> = LISTS.iter().map(|l| l.name).collect();
        say!(
            "attrib: error: no rule list `{name}` (known: {})",
            known.join(", ")
        );
        return Ok(false);
    }
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for e in sources.entries(name) {
        writeln!(out, "{}", visible(&e.to_string()))?;
    }
    out.flush()?;
    Ok(true)
}
