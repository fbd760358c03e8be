//! Reading and writing the few cookies the platform uses (session, CSRF token, language choice).

use axum::http::HeaderMap;
use axum::http::header::{COOKIE, HeaderValue};

pub const SESSION_COOKIE: &str = "m4d_session";
pub const CSRF_COOKIE: &str = "m4d_csrf";
pub const LANGUAGE_COOKIE: &str = "m4d_lang";

/// The value of cookie `name`, if the request sent it.
pub fn read_cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.to_string())
}

/// Whether cookies carry `Secure`: on when the public URL is https.
#[derive(Clone, Copy, Debug)]
pub struct CookiePolicy {
    pub secure: bool,
}

impl CookiePolicy {
    /// A `Set-Cookie` value. `max_age` of `None` makes a session cookie; `Some(0)` deletes it.
    pub fn cookie(
        &self,
        name: &str,
        value: &str,
        max_age: Option<i64>,
        same_site: &str,
    ) -> HeaderValue {
        let mut cookie = format!("{name}={value}; Path=/; HttpOnly; SameSite={same_site}");
        if let Some(seconds) = max_age {
            cookie.push_str(&format!("; Max-Age={seconds}"));
        }
        if self.secure {
            cookie.push_str("; Secure");
        }
        HeaderValue::from_str(&cookie).expect("cookie values are URL-safe tokens")
    }
}

/// Remembers a language choice for the visitor's next visit to `/`, for a year.
pub fn language_cookie(policy: CookiePolicy, locale: crate::i18n::Locale) -> HeaderValue {
    policy.cookie(LANGUAGE_COOKIE, locale.code(), Some(365 * 24 * 3600), "Lax")
}

/// A random token of 32 bytes as 64 hex digits: session ids, CSRF tokens, reset links.
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).expect("the operating system provides randomness");
    hex(&bytes)
}

/// The SHA-256 of a token as hex: what the database stores instead of the token itself.
pub fn token_hash(token: &str) -> String {
    use sha2::Digest;
    hex(&sha2::Sha256::digest(token.as_bytes()))
}

pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for byte in bytes {
        out.push(DIGITS[(byte >> 4) as usize] as char);
        out.push(DIGITS[(byte & 15) as usize] as char);
    }
    out
}

/// True for a value shaped like one of our tokens (64 lowercase hex digits).
pub fn looks_like_token(value: &str) -> bool {
    value.len() == 64
        && value
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_one_cookie_among_several() {
        let mut headers = HeaderMap::new();
        headers.insert(COOKIE, HeaderValue::from_static("a=1; m4d_lang=ar; b=2"));
        assert_eq!(
            read_cookie(&headers, LANGUAGE_COOKIE).as_deref(),
            Some("ar")
        );
        assert_eq!(read_cookie(&headers, SESSION_COOKIE), None);
    }

    #[test]
    fn tokens_are_random_hex_and_hash_differently() {
        let a = random_token();
        let b = random_token();
        assert!(looks_like_token(&a) && looks_like_token(&b));
        assert_ne!(a, b);
        assert_ne!(token_hash(&a), a);
        assert!(!looks_like_token("../etc/passwd"));
    }

    #[test]
    fn secure_cookies_say_so() {
        let value = CookiePolicy { secure: true }.cookie(SESSION_COOKIE, "x", Some(60), "Lax");
        let text = value.to_str().unwrap();
        assert!(
            text.contains("HttpOnly") && text.contains("SameSite=Lax") && text.contains("Secure")
        );
    }
}
