//! The comparison point of the load benchmark: a bare axum handler serving the same bytes as a page of the
//! platform, with the same compression layer. Usage: `bare_axum PAGE.html [ADDR]`; prints `listening on …`.

use axum::Router;
use axum::response::Html;
use axum::routing::get;

#[tokio::main]
async fn main() {
    let mut args = std::env::args().skip(1);
    let page = std::fs::read_to_string(args.next().expect("usage: bare_axum PAGE.html [ADDR]"))
        .expect("the page file reads");
    let addr = args.next().unwrap_or_else(|| "127.0.0.1:0".into());
    let page: &'static str = Box::leak(page.into_boxed_str());
    let app = Router::new()
        .route("/", get(move || async move { Html(page) }))
        .layer(m4d::app::compression());
    let listener = tokio::net::TcpListener::bind(&addr).await.expect("bind");
    println!("listening on http://{}", listener.local_addr().unwrap());
    axum::serve(listener, app).await.unwrap();
}
