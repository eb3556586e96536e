#!/usr/bin/env python3
"""Generate a deterministic corpus of hostile inputs for govreport, with a manifest of expected outcomes.

Usage:  python3 Scripts/robustness/make_bad_inputs.py [OUT_DIR]      (default: .build/bad-inputs)

Every file is derived from a fixed seed and from the committed good inputs (Samples/reports/,
Tests/Fixtures/variations/), so two runs write identical bytes. Needs qpdf (apt) for the encrypted,
zero-page and 2,000-page PDFs, and reportlab + fonts-wqy-microhei for the 100,000-glyph page; a
missing tool skips those files (the manifest says which were written).

The manifest (OUT_DIR/manifest.json) lists per file:
  file      path relative to OUT_DIR
  category  what kind of damage it holds
  expect    the outcomes allowed: "ok" or error kinds of Docs/errors.md. A list of one is exact; damage
            at a random offset (truncation, bit flips) may still leave a readable file, so those list
            every outcome that is a correct answer for that damage.
  password  (optional) the --password to pass
"""
import json
import os
import random
import re
import shutil
import subprocess
import sys
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SEED = 20240601
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"

GOOD_PDFS = [
    "Samples/reports/sample_2021.pdf",
    "Samples/reports/sample_2019.pdf",
    "Tests/Fixtures/variations/v02_wrapped_labels.pdf",
    "Tests/Fixtures/variations/v05_landscape.pdf",
]
GOOD_TEXT = "Samples/reports/sample_2021.txt"

# Outcomes a damaged-but-maybe-readable PDF may legitimately give.
PDF_DAMAGE = ["ok", "damaged_pdf", "no_pages", "no_text_layer", "mojibake", "not_a_report"]
# Outcomes of a damaged UTF-8 text.
TEXT_DAMAGE = ["ok", "not_a_report", "no_text"]


class Corpus:
    def __init__(self, out):
        self.out = out
        self.entries = []
        self.rng = random.Random(SEED)

    def write(self, name, data, category, expect, **extra):
        path = os.path.join(self.out, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)
        self.add(name, category, expect, **extra)

    def add(self, name, category, expect, **extra):
        self.entries.append(dict(file=name, category=category, expect=expect, **extra))


def read(rel):
    with open(os.path.join(ROOT, rel), "rb") as f:
        return f.read()


def have(tool):
    return shutil.which(tool) is not None


