//! Every read of the catalog folder happens here, once: manifests, documents, corrections,
//! policy, taxonomy, concepts and SDK facts. The rules that keep the tool from reading what it
//! must not are in one place too: a file must be a regular file inside the catalog (a link
//! may point elsewhere in the catalog, never out of it), and no larger than `MAX_FILE_BYTES`.

use crate::diag::{Diagnostic, Label};
use crate::lint::Lint;
use crate::text::Span;
use std::io::Read as _;
use std::path::{Path, PathBuf};

/// Documents are web pages and SDK headers: anything larger is a mistake (or `/dev/zero`).
pub const MAX_FILE_BYTES: u64 = 20 * 1024 * 1024;

/// A text file of the catalog, as diagnostics name it.
#[derive(Debug, Clone)]
pub struct CatalogFile {
    pub path: PathBuf,
    /// The path relative to the catalog's parent, with `/` separators.
    pub display: String,
    pub text: String,
}

/// One folder of `sources/`, with its manifest when it could be read.
#[derive(Debug, Clone)]
pub struct SourceFolder {
    pub dir: PathBuf,
    pub display: String,
    /// The folder's name: the source id it must declare.
    pub name: String,
    pub manifest: Result<CatalogFile, String>,
}

/// Everything the catalog folder holds, read once.
#[derive(Debug)]
pub struct Inputs {
    pub dir: PathBuf,
    root: PathBuf,
    base: PathBuf,
    pub sources: Vec<SourceFolder>,
    pub corrections: Option<CatalogFile>,
    pub policy: Option<CatalogFile>,
    pub taxonomy: Option<CatalogFile>,
    pub concepts: Vec<CatalogFile>,
    pub sdk_symbols: Vec<CatalogFile>,
    /// Files that exist but may not or cannot be read.
    pub problems: Vec<Diagnostic>,
}

/// The catalog cannot be read at all (exit code 2 in the tools).
#[derive(Debug)]
pub struct LoadError {
    pub path: PathBuf,
    pub message: String,
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.message)
    }
}

impl std::error::Error for LoadError {}

/// Reads the catalog in `dir` (the folder holding `sources/`).
pub fn read(dir: &Path) -> Result<Inputs, LoadError> {
    let sources_dir = dir.join("sources");
    let fail = |message: String| LoadError { path: sources_dir.clone(), message };
    let root = dir.canonicalize().map_err(|e| fail(format!("cannot open the catalog ({e})")))?;
    let listing = std::fs::read_dir(&sources_dir).map_err(|e| {
        fail(format!(
            "cannot read the sources folder ({e}); pass --catalog with a folder that holds sources/<id>/source.toml"
        ))
    })?;
    let base = root.parent().map(Path::to_path_buf).unwrap_or_default();
    let mut inputs = Inputs {
        dir: dir.to_path_buf(),
        root,
        base,
        sources: Vec::new(),
        corrections: None,
        policy: None,
        taxonomy: None,
        concepts: Vec::new(),
        sdk_symbols: Vec::new(),
        problems: Vec::new(),
    };
    let mut folders: Vec<PathBuf> =
        listing.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.is_dir()).collect();
    folders.sort();
    inputs.sources = folders.iter().map(|f| inputs.source_folder(f)).collect();
    inputs.corrections = inputs.optional(&dir.join("corrections.toml"));
    inputs.policy = inputs.optional(&dir.join("policy.toml"));
    inputs.taxonomy = inputs.optional(&dir.join("taxonomy.toml"));
    inputs.concepts = inputs.all_with_extension(&dir.join("concepts"), "toml");
    inputs.sdk_symbols = inputs.all_with_extension(&dir.join("sdk-symbols"), "tsv");
    Ok(inputs)
}

impl Inputs {
    /// A path as diagnostics show it: relative to the catalog's parent, `/`-separated.
    pub fn display(&self, p: &Path) -> String {
        let p = p.canonicalize().unwrap_or_else(|_| p.to_path_buf());
        p.strip_prefix(&self.base).unwrap_or(&p).to_string_lossy().replace('\\', "/")
    }

    /// Reads a source's document (`file` of its manifest), under the catalog's rules.
    pub fn read_document(&self, folder: &SourceFolder, file: &str) -> Result<Vec<u8>, String> {
        self.read_bytes(&folder.dir.join(file))
    }

    fn source_folder(&self, dir: &Path) -> SourceFolder {
        let manifest_path = dir.join("source.toml");
        SourceFolder {
            dir: dir.to_path_buf(),
            display: self.display(dir),
            name: dir.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_owned(),
            manifest: self.read_bytes(&manifest_path).map(|bytes| CatalogFile {
                display: self.display(&manifest_path),
                path: manifest_path,
                text: String::from_utf8_lossy(&bytes).into_owned(),
            }),
        }
    }

    /// A curated file that may be absent; present but unreadable is a finding.
    fn optional(&mut self, path: &Path) -> Option<CatalogFile> {
        if std::fs::symlink_metadata(path).is_err() {
            return None;
        }
        match self.read_bytes(path) {
            Ok(bytes) => Some(CatalogFile {
                path: path.to_path_buf(),
                display: self.display(path),
                text: String::from_utf8_lossy(&bytes).into_owned(),
            }),
            Err(message) => {
                let file = self.display(path);
                self.problems.push(
                    Diagnostic::new(Lint::UnreadableFile, format!("cannot read {file}: {message}"))
                        .with_label(Label::primary(
                            &file,
                            Span { line: 1, column: 1, start: 0, end: 0 },
                            "this file",
                        ))
                        .with_help(
                            "make it a regular file inside the catalog that can be read, or remove it",
                        ),
                );
                None
            }
        }
    }

    fn all_with_extension(&mut self, dir: &Path, extension: &str) -> Vec<CatalogFile> {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
            .map(|rd| rd.filter_map(Result::ok).map(|e| e.path()).collect())
            .unwrap_or_default();
        paths.retain(|p| p.extension().is_some_and(|x| x == extension));
        paths.sort();
        paths.iter().filter_map(|p| self.optional(p)).collect()
    }

    /// Reads a file after checking that it may be read: inside the catalog once links are
    /// followed, a regular file (a pipe would block, a device never end), and not too large.
    fn read_bytes(&self, path: &Path) -> Result<Vec<u8>, String> {
        let real = path.canonicalize().map_err(|e| e.to_string())?;
        if !real.starts_with(&self.root) {
            return Err(format!("it is a link to {}, outside the catalog", real.display()));
        }
        let meta = std::fs::metadata(&real).map_err(|e| e.to_string())?;
        if !meta.is_file() {
            return Err("it is not a regular file".to_owned());
        }
        if meta.len() > MAX_FILE_BYTES {
            return Err(format!(
                "it has {} bytes, more than the {MAX_FILE_BYTES} a catalog file may have",
                meta.len()
            ));
        }
        let mut bytes = Vec::with_capacity(meta.len() as usize);
        std::fs::File::open(&real)
            .and_then(|f| f.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes))
            .map_err(|e| e.to_string())?;
        if bytes.len() as u64 > MAX_FILE_BYTES {
            return Err(format!(
                "it grew past the {MAX_FILE_BYTES} bytes a catalog file may have while it was read"
            ));
        }
        Ok(bytes)
    }
}
