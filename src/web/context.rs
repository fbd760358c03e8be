//! What every page needs to know about its request: the language, the signed-in user, the CSRF token, and
//! where the same page lives in the other languages.

use axum::extract::{FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};

use crate::i18n::{Locale, Tr};

use super::AppError;
use super::auth::{CurrentUser, Role};
use super::cookies::{LANGUAGE_COOKIE, read_cookie};
use super::csrf::CsrfToken;

#[derive(Clone, Debug)]
pub struct PageContext {
    pub locale: Locale,
    pub tr: Tr,
    pub user: Option<CurrentUser>,
    pub csrf_token: String,
    /// The path and query after the language prefix (`/profile?x=1`), to link to this page in another language.
    pub path_in_language: String,
}

impl PageContext {
    /// A context with no user and no request behind it (error pages, tests).
    pub fn bare(locale: Locale) -> PageContext {
        PageContext {
            locale,
            tr: Tr::new(locale),
            user: None,
            csrf_token: String::new(),
            path_in_language: "/".to_string(),
        }
    }

    pub fn lang(&self) -> &'static str {
        self.locale.code()
    }

    pub fn dir(&self) -> &'static str {
        self.locale.dir()
    }

    /// `/fr/profile` for `/profile`: a link within the current language.
    pub fn href(&self, path: &str) -> String {
        format!("/{}{}", self.locale.code(), path)
    }

    /// The same page in each other language, for the switcher: (language, link).
    pub fn other_languages(&self) -> Vec<(Locale, String)> {
        Locale::ALL
            .into_iter()
            .filter(|l| *l != self.locale)
            .map(|l| (l, format!("/{}{}", l.code(), self.path_in_language)))
            .collect()
    }

    /// The URL of the stylesheet (content-hashed, cached for a year).
    pub fn stylesheet(&self) -> String {
        super::assets::asset_url("style.css")
    }

    pub fn is_editor(&self) -> bool {
        self.user
            .as_ref()
            .is_some_and(|u| u.role.includes(Role::Editor))
    }

    pub fn is_admin(&self) -> bool {
        self.user
            .as_ref()
            .is_some_and(|u| u.role.includes(Role::Admin))
    }

    /// The signed-in user, or a redirect to the sign-in page that comes back here.
    pub fn signed_in_user(&self) -> Result<&CurrentUser, AppError> {
        self.user.as_ref().ok_or_else(|| AppError::SignInRequired {
            locale: self.locale,
            back_to: self.href(&self.path_in_language),
        })
    }
}

/// Splits `/fr/profile?x` into the locale and `/profile?x`; `None` when the first segment is not one of ours.
pub fn split_language_prefix(path_and_query: &str) -> Option<(Locale, String)> {
    let rest = path_and_query.strip_prefix('/')?;
    let (code, tail) = match rest.find(['/', '?']) {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, ""),
    };
    let locale = Locale::from_code(code)?;
    let tail = if tail.is_empty() || tail.starts_with('?') {
        format!("/{tail}")
    } else {
        tail.to_string()
    };
    Some((locale, tail))
}

/// The language a visitor prefers when the URL does not say: saved choice, then Accept-Language, then English.
pub fn preferred_locale(headers: &HeaderMap) -> Locale {
    if let Some(saved) = read_cookie(headers, LANGUAGE_COOKIE).and_then(|c| Locale::from_code(&c)) {
        return saved;
    }
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map(Locale::negotiate)
        .unwrap_or(Locale::En)
}

/// The language of a request: its path prefix, else the visitor's preference.
pub fn locale_of_request(request: &Request) -> Locale {
    split_language_prefix(request.uri().path())
        .map(|(locale, _)| locale)
        .unwrap_or_else(|| preferred_locale(request.headers()))
}

impl<S: Send + Sync> FromRequestParts<S> for PageContext {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let path_and_query = parts
            .uri
            .path_and_query()
            .map(|p| p.as_str())
            .unwrap_or("/");
        let (locale, path_in_language) =
            split_language_prefix(path_and_query).ok_or(AppError::NotFound)?;
        Ok(PageContext {
            locale,
            tr: Tr::new(locale),
            user: parts.extensions.get::<CurrentUser>().cloned(),
            csrf_token: parts
                .extensions
                .get::<CsrfToken>()
                .map(|t| t.0.clone())
                .unwrap_or_default(),
            path_in_language,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_the_language_prefix() {
        assert_eq!(
            split_language_prefix("/fr/profile?x=1"),
            Some((Locale::Fr, "/profile?x=1".into()))
        );
        assert_eq!(
            split_language_prefix("/ar/"),
            Some((Locale::Ar, "/".into()))
        );
        assert_eq!(split_language_prefix("/ar"), Some((Locale::Ar, "/".into())));
        assert_eq!(
            split_language_prefix("/es?q=1"),
            Some((Locale::Es, "/?q=1".into()))
        );
        assert_eq!(split_language_prefix("/de/profile"), None);
        assert_eq!(split_language_prefix("/healthz"), None);
    }

    #[test]
    fn links_to_the_same_page_in_the_other_languages() {
        let mut ctx = PageContext::bare(Locale::Ar);
        ctx.path_in_language = "/profile".into();
        let links = ctx.other_languages();
        assert_eq!(links.len(), 3);
        assert!(links.contains(&(Locale::Fr, "/fr/profile".into())));
    }
}
