#!/usr/bin/env python3
"""Builds the two fonts of the PDF letters into src/main/resources/fonts/.

Why these fonts: the letters mix English, German and Japanese, and OpenPDF's standard fonts have no Japanese
glyphs. No Maven Central artifact ships a CJK TrueType font, the full Noto Sans CJK (about 19 MB) is too big
for the repository, and OpenPDF does not embed CID-keyed CFF outlines (.otf) correctly: the glyphs are lost.

GsoiaLetterSansJP-Regular.ttf: the Japanese face of Noto Sans CJK 2.004 (SIL Open Font License 1.1) cut down
to Latin-1, punctuation, symbols, kana, full-width forms and every kanji of JIS X 0213:2004 and Windows-31J
(JIS X 0208 plus the IBM extensions common in names, e.g. 髙 and 﨑), with TrueType outlines.

GsoiaLetterSansLatin-Regular.ttf: DejaVu Sans 2.37 (Bitstream Vera and Arev licences) cut down to what the
Japanese font lacks for visitors' native names: Latin Extended (Ł, ş, č, ő ...), Greek and Cyrillic.

Both are renamed, as their licences ask of modified versions.

Run once, by hand, where fonttools and the Debian packages fonts-noto-cjk and fonts-dejavu-core are installed:
    python3 -m venv /tmp/ft && /tmp/ft/bin/pip install fonttools
    /tmp/ft/bin/python tools/letter-font/make_letter_font.py
"""
import sys
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable

TARGET = Path(__file__).resolve().parents[2] / "src/main/resources/fonts"
NOTO_CJK = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
NOTO_JAPANESE_FACE = 0  # the .ttc holds JP, KR, SC, TC, HK; JP has the Japanese glyph forms
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

# Latin-1 for English and German, punctuation (dashes, quotes, middle dot), symbols, kana, full-width forms
JAPANESE_RANGES = [(0x20, 0x7E), (0xA0, 0xFF), (0x2000, 0x206F), (0x20AC, 0x20AC), (0x2100, 0x214F),
                   (0x2190, 0x21FF), (0x2212, 0x2212), (0x2460, 0x24FF), (0x25A0, 0x25FF), (0x3000, 0x30FF),
                   (0xFF00, 0xFFEF)]
# kanji: whatever these encodings can represent (JIS X 0213:2004 planes 1 and 2, and Windows-31J)
KANJI_CODECS = ["euc_jis_2004", "cp932"]
KANJI_BLOCKS = [(0x3400, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2FFFF)]
# Latin Extended-A and -B, combining accents, Greek, Cyrillic, Latin Extended Additional
LATIN_RANGES = [(0x100, 0x24F), (0x300, 0x36F), (0x370, 0x3FF), (0x400, 0x52F), (0x1E00, 0x1EFF)]


def encodable(char):
    for codec in KANJI_CODECS:
        try:
            char.encode(codec)
            return True
        except UnicodeEncodeError:
            pass
    return False


def code_points(ranges, blocks_filtered=()):
    points = set()
    for first, last in ranges:
        points.update(range(first, last + 1))
    for first, last in blocks_filtered:
        points.update(cp for cp in range(first, last + 1) if encodable(chr(cp)))
    return points


def cut(font, points):
    options = subset.Options()
    options.layout_features = []  # OpenPDF does no OpenType shaping
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False
    # vertical writing and OpenType layout are not used by OpenPDF; dropping them keeps the file small
    options.drop_tables += ["BASE", "GPOS", "GSUB", "vhea", "vmtx", "VORG", "kern"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=points)
    subsetter.subset(font)


def to_truetype(font):
    """CFF cubic outlines to TrueType quadratic ones (max. error 1 unit of 1000)."""
    order = font.getGlyphOrder()
    glyphs = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyphs)
        glyphs[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    del font["CFF "]
    font["head"].glyphDataFormat = 0
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    font.sfntVersion = "\x00\x01\x00\x00"


def rename(font, family, postscript_name, origin):
    names = font["name"]
    version = names.getDebugName(5)
    names.names = [n for n in names.names if n.nameID not in (1, 3, 4, 6, 10, 16, 17, 18, 21, 22)]
    for name_id, value in {1: family, 3: postscript_name + ";" + version, 4: family, 6: postscript_name,
                           10: "Subset of " + origin + " (" + version + ") for GSOIA Workflow letters"}.items():
        names.setName(value, name_id, 3, 1, 0x409)
        names.setName(value, name_id, 1, 0, 0)


def save(font, file_name):
    font["post"].formatType = 3.0  # no glyph names: PDF embedding addresses glyphs by id
    font.recalcTimestamp = False  # the same sources give the same bytes
    path = TARGET / file_name
    font.save(str(path))
    print(f"{path}: {font['maxp'].numGlyphs} glyphs, {path.stat().st_size} bytes", file=sys.stderr)


def main():
    japanese = TTCollection(NOTO_CJK).fonts[NOTO_JAPANESE_FACE]
    cut(japanese, code_points(JAPANESE_RANGES, KANJI_BLOCKS))
    to_truetype(japanese)
    rename(japanese, "GSOIA Letter Sans JP", "GsoiaLetterSansJP-Regular", "Noto Sans CJK JP")
    save(japanese, "GsoiaLetterSansJP-Regular.ttf")

    latin = TTFont(DEJAVU)
    cut(latin, code_points(LATIN_RANGES))
    rename(latin, "GSOIA Letter Sans Latin", "GsoiaLetterSansLatin-Regular", "DejaVu Sans")
    save(latin, "GsoiaLetterSansLatin-Regular.ttf")


if __name__ == "__main__":
    main()
