//! Finding and reading input documents: files, directories, stdin.

pub mod jsonl;

use crate::document::MAX_BYTES;
use std::ffi::OsStr;
use std::fmt;
use std::io::{BufRead, BufReader, ErrorKind, Read};
use std::path::{Path, PathBuf};

/// Where one document comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Stdin,
    File(PathBuf),
}

impl Source {
    /// The document id: the file stem (of the name without `.gz`), or
    /// `stdin`.
    pub fn id(&self) -> String {
        match self {
            Source::Stdin => "stdin".to_string(),
            Source::File(p) => {
                let unzipped = match p.extension() {
                    Some(e) if e == "gz" => p.with_extension(""),
                    _ => p.clone(),
                };
                unzipped
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_else(|| p.to_string_lossy().into_owned())
            }
        }
    }

    pub fn name(&self) -> String {
        match self {
            Source::Stdin => "<stdin>".to_string(),
            // (as `display` writes it, without the formatting machinery:
            // asked several times a file)
            Source::File(p) => p.to_string_lossy().into_owned(),
        }
    }
}

/// An input that could not be used, with the path it concerns.
#[derive(Debug)]
pub struct InputError {
    pub name: String,
    pub message: String,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.name, self.message)
    }
}

/// How a source's bytes are laid out: one article a file, or one article
/// a JSONL line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Jsonl,
}

impl Format {
    /// The file extensions of this format inside directories (each also
    /// read gzip-compressed, with `.gz` after it): the ones
    /// [`Format::of_name`] knows.
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            Format::Text => &["txt"],
            Format::Jsonl => &["jsonl", "ndjson"],
        }
    }

    /// The format a file name says: `*.jsonl` and `*.jsonl.gz` (and
    /// `*.ndjson`) are JSONL, everything else is text.
    pub fn of_name(path: &Path) -> Format {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default();
        let name = name.strip_suffix(".gz").unwrap_or(&name);
        if name.ends_with(".jsonl") || name.ends_with(".ndjson") {
            Format::Jsonl
        } else {
            Format::Text
        }
    }
}

/// One source with the format it is read in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    pub source: Source,
    pub format: Format,
    /// The format came from the file's extension, not from the user.
    pub guessed: bool,
}

/// What the command-line paths expand to.
#[derive(Debug, Default)]
pub struct Inputs {
    pub inputs: Vec<Input>,
    /// Paths that cannot be read at all: named on stderr, counted as bad.
    pub errors: Vec<InputError>,
    /// Things worth saying that are not errors (a directory with no input
    /// file in it).
    pub warnings: Vec<String>,
}

/// Expands command-line paths into sources: `-` (or no path at all) is
/// stdin, a directory is every input file below it in sorted order. Paths
/// that do not exist are reported and skipped.
///
/// With `format` given, every source is read in it and directories give
/// their files of its extension. Without it, a file's format is its
/// extension's ([`Format::of_name`]), stdin is text, and a directory gives
/// its `*.txt` files, or, when it has none, its `*.jsonl` files (a folder
/// of articles may keep a gold or metadata `.jsonl` beside them; a folder
/// of datasets has no `.txt`). Every extension is also taken with `.gz`.
pub fn collect(paths: &[PathBuf], format: Option<Format>) -> Inputs {
    let mut out = Inputs::default();
    let stdin = Input {
        source: Source::Stdin,
        format: format.unwrap_or(Format::Text),
        guessed: false,
    };
    if paths.is_empty() {
        out.inputs.push(stdin.clone());
    }
    for p in paths {
        if p.as_os_str() == "-" {
            out.inputs.push(stdin.clone());
        } else if p.is_dir() {
            let tried = match format {
                Some(f) => vec![f],
                None => vec![Format::Text, Format::Jsonl],
            };
            // one walk, every file of the formats tried, each with the
            // index of its format; the first format that has files wins
            let exts: Vec<&[&str]> = tried.iter().map(|f| f.extensions()).collect();
            let mut all = Vec::new();
            walk(p, &exts, &mut all, &mut out.errors);
            let first = all.iter().map(|(k, _)| *k).min().unwrap_or(0);
            let fmt = tried[first];
            let mut found: Vec<PathBuf> = all
                .into_iter()
                .filter(|(k, _)| *k == first)
                .map(|(_, f)| f)
                .collect();
            if found.is_empty() {
                let exts: Vec<String> = tried
                    .iter()
                    .flat_map(|f| f.extensions())
                    .map(|e| format!("*.{e} or *.{e}.gz"))
                    .collect();
                out.warnings.push(format!(
                    "{}: no input file in this directory (looked for {})",
                    p.display(),
                    exts.join(", ")
                ));
            }
            // (in path order, by the components below the directory, which
            // every file's path starts with, compared as plain strings: a
            // comparison of paths parses both again at every step of the
            // sort, and cost more than reading a small file)
            found.sort_by_cached_key(|f| {
                let below = f.strip_prefix(p).unwrap_or(f);
                below.iter().map(OsStr::to_os_string).collect::<Vec<_>>()
            });
            out.inputs.extend(found.into_iter().map(|f| Input {
                source: Source::File(f),
                format: fmt,
                guessed: format.is_none() && fmt != Format::Text,
            }));
        } else if p.exists() {
            let f = format.unwrap_or_else(|| Format::of_name(p));
            out.inputs.push(Input {
                source: Source::File(p.clone()),
                format: f,
                guessed: format.is_none() && f != Format::Text,
            });
        } else {
            out.errors.push(InputError {
                name: p.display().to_string(),
                message: "no such file or directory".to_string(),
            });
        }
    }
    out
}