def qpdf(*args):
    subprocess.run(["qpdf", *args], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# --- not PDFs at all -------------------------------------------------------------------------------

def empty_and_garbage(c):
    c.write("empty/empty.pdf", b"", "empty", ["empty_file"])
    c.write("empty/empty.txt", b"", "empty", ["empty_file"])
    c.write("empty/whitespace.txt", b" \n\t\r\n\x0c  \n", "no_text", ["no_text"])
    c.write("empty/bom_only.txt", b"\xef\xbb\xbf", "no_text", ["no_text"])
    for size in (1, 4, 5, 64, 512, 4096, 65536):
        for k in range(6):
            data = bytes(c.rng.getrandbits(8) for _ in range(size))
            if data.startswith(b"%PDF-"):
                data = b"X" + data[1:]
            c.write(f"random/random_{size}_{k}.pdf", data, "random_bytes", ["not_a_pdf"])
    for size in (3, 100, 4096, 65536):
        for k in range(3):
            data = bytes(c.rng.getrandbits(8) for _ in range(size))
            # Random bytes as text: rejected as undecodable, or decoded (GB18030 accepts much) and not a report.
            c.write(f"random/random_{size}_{k}.txt", data, "random_text",
                    ["undecodable_text", "not_a_report", "no_text"])
    for size in (16, 1024, 65536):
        for k in range(6):
            data = b"%PDF-1.7\n" + bytes(c.rng.getrandbits(8) for _ in range(size))
            c.write(f"random/pdf_header_{size}_{k}.pdf", data, "pdf_header_random", ["damaged_pdf"])
    c.write("random/pdf_header_only.pdf", b"%PDF-1.4\n%%EOF\n", "pdf_header_random", ["damaged_pdf"])


HTML_PAGES = [
    b"<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>\n",
    "<html><head><meta charset=\"utf-8\"><title>访问受限</title></head><body>"
    "您访问的页面不存在或已被删除。</body></html>\n".encode("utf-8"),
    "<html><head><meta charset=\"gbk\"><title>系统繁忙</title></head><body>"
    "请稍后再试。</body></html>\n".encode("gbk"),
    b"\xef\xbb\xbf<?xml version=\"1.0\"?><Error><Code>AccessDenied</Code></Error>\n",
    b"\n\n   <script>window.location='/login'</script>\n",
]


def html_as_pdf(c):
    for i, page in enumerate(HTML_PAGES):
        c.write(f"html/error_page_{i}.pdf", page, "html_as_pdf", ["not_a_pdf"])
    # A .txt download that is really an HTML page: decodable text, not a report.
    c.write("html/error_page.txt", HTML_PAGES[1], "html_as_text", ["not_a_report"])


# --- damaged PDFs ----------------------------------------------------------------------------------

def truncated(c):
    for src in GOOD_PDFS:
        data = read(src)
        stem = os.path.splitext(os.path.basename(src))[0]
        n = len(data)
        cuts = sorted({1, 4, 5, 9, 100, 1000, n // 2, n - 1, n - 10, n - 100}
                      | {c.rng.randrange(10, n) for _ in range(30)})
        for cut in cuts:
            expect = ["not_a_pdf"] if cut < 5 else PDF_DAMAGE
            c.write(f"truncated/{stem}_cut{cut:06d}.pdf", data[:cut], "truncated_pdf", expect)


def bitflipped(c):
    for src in GOOD_PDFS:
        data = read(src)
        stem = os.path.splitext(os.path.basename(src))[0]
        for k in range(60):
            buf = bytearray(data)
            flips = c.rng.choice((1, 1, 2, 4, 8, 32))
            for _ in range(flips):
                pos = c.rng.randrange(8, len(buf))  # keep the %PDF- signature
                buf[pos] ^= 1 << c.rng.randrange(8)
            c.write(f"bitflip/{stem}_flip{k:02d}.pdf", bytes(buf), "bitflipped_pdf", PDF_DAMAGE)


def broken_xref(c):
    data = read(GOOD_PDFS[0])
    start = data.rindex(b"startxref")
    # 1. startxref points to the wrong byte: Poppler rebuilds the xref by scanning.
    bad = data[:start] + re.sub(rb"startxref\s+\d+", b"startxref\n123", data[start:])
    c.write("xref/wrong_startxref.pdf", bad, "broken_xref", ["ok"])
    # 2. every xref offset zeroed (classic table) or the xref stream garbled.
    buf = bytearray(data)
    for m in re.finditer(rb"\d{10} \d{5} n", data):
        buf[m.start():m.start() + 10] = b"0000000000"
    xref = data.rfind(b"/Type /XRef")
    if xref == -1:
        xref = data.rfind(b"/Type/XRef")
    if xref != -1:
        stream = data.index(b"stream", xref) + 8
        for i in range(stream, min(stream + 64, len(buf))):
            buf[i] = 0x41
    c.write("xref/zeroed_xref.pdf", bytes(buf), "broken_xref", ["ok"])
    # 3. no startxref / trailer at all.
    c.write("xref/no_trailer.pdf", data[:start], "broken_xref", ["ok"])


def mojibake(c, tmp):
    """A PDF whose fonts lost their ToUnicode maps: Poppler returns WinAnsi garbage for the CJK glyphs."""
    if not have("qpdf"):
        return
    q = os.path.join(tmp, "qdf.pdf")
    qpdf("--qdf", "--static-id", "--object-streams=disable", os.path.join(ROOT, GOOD_PDFS[0]), q)
    with open(q, "rb") as f:
        data = f.read()
    data = re.sub(rb"/ToUnicode \d+ 0 R", lambda m: b" " * len(m.group(0)), data)
    c.write("text_layer/no_tounicode.pdf", data, "mojibake", ["mojibake"])


# --- PDFs that are valid but hold no usable text ---------------------------------------------------

def pdf_objects(objects):
    """Serialises numbered PDF objects with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def image_only_pdf(rng, pages=2):
    """A scan: each page paints one grey-noise image and has no text."""
    w, h = 64, 90
    kids = " ".join(f"{3 + 3 * i} 0 R" for i in range(pages)).encode()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages]
    for i in range(pages):
        page, content, image = 3 + 3 * i, 4 + 3 * i, 5 + 3 * i
        pixels = zlib.compress(bytes(rng.getrandbits(8) for _ in range(w * h)))
        draw = b"q 595 0 0 842 0 0 cm /Im0 Do Q"
        objects += [
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
            b"/Resources << /XObject << /Im0 %d 0 R >> >> >>" % (content, image),
            b"<< /Length %d >>\nstream\n" % len(draw) + draw + b"\nendstream",
            b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
            b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % (w, h, len(pixels))
            + pixels + b"\nendstream",
        ]
    return pdf_objects(objects)


def no_text_pdfs(c, tmp):
    c.write("text_layer/image_only.pdf", image_only_pdf(c.rng), "image_only", ["no_text_layer"])
    zero = pdf_objects([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"])
    c.write("pages/zero_pages.pdf", zero, "zero_pages", ["no_pages"])
    if have("qpdf"):
        path = os.path.join(c.out, "pages/zero_pages_qpdf.pdf")
        qpdf("--empty", "--static-id", path)
        c.add("pages/zero_pages_qpdf.pdf", "zero_pages", ["no_pages"])


def encrypted(c):
    if not have("qpdf"):
        return
    src = os.path.join(ROOT, GOOD_PDFS[0])
    # AES-128 rather than AES-256: AES-256 (R6) draws random salts, so its bytes would differ per run.
    path = os.path.join(c.out, "encrypted/aes128.pdf")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    qpdf("--static-id", "--static-aes-iv", "--encrypt", "user-pw", "owner-pw", "128", "--use-aes=y", "--",
         src, path)
    c.add("encrypted/aes128.pdf", "encrypted", ["encrypted_pdf"])
    c.add("encrypted/aes128.pdf", "encrypted_with_password", ["ok"], password="user-pw")
    c.add("encrypted/aes128.pdf", "encrypted_wrong_password", ["encrypted_pdf"], password="wrong")
    path = os.path.join(c.out, "encrypted/rc4_owner_only.pdf")
    # Empty user password: anyone may open it (only printing/copying is restricted).
    qpdf("--static-id", "--allow-weak-crypto", "--encrypt", "", "owner-pw", "128", "--use-aes=n", "--",
         src, path)
    c.add("encrypted/rc4_owner_only.pdf", "encrypted_owner_password_only", ["ok"])


def many_pages(c):
    """2,000 pages: the sample report's pages repeated (headings repeat; still one report)."""
    if not have("qpdf"):
        return
    src = os.path.join(ROOT, GOOD_PDFS[0])
    pages = int(subprocess.run(["qpdf", "--show-npages", src], capture_output=True, text=True).stdout)
    repeats = -(-2000 // pages)
    path = os.path.join(c.out, "pages/pages_2000.pdf")
    qpdf("--empty", "--static-id", "--pages", *([src] * repeats), "--", path)
    qpdf("--static-id", "--replace-input", path, "--pages", ".", "1-2000", "--")
    c.add("pages/pages_2000.pdf", "many_pages", ["ok"])


def dense_page(c):
    """One A4 page holding 100,000 glyphs (tiny digits and CJK), plus a page with the report's headings."""
    try:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen import canvas
    except ImportError:
        return
    if not os.path.exists(FONT):
        return
    pdfmetrics.registerFont(TTFont("WQY", FONT, subfontIndex=0))
    path = os.path.join(c.out, "pages/glyphs_100000.pdf")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    cv = canvas.Canvas(path, pagesize=(595, 842), invariant=1)
    chars = "0123456789政府信息公开年度报告"
    per_line, lines = 400, 250
    cv.setFont("WQY", 1.2)
    for row in range(lines):
        text = "".join(chars[c.rng.randrange(len(chars))] for _ in range(per_line))
        cv.drawString(10, 830 - row * 3.3, text)
    cv.showPage()
    cv.save()
    c.add("pages/glyphs_100000.pdf", "dense_page", ["not_a_report"])


# --- plain text ------------------------------------------------------------------------------------

NOT_A_REPORT = """关于做好2023年春节期间安全生产工作的通知

各区县人民政府，市政府各部门：
春节将至，为切实做好节日期间安全生产工作，现就有关事项通知如下。
一、高度重视，落实责任。
二、突出重点，加强检查。
"""


def text_files(c):
    text = read(GOOD_TEXT).decode("utf-8")
    c.write("text/utf8.txt", text.encode("utf-8"), "utf8", ["ok"])
    c.write("text/utf8_bom.txt", b"\xef\xbb\xbf" + text.encode("utf-8"), "utf8_bom", ["ok"])
    c.write("text/gb18030.txt", text.encode("gb18030"), "gb18030", ["ok"])
    c.write("text/gbk.txt", text.encode("gbk", errors="replace"), "gbk", ["ok"])
    c.write("text/utf16le_bom.txt", b"\xff\xfe" + text.encode("utf-16-le"), "utf16", ["ok"])
    c.write("text/utf16be_bom.txt", b"\xfe\xff" + text.encode("utf-16-be"), "utf16", ["ok"])
    c.write("text/crlf.txt", text.replace("\n", "\r\n").encode("utf-8"), "crlf", ["ok"])
    c.write("text/not_a_report.txt", NOT_A_REPORT.encode("utf-8"), "not_a_report", ["not_a_report"])
    c.write("text/english.txt", b"Annual report\n\nThis file is in English.\n" * 20, "not_a_report",
            ["not_a_report"])
    c.write("text/nul_bytes.txt", text.encode("utf-8").replace("。".encode(), b"\x00"), "nul_bytes", ["ok"])
    c.write("text/long_line.txt", ("政府" * 200000).encode("utf-8"), "long_line", ["not_a_report"])
    c.write("text/many_headings.txt", ("一、总体情况\n" * 20000).encode("utf-8"), "many_headings",
            ["not_a_report"])
    data = text.encode("utf-8")
    for k in range(20):
        cut = c.rng.randrange(1, len(data))
        c.write(f"text/utf8_cut{k:02d}.txt", data[:cut], "truncated_text", TEXT_DAMAGE)
    for k in range(30):
        buf = bytearray(data)
        for _ in range(c.rng.choice((1, 2, 4))):
            pos = c.rng.randrange(len(buf))
            buf[pos] ^= 1 << c.rng.randrange(8)
        c.write(f"text/utf8_flip{k:02d}.txt", bytes(buf), "bitflipped_text", TEXT_DAMAGE)


NEWS_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于开展安全生产检查的通知_通知公告</title></head>
<body><ul class="nav"><li>首页</li><li>政务公开</li></ul><div class="content"><h1>关于开展安全生产检查的通知</h1>
<p>各乡镇人民政府、各有关单位：为切实做好节日期间安全生产工作，现就有关事项通知如下。</p><p>一、高度重视。</p>
<p>二、压实责任。</p></div><div class="footer">主办单位：某县人民政府</div></body></html>"""


def web_and_word(c):
    """Saved web pages and Word files that are damaged, empty of a report, or in formats to convert."""
    import io
    import zipfile

    def zipped(files):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in files:
                z.writestr(zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0)), data)
        return buf.getvalue()

    c.write("web/zip_not_docx.docx", zipped([("readme.txt", "not a Word file")]), "zip_not_docx", ["not_a_docx"])
    c.write("web/docx_no_document.docx", zipped([("[Content_Types].xml", "<Types/>"), ("word/styles.xml", "<w:styles/>")]),
            "docx_without_document", ["not_a_docx"])
    c.write("web/docx_bad_xml.docx", zipped([("word/document.xml", "<w:document><w:body><w:p>")]), "docx_bad_xml",
            ["damaged_docx"])
    docx = read("Samples/reports/sample_2021.docx")
    for cut in (4, 100, len(docx) // 2, len(docx) - 30):
        c.write(f"web/sample_2021_cut{cut:06d}.docx", docx[:cut], "truncated_docx", ["damaged_docx"])
    page = read("Samples/reports/sample_2021.html")
    c.write("web/html_no_report.html", NEWS_PAGE.encode("utf-8"), "html_no_report", ["not_a_report"])
    c.write("web/html_gbk_declared_utf8.html", page.decode("utf-8").encode("gbk"), "html_wrong_charset", ["ok"])
    c.write("web/html_nested_10mb.html", b"<html><body>" + b"<div><span>" * 900_000 + b"</body></html>",
            "html_nested_tags", ["not_a_report", "no_text"])
    c.write("web/html_nested_tables.html", b"<table><tr><td>" * 20_000 + "一、总体情况".encode("utf-8"),
            "html_nested_tags", ["not_a_report", "no_text"])
    c.write("web/html_as_doc.doc", page, "html_as_doc", ["ok"])
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(c.rng.randrange(256) for _ in range(2040))
    for name in ("legacy.doc", "legacy.wps", "legacy.et"):
        c.write(f"web/{name}", ole, "legacy_office", ["unsupported_file_type"])


def directory(c):
    os.makedirs(os.path.join(c.out, "misc/folder.pdf"), exist_ok=True)
    c.add("misc/folder.pdf", "directory", ["unsupported_file_type"])
    c.add("misc/does_not_exist.pdf", "missing", ["file_not_found"])


def main():
    out = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build/bad-inputs"))
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(out)
    tmp = os.path.join(out, ".tmp")
    os.makedirs(tmp)
    c = Corpus(out)
    empty_and_garbage(c)
    html_as_pdf(c)
    truncated(c)
    bitflipped(c)
    broken_xref(c)
    mojibake(c, tmp)
    no_text_pdfs(c, tmp)
    encrypted(c)
    many_pages(c)
    dense_page(c)
    text_files(c)
    web_and_word(c)
    directory(c)
    shutil.rmtree(tmp)
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump({"seed": SEED, "files": c.entries}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(c.entries)} inputs in {out}")


if __name__ == "__main__":
    main()
