//! Passwords: Argon2id hashes (computed off the async threads) and the rules a new password must meet.

use argon2::Argon2;
use argon2::password_hash::{PasswordHasher, PasswordVerifier, phc::PasswordHash};

use crate::web::AppError;

pub const MIN_PASSWORD_CHARS: usize = 10;
pub const MAX_PASSWORD_CHARS: usize = 128;

/// A few of the passwords most often found in breaches; long enough ones are refused anyway by length.
const COMMON_PASSWORDS: &[&str] = &[
    "1234567890",
    "12345678910",
    "123456789a",
    "qwertyuiop",
    "password12",
    "password123",
    "password1234",
    "iloveyou12",
    "azertyuiop",
    "motdepasse",
    "contrasena",
    "1q2w3e4r5t",
    "qwerty1234",
    "abcdefghij",
    "0123456789",
    "1111111111",
    "aaaaaaaaaa",
    "letmein123",
    "welcome123",
    "admin12345",
];

/// Why a new password is refused, as a message id, or `None` when it is acceptable.
pub fn password_problem(password: &str, email: &str) -> Option<&'static str> {
    let chars = password.chars().count();
    if chars < MIN_PASSWORD_CHARS {
        return Some("error-password-too-short");
    }
    if chars > MAX_PASSWORD_CHARS {
        return Some("error-password-too-long");
    }
    let lowered = password.to_lowercase();
    let distinct = {
        let mut seen: Vec<char> = lowered.chars().collect();
        seen.sort_unstable();
        seen.dedup();
        seen.len()
    };
    if COMMON_PASSWORDS.contains(&lowered.as_str())
        || distinct < 4
        || (!email.is_empty() && lowered == email.to_lowercase())
    {
        return Some("error-password-common");
    }
    None
}

/// Argon2id runs at most this many at once: each takes 19 MiB and a core for tens of milliseconds, so a burst
/// of sign-ins queues here instead of exhausting memory (a benchmark without it peaked at 7 GiB).
static HASHING: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(2);

/// Hashes a password with Argon2id (the crate's defaults: 19 MiB, 2 passes, 1 lane, as OWASP advises).
pub async fn hash_password(password: String) -> Result<String, AppError> {
    let _permit = HASHING
        .acquire()
        .await
        .map_err(|e| AppError::internal("password hashing queue", e))?;
    tokio::task::spawn_blocking(move || {
        PasswordHasher::<PasswordHash>::hash_password(&Argon2::default(), password.as_bytes())
            .map(|hash| hash.to_string())
            .map_err(|e| AppError::internal("password hashing failed", e))
    })
    .await
    .map_err(|e| AppError::internal("password hashing task failed", e))?
}

/// Checks a password against a stored hash. A malformed hash never matches.
pub async fn verify_password(password: String, stored_hash: String) -> bool {
    let Ok(_permit) = HASHING.acquire().await else {
        return false;
    };
    tokio::task::spawn_blocking(move || {
        PasswordHash::new(&stored_hash)
            .map(|hash| {
                PasswordVerifier::<PasswordHash>::verify_password(
                    &Argon2::default(),
                    password.as_bytes(),
                    &hash,
                )
                .is_ok()
            })
            .unwrap_or(false)
    })
    .await
    .unwrap_or(false)
}

/// A hash of no one's password, verified when the email is unknown so that the answer takes as long.
pub const DECOY_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$2fNxh0YRSfcfsnWXgV6OUDDtw/jXuxYvvaHgUImIM5k";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_short_common_and_repetitive_passwords() {
        assert_eq!(
            password_problem("short", ""),
            Some("error-password-too-short")
        );
        assert_eq!(
            password_problem("Password123", ""),
            Some("error-password-common")
        );
        assert_eq!(
            password_problem("abababababab", ""),
            Some("error-password-common")
        );
        assert_eq!(
            password_problem(&"x".repeat(129), ""),
            Some("error-password-too-long")
        );
        assert_eq!(
            password_problem("amina@example.org", "Amina@example.org"),
            Some("error-password-common")
        );
        assert_eq!(
            password_problem("river-of-dates-2026", "amina@example.org"),
            None
        );
    }

    #[test]
    fn counts_characters_not_bytes() {
        // Ten Arabic letters are ten characters, though twenty bytes.
        assert_eq!(password_problem("كلمةسرطويلة", ""), None);
    }

    #[tokio::test]
    async fn hashes_with_argon2id_and_verifies() {
        let hash = hash_password("river-of-dates-2026".into()).await.unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password("river-of-dates-2026".into(), hash.clone()).await);
        assert!(!verify_password("river-of-dates-2027".into(), hash).await);
        assert!(!verify_password("anything".into(), "not a hash".into()).await);
    }
}
