#!/usr/bin/env python3
"""Refreshes resources/translations/clinicdesk_<lang>.ts from the sources, keeping what is translated.

    python3 resources/translations/update.py            # every .ts beside this script
    python3 resources/translations/update.py --check    # fail if a file is stale or incomplete (ctest)

Why not plain lupdate: lupdate 6.4 names the contexts of classes in C++17 nested namespaces
without their namespace (MainWindow instead of clinic::ui::MainWindow, which is what tr() uses at
run time), and it cannot know the fixed context of files that translate through a local helper
(QCoreApplication::translate("PaymentMethod", ...)). This script runs lupdate on the whole source
tree into a scratch file, gives every message the context it has at run time, and carries over
the existing translations (same context and text; else the same text elsewhere, marked unfinished
for review). Messages no longer in the sources are dropped.
"""
import os
import pathlib
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ROOT = pathlib.Path(__file__).resolve().parents[2]
LUPDATE = os.environ.get("LUPDATE") or next(
    (p for p in ("/usr/lib/qt6/bin/lupdate", "/usr/lib/qt6/libexec/lupdate") if pathlib.Path(p).exists()), "lupdate")

# Files whose strings go through a local helper with a fixed context.
FILE_CONTEXTS = {}
for source in (ROOT / "src").rglob("*.cpp"):
    text = source.read_text(encoding="utf-8")
    helper = re.search(r'(?:QString (?:\w+::)?tr\(const char \*\w+\)|auto tr = \[\]\(const char \*\w+\))\s*\{\s*'
                       r'return QCoreApplication::translate\("([^"]+)"', text)
    if helper:
        FILE_CONTEXTS[source.name] = (helper.group(1), set(re.findall(r'QCoreApplication::translate\("([^"]+)"', text)))

# Q_OBJECT classes: their run-time context is the fully qualified class name.
QOBJECT_CLASSES = {}
for header in list((ROOT / "include").rglob("*.h")) + list((ROOT / "src").rglob("*.h")):
    text = header.read_text(encoding="utf-8")
    if "Q_OBJECT" not in text:
        continue
    namespaces = [(m.start(), m.group(1)) for m in re.finditer(r"^namespace ([\w:]+) \{", text, re.M)]
    for match in re.finditer(r"^class (?:\w+_EXPORT )?(\w+)\b[^;]*$", text, re.M):
        enclosing = [name for start, name in namespaces if start < match.start()]
        if enclosing:
            QOBJECT_CLASSES[match.group(1)] = f"{enclosing[-1]}::{match.group(1)}"


# Languages that must have every message translated; the others are being started.
COMPLETE = {"es"}


def language_code(ts_path):
    return ts_path.stem.split("_", 1)[1]


def runtime_context(context, filename):
    base = pathlib.Path(filename).name if filename else ""
    if base in FILE_CONTEXTS and context not in FILE_CONTEXTS[base][1] | {"QObject"}:
        return FILE_CONTEXTS[base][0]  # tr() through the file's helper: lupdate guessed a scope
    short = context.split("::")[-1]
    if short in QOBJECT_CLASSES:
        return QOBJECT_CLASSES[short]
    if context.startswith("clinic::storage::"):
        return "clinic::storage::Repository"  # the repositories translate through Repository::tr
    return context


def messages(tree):
    for context in tree.getroot().findall("context"):
        name = context.find("name").text
        for message in context.findall("message"):
            yield name, message


def update(ts_path, check=False):
    old = ET.parse(ts_path)
    known, by_text = {}, {}
    for context, message in messages(old):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            continue
        key = message.find("source").text
        known[(context, key)] = translation
        by_text.setdefault(key, translation)

    with tempfile.TemporaryDirectory() as scratch:
        fresh_path = pathlib.Path(scratch) / ts_path.name
        language = old.getroot().get("language")
        fresh_path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="{language}"></TS>\n', encoding="utf-8")
        subprocess.run([LUPDATE, "-silent", "-no-obsolete", "-locations", "absolute", "src", "include", "ui", "-ts", str(fresh_path)],
                       cwd=ROOT, check=True, stderr=subprocess.DEVNULL)
        fresh = ET.parse(fresh_path)

    grouped = {}
    for context, message in messages(fresh):
        location = message.find("location")
        target = runtime_context(context, location.get("filename") if location is not None else "")
        for loc in message.findall("location"):
            message.remove(loc)  # line numbers go stale at once; the source text is the key
        source = message.find("source").text
        translation = message.find("translation")
        carried = known.get((target, source))  # (an Element without children is falsy: no `or`)
        if carried is None:
            carried = known.get((context, source))
        if carried is None and source in by_text:
            carried = by_text[source]
            unfinished = True
        else:
            unfinished = False
        if carried is not None:
            message.remove(translation)
            copy = ET.fromstring(ET.tostring(carried))
            copy.tail = translation.tail
            if unfinished:
                copy.set("type", "unfinished")
            elif "type" in copy.attrib:
                del copy.attrib["type"]
            message.append(copy)
        grouped.setdefault(target, {})
        grouped[target].setdefault(source, message)  # one message per text and context

    root = ET.Element("TS", {"version": "2.1", "language": old.getroot().get("language")})
    root.text = "\n"
    for name in sorted(grouped):
        context = ET.SubElement(root, "context")
        context.text = "\n    "
        context.tail = "\n"
        ET.SubElement(context, "name").text = name
        context[-1].tail = "\n    "
        for message in grouped[name].values():
            message.tail = "\n    "
            context.append(message)
        context[-1].tail = "\n"
    body = ET.tostring(root, encoding="unicode")
    content = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n"
    total = sum(len(m) for m in grouped.values())
    unfinished = [(c, s) for c, m in grouped.items() for s, x in m.items() if x.find("translation").get("type") == "unfinished"]
    print(f"{ts_path.name}: {total} messages in {len(grouped)} contexts, {len(unfinished)} unfinished")
    if not check:
        ts_path.write_text(content, encoding="utf-8")
        return True
    stale = content != ts_path.read_text(encoding="utf-8")
    if stale:
        print(f"{ts_path.name} is not up to date with the sources: run python3 resources/translations/update.py")
    if language_code(ts_path) in COMPLETE:
        for context, source in unfinished[:20]:
            print(f"  not translated: [{context}] {source!r}")
    return not stale and (not unfinished or language_code(ts_path) not in COMPLETE)


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if a != "--check"]
    paths = [pathlib.Path(p) for p in arguments] or sorted(pathlib.Path(__file__).parent.glob("clinicdesk_*.ts"))
    complete = all([update(path.resolve(), check="--check" in sys.argv) for path in paths])
    sys.exit(0 if complete else 1)
