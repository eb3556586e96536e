#!/bin/sh
# Build and run the libFuzzer targets of Fuzz/ (Linux, swiftc -sanitize=fuzzer).
#
#   Scripts/fuzz.sh build                 build .build/fuzz/text-fuzzer and .build/fuzz/table-fuzzer
#   Scripts/fuzz.sh text  [SECONDS]       fuzz the plain-text pipeline (default 300 s)
#   Scripts/fuzz.sh table [SECONDS]       fuzz the table readers with glyph layouts (default 300 s)
#   Scripts/fuzz.sh html  [SECONDS]       fuzz the web-page reader (libxml2, article body, grids; default 300 s)
#   Scripts/fuzz.sh repro TARGET FILE     run one input (e.g. a crash-* artifact) through a target
#
# Each target is Fuzz/<Target>/main.swift + Fuzz/Common/*.swift compiled in one module with every
# Sources/GovReport/**/*.swift (pure Foundation, so no package build is needed). The text target is
# seeded with the committed .txt samples and fixtures (and ../shared/corpus when present); the working
# corpus and crash artifacts live in .build/fuzz/. One process, one job: the machine is shared.
# A crashing input belongs in Tests/GovReportTests/Fuzz/Inputs/ with a case in FuzzRegressionTests.swift.
set -eu
cd "$(dirname "$0")/.."
out=.build/fuzz
mkdir -p "$out"

core_sources() {  # the core without FileHash.swift, the one file that needs swift-crypto (no package build here)
    find Sources/GovReport -name '*.swift' ! -name FileHash.swift | sort
}

build() {  # build NAME DIR
    # shellcheck disable=SC2046
    swiftc -sanitize=fuzzer -parse-as-library -O -g -module-name GovReportFuzz \
        "Fuzz/$2/main.swift" Fuzz/Common/*.swift $(core_sources) \
        -o "$out/$1-fuzzer"
}

build_html() {  # the web reader's HTML part compiled into the same one module, libxml2 through its module map
    rm -rf "$out/web-src" && mkdir -p "$out/web-src"
    for f in Sources/GovReportWeb/LibXML2/*.swift Sources/GovReportWeb/HTML/*.swift Sources/GovReportWeb/HTMLReader.swift \
             Sources/GovReportWeb/WebReadError.swift; do
        grep -v '^import GovReport$' "$f" > "$out/web-src/$(basename "$f")"
    done
    # shellcheck disable=SC2046
    swiftc -sanitize=fuzzer -parse-as-library -O -g -module-name GovReportFuzz \
        -Xcc -fmodule-map-file=Sources/CLibXML2/module.modulemap -Xcc -I/usr/include/libxml2 -lxml2 \
        Fuzz/HTMLFuzzer/main.swift Fuzz/Common/*.swift "$out"/web-src/*.swift \
        $(core_sources) -o "$out/html-fuzzer"
}

seed_html() {
    mkdir -p "$out/corpus-html"
    for f in Samples/reports/*.html Tests/Fixtures/web/*.html Tests/Fixtures/bad/*.html; do
        [ -f "$f" ] && cp "$f" "$out/corpus-html/seed-$(basename "$f")"
    done
}

seed_text() {
    mkdir -p "$out/corpus-text"
    for f in Samples/reports/*.txt Tests/Fixtures/variations/*.txt ../shared/corpus/public/*.txt ../shared/corpus/seed/*.txt; do
        [ -f "$f" ] && cp "$f" "$out/corpus-text/seed-$(basename "$f")"
    done
}

seed_table() {
    mkdir -p "$out/corpus-table"
    # Three tiny layouts: heading 三 then table rows (op 3), a page break, heading 四 and rows.
    printf '\006\001\000\003\005\040\030\000\010\003\006\040\030\000\010\000\020' > "$out/corpus-table/seed-rows"
    printf '\006\000\000\003\001\040\030\000\004\005\001\006\002\000\003\002\040\030\000\005' > "$out/corpus-table/seed-pages"
    printf '\006\002\000\001\043\100\010\002\001\002\003\120\010\003\010\040\030\000\010' > "$out/corpus-table/seed-review"
}

run() {  # run NAME SECONDS MAXLEN
    if [ ! -x "$out/$1-fuzzer" ]; then
        if [ "$1" = html ]; then build_html; else build "$1" "$(target_dir "$1")"; fi
    fi
    mkdir -p "$out/artifacts"
    SWIFT_DETERMINISTIC_HASHING=1 SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 "$out/$1-fuzzer" "$out/corpus-$1" -max_total_time="$2" -max_len="$3" \
        -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$out/artifacts/$1-"
}

target_dir() { case "$1" in text) echo TextFuzzer ;; table) echo TableFuzzer ;; esac; }

case "${1:-}" in
    build) build text TextFuzzer; build table TableFuzzer; build_html ;;
    text) seed_text; run text "${2:-300}" 16384 ;;
    table) seed_table; run table "${2:-300}" 4096 ;;
    html) seed_html; run html "${2:-300}" 131072 ;;
    repro) ASAN_OPTIONS=detect_leaks=0 "$out/$2-fuzzer" "$3" ;;
    *) sed -n '2,15p' "$0"; exit 64 ;;
esac
