//! The sign-in throttle: failures are counted per account and per address in the database, so every node of a
//! cluster sees them. After a few failures answers slow down; after more, sign-in is refused for a while (429).

use std::net::IpAddr;
use std::time::Duration;

use crate::db::{Db, now};

use super::queries;

/// Failures are counted over this window.
pub const WINDOW_SECONDS: i64 = 15 * 60;
/// Failures on one account before sign-in to it is refused for the rest of the window.
pub const ACCOUNT_LIMIT: i64 = 5;
/// Failures from one address before it is refused (higher: a whole office may share one address).
pub const ADDRESS_LIMIT: i64 = 30;
/// Failures before each further answer is slowed down.
pub const SLOW_AFTER: i64 = 2;

pub fn account_key(email: &str) -> String {
    format!("account:{email}")
}

pub fn address_key(address: IpAddr) -> String {
    format!("address:{address}")
}

/// How a sign-in attempt may go ahead.
#[derive(Debug, PartialEq, Eq)]
pub enum Verdict {
    Allowed { delay: Duration },
    Refused { retry_after_seconds: i64 },
}

/// The pure rule: given the failures in the window and the latest one, what happens now.
pub fn verdict(failures: i64, latest_failure: Option<i64>, limit: i64, now: i64) -> Verdict {
    if failures >= limit {
        let retry_after_seconds = latest_failure
            .map_or(WINDOW_SECONDS, |at| at + WINDOW_SECONDS - now)
            .max(1);
        return Verdict::Refused {
            retry_after_seconds,
        };
    }
    let extra = (failures - SLOW_AFTER).max(0) as u64;
    Verdict::Allowed {
        delay: Duration::from_millis((250 * extra).min(2_000)),
    }
}

/// Combines the account's and the address's counts: refused if either refuses, else the longer delay.
pub async fn check(db: &Db, email: &str, address: IpAddr) -> Result<Verdict, sqlx::Error> {
    let now = now();
    let since = now - WINDOW_SECONDS;
    let (account_failures, account_latest) =
        queries::count_failures_since(db, &account_key(email), since).await?;
    let (address_failures, address_latest) =
        queries::count_failures_since(db, &address_key(address), since).await?;
    let by_account = verdict(account_failures, account_latest, ACCOUNT_LIMIT, now);
    let by_address = verdict(address_failures, address_latest, ADDRESS_LIMIT, now);
    Ok(match (by_account, by_address) {
        (refused @ Verdict::Refused { .. }, _) | (_, refused @ Verdict::Refused { .. }) => refused,
        (Verdict::Allowed { delay: a }, Verdict::Allowed { delay: b }) => {
            Verdict::Allowed { delay: a.max(b) }
        }
    })
}

pub async fn record_failure(db: &Db, email: &str, address: IpAddr) -> Result<(), sqlx::Error> {
    let window_start = now() - WINDOW_SECONDS;
    queries::record_failure(db, &account_key(email), window_start).await?;
    queries::record_failure(db, &address_key(address), window_start).await
}

/// A successful sign-in clears the account's count (not the address's: it may be guessing other accounts).
pub async fn record_success(db: &Db, email: &str) -> Result<(), sqlx::Error> {
    queries::clear_failures(db, &account_key(email)).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allows_the_first_failures_without_delay() {
        assert_eq!(
            verdict(0, None, 5, 1000),
            Verdict::Allowed {
                delay: Duration::ZERO
            }
        );
        assert_eq!(
            verdict(2, Some(990), 5, 1000),
            Verdict::Allowed {
                delay: Duration::ZERO
            }
        );
    }

    #[test]
    fn slows_down_then_refuses_until_the_window_passes() {
        assert_eq!(
            verdict(3, Some(990), 5, 1000),
            Verdict::Allowed {
                delay: Duration::from_millis(250)
            }
        );
        assert_eq!(
            verdict(4, Some(990), 5, 1000),
            Verdict::Allowed {
                delay: Duration::from_millis(500)
            }
        );
        assert_eq!(
            verdict(5, Some(990), 5, 1000),
            Verdict::Refused {
                retry_after_seconds: 990 + WINDOW_SECONDS - 1000
            }
        );
    }
}
