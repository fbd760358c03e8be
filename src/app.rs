//! The application: shared state, the router made of each feature's routes, and the server loop.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::{DefaultBodyLimit, Request};
use axum::http::{HeaderName, StatusCode};
use axum::middleware::{from_fn, from_fn_with_state};
use axum::routing::get;
use metrics_exporter_prometheus::PrometheusHandle;
use tokio::net::TcpListener;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::csrf::CsrfLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

use crate::config::Config;
use crate::db::{self, Db};
use crate::mail::Mailer;
use crate::web::cookies::CookiePolicy;
use crate::web::{self, AppError};

/// Form posts are small; uploads get their own, larger limit on their own routes.
pub const BODY_LIMIT_BYTES: usize = 64 * 1024;

#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub config: Arc<Config>,
    pub mailer: Mailer,
    pub cookies: CookiePolicy,
    pub metrics: PrometheusHandle,
    /// Uploaded files (publication parts): `DATA_DIR/files` by default.
    pub files: Arc<dyn crate::library::files::FileStore>,
    /// Imported content kept between imports (checked against the database's content generation).
    pub content: Arc<crate::learning::cache::ContentCache>,
}

impl AppState {
    /// Opens and migrates the database and prepares mail. Nothing here keeps state another node would need.
    pub async fn new(config: Config) -> anyhow::Result<AppState> {
        use anyhow::Context;
        std::fs::create_dir_all(&config.data_dir).with_context(|| {
            format!(
                "cannot create the data folder {}",
                config.data_dir.display()
            )
        })?;
        let db = Db::connect(&config.database_url).await?;
        db::migrate(&db).await?;
        if config.bundled_content {
            crate::content::import_bundled_pack_if_empty(&db).await?;
        }
        let mailer = Mailer::new(
            &config.mail_from,
            config.smtp_url.as_deref(),
            config.data_dir.join("outbox"),
        )?;
        let files: Arc<dyn crate::library::files::FileStore> = Arc::new(
            crate::library::files::LocalFileStore::new(config.data_dir.join("files")),
        );
        Ok(AppState {
            db,
            cookies: CookiePolicy {
                secure: config.is_https(),
            },
            config: Arc::new(config),
            mailer,
            metrics: crate::ops::metrics_handle(),
            files,
            content: Arc::default(),
        })
    }
}

/// Every route of the platform, and the middleware every request passes through.
pub fn router(state: AppState) -> Router {
    let x_request_id = HeaderName::from_static("x-request-id");
    let pages = Router::new()
        .merge(crate::home::routes())
        .merge(crate::accounts::routes())
        .merge(crate::learning::routes())
        .merge(crate::library::routes())
        .merge(crate::planning::routes())
        .merge(crate::search::routes())
        .merge(crate::admin::routes())
        .merge(crate::ops::routes())
        .route("/static/{name}", get(web::assets::serve_asset))
        .fallback(|| async { AppError::NotFound })
        .route_layer(from_fn(crate::ops::record_request_metrics));

    // Listed outermost last: a request meets them bottom-up.
    pages
        .layer(from_fn_with_state(
            state.clone(),
            crate::accounts::sessions::load_current_user,
        ))
        .layer(from_fn_with_state(
            state.cookies,
            web::csrf::ensure_csrf_cookie,
        ))
        .layer(from_fn_with_state(
            state.cookies,
            web::remember_language_choice,
        ))
        .layer(from_fn(web::error::render_error_pages))
        .layer(CsrfLayer::new())
        .layer(DefaultBodyLimit::max(BODY_LIMIT_BYTES))
        .layer(from_fn_with_state(
            state.config.is_https(),
            web::security_headers,
        ))
        .layer(compression())
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(30),
        ))
        .layer(CatchPanicLayer::new())
        .layer(PropagateRequestIdLayer::new(x_request_id.clone()))
        .layer(
            TraceLayer::new_for_http().make_span_with(|request: &Request| {
                let id = request
                    .headers()
                    .get("x-request-id")
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or("");
                // The method and the first path segment only: paths may carry reset tokens.
                let section = request.uri().path().split('/').nth(1).unwrap_or("");
                tracing::info_span!("request", id, method = %request.method(), section)
            }),
        )
        .layer(SetRequestIdLayer::new(x_request_id, MakeRequestUuid))
        .with_state(state)
}

/// Brotli and gzip at quality 4: brotli's default (11) costs tens of milliseconds and megabytes per response,
/// for a few hundred bytes saved on a page of 20 KB. Static assets are small and served the same way.
pub fn compression() -> CompressionLayer<impl tower_http::compression::Predicate> {
    use tower_http::compression::{DefaultPredicate, Predicate};
    // Downloads are served as stored, so that range requests address the file's own bytes (and PDFs, zips and
    // videos are compressed already).
    let not_a_download = |_: StatusCode,
                          _: axum::http::Version,
                          headers: &axum::http::HeaderMap,
                          _: &axum::http::Extensions| {
        !headers.contains_key(axum::http::header::CONTENT_DISPOSITION)
            && !headers.contains_key(axum::http::header::CONTENT_RANGE)
    };
    CompressionLayer::new()
        .br(true)
        .gzip(true)
        .quality(tower_http::CompressionLevel::Precise(4))
        .compress_when(DefaultPredicate::new().and(not_a_download))
}

/// Serves until Ctrl-C or SIGTERM. Logs the address once listening (tests and scripts read that line).
pub async fn serve(state: AppState) -> anyhow::Result<()> {
    use anyhow::Context;
    crate::i18n::preload();
    web::assets::preload();
    let bind = state.config.bind;
    let listener = TcpListener::bind(bind)
        .await
        .with_context(|| format!("cannot listen on {bind}"))?;
    let address = listener.local_addr()?;
    let db = state.db.clone();
    tracing::info!(engine = ?db.engine(), "m4d listening on http://{address}");
    let app = router(state).into_make_service_with_connect_info::<SocketAddr>();
    let stopping = Arc::new(tokio::sync::Notify::new());
    let signalled = stopping.clone();
    let server = axum::serve(listener, app).with_graceful_shutdown(async move {
        shutdown_signal().await;
        signalled.notify_one();
    });
    // Graceful shutdown waits for every open connection, so one client stuck halfway through its request head kept
    // the process running after SIGTERM (tests/http/cli.rs): requests in flight get a grace period, then it exits.
    tokio::select! {
        served = server.into_future() => served?,
        _ = async {
            stopping.notified().await;
            tokio::time::sleep(SHUTDOWN_GRACE).await;
        } => tracing::warn!(grace = ?SHUTDOWN_GRACE, "connections still open after the grace period; closing them"),
    }
    db.close().await;
    Ok(())
}

/// How long requests in flight may take to finish once a stop is asked for (systemd waits 90 s before SIGKILL).
const SHUTDOWN_GRACE: Duration = Duration::from_secs(10);

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut signal) =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            signal.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
    tracing::info!("shutting down");
}
