use clap::Parser;
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    return_large_blocks_to_the_system();
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_env("M4D_LOG").unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn")),
        )
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
    let cli = m4d::cli::Cli::parse();
    match m4d::cli::run(cli).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

/// Each sign-in verifies an Argon2id hash in 19 MiB of memory on a blocking thread. glibc raises its mmap threshold
/// after the first such block is freed, so later ones come from per-thread arenas and stay resident: under a
/// burst of sign-ins the server kept ~400 MiB. A fixed threshold of 16 MiB maps and unmaps those blocks, and only
/// those: a lower one would also map the compressor's per-response tables, at a cost on every page.
/// Fixing the threshold also stops glibc from raising its trim threshold with it, which stays at 128 KiB: the
/// memory the compressor frees at the top of a heap after each page went back to the system and was faulted in
/// again for the next (15 % of a lesson page's time). 32 MiB is what glibc itself would have set (twice the
/// mmap threshold).
fn return_large_blocks_to_the_system() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only changes allocator parameters; called once, before any large allocation.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 16 << 20);
        libc::mallopt(libc::M_TRIM_THRESHOLD, 32 << 20);
    }
}
