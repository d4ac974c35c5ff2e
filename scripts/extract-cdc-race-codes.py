#!/usr/bin/env python3
"""Extract the CDC Race and Ethnicity codes used by the demographics spec from the
HL7 terminology package (npm `hl7.terminology.r4`), as offline test data.

Usage:
    scripts/extract-cdc-race-codes.py SPEC PACKAGE_DIR [-o OUT]
    scripts/extract-cdc-race-codes.py SPEC RACE_JSON ETHNICITY_JSON [--package-version V] [-o OUT]

SPEC is /work/shared/spec/demographics.md. PACKAGE_DIR is the unpacked npm package
(the `package/` directory holding package.json, CodeSystem-v3-Race.json and
CodeSystem-v3-Ethnicity.json). Obtain it with:
    npm pack hl7.terminology.r4 && tar xzf hl7.terminology.r4-*.tgz

The codes are every `NNNN-N` in the spec's "Race and ethnicity" section (the table and
the export paragraph, which adds 2186-5 Not Hispanic or Latino). Exits non-zero, listing
them, if any spec code is missing from the package. Labels the spec gives that differ
from the package display are printed (informational; the spec keeps its own labels).
"""

import argparse
import json
import os
import re
import sys

SYSTEM = "urn:oid:2.16.840.1.113883.6.238"
PACKAGE_NAME = "hl7.terminology.r4"
RACE_FILE = "CodeSystem-v3-Race.json"
ETHNICITY_FILE = "CodeSystem-v3-Ethnicity.json"
CODE_RE = re.compile(r"\b\d{4}-\d\b")
DEFAULT_OUT = os.path.normpath(os.path.join(
    os.path.dirname(os.path.abspath(__file__)),
    "..", "crates", "intake-model", "tests", "data", "cdc-race-ethnicity.json",
))


def race_section(spec_text):
    """The text from the '## Race and ethnicity' heading to the next '## ' heading."""
    m = re.search(r"^## Race and ethnicity.*?(?=^## |\Z)", spec_text, re.M | re.S)
    if not m:
        sys.exit("error: no '## Race and ethnicity' section in the spec")
    return m.group(0)


def spec_codes_and_labels(section):
    """Codes in order of first appearance, and the spec's label for those in the table."""
    codes = []
    for code in CODE_RE.findall(section):
        if code not in codes:
            codes.append(code)
    labels = {}
    for line in section.splitlines():
        if not line.startswith("|"):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 3:
            continue
        category, cat_code, details = cells[0], cells[1], cells[2]
        m = CODE_RE.search(cat_code)
        if m:
            labels.setdefault(m.group(0), category)
        for item in details.split(","):
            m = re.fullmatch(r"\s*(.+?)\s+(\d{4}-\d)\s*", item)
            if m:
                labels.setdefault(m.group(2), m.group(1))
    return codes, labels


def walk(concepts, out, file_tag):
    for c in concepts:
        code = c.get("code")
        if code in out and out[code]["file"] != file_tag:
            print(f"warning: {code} is in both {RACE_FILE} and {ETHNICITY_FILE}; "
                  f"keeping {out[code]['file']}", file=sys.stderr)
        else:
            out.setdefault(code, {"display": c.get("display"), "file": file_tag})
        walk(c.get("concept", []), out, file_tag)


def load_concepts(path, file_tag, out):
    with open(path, encoding="utf-8") as f:
        cs = json.load(f)
    if cs.get("resourceType") != "CodeSystem":
        sys.exit(f"error: {path} is not a CodeSystem")
    walk(cs.get("concept", []), out, file_tag)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("spec", help="path to demographics.md")
    ap.add_argument("inputs", nargs="+",
                    help="unpacked package dir, or the Race and Ethnicity CodeSystem JSON files")
    ap.add_argument("--package-version",
                    help="package version (default: read package.json next to the inputs)")
    ap.add_argument("-o", "--output", default=DEFAULT_OUT, help="output JSON path")
    args = ap.parse_args()

    if len(args.inputs) == 1 and os.path.isdir(args.inputs[0]):
        pkg_dir = args.inputs[0]
        race_path = os.path.join(pkg_dir, RACE_FILE)
        eth_path = os.path.join(pkg_dir, ETHNICITY_FILE)
    elif len(args.inputs) == 2:
        race_path, eth_path = args.inputs
        pkg_dir = os.path.dirname(os.path.abspath(race_path))
    else:
        ap.error("give either the package directory or the two CodeSystem JSON files")

    version = args.package_version
    if version is None:
        pj = os.path.join(pkg_dir, "package.json")
        try:
            with open(pj, encoding="utf-8") as f:
                meta = json.load(f)
        except OSError:
            ap.error(f"cannot read {pj}; pass --package-version")
        if meta.get("name") != PACKAGE_NAME:
            print(f"warning: {pj} names package {meta.get('name')!r}", file=sys.stderr)
        version = meta["version"]

    package = {}
    load_concepts(race_path, "Race", package)
    load_concepts(eth_path, "Ethnicity", package)

    with open(args.spec, encoding="utf-8") as f:
        codes, labels = spec_codes_and_labels(race_section(f.read()))

    missing = [c for c in codes if c not in package]
    result = {
        "source": f"{PACKAGE_NAME}@{version} {RACE_FILE} and {ETHNICITY_FILE}",
        "system": SYSTEM,
        "codes": {c: package[c] for c in codes if c in package},
    }

    os.makedirs(os.path.dirname(os.path.abspath(args.output)), exist_ok=True)
    with open(args.output, "w", encoding="utf-8") as f:
        json.dump(result, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {len(result['codes'])} codes to {args.output}")

    for code in codes:
        if code in package and code in labels and labels[code] != package[code]["display"]:
            print(f"label differs: {code} spec {labels[code]!r} package "
                  f"{package[code]['display']!r}")

    if missing:
        print("error: spec codes not found in the package: " + ", ".join(missing),
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
