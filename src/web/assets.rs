//! Static files (CSS, icons) embedded in the binary and served under content-hashed names, so browsers may
//! cache them for a year.

use std::collections::HashMap;
use std::sync::LazyLock;

use axum::extract::Path;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use rust_embed::RustEmbed;

use super::AppError;
use super::cookies::hex;

#[derive(RustEmbed)]
#[folder = "static/"]
struct StaticFiles;

struct Asset {
    bytes: Vec<u8>,
    content_type: &'static str,
}

struct Assets {
    /// Hashed name (`style.1a2b3c4d5e6f.css`) -> file.
    by_hashed_name: HashMap<String, Asset>,
    /// Plain name (`style.css`) -> hashed name.
    hashed_names: HashMap<String, String>,
}

static ASSETS: LazyLock<Assets> = LazyLock::new(|| {
    use sha2::Digest;
    let mut by_hashed_name = HashMap::new();
    let mut hashed_names = HashMap::new();
    for name in StaticFiles::iter() {
        let Some(file) = StaticFiles::get(&name) else {
            continue;
        };
        let bytes = file.data.into_owned();
        let digest = hex(&sha2::Sha256::digest(&bytes)[..6]);
        let hashed = match name.rsplit_once('.') {
            Some((stem, extension)) => format!("{stem}.{digest}.{extension}"),
            None => format!("{name}.{digest}"),
        };
        let content_type = content_type_of(&name);
        hashed_names.insert(name.to_string(), hashed.clone());
        by_hashed_name.insert(
            hashed,
            Asset {
                bytes,
                content_type,
            },
        );
    }
    Assets {
        by_hashed_name,
        hashed_names,
    }
});

fn content_type_of(name: &str) -> &'static str {
    match name.rsplit('.').next() {
        Some("css") => "text/css; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("ico") => "image/x-icon",
        Some("txt") => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// The URL of a static file by its plain name, e.g. `asset_url("style.css")` -> `/static/style.1a2b3c4d5e6f.css`.
pub fn asset_url(name: &str) -> String {
    match ASSETS.hashed_names.get(name) {
        Some(hashed) => format!("/static/{hashed}"),
        None => format!("/static/{name}"),
    }
}

pub fn preload() {
    LazyLock::force(&ASSETS);
}

pub async fn serve_asset(Path(name): Path<String>) -> Result<Response, AppError> {
    let asset = ASSETS.by_hashed_name.get(&name).ok_or(AppError::NotFound)?;
    let mut response = asset.bytes.clone().into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(asset.content_type),
    );
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=31536000, immutable"),
    );
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stylesheet_has_a_hashed_name() {
        let url = asset_url("style.css");
        assert!(
            url.starts_with("/static/style.")
                && url.ends_with(".css")
                && url.len() > "/static/style.css".len()
        );
    }
}
