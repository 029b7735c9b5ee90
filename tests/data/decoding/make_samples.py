#!/usr/bin/env python3
"""Writes the odd-encoding inputs of the decoding tests. Run once from this folder; the outputs are committed.

Every input NAME.md that decodes to text has NAME.expected.md next to it: the text the decoder must return
(UTF-8, LF line ends). See README.md for what each file is.
"""
import gzip
import io
import struct
import zipfile
import zlib

RUSSIAN = """# DevOps Engineer

> **Навигация**: [README](../README.md) | [Team Structure](../team-structure.md)

## Identity

| Параметр | Значение |
|----------|----------|
| **Роль** | DevOps Engineer |
| **Код роли** | DO |
| **Core Mission** | Обеспечить надежную, автоматизированную доставку кода в production |

Ёлки, щётка и объём — проверка редких букв.
"""

FRENCH = """# Chef de projet

> **Navigation** : voir l'équipe, à côté du café

| Paramètre | Valeur |
|-----------|--------|
| **Rôle** | Chef de projet — coordination |
| **Mission** | Livrer à temps, garantir la qualité « produit » |

Noël, où êtes-vous ? Ça dépend : déjà fini.
"""

FRENCH_RUSSIAN = """# Chef de projet / Руководитель проекта

> **Навигация** : voir l'équipe — [README](../README.md)

| Paramètre | Значение |
|-----------|----------|
| **Rôle** | Chef de projet, координация |
| **Mission** | Livrer à temps « produit » — обеспечить качество |

Ça dépend: Ёлки, щётка, объём. Noël où êtes-vous?
"""

GERMAN = """# Straßenbahn

Größe, Übergröße und Äpfel: schön müde Bären.
"""

SYMBOLS = """# Formulas

Use √ for square roots – never a caret.
Ranges: 1–5, 10 – 20; √2 ≈ 1.41, and ∑ over π.
"""


def sloppy_cp1252(data: bytes) -> str:
    """cp1252 as Windows and .NET decode it: the five undefined bytes map to the C1 code point of the same value."""
    return "".join(bytes([b]).decode("cp1252") if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else chr(b) for b in data)


def write(name: str, data: bytes, expected: str | None = None) -> None:
    with open(name, "wb") as f:
        f.write(data)
    if expected is not None:
        with open(name.replace(".md", ".expected.md"), "wb") as f:
            f.write(expected.encode("utf-8"))


def png() -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\x00")) + chunk(b"IEND", b"")


def zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("role.md", RUSSIAN)
    return buffer.getvalue()


# 1. Byte order marks, and UTF-16 without one.
write("utf8-bom.md", b"\xef\xbb\xbf" + RUSSIAN.encode("utf-8"), RUSSIAN)
write("utf16le-bom.md", b"\xff\xfe" + RUSSIAN.encode("utf-16-le"), RUSSIAN)
write("utf16be-bom.md", b"\xfe\xff" + RUSSIAN.encode("utf-16-be"), RUSSIAN)
write("utf32le-bom.md", b"\xff\xfe\x00\x00" + RUSSIAN.encode("utf-32-le"), RUSSIAN)
write("utf32be-bom.md", b"\x00\x00\xfe\xff" + RUSSIAN.encode("utf-32-be"), RUSSIAN)
write("utf16le-nobom.md", RUSSIAN.encode("utf-16-le"), RUSSIAN)
write("utf16be-nobom.md", FRENCH.encode("utf-16-be"), FRENCH)

# 2. Valid UTF-8 that must be left alone.
write("utf8-russian.md", RUSSIAN.encode("utf-8"), RUSSIAN)
write("utf8-french.md", FRENCH.encode("utf-8"), FRENCH)
write("utf8-german.md", GERMAN.encode("utf-8"), GERMAN)
write("utf8-symbols.md", SYMBOLS.encode("utf-8"), SYMBOLS)

# 3. Mojibake: UTF-8 bytes decoded with a single-byte code page, the result saved as UTF-8.
utf8 = FRENCH_RUSSIAN.encode("utf-8")
write("mojibake-macroman.md", utf8.decode("mac_roman").encode("utf-8"), FRENCH_RUSSIAN)
write("mojibake-cp1252.md", sloppy_cp1252(utf8).encode("utf-8"), FRENCH_RUSSIAN)
write("mojibake-latin1.md", utf8.decode("latin-1").encode("utf-8"), FRENCH_RUSSIAN)

# 4. Legacy single-byte files (not UTF-8 at all).
write("cp1251.md", RUSSIAN.encode("cp1251"), RUSSIAN)
# KOI8-R has no em dash.
RUSSIAN_KOI8 = RUSSIAN.replace("—", "-")
write("koi8r.md", RUSSIAN_KOI8.encode("koi8_r"), RUSSIAN_KOI8)
write("cp1252.md", FRENCH.encode("cp1252"), FRENCH)
write("latin1.md", GERMAN.encode("latin-1"), GERMAN)
# Too short for the detector to be sure: the decoder guesses from the high bytes and warns.
write("cp1251-short.md", "Съешь же ещё этих\n".encode("cp1251"), "Съешь же ещё этих\n")
write("cp1252-short.md", "Façade\n".encode("cp1252"), "Façade\n")

# 5. Line ends.
write("crlf.md", RUSSIAN.replace("\n", "\r\n").encode("utf-8"), RUSSIAN)
write("lone-cr.md", GERMAN.replace("\n", "\r").encode("utf-8"), GERMAN)

# 6. Refusals and the empty document.
write("png-image.md", png())
write("jpeg-image.md", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9")
write("gif-image.md", b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")
write("pdf-document.md", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
write("zip-archive.md", zip_bytes())
write("gzip-archive.md", gzip.compress(RUSSIAN.encode("utf-8"), mtime=0))
write("nul-bytes.md", b"# Title\n\x00\x01\x02\x03\x00\x00\x7fELF\x00\x00\x00\x10\x00\x00\x00\x00\x02\x00text\n")
write("control-heavy.md", b"# Title\n" + bytes(range(1, 9)) * 8 + b"\x0e\x0f\x10\x11\x1b\x1b\n")
write("empty.md", b"")
write("whitespace.md", b"  \r\n\t\n   \n")
