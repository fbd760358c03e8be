//! Uploaded files: checked by their content, stored by the SHA-256 of their bytes behind [`FileStore`], served
//! with their type, length, range requests and a download name.
//!
//! The local store keeps files under `DATA_DIR/files/ab/cdef…`. Several nodes share files by pointing
//! `DATA_DIR/files` at shared storage, or, later, by an S3-compatible implementation of the same trait.

use std::future::Future;
use std::path::PathBuf;
use std::pin::Pin;

use axum::body::Body;
use axum::http::{HeaderMap, HeaderValue, Request, StatusCode, header};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};
use tower::ServiceExt;
use tower_http::services::ServeFile;

use crate::web::cookies::hex;

pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// Where uploaded files live. Keys are hex SHA-256 digests, so a key never holds a path.
pub trait FileStore: Send + Sync {
    fn put<'a>(&'a self, key: &'a str, bytes: &'a [u8]) -> BoxFuture<'a, std::io::Result<()>>;
    fn delete<'a>(&'a self, key: &'a str) -> BoxFuture<'a, std::io::Result<()>>;
    /// Answers a download request for `key` (ranges and conditional requests included).
    fn serve<'a>(
        &'a self,
        key: &'a str,
        media_type: &'a str,
        request_headers: &'a HeaderMap,
    ) -> BoxFuture<'a, Response>;
}

/// Files in a folder of the local disk.
pub struct LocalFileStore {
    root: PathBuf,
}

impl LocalFileStore {
    pub fn new(root: PathBuf) -> LocalFileStore {
        LocalFileStore { root }
    }

    fn path(&self, key: &str) -> Option<PathBuf> {
        let valid = key.len() == 64 && key.bytes().all(|b| b.is_ascii_hexdigit());
        valid.then(|| self.root.join(&key[..2]).join(key))
    }
}

impl FileStore for LocalFileStore {
    fn put<'a>(&'a self, key: &'a str, bytes: &'a [u8]) -> BoxFuture<'a, std::io::Result<()>> {
        Box::pin(async move {
            let path = self
                .path(key)
                .ok_or_else(|| std::io::Error::other("invalid file key"))?;
            if tokio::fs::try_exists(&path).await.unwrap_or(false) {
                return Ok(());
            }
            let folder = path.parent().expect("a key has a folder");
            tokio::fs::create_dir_all(folder).await?;
            // Write beside, then rename: a reader never sees half a file.
            let partial = folder.join(format!("{key}.partial"));
            tokio::fs::write(&partial, bytes).await?;
            tokio::fs::rename(&partial, &path).await
        })
    }

    fn delete<'a>(&'a self, key: &'a str) -> BoxFuture<'a, std::io::Result<()>> {
        Box::pin(async move {
            let Some(path) = self.path(key) else {
                return Ok(());
            };
            match tokio::fs::remove_file(path).await {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
                _ => Ok(()),
            }
        })
    }

    fn serve<'a>(
        &'a self,
        key: &'a str,
        media_type: &'a str,
        request_headers: &'a HeaderMap,
    ) -> BoxFuture<'a, Response> {
        Box::pin(async move {
            let Some(path) = self.path(key) else {
                return StatusCode::NOT_FOUND.into_response();
            };
            let mime: mime::Mime = media_type.parse().unwrap_or(mime::APPLICATION_OCTET_STREAM);
            let mut request = Request::new(Body::empty());
            for name in [
                header::RANGE,
                header::IF_RANGE,
                header::IF_MODIFIED_SINCE,
                header::IF_UNMODIFIED_SINCE,
            ] {
                if let Some(value) = request_headers.get(&name) {
                    request.headers_mut().insert(name, value.clone());
                }
            }
            match ServeFile::new_with_mime(path, &mime).oneshot(request).await {
                Ok(response) => response.map(Body::new),
                Err(error) => {
                    tracing::error!(%error, "cannot read a stored file");
                    StatusCode::INTERNAL_SERVER_ERROR.into_response()
                }
            }
        })
    }
}

/// The hex SHA-256 of `bytes`: the file's key in the store.
pub fn file_key(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

/// What a file is, judged by its bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FileType {
    /// The part format shown to readers (`pdf`, `docx`, `odt`, `zip`, `video`).
    pub format: &'static str,
    pub media_type: &'static str,
    pub extension: &'static str,
}

const PDF: FileType = FileType {
    format: "pdf",
    media_type: "application/pdf",
    extension: "pdf",
};
const DOCX: FileType = FileType {
    format: "docx",
    media_type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extension: "docx",
};
const ODT: FileType = FileType {
    format: "odt",
    media_type: "application/vnd.oasis.opendocument.text",
    extension: "odt",
};
const ZIP: FileType = FileType {
    format: "zip",
    media_type: "application/zip",
    extension: "zip",
};
const MP4: FileType = FileType {
    format: "video",
    media_type: "video/mp4",
    extension: "mp4",
};

/// The type of an upload from its first bytes; None for anything we do not take (HTML, programs, images…).
pub fn sniff(bytes: &[u8]) -> Option<FileType> {
    if bytes.starts_with(b"%PDF-") {
        return Some(PDF);
    }
    if bytes.starts_with(b"PK\x03\x04") {
        // An OpenDocument file starts with an uncompressed `mimetype` entry; a Word file has `word/` entries.
        let head = &bytes[..bytes.len().min(64 * 1024)];
        if head.get(30..38) == Some(b"mimetype")
            && head
                .get(38..77)
                .is_some_and(|m| m == b"application/vnd.oasis.opendocument.text")
        {
            return Some(ODT);
        }
        if contains(head, b"word/") {
            return Some(DOCX);
        }
        return Some(ZIP);
    }
    if bytes.get(4..8) == Some(b"ftyp") {
        return Some(MP4);
    }
    None
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// Why an upload was refused; each is a Fluent message id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UploadProblem {
    Empty,
    TooLarge,
    UnknownType,
    /// The name says one type, the bytes another (a program renamed `.pdf`, say).
    NameDisagrees,
}

