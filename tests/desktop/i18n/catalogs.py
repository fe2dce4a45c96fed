"""Catalogs made at test time: a few known translations, or a pseudo-locale of all of them.

Both start from the committed ``abm_health_pl.ts`` (every message of the source, Polish
plural rules: three forms) and are compiled with the real ``pyside6-lrelease`` into a
temporary folder, which ``ABM_HEALTH_CATALOGS`` points the application at.
"""

from __future__ import annotations

import math
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from desktop.i18n.build import tool, ts_path

# Kept as they are in a pseudo-translation: placeholders, HTML tags, entities, {} fields.
KEEP = re.compile(r"%L?n|%[1-9]|<[^>]+>|&\w+;|\{[^}]*\}")
ACCENTS = str.maketrans("aeiouyAEIOUYcnsz", "áéîöüÿÁÉÎÖÜŸçñšž")


def pseudo(text: str) -> str:
    """``text`` with accented letters, bracketed and padded to 40 % more characters."""
    parts, last = [], 0
    for match in KEEP.finditer(text):
        parts.append(text[last:match.start()].translate(ACCENTS))
        parts.append(match.group(0))
        last = match.end()
    parts.append(text[last:].translate(ACCENTS))
    body = "".join(parts)
    pad = max(1, math.ceil(len(text) * 0.4) - 2)
    return f"[{body}{'·' * pad}]"


def write_catalog(folder: Path, code: str, translate) -> Path:
    """Compile ``abm_health_<code>.qm`` in ``folder`` where every message's translation is
    ``translate(context, source)``; None leaves it untranslated, even where the committed
    catalog has a translation. Returns the .qm path."""
    tree = ET.parse(ts_path("pl"))
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            text = translate(name, message.findtext("source"))
            node = message.find("translation")
            if text is None:  # untranslated, whatever the committed catalog holds
                node.set("type", "unfinished")
                node.text = None
                for form in node.findall("numerusform"):
                    form.text = None
                continue
            node.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                for form in node.findall("numerusform"):
                    form.text = text
            else:
                node.text = text
    folder.mkdir(parents=True, exist_ok=True)
    ts = folder / f"abm_health_{code}.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = ts.with_suffix(".qm")
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm
