//! Writing the site atomically, and only where that is safe: every file goes into a temporary
//! folder next to the target, which replaces the previous site only after everything
//! succeeded. The target must be new, empty, or a site an earlier build wrote (it carries
//! [`SITE_MARKER`]); anything else is refused, so a mistyped `--out` never deletes user files.

use anyhow::{bail, Context as _};
use std::io::ErrorKind;
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

/// The file every built site (and every temporary build folder) carries at its top.
pub const SITE_MARKER: &str = ".rtc-atlas-site";
/// The marker's first line, which identifies it; the rest is for a person who opens it.
const MARKER_ID: &str = "rtc-atlas-site\n";
const MARKER_TEXT: &str = "rtc-atlas-site\nThis folder was written by `cargo xtask build-site` (RTC Error Atlas).\nThe next build-site into it replaces the whole folder; keep no other files here.\n";
const WHAT_TO_DO: &str = "pass an empty folder or a folder an earlier build-site wrote, or remove it";

pub struct Output {
    /// The target as the caller named it (reported back by `commit`).
    named: PathBuf,
    /// The target with symbolic links and `..` resolved: the folder actually replaced.
    target: PathBuf,
    tmp: PathBuf,
    files: AtomicUsize,
    bytes: AtomicU64,
}

impl Output {
    /// Checks the target (see [`check_out`]), clears what killed builds left next to it and
    /// starts a temporary build folder.
    pub fn create(target: &Path, catalog: &Path) -> anyhow::Result<Output> {
        let resolved = check_out(target, catalog)?;
        let Some(parent) = resolved.parent() else {
            bail!("refusing to build the site into {}: it has no parent folder", resolved.display());
        };
        std::fs::create_dir_all(parent).with_context(|| format!("cannot create {}", parent.display()))?;
        let name = site_name(&resolved);
        clean_leftovers(parent, &name);
        let tmp = claim_dir(parent, &format!(".{name}.building-{}", std::process::id()))?;
        // The marker goes in first, so that a build killed at any later point leaves a folder
        // the next build recognises as its own and removes.
        if let Err(e) = std::fs::write(tmp.join(SITE_MARKER), MARKER_TEXT) {
            let _ = std::fs::remove_dir_all(&tmp);
            return Err(e).with_context(|| format!("cannot write {}", tmp.join(SITE_MARKER).display()));
        }
        Ok(Output {
            named: target.to_path_buf(),
            target: resolved,
            tmp,
            files: AtomicUsize::new(0),
            bytes: AtomicU64::new(0),
        })
    }

    /// Writes `rel` (a `/`-separated path inside the site).
    pub fn write(&self, rel: &str, bytes: &[u8]) -> anyhow::Result<()> {
        let path = self.tmp.join(rel);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        }
        std::fs::write(&path, bytes).with_context(|| format!("cannot write {}", path.display()))?;
        self.files.fetch_add(1, Ordering::Relaxed);
        self.bytes.fetch_add(bytes.len() as u64, Ordering::Relaxed);
        Ok(())
    }

    pub fn counts(&self) -> (usize, u64) {
        (self.files.load(Ordering::Relaxed), self.bytes.load(Ordering::Relaxed))
    }

    /// Replaces the target with the finished build; on failure the previous site stays.
    pub fn commit(self) -> anyhow::Result<PathBuf> {
        match self.swap() {
            Ok(Some(old)) => {
                remove_site(&old).with_context(|| {
                    format!("the new site is in place, but the previous one in {} could not be removed; remove it by hand (the next build-site also tries)", old.display())
                })?;
                Ok(self.named)
            }
            Ok(None) => Ok(self.named),
            Err(e) => {
                self.abandon();
                Err(e)
            }
        }
    }

    /// Moves the temporary folder into place and returns where the previous site went. The
    /// target is checked again, since files may have appeared in it during the build.
    fn swap(&self) -> anyhow::Result<Option<PathBuf>> {
        let old = match state(&self.target)? {
            Target::Missing => None,
            Target::Empty => {
                // `remove_dir` only removes an empty folder, so nothing can be lost here.
                std::fs::remove_dir(&self.target)
                    .with_context(|| format!("cannot replace the empty folder {}", self.target.display()))?;
                None
            }
            Target::Site => {
                let parent = self.target.parent().unwrap_or(Path::new("."));
                let old =
                    free_name(parent, &format!(".{}.old-{}", site_name(&self.target), std::process::id()))?;
                std::fs::rename(&self.target, &old).with_context(|| {
                    format!(
                        "cannot move the previous site {} aside to {}",
                        self.target.display(),
                        old.display()
                    )
                })?;
                Some(old)
            }
            Target::Other(why) => bail!("refusing to build the site into {}: {why}", self.target.display()),
        };
        if let Err(e) = std::fs::rename(&self.tmp, &self.target) {
            if let Some(old) = &old {
                let _ = std::fs::rename(old, &self.target);
            }
            return Err(e)
                .with_context(|| format!("cannot move the new site into {}", self.target.display()));
        }
        Ok(old)
    }

    /// Drops a failed build; the previous site stays as it was.
    pub fn abandon(self) {
        let _ = remove_site(&self.tmp);
    }
}

