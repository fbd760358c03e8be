//! Outgoing mail: SMTP when configured (`smtps://user:pass@host`, `smtp://host?tls=required`), otherwise each
//! message is written to `DATA_DIR/outbox/` as an `.eml` file, so a workshop laptop needs no mail server.

use std::path::PathBuf;
use std::sync::Arc;

use lettre::message::header::{ContentTransferEncoding, ContentType};
use lettre::message::{Body, Mailbox};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("invalid mail address {0:?}")]
    Address(String),
    #[error("the SMTP URL is not valid: {0}")]
    SmtpUrl(lettre::transport::smtp::Error),
    #[error("could not build the message: {0}")]
    Build(#[from] lettre::error::Error),
    #[error("SMTP delivery failed: {0}")]
    Smtp(#[from] lettre::transport::smtp::Error),
    #[error("could not write to the outbox {path}: {source}")]
    Outbox {
        path: PathBuf,
        source: std::io::Error,
    },
}

#[derive(Clone)]
pub struct Mailer {
    from: Mailbox,
    transport: Arc<Transport>,
}

enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Outbox(PathBuf),
}

/// One message to send, already in the recipient's language.
pub struct Mail {
    pub to: String,
    pub subject: String,
    pub body: String,
}

impl Mailer {
    pub fn new(from: &str, smtp_url: Option<&str>, outbox: PathBuf) -> Result<Mailer, MailError> {
        let from: Mailbox = from
            .parse()
            .map_err(|_| MailError::Address(from.to_string()))?;
        let transport = match smtp_url {
            Some(url) => Transport::Smtp(
                AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .map_err(MailError::SmtpUrl)?
                    .build(),
            ),
            None => {
                tracing::info!(outbox = %outbox.display(), "no SMTP server configured: mail is written to the outbox folder");
                Transport::Outbox(outbox)
            }
        };
        Ok(Mailer {
            from,
            transport: Arc::new(transport),
        })
    }

    pub async fn send(&self, mail: Mail) -> Result<(), MailError> {
        let to: Mailbox = mail
            .to
            .parse()
            .map_err(|_| MailError::Address(mail.to.clone()))?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(mail.subject)
            .header(ContentType::TEXT_PLAIN)
            .body(readable_body(&mail.body))?;
        match self.transport.as_ref() {
            Transport::Smtp(smtp) => {
                smtp.send(message).await?;
            }
            Transport::Outbox(folder) => {
                let outbox_error = |source| MailError::Outbox {
                    path: folder.clone(),
                    source,
                };
                tokio::fs::create_dir_all(folder)
                    .await
                    .map_err(outbox_error)?;
                let name = format!(
                    "{}-{}.eml",
                    time::OffsetDateTime::now_utc().unix_timestamp_nanos(),
                    &crate::web::cookies::random_token()[..8]
                );
                tokio::fs::write(folder.join(name), message.formatted())
                    .await
                    .map_err(outbox_error)?;
            }
        }
        Ok(())
    }
}

/// Wraps prose at 72 characters and sends it as 8bit UTF-8, so links and non-Latin text stay readable in the
/// outbox and in mail clients. (lettre would choose quoted-printable for any line over 76 characters, which
/// breaks long links across lines.) A line that still exceeds SMTP's 998 octets falls back to lettre's choice.
fn readable_body(text: &str) -> Body {
    let wrapped = wrap(text, 72);
    let crlf = wrapped.replace('\n', "\r\n");
    if crlf.split("\r\n").all(|line| line.len() < 998) && !crlf.contains('\0') {
        Body::dangerous_pre_encoded(crlf.into_bytes(), ContentTransferEncoding::EightBit)
    } else {
        Body::new(wrapped)
    }
}

/// Greedy word wrap by characters; a word longer than the width (a link) keeps a line of its own.
fn wrap(text: &str, width: usize) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / width);
    for (i, paragraph) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let mut line_chars = 0;
        for (j, word) in paragraph.split(' ').enumerate() {
            let word_chars = word.chars().count();
            if j > 0 {
                if line_chars + 1 + word_chars > width {
                    out.push('\n');
                    line_chars = 0;
                } else {
                    out.push(' ');
                    line_chars += 1;
                }
            }
            out.push_str(word);
            line_chars += word_chars;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_prose_but_never_breaks_a_link() {
        let link = format!("http://127.0.0.1:8080/fr/password-reset/{}", "a".repeat(64));
        let text = format!("{}\n\n{link}\n", "mot ".repeat(40).trim_end());
        let wrapped = wrap(&text, 72);
        assert!(
            wrapped
                .lines()
                .all(|l| l.chars().count() <= 72 || l == link)
        );
        assert!(wrapped.contains(&link));
        assert_eq!(
            wrapped.replace('\n', " ").split_whitespace().count(),
            text.split_whitespace().count()
        );
    }

    #[tokio::test]
    async fn writes_mail_to_the_outbox_without_an_smtp_server() {
        let dir = tempfile::tempdir().unwrap();
        let mailer =
            Mailer::new("M4D <no-reply@localhost>", None, dir.path().join("outbox")).unwrap();
        let link = format!("http://127.0.0.1/ar/password-reset/{}", "b".repeat(64));
        mailer
            .send(Mail {
                to: "amina@example.org".into(),
                subject: "كلمة المرور".into(),
                body: format!("مرحبًا أمينة،\n\n{link}\n"),
            })
            .await
            .unwrap();
        let files: Vec<_> = std::fs::read_dir(dir.path().join("outbox"))
            .unwrap()
            .flatten()
            .collect();
        assert_eq!(files.len(), 1);
        let text = std::fs::read_to_string(files[0].path()).unwrap();
        assert!(
            text.contains(&link) && text.contains("مرحبًا أمينة"),
            "{text}"
        );
        assert!(text.contains("To: amina@example.org"));
    }
}
