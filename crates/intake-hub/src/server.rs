//! The hub's HTTP API (axum). Handlers are thin: they move bytes to the blocking hub operations (on
//! tokio's blocking pool, since both database drivers block) and turn the outcome into a status and JSON.
//!
//! - `POST /v1/enroll`  JSON `EnrollRequest` -> `EnrollReply`
//! - `POST /v1/batches` an envelope (application/octet-stream) -> `Signed<Receipt>`
//! - `GET /healthz` (the process answers), `GET /readyz` (and its database does), `GET /metrics`
//! - `/dashboard...`: the signed-in dashboard for the ACO ([`crate::dashboard`])
//!
//! Every refusal is JSON `{"reason", "message"}` with a 4xx status (do not resend the same bytes) or 503
//! (try again later).

use std::net::SocketAddr;
use std::sync::Arc;

use axum::body::{Body, Bytes};
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use intake_wire::{EnrollRequest, MAX_ENVELOPE_BYTES};

use crate::hub::Hub;
use crate::refusal::Refusal;

pub fn router(hub: Arc<Hub>) -> Router {
    Router::new()
        // An enrollment request is a few hundred bytes; anyone may send one, so it is capped small.
        .route("/v1/enroll", post(enroll).layer(DefaultBodyLimit::max(16 * 1024)))
        .route("/v1/batches", post(batch))
        .route("/healthz", get(|| async { "ok\n" }))
        .route("/readyz", get(ready))
        .route("/metrics", get(metrics))
        .route("/", get(|| async { axum::response::Redirect::to("/dashboard") }))
        .merge(crate::dashboard::routes())
        .with_state(hub)
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.status()).unwrap_or(StatusCode::BAD_REQUEST);
        (status, Json(self)).into_response()
    }
}

async fn blocking<T: Send + 'static>(f: impl FnOnce() -> Result<T, Refusal> + Send + 'static) -> Result<T, Refusal> {
    tokio::task::spawn_blocking(f).await.unwrap_or_else(|e| Err(Refusal::unavailable(e)))
}

async fn enroll(State(hub): State<Arc<Hub>>, body: Bytes) -> Response {
    let Ok(request) = serde_json::from_slice::<EnrollRequest>(&body) else {
        return Refusal::new("malformed", "not an enrollment request").into_response();
    };
    match blocking(move || hub.enroll(&request)).await {
        Ok(reply) => Json(reply).into_response(),
        Err(refusal) => refusal.into_response(),
    }
}

/// Takes the raw `Body` (which axum's default limit does not apply to) and enforces the envelope limit itself,
/// so an oversize body is counted and answered in JSON like every other refusal.
async fn batch(State(hub): State<Arc<Hub>>, body: Body) -> Response {
    let bytes = match axum::body::to_bytes(body, MAX_ENVELOPE_BYTES).await {
        Ok(b) => b,
        Err(_) => {
            let refusal = Refusal::new("too-large", format!("a batch may be at most {MAX_ENVELOPE_BYTES} bytes"));
            hub.metrics().refused(&refusal.reason);
            let h = hub.clone();
            let _ = tokio::task::spawn_blocking(move || h.record_refusal(None, "too-large")).await;
            return refusal.into_response();
        }
    };
    match blocking(move || hub.ingest(&bytes)).await {
        Ok(accepted) => Json(accepted.receipt).into_response(),
        Err(refusal) => refusal.into_response(),
    }
}

async fn ready(State(hub): State<Arc<Hub>>) -> Response {
    match blocking(move || hub.current_key_id().map_err(Refusal::unavailable)).await {
        Ok(_) => "ready\n".into_response(),
        Err(refusal) => refusal.into_response(),
    }
}

async fn metrics(State(hub): State<Arc<Hub>>) -> Response {
    ([(header::CONTENT_TYPE, "text/plain; version=0.0.4")], hub.metrics().render()).into_response()
}

/// TLS certificate and key files (PEM).
#[derive(Debug, Clone)]
pub struct Tls {
    pub cert: std::path::PathBuf,
    pub key: std::path::PathBuf,
}

/// Serves until SIGINT or SIGTERM. Prints `listening on ADDR` (the real port when ADDR had port 0) on
/// stdout once the socket is bound: scripts and tests wait for that line.
pub async fn serve(hub: Arc<Hub>, listen: SocketAddr, tls: Option<Tls>) -> std::io::Result<()> {
    let app = router(hub);
    let listener = std::net::TcpListener::bind(listen)?;
    listener.set_nonblocking(true)?;
    let addr = listener.local_addr()?;
    match tls {
        None => {
            println!("listening on http://{addr}");
            let listener = tokio::net::TcpListener::from_std(listener)?;
            axum::serve(listener, app).with_graceful_shutdown(shutdown_signal()).await
        }
        Some(tls) => {
            let _ = rustls::crypto::ring::default_provider().install_default();
            let config = axum_server::tls_rustls::RustlsConfig::from_pem_file(&tls.cert, &tls.key).await?;
            println!("listening on https://{addr}");
            let handle = axum_server::Handle::new();
            let h = handle.clone();
            tokio::spawn(async move {
                shutdown_signal().await;
                h.graceful_shutdown(Some(std::time::Duration::from_secs(10)));
            });
            axum_server::from_tcp_rustls(listener, config).handle(handle).serve(app.into_make_service()).await
        }
    }
}

async fn shutdown_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut term = match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(s) => s,
            Err(_) => return std::future::pending().await,
        };
        tokio::select! { _ = ctrl_c => {}, _ = term.recv() => {} }
    }
    #[cfg(not(unix))]
    let _ = ctrl_c.await;
    tracing::info!("shutting down");
}
