//! Writing the site atomically: every file goes into a temporary folder next to the target,
//! which replaces the previous site only after everything succeeded.

use anyhow::Context as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

pub struct Output {
    target: PathBuf,
    tmp: PathBuf,
    files: AtomicUsize,
    bytes: AtomicU64,
}

impl Output {
    pub fn create(target: &Path) -> anyhow::Result<Output> {
        let parent = target.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        std::fs::create_dir_all(parent).with_context(|| format!("cannot create {}", parent.display()))?;
        let name = target.file_name().and_then(|n| n.to_str()).unwrap_or("site");
        let tmp = parent.join(format!(".{name}.building-{}", std::process::id()));
        if tmp.exists() {
            std::fs::remove_dir_all(&tmp).with_context(|| format!("cannot clear {}", tmp.display()))?;
        }
        std::fs::create_dir_all(&tmp).with_context(|| format!("cannot create {}", tmp.display()))?;
        Ok(Output { target: target.to_path_buf(), tmp, files: AtomicUsize::new(0), bytes: AtomicU64::new(0) })
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

    /// Replaces the target with the finished build.
    pub fn commit(self) -> anyhow::Result<PathBuf> {
        let old = self.tmp.with_extension("old");
        if self.target.exists() {
            std::fs::rename(&self.target, &old)
                .with_context(|| format!("cannot move the previous site {} aside", self.target.display()))?;
        }
        if let Err(e) = std::fs::rename(&self.tmp, &self.target) {
            // Put the previous site back before reporting.
            let _ = std::fs::rename(&old, &self.target);
            return Err(e)
                .with_context(|| format!("cannot move the new site into {}", self.target.display()));
        }
        if old.exists() {
            std::fs::remove_dir_all(&old).with_context(|| format!("cannot remove {}", old.display()))?;
        }
        Ok(self.target)
    }

    /// Drops a failed build; the previous site stays as it was.
    pub fn abandon(self) {
        let _ = std::fs::remove_dir_all(&self.tmp);
    }
}
