//! Imported content, kept in memory between imports: the course, its modules, lesson texts and the glossary change
//! only when a pack is imported, yet a lesson page used to read them all from the database on every request.
//!
//! Every node keeps its own copy and checks one number per request, `content_generation`, which each import raises
//! in its transaction: a node never serves content older than the database it reads (nothing here is state that
//! another node needs).

use std::any::Any;
use std::collections::HashMap;
use std::future::Future;
use std::sync::{Arc, RwLock};

use crate::db::Db;
use crate::on_db;

type Entries = HashMap<String, Arc<dyn Any + Send + Sync>>;

#[derive(Default)]
pub struct ContentCache {
    /// (generation the entries belong to, entries by key).
    inner: RwLock<(i64, Entries)>,
}

/// The current content generation (0 before the first import).
pub async fn generation(db: &Db) -> Result<i64, sqlx::Error> {
    on_db!(db, pool => sqlx::query_scalar::<_, i64>("SELECT generation FROM content_generation WHERE id = 1")
        .fetch_optional(pool).await)
    .map(|g| g.unwrap_or(0))
}

impl ContentCache {
    /// The value under `key` for `generation`, loading (and keeping) it when missing. Two requests that miss at
    /// once both load; the second result replaces the first, which is the same.
    pub async fn get<T, F, Fut>(
        &self,
        generation: i64,
        key: String,
        load: F,
    ) -> Result<Arc<T>, sqlx::Error>
    where
        T: Send + Sync + 'static,
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<T, sqlx::Error>>,
    {
        {
            let inner = self.inner.read().unwrap_or_else(|e| e.into_inner());
            if inner.0 == generation
                && let Some(found) = inner
                    .1
                    .get(&key)
                    .and_then(|v| v.clone().downcast::<T>().ok())
            {
                return Ok(found);
            }
        }
        let value = Arc::new(load().await?);
        let mut inner = self.inner.write().unwrap_or_else(|e| e.into_inner());
        if inner.0 != generation {
            // Only move forward: a request that read an older generation does not wipe newer entries.
            if generation < inner.0 {
                return Ok(value);
            }
            *inner = (generation, HashMap::new());
        }
        inner.1.insert(key, value.clone());
        Ok(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn values_are_loaded_once_per_generation() {
        let cache = ContentCache::default();
        let loads = std::sync::atomic::AtomicUsize::new(0);
        let load = || async {
            loads.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            Ok::<_, sqlx::Error>(vec![1, 2, 3])
        };
        assert_eq!(
            *cache.get(1, "k".into(), load).await.unwrap(),
            vec![1, 2, 3]
        );
        cache.get(1, "k".into(), load).await.unwrap();
        assert_eq!(loads.load(std::sync::atomic::Ordering::SeqCst), 1);
        cache.get(2, "k".into(), load).await.unwrap();
        assert_eq!(
            loads.load(std::sync::atomic::Ordering::SeqCst),
            2,
            "a new import loads again"
        );
        cache.get(1, "k".into(), load).await.unwrap();
        assert_eq!(
            loads.load(std::sync::atomic::Ordering::SeqCst),
            3,
            "an older generation is not served from the newer one"
        );
        cache.get(2, "k".into(), load).await.unwrap();
        assert_eq!(loads.load(std::sync::atomic::Ordering::SeqCst), 3);
    }
}