/// Every regular file below `dir` with an extension of one of `exts`, with
/// the index of its extensions.
fn walk(
    dir: &Path,
    exts: &[&[&str]],
    found: &mut Vec<(usize, PathBuf)>,
    errors: &mut Vec<InputError>,
) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            errors.push(InputError {
                name: dir.display().to_string(),
                message: format!("cannot read directory: {e}"),
            });
            return;
        }
    };
    // Only regular files are read, and only real directories descended: a
    // symlink to a file is read, a symlink to a directory is not followed
    // (a link loop would give every file again and again, forever with two
    // loops), and a FIFO, socket or device is passed over (a FIFO would
    // block the run). A path named on the command line is read whatever
    // it is.
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() {
            walk(&path, exts, found, errors);
            continue;
        }
        let Some(k) = exts
            .iter()
            .position(|es| es.iter().any(|e| has_extension(&path, e)))
        else {
            continue;
        };
        if kind.is_file()
            || (kind.is_symlink() && std::fs::metadata(&path).is_ok_and(|m| m.is_file()))
        {
            found.push((k, path));
        }
    }
}

/// `name.EXT` or `name.EXT.gz`.
fn has_extension(path: &Path, ext: &str) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return path.extension().is_some_and(|e| e == ext);
    };
    let name = name.strip_suffix(".gz").unwrap_or(name);
    name.strip_suffix(ext)
        .is_some_and(|stem| stem.len() > 1 && stem.ends_with('.'))
}

/// Reads an article as UTF-8 text (gunzipped first when it is gzip data).
/// Invalid UTF-8 is an error naming the byte offset of the first bad
/// byte and that `--lossy` replaces it, or with `lossy` is replaced by
/// U+FFFD (offsets in the output are then offsets into the replaced text).
pub fn read_with(source: &Source, lossy: bool) -> Result<String, InputError> {
    let (bytes, gzip) = read_bytes(source, Some(MAX_BYTES))?;
    if lossy {
        return Ok(match String::from_utf8(bytes) {
            Ok(s) => s,
            Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
        });
    }
    let of = if gzip {
        " of the decompressed text"
    } else {
        ""
    };
    decode(&source.name(), bytes).map_err(|e| InputError {
        message: format!("{}{of} (--lossy replaces it)", e.message),
        ..e
    })
}

/// Reads a file that is not an article (a rules file, a gold file, a
/// baseline) as UTF-8 text: `--lossy` does not apply to these, so the
/// error does not suggest it.
pub fn read(source: &Source) -> Result<String, InputError> {
    let (bytes, _) = read_bytes(source, None)?;
    decode(&source.name(), bytes)
}

/// The first two bytes of every gzip member (RFC 1952).
const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

/// A source as a buffered stream, gunzipped when it starts as gzip data
/// does (whatever its name: `articles.jsonl.gz`, or a pipe), and whether
/// it was. Concatenated gzip members are read one after another, as
/// `gzip -d` does.
pub fn open(source: &Source) -> Result<(Box<dyn BufRead>, bool), InputError> {
    let raw: Box<dyn Read> = match source {
        Source::Stdin => Box::new(std::io::stdin().lock()),
        Source::File(p) => match std::fs::File::open(p) {
            Ok(f) => Box::new(f),
            Err(e) => {
                return Err(InputError {
                    name: source.name(),
                    message: format!("cannot read: {}", io_message(&e)),
                })
            }
        },
    };
    unzipped(raw).map_err(|e| InputError {
        name: source.name(),
        message: format!("cannot read: {}", io_message(&e)),
    })
}

