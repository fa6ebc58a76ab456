fn main() {
    std::process::exit(dossier::cli::main());
}
