#!/usr/bin/env bash
# Makes the corpus of real-world files that packages/core/test/file-corpus.*.test.ts checks file
# validation against: every file comes out of a real producer (LibreOffice, Ghostscript, qpdf,
# img2pdf, tiff2pdf, ImageMagick, heif-enc, avifenc, cwebp, ExifTool, Info-ZIP, Java's
# ZipOutputStream, oxmsg for Outlook items), or is one of those files damaged the way transfers
# and mail gateways damage them (cut short, wrapped in a print job, prefixed with a BOM).
#
#   bash scripts/make-file-corpus.sh            writes packages/core/test/fixtures/files/
#
# Tests need only the committed output, never these tools. Producers embed dates and random ids,
# so a rerun gives different bytes with the same structure: commit the rerun only when a producer
# or a case changed, and check the expectations in packages/core/test/file-corpus.ts still hold.
# Needs Debian's: libreoffice-core libreoffice-writer libreoffice-calc libreoffice-impress
# python3-uno ghostscript qpdf img2pdf libtiff-tools imagemagick libheif-examples libavif-bin webp
# libimage-exiftool-perl zip poppler-utils, a JDK (java), and npm (for oxmsg, installed in a
# scratch folder, not in the project).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/packages/core/test/fixtures/files"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
rm -f "$out"/*
cd "$work"

# /usr/local/bin may hold a stand-in `convert`: use ImageMagick's own.
magick=/usr/bin/convert
export HOME="$work/home" # LibreOffice writes its profile there, not in the caller's home.
mkdir -p "$HOME"

need() { command -v "$1" >/dev/null || { echo "missing tool: $1 (see the header of this script)" >&2; exit 1; }; }
for tool in soffice gs qpdf img2pdf tiff2pdf tiffcp heif-enc avifenc cwebp exiftool zip java npm pdfinfo; do need "$tool"; done
[ -x "$magick" ] || { echo "missing ImageMagick at $magick" >&2; exit 1; }

# ---------------------------------------------------------------------------------------------
# Sources: a French letter (Flat ODF text), a small table (CSV), a one-slide presentation (Flat ODF).
cat > lettre.fodt <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:body><office:text>
  <text:h text:outline-level="1">Attestation d’assurance habitation</text:h>
  <text:p>Madame Jeanne Martin, 12 rue des Écoles, 69003 Lyon, est assurée au titre du contrat MRH n° 2026-0042.</text:p>
  <text:p>Garanties : incendie, dégâts des eaux, vol, responsabilité civile. Échéance principale : 1er janvier.</text:p>
  <text:p>Fait pour servir et valoir ce que de droit. — Courtage Martin &amp; Associés</text:p>
 </office:text></office:body>
</office:document>
EOF
printf 'Nom;Prénom;Contrat;Prime annuelle (€)\nMartin;Jeanne;MRH-2026-0042;312,50\nDupont;Éric;AUTO-2026-0107;684,00\n' > tableau.csv
cat > presentation.fodp <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.presentation">
 <office:body><office:presentation>
  <draw:page draw:name="page1">
   <draw:frame svg:x="2cm" svg:y="2cm" svg:width="20cm" svg:height="3cm"><draw:text-box><text:p>Offre prévoyance 2026</text:p></draw:text-box></draw:frame>
  </draw:page>
 </office:presentation></office:body>
</office:document>
EOF

convert_to() { # convert_to <filter spec> <source> : LibreOffice headless conversion into the work folder
  soffice --headless --norestore --convert-to "$1" --outdir "$work" "$2" >/dev/null 2>&1
}

# ---------------------------------------------------------------------------------------------
# Office documents, as LibreOffice 7.4 writes them.
convert_to odt lettre.fodt && cp lettre.odt "$out/libreoffice-writer.odt"
convert_to 'docx:MS Word 2007 XML' lettre.fodt && cp lettre.docx "$out/libreoffice-writer.docx"
convert_to 'doc:MS Word 97' lettre.fodt && cp lettre.doc "$out/libreoffice-writer.doc"
convert_to 'rtf:Rich Text Format' lettre.fodt && cp lettre.rtf "$out/libreoffice-writer.rtf"
convert_to 'html:HTML (StarWriter)' lettre.fodt && cp lettre.html "$out/libreoffice-writer.html"
convert_to 'pdf:writer_pdf_Export' lettre.fodt && cp lettre.pdf "$out/libreoffice-writer.pdf"
convert_to 'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}' lettre.fodt && cp lettre.pdf "$out/libreoffice-pdfa-2b.pdf"
convert_to ods tableau.csv && cp tableau.ods "$out/libreoffice-calc.ods"
convert_to 'xlsx:Calc MS Excel 2007 XML' tableau.csv && cp tableau.xlsx "$out/libreoffice-calc.xlsx"
convert_to 'xls:MS Excel 97' tableau.csv && cp tableau.xls "$out/libreoffice-calc.xls"
convert_to 'csv:Text - txt - csv (StarCalc):59,34,76,1' tableau.ods && cp tableau.csv "$out/libreoffice-calc.csv"
convert_to odp presentation.fodp && cp presentation.odp "$out/libreoffice-impress.odp"
convert_to 'pptx:Impress MS PowerPoint 2007 XML' presentation.fodp && cp presentation.pptx "$out/libreoffice-impress.pptx"
convert_to 'ppt:MS PowerPoint 97' presentation.fodp && cp presentation.ppt "$out/libreoffice-impress.ppt"

# Password-protected documents: LibreOffice through UNO (the command line cannot set a password).
cat > protect.py <<'EOF'
import subprocess, sys, time, uno
from com.sun.star.beans import NamedValue, PropertyValue

def prop(name, value):
    p = PropertyValue(); p.Name = name; p.Value = value; return p

def named(name, value):
    n = NamedValue(); n.Name = name; n.Value = value; return n

work = sys.argv[1]
office = subprocess.Popen(['soffice', '--headless', '--norestore', '--invisible', '--accept=pipe,name=dossiercorpus;urp;'])
try:
    resolver = uno.getComponentContext().ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', uno.getComponentContext())
    for _ in range(120):
        try:
            context = resolver.resolve('uno:pipe,name=dossiercorpus;urp;StarOffice.ComponentContext'); break
        except Exception:
            time.sleep(0.5)
    desktop = context.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', context)
    jobs = [
        ('lettre.fodt', 'protected.odt', 'writer8'),
        ('lettre.fodt', 'protected.docx', 'MS Word 2007 XML'),
        ('lettre.fodt', 'protected.doc', 'MS Word 97'),
        ('tableau.ods', 'protected.xlsx', 'Calc MS Excel 2007 XML'),
        ('tableau.ods', 'protected.xls', 'MS Excel 97'),
    ]
    for source, target, filter_name in jobs:
        document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(f'{work}/{source}'), '_blank', 0, (prop('Hidden', True),))
        # ODF and the 97 formats encrypt from "Password"; OOXML export also needs "EncryptionData"
        # (here ECMA-376 Standard encryption, as Office 2007 writes it: an OLE2 file around the package).
        arguments = [prop('FilterName', filter_name), prop('Password', 'Dossier2026')]
        if '2007' in filter_name:
            arguments.append(prop('EncryptionData', uno.Any('[]com.sun.star.beans.NamedValue', (named('OOXPassword', 'Dossier2026'), named('CryptoType', 'Standard')))))
        uno.invoke(document, 'storeToURL', (uno.systemPathToFileUrl(f'{work}/{target}'), uno.Any('[]com.sun.star.beans.PropertyValue', tuple(arguments))))
        document.close(True)
finally:
    office.terminate(); office.wait()
EOF
/usr/bin/python3 protect.py "$work"
for kind in odt docx doc xlsx xls; do cp "protected.$kind" "$out/libreoffice-password.$kind"; done

# A Word document re-streamed by Java's ZipOutputStream (deflated entries, sizes in data
# descriptors after the data, as Apache POI and many servers write them), and a plain archive.
cat > Restream.java <<'EOF'
import java.io.*;
import java.util.zip.*;
public class Restream {
  public static void main(String[] args) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new FileInputStream(args[0]));
         ZipOutputStream out = new ZipOutputStream(new FileOutputStream(args[1]))) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        out.putNextEntry(new ZipEntry(entry.getName()));
        in.transferTo(out);
        out.closeEntry();
      }
    }
    try (ZipOutputStream out = new ZipOutputStream(new FileOutputStream(args[2]))) {
      out.putNextEntry(new ZipEntry("releve.csv"));
      out.write("Date;Libellé;Montant\n2026-01-05;Prime MRH;-26,04\n".getBytes("UTF-8"));
      out.closeEntry();
    }
  }
}
EOF
java Restream.java lettre.docx "$out/java-restreamed.docx" "$out/java-zipoutputstream.zip"

# ---------------------------------------------------------------------------------------------
# PDF from other producers.
gs -q -dBATCH -dNOPAUSE -sDEVICE=pdfwrite -o "$out/ghostscript-pdfwrite.pdf" "$out/libreoffice-writer.pdf"
qpdf --linearize "$out/libreoffice-writer.pdf" "$out/qpdf-linearized.pdf"
qpdf --object-streams=generate "$out/libreoffice-writer.pdf" "$out/qpdf-object-streams.pdf"
qpdf --encrypt Dossier2026 Proprietaire 256 -- "$out/libreoffice-writer.pdf" "$out/qpdf-password-aes256.pdf"
qpdf --allow-weak-crypto --encrypt Dossier2026 Proprietaire 128 --use-aes=n -- "$out/libreoffice-writer.pdf" "$out/qpdf-password-rc4-128.pdf"
qpdf --encrypt '' Proprietaire 256 --print=none --modify=none -- "$out/libreoffice-writer.pdf" "$out/qpdf-permissions-only-aes256.pdf"
qpdf --allow-weak-crypto --encrypt '' Proprietaire 128 --use-aes=n --modify=none -- "$out/libreoffice-writer.pdf" "$out/qpdf-permissions-only-rc4-128.pdf"
# ExifTool edits a PDF by appending an incremental update (a second xref section and %%EOF).
cp "$out/libreoffice-writer.pdf" incremental.pdf
exiftool -q -overwrite_original -Title='Attestation MRH 2026' -Author='Courtage Martin' incremental.pdf
cp incremental.pdf "$out/exiftool-incremental-update.pdf"

# Scanner-style image PDFs.
"$magick" -size 850x1100 gradient:white-'#d9d9d9' -fill black -pointsize 36 -annotate +80+140 'Permis de conduire' -quality 70 scan.jpg
img2pdf scan.jpg -o "$out/img2pdf-scan.pdf"
"$magick" -size 850x1100 xc:white -fill black -pointsize 36 -annotate +80+140 'Relevé d’information' -monochrome -compress Group4 scan-g4.tif
tiff2pdf -o "$out/tiff2pdf-g4.pdf" scan-g4.tif

# Damaged and wrapped PDFs, as transfers and print spools leave them.
head -c 10240 "$out/libreoffice-writer.pdf" > "$out/damaged-cut-after-10k.pdf"
{ printf '\033%%-12345X@PJL JOB NAME="attestation"\r\n@PJL ENTER LANGUAGE=PDF\r\n'; cat "$out/libreoffice-writer.pdf"; printf '\033%%-12345X@PJL EOJ\r\n\033%%-12345X'; } > "$out/print-job-pjl-header.pdf"
{ printf '\357\273\277'; cat "$out/libreoffice-writer.pdf"; } > "$out/utf8-bom-before-header.pdf"
printf '%%PDF-1.7\n<!DOCTYPE html>\n<html><head><title>Facture</title></head><body><script>location.href="https://example.invalid/"</script></body></html>\n' > "$out/html-behind-pdf-header.pdf"
pdfinfo "$out/print-job-pjl-header.pdf" >/dev/null && pdfinfo "$out/utf8-bom-before-header.pdf" >/dev/null
qpdf --check "$out/print-job-pjl-header.pdf" >/dev/null 2>&1 || true # qpdf warns about the offset shift, and reads it

# ---------------------------------------------------------------------------------------------
# Images.
# A smooth picture with a few shapes: small files, but real compressed image data.
"$magick" -size 640x480 gradient:'#2b6cb0'-'#f6e05e' -fill '#c53030' -draw 'circle 320,240 320,120' -fill white -draw 'rectangle 40,40 240,120' photo.png
"$magick" photo.png -resize 320x240 "$out/imagemagick.png"
# Photos carry sensor noise: JPEGs of a few dozen KiB, as phones and scanners make them.
"$magick" photo.png -attenuate 0.4 +noise Gaussian photo-noisy.png
"$magick" photo-noisy.png -resize 320x240 -quality 80 "$out/imagemagick.jpg"
"$magick" photo-noisy.png -resize 320x240 -interlace JPEG -quality 80 "$out/imagemagick-progressive.jpg"
"$magick" photo-noisy.png -resize 320x240 -colorspace CMYK -quality 80 "$out/imagemagick-cmyk.jpg"
# EXIF first, as cameras and phones write it (APP1 Exif right after SOI, no JFIF APP0).
"$magick" photo-noisy.png -resize 320x240 -strip -quality 80 exif.jpg
exiftool -q -overwrite_original -Make='Dossier' -Model='Scanner' -DateTimeOriginal='2026:01:05 10:00:00' -JFIF:all= exif.jpg
cp exif.jpg "$out/exiftool-exif-first.jpg"
"$magick" photo.png -resize 160x120 "$out/imagemagick.gif"
"$magick" photo.png -resize 160x120 -compress LZW "$out/imagemagick-lzw.tif"
"$magick" photo.png -resize 160x120 -endian MSB "$out/imagemagick-big-endian.tif"
tiffcp -8 "$out/imagemagick-lzw.tif" "$out/libtiff-bigtiff.tif"
cwebp -quiet -q 75 photo.png -resize 320 240 -o "$out/cwebp-lossy.webp"
cwebp -quiet -lossless photo.png -resize 160 120 -o "$out/cwebp-lossless.webp"
"$magick" photo.png -resize 320x240 small.png
heif-enc -q 50 small.png -o "$out/heif-enc.heic" >/dev/null
avifenc -s 8 small.png "$out/avifenc.avif" >/dev/null
# A PNG renamed .pdf: the kind is read from the bytes, the stored name must follow it.
cp "$out/imagemagick.png" "$out/png-renamed.pdf"
head -c 4096 "$out/imagemagick.jpg" > "$out/damaged-cut-after-4k.jpg"
head -c 8192 "$out/imagemagick.png" > "$out/damaged-cut-after-8k.png"

# ---------------------------------------------------------------------------------------------
# Archives.
mkdir -p archive/scans && cp "$out/imagemagick.jpg" archive/scans/carte-grise.jpg && cp tableau.csv archive/
(cd archive && zip -q -X -r "$out/info-zip.zip" .)
(cd archive && zip -q -X -r -P Dossier2026 "$out/info-zip-password.zip" .)
# A zip holding only a Word part: no [Content_Types].xml, so no Word document.
mkdir -p wordonly/word && unzip -q -o lettre.docx word/document.xml -d wordonly
(cd wordonly && zip -q -X -r "$out/zip-word-part-only.docx" word)
head -c "$(( $(stat -c %s lettre.docx) / 2 ))" lettre.docx > "$out/damaged-cut-in-half.docx"
head -c "$(( $(stat -c %s "$out/libreoffice-calc.xls") - 1024 ))" "$out/libreoffice-calc.xls" > "$out/damaged-cut-short.xls"

# ---------------------------------------------------------------------------------------------
# Outlook items, through oxmsg (MsgKit's port), in a scratch folder.
mkdir -p oxmsg && (cd oxmsg && npm init -y >/dev/null && npm install --silent --no-audit --no-fund @tutao/oxmsg@0.2.3 >/dev/null)
cat > oxmsg/make-msg.mjs <<'EOF'
import { writeFileSync, readFileSync } from 'node:fs';
import { Attachment, Email } from '@tutao/oxmsg';
const [target, attachmentPath] = process.argv.slice(2);
const email = new Email()
  .sender('jeanne.martin@example.fr', 'Jeanne Martin')
  .to('contact@courtage-martin.example', 'Courtage Martin')
  .subject('TR: Attestation habitation 2026')
  .bodyText('Bonjour,\n\nVoici l’attestation demandée.\n\nCordialement,\nJeanne Martin')
  .sentOn(new Date('2026-01-05T10:00:00Z'));
if (attachmentPath) email.attach(new Attachment(readFileSync(attachmentPath), 'attestation.pdf'));
writeFileSync(target, email.msg());
EOF
(cd oxmsg && node make-msg.mjs "$out/oxmsg-outlook.msg" "$out/libreoffice-writer.pdf")

# ---------------------------------------------------------------------------------------------
# Plain text.
printf 'Pièces reçues le 5 janvier 2026 :\r\n- permis de conduire\r\n- relevé d’information\r\n' > "$out/notes-utf8.txt"
printf 'Pi\350ces re\347ues le 5 janvier 2026 : prime 312,50 \200\r\n' > "$out/notes-windows-1252.txt"
{ printf 'Contrat;Montant\n'; head -c 600 "$out/imagemagick.png"; } > "$out/binary-named.txt"

# ---------------------------------------------------------------------------------------------
ls -l "$out" | awk 'NR > 1 { n += 1; bytes += $5 } END { printf "%d files, %.0f KiB\n", n, bytes / 1024 }'