/// `raw` as a buffered stream, gunzipped when its first two bytes are
/// gzip's, and whether it was. The two bytes are read until there are two
/// or the input ends (a pipe may hand over one byte at a time), then put
/// back in front.
fn unzipped(mut raw: Box<dyn Read>) -> std::io::Result<(Box<dyn BufRead>, bool)> {
    let mut head = [0u8; 2];
    let mut n = 0;
    while n < head.len() {
        match raw.read(&mut head[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    let gzip = head[..n] == GZIP_MAGIC;
    let stream = std::io::Cursor::new(head).take(n as u64).chain(raw);
    let buffered = BufReader::with_capacity(64 * 1024, stream);
    if gzip {
        let gz = flate2::bufread::MultiGzDecoder::new(buffered);
        Ok((Box::new(BufReader::with_capacity(64 * 1024, gz)), true))
    } else {
        Ok((Box::new(buffered), false))
    }
}

/// The message for an error met while reading a stream from [`open`]: a
/// gzip stream that is cut short or corrupt says so (it is not a text
/// encoding problem, and `--lossy` would not help).
pub fn read_error(e: &std::io::Error, gzip: bool) -> String {
    if gzip
        && matches!(
            e.kind(),
            ErrorKind::InvalidInput | ErrorKind::InvalidData | ErrorKind::UnexpectedEof
        )
    {
        format!("not valid gzip data ({e})")
    } else {
        format!("cannot read: {}", io_message(e))
    }
}

/// The bytes of `source`, gunzipped, and whether it was gzip data; at
/// most `limit` bytes of them (else an error).
fn read_bytes(source: &Source, limit: Option<usize>) -> Result<(Vec<u8>, bool), InputError> {
    let (reader, gzip) = open(source)?;
    let mut bytes = Vec::new();
    // (a byte more than the limit, to tell a text over it: a small gzip
    // file can expand to far more than memory holds)
    let limit = limit.unwrap_or(usize::MAX);
    let mut reader = reader.take((limit as u64).saturating_add(1));
    reader.read_to_end(&mut bytes).map_err(|e| InputError {
        name: source.name(),
        message: read_error(&e, gzip),
    })?;
    if bytes.len() > limit {
        return Err(too_long(source.name()));
    }
    Ok((bytes, gzip))
}

/// The error for a document over [`MAX_BYTES`].
pub fn too_long(name: String) -> InputError {
    InputError {
        name,
        message: format!("the text is over {MAX_BYTES} bytes, the most a document may have"),
    }
}

/// Turns bytes into text, or names the first invalid byte.
pub fn decode(name: &str, bytes: Vec<u8>) -> Result<String, InputError> {
    String::from_utf8(bytes).map_err(|e| InputError {
        name: name.to_string(),
        message: format!("invalid UTF-8 at byte {}", e.utf8_error().valid_up_to()),
    })
}

fn io_message(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_text_over_the_limit_is_refused_by_name_before_it_is_read_whole() {
        let dir = std::env::temp_dir().join(format!("attrib-limit-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("long.txt");
        std::fs::write(&path, "0123456789abcdefghij").unwrap();
        let source = Source::File(path.clone());
        let e = read_bytes(&source, Some(10)).unwrap_err();
        assert!(e.name.ends_with("long.txt"), "{e}");
        assert!(e.message.contains("the most a document may have"), "{e}");
        assert_eq!(read_bytes(&source, Some(20)).unwrap().0.len(), 20);
        assert_eq!(read_bytes(&source, None).unwrap().0.len(), 20);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    use super::*;

    #[test]
    fn bad_utf8_names_offset() {
        let e = decode("f.txt", b"ab\xffc".to_vec()).unwrap_err();
        assert_eq!(e.to_string(), "f.txt: invalid UTF-8 at byte 2");
    }

    /// Hands over one byte a read, as a slow pipe may.
    struct Trickle(Vec<u8>, usize);

    impl Read for Trickle {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            match (self.0.get(self.1), buf.first_mut()) {
                (Some(&b), Some(slot)) => {
                    *slot = b;
                    self.1 += 1;
                    Ok(1)
                }
                _ => Ok(0),
            }
        }
    }

    #[test]
    fn gzip_is_found_whatever_the_reads_hand_over() {
        use std::io::Write;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(b"Roe said it.").unwrap();
        let packed = gz.finish().unwrap();
        for (bytes, want, zipped) in [
            (packed, "Roe said it.", true),
            (b"plain".to_vec(), "plain", false),
            (b"x".to_vec(), "x", false),
            (Vec::new(), "", false),
        ] {
            let (mut r, gzip) = unzipped(Box::new(Trickle(bytes, 0))).unwrap();
            let mut got = String::new();
            r.read_to_string(&mut got).unwrap();
            assert_eq!((got.as_str(), gzip), (want, zipped));
        }
    }

    #[test]
    fn id_is_file_stem() {
        assert_eq!(Source::File("a/b/c.txt".into()).id(), "c");
        assert_eq!(Source::File("a/b/c.txt.gz".into()).id(), "c");
    }
}