/// Checks that the site may be built into `out` and returns the folder that would be replaced
/// (absolute, symbolic links resolved). Refused: the file system root, the home folder, the
/// catalog or any folder inside it, a folder that holds the catalog, a folder with `.git` or
/// `Cargo.toml`, a file, and any non-empty folder without the marker of an earlier build.
pub fn check_out(out: &Path, catalog: &Path) -> anyhow::Result<PathBuf> {
    let resolved =
        resolve(out).with_context(|| format!("cannot resolve the output folder {}", out.display()))?;
    let refuse =
        |why: String| anyhow::anyhow!("refusing to build the site into {}: {why}", resolved.display());
    if resolved.parent().is_none() {
        return Err(refuse("it is the file system root; pass a folder of its own, e.g. --out site".into()));
    }
    let home = std::env::var_os("HOME").filter(|h| !h.is_empty()).and_then(|h| resolve(Path::new(&h)).ok());
    if home.as_deref() == Some(resolved.as_path()) {
        return Err(refuse(
            "it is your home folder ($HOME); pass a folder of its own, e.g. --out site".into(),
        ));
    }
    let cat = resolve(catalog)
        .with_context(|| format!("cannot resolve the catalog folder {}", catalog.display()))?;
    if resolved.starts_with(&cat) {
        return Err(refuse(format!(
            "it is the catalog {} or a folder inside it; pass a folder outside the catalog",
            cat.display()
        )));
    }
    if cat.starts_with(&resolved) {
        return Err(refuse(format!(
            "the catalog {} is inside it, and replacing it would delete the catalog; pass a folder outside the catalog",
            cat.display()
        )));
    }
    match state(&resolved)? {
        Target::Other(why) => Err(refuse(why)),
        Target::Missing | Target::Empty | Target::Site => Ok(resolved),
    }
}

enum Target {
    Missing,
    Empty,
    Site,
    /// Not to be replaced, and why.
    Other(String),
}

fn state(dir: &Path) -> anyhow::Result<Target> {
    let meta = match std::fs::metadata(dir) {
        Ok(m) => m,
        Err(e) if e.kind() == ErrorKind::NotFound => return Ok(Target::Missing),
        Err(e) => return Err(e).with_context(|| format!("cannot read the output folder {}", dir.display())),
    };
    if !meta.is_dir() {
        return Ok(Target::Other("it is a file, not a folder; pass a folder path".into()));
    }
    for project_file in [".git", "Cargo.toml"] {
        if dir.join(project_file).symlink_metadata().is_ok() {
            return Ok(Target::Other(format!(
                "it holds {project_file}, so it is a repository or a crate, not a site; pass a folder of its own, e.g. --out site"
            )));
        }
    }
    if is_site(dir) {
        return Ok(Target::Site);
    }
    let mut entries =
        std::fs::read_dir(dir).with_context(|| format!("cannot list the output folder {}", dir.display()))?;
    if entries.next().is_none() {
        return Ok(Target::Empty);
    }
    Ok(Target::Other(format!(
        "it is not empty and no earlier build-site wrote it (it has no {SITE_MARKER} file); {WHAT_TO_DO}"
    )))
}

fn is_site(dir: &Path) -> bool {
    std::fs::read(dir.join(SITE_MARKER)).is_ok_and(|text| text.starts_with(MARKER_ID.as_bytes()))
}

