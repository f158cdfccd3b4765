//! Finding and reading input documents: files, directories, stdin.

pub mod jsonl;

use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Where one document comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Stdin,
    File(PathBuf),
}

impl Source {
    /// The document id: the file stem, or `stdin`.
    pub fn id(&self) -> String {
        match self {
            Source::Stdin => "stdin".to_string(),
            Source::File(p) => p
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| p.display().to_string()),
        }
    }

    pub fn name(&self) -> String {
        match self {
            Source::Stdin => "<stdin>".to_string(),
            Source::File(p) => p.display().to_string(),
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

/// Expands command-line paths into sources: `-` (or no path at all) is
/// stdin, a directory is every `*.txt` below it in sorted order. Paths that
/// do not exist are reported and skipped.
pub fn collect(paths: &[PathBuf]) -> (Vec<Source>, Vec<InputError>) {
    collect_with(paths, "txt")
}

/// [`collect`] with another file extension for the files inside
/// directories (`jsonl` for JSONL input).
pub fn collect_with(paths: &[PathBuf], ext: &str) -> (Vec<Source>, Vec<InputError>) {
    let mut sources = Vec::new();
    let mut errors = Vec::new();
    if paths.is_empty() {
        sources.push(Source::Stdin);
    }
    for p in paths {
        if p.as_os_str() == "-" {
            sources.push(Source::Stdin);
        } else if p.is_dir() {
            let mut found = Vec::new();
            walk(p, ext, &mut found, &mut errors);
            found.sort();
            sources.extend(found.into_iter().map(Source::File));
        } else if p.exists() {
            sources.push(Source::File(p.clone()));
        } else {
            errors.push(InputError {
                name: p.display().to_string(),
                message: "no such file or directory".to_string(),
            });
        }
    }
    (sources, errors)
}

fn walk(dir: &Path, ext: &str, found: &mut Vec<PathBuf>, errors: &mut Vec<InputError>) {
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
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            walk(&path, ext, found, errors);
        } else if path.extension().is_some_and(|e| e == ext) {
            found.push(path);
        }
    }
}

/// Reads a source as UTF-8 text. Invalid UTF-8 is an error naming the byte
/// offset of the first bad byte, or with `lossy` is replaced by U+FFFD
/// (offsets in the output are then offsets into the replaced text).
pub fn read_with(source: &Source, lossy: bool) -> Result<String, InputError> {
    let bytes = read_bytes(source)?;
    if lossy {
        return Ok(match String::from_utf8(bytes) {
            Ok(s) => s,
            Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
        });
    }
    decode(&source.name(), bytes)
}

/// Reads a source as UTF-8 text; invalid UTF-8 is an error naming the
/// byte offset of the first bad byte.
pub fn read(source: &Source) -> Result<String, InputError> {
    read_with(source, false)
}

fn read_bytes(source: &Source) -> Result<Vec<u8>, InputError> {
    let mut bytes = Vec::new();
    let res = match source {
        Source::Stdin => std::io::stdin().read_to_end(&mut bytes).map(|_| ()),
        Source::File(p) => std::fs::read(p).map(|b| bytes = b),
    };
    if let Err(e) = res {
        return Err(InputError {
            name: source.name(),
            message: format!("cannot read: {}", io_message(&e)),
        });
    }
    Ok(bytes)
}

/// Turns bytes into text, or names the first invalid byte.
pub fn decode(name: &str, bytes: Vec<u8>) -> Result<String, InputError> {
    String::from_utf8(bytes).map_err(|e| InputError {
        name: name.to_string(),
        message: format!(
            "invalid UTF-8 at byte {} (--lossy replaces it)",
            e.utf8_error().valid_up_to()
        ),
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
    use super::*;

    #[test]
    fn bad_utf8_names_offset() {
        let e = decode("f.txt", b"ab\xffc".to_vec()).unwrap_err();
        assert_eq!(
            e.to_string(),
            "f.txt: invalid UTF-8 at byte 2 (--lossy replaces it)"
        );
    }

    #[test]
    fn id_is_file_stem() {
        assert_eq!(Source::File("a/b/c.txt".into()).id(), "c");
    }
}
