//! Outgoing mail: SMTP when configured (`smtps://user:pass@host`, `smtp://host?tls=required`), otherwise each
//! message is written to `DATA_DIR/outbox/` as an `.eml` file, so a workshop laptop needs no mail server.

use std::path::PathBuf;
use std::sync::Arc;

use lettre::message::{Mailbox, header::ContentType};
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
            .body(mail.body)?;
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