/// `path` made absolute with its nearest existing ancestor canonicalized (the rest may not
/// exist yet, so it is normalized by its components).
fn resolve(path: &Path) -> std::io::Result<PathBuf> {
    let abs = std::path::absolute(path)?;
    for base in abs.ancestors() {
        let Ok(mut resolved) = base.canonicalize() else { continue };
        let rest = abs.strip_prefix(base).unwrap_or(Path::new(""));
        for part in rest.components() {
            match part {
                Component::ParentDir => {
                    resolved.pop();
                }
                Component::Normal(p) => resolved.push(p),
                Component::CurDir | Component::RootDir | Component::Prefix(_) => {}
            }
        }
        return Ok(resolved);
    }
    Err(std::io::Error::new(ErrorKind::NotFound, "no part of the path exists"))
}

fn site_name(target: &Path) -> String {
    target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "site".to_owned())
}

/// `base`, or `base-1`, `base-2`, … for the first that does not exist yet.
fn candidates<'a>(parent: &'a Path, base: &'a str) -> impl Iterator<Item = PathBuf> + 'a {
    (0..100).map(move |n| parent.join(if n == 0 { base.to_owned() } else { format!("{base}-{n}") }))
}

/// Creates a new folder named after `base`; `create_dir` fails on an existing one, so a folder
/// of another build (or of a user) is never reused.
fn claim_dir(parent: &Path, base: &str) -> anyhow::Result<PathBuf> {
    for dir in candidates(parent, base) {
        match std::fs::create_dir(&dir) {
            Ok(()) => return Ok(dir),
            Err(e) if e.kind() == ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e).with_context(|| format!("cannot create {}", dir.display())),
        }
    }
    bail!("{}: too many folders named {base}-N; remove them", parent.display())
}

fn free_name(parent: &Path, base: &str) -> anyhow::Result<PathBuf> {
    match candidates(parent, base).find(|p| p.symlink_metadata().is_err()) {
        Some(p) => Ok(p),
        None => bail!("{}: too many folders named {base}-N; remove them", parent.display()),
    }
}

/// Removes what killed builds left next to the target: folders named `.<name>.building-<pid>`
/// or `.<name>.old-<pid>` (optionally `-<n>`) whose process has ended and which carry the
/// marker (or are empty). Anything else is left alone; none of it blocks the build.
fn clean_leftovers(parent: &Path, name: &str) {
    let Ok(entries) = std::fs::read_dir(parent) else { return };
    let prefixes = [format!(".{name}.building-"), format!(".{name}.old-")];
    for entry in entries.filter_map(Result::ok) {
        let file_name = entry.file_name().to_string_lossy().into_owned();
        let Some(rest) = prefixes.iter().find_map(|p| file_name.strip_prefix(p.as_str())) else { continue };
        let mut parts = rest.split('-');
        let Some(Ok(pid)) = parts.next().map(str::parse::<u32>) else { continue };
        if !parts.all(|n| n.parse::<u32>().is_ok()) || process_alive(pid) {
            continue;
        }
        let path = entry.path();
        if is_site(&path) {
            let _ = remove_site(&path);
        } else {
            let _ = std::fs::remove_dir(&path);
        }
    }
}

/// Whether a process with this id runs (Linux `/proc`); elsewhere every other build counts as
/// ended, so concurrent builds into one target are only told apart on Linux.
fn process_alive(pid: u32) -> bool {
    pid == std::process::id()
        || (Path::new("/proc/self").exists() && Path::new(&format!("/proc/{pid}")).exists())
}

/// Removes a folder of ours, the marker last: a removal cut short still leaves the marker, so
/// the next build's clean-up recognises the rest.
fn remove_site(dir: &Path) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        if entry.file_name() == SITE_MARKER {
            continue;
        }
        if entry.file_type()?.is_dir() {
            std::fs::remove_dir_all(entry.path())?;
        } else {
            std::fs::remove_file(entry.path())?;
        }
    }
    match std::fs::remove_file(dir.join(SITE_MARKER)) {
        Err(e) if e.kind() != ErrorKind::NotFound => return Err(e),
        _ => {}
    }
    std::fs::remove_dir(dir)
}