impl UploadProblem {
    pub fn message_id(self) -> &'static str {
        match self {
            UploadProblem::Empty => "upload-error-empty",
            UploadProblem::TooLarge => "upload-error-too-large",
            UploadProblem::UnknownType => "upload-error-unknown-type",
            UploadProblem::NameDisagrees => "upload-error-name-disagrees",
        }
    }
}

/// Checks an upload: not empty, within `limit`, a type we take, and a name whose extension (if any) agrees.
pub fn check_upload(name: &str, bytes: &[u8], limit: usize) -> Result<FileType, UploadProblem> {
    if bytes.is_empty() {
        return Err(UploadProblem::Empty);
    }
    if bytes.len() > limit {
        return Err(UploadProblem::TooLarge);
    }
    let kind = sniff(bytes).ok_or(UploadProblem::UnknownType)?;
    let safe = safe_file_name(name, kind);
    let extension = safe.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
    match extension.as_deref() {
        Some(e) if e == kind.extension => Ok(kind),
        // A Word file is a zip; an OpenDocument file too.
        Some("zip") if kind == DOCX || kind == ODT => Ok(kind),
        _ => Err(UploadProblem::NameDisagrees),
    }
}

/// A download name from whatever name the browser sent: no folders, no control or quoting characters, at most
/// 100 characters, and the extension of its type.
pub fn safe_file_name(name: &str, kind: FileType) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or("");
    let cleaned: String = base
        .chars()
        .filter(|c| {
            !c.is_control()
                && !matches!(
                    c,
                    '"' | '\'' | ';' | '%' | '*' | '?' | '<' | '>' | '|' | ':'
                )
        })
        .take(100)
        .collect();
    let cleaned = cleaned.trim().trim_start_matches('.').to_string();
    if cleaned.is_empty() {
        format!("download.{}", kind.extension)
    } else if !cleaned.contains('.') {
        format!("{cleaned}.{}", kind.extension)
    } else {
        cleaned
    }
}

/// `attachment; filename="…"; filename*=UTF-8''…`: an ASCII fallback and the real name, percent-encoded.
pub fn content_disposition(name: &str) -> HeaderValue {
    let ascii: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let encoded = percent_encode(name);
    HeaderValue::from_str(&format!(
        "attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}"
    ))
    .unwrap_or_else(|_| HeaderValue::from_static("attachment"))
}

/// Every byte but unreserved ASCII as `%XX`: for a path segment or an RFC 5987 file name.
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const TINY_PDF: &[u8] = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";

    #[test]
    fn recognises_files_by_their_bytes() {
        assert_eq!(sniff(TINY_PDF), Some(PDF));
        let mut odt = b"PK\x03\x04".to_vec();
        odt.resize(30, 0);
        odt.extend_from_slice(b"mimetypeapplication/vnd.oasis.opendocument.text");
        assert_eq!(sniff(&odt), Some(ODT));
        assert_eq!(sniff(b"PK\x03\x04....word/document.xml"), Some(DOCX));
        assert_eq!(sniff(b"<html><script>alert(1)</script>"), None);
        assert_eq!(sniff(b"MZ\x90\x00 a Windows program"), None);
    }

    #[test]
    fn refuses_empty_oversized_unknown_and_disguised_uploads() {
        assert_eq!(check_upload("guide.pdf", TINY_PDF, 1024), Ok(PDF));
        assert_eq!(check_upload("guide", TINY_PDF, 1024), Ok(PDF));
        assert_eq!(check_upload("a.pdf", b"", 1024), Err(UploadProblem::Empty));
        assert_eq!(
            check_upload("a.pdf", TINY_PDF, 10),
            Err(UploadProblem::TooLarge)
        );
        assert_eq!(
            check_upload("a.pdf", b"<html></html>", 1024),
            Err(UploadProblem::UnknownType)
        );
        assert_eq!(
            check_upload("report.docx", TINY_PDF, 1024),
            Err(UploadProblem::NameDisagrees)
        );
    }

    #[test]
    fn download_names_lose_folders_and_tricks() {
        assert_eq!(safe_file_name("../../etc/passwd", PDF), "passwd.pdf");
        assert_eq!(safe_file_name("C:\\Users\\x\\guía.pdf", PDF), "guía.pdf");
        assert_eq!(safe_file_name("..", PDF), "download.pdf");
        assert_eq!(safe_file_name("a\"b;c\r\n.pdf", PDF), "abc.pdf");
        let header = content_disposition("دليل.pdf");
        let text = header.to_str().unwrap();
        assert!(text.starts_with("attachment; filename=\""));
        assert!(text.contains("filename*=UTF-8''%D8%AF"));
    }

    #[test]
    fn keys_are_sha256_and_the_store_refuses_anything_else() {
        let key = file_key(b"abc");
        assert_eq!(
            key,
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        let store = LocalFileStore::new(PathBuf::from("/tmp/files"));
        assert!(store.path("../../etc/passwd").is_none());
        assert!(store.path(&key).unwrap().ends_with(format!("ba/{key}")));
    }
}
