#!/usr/bin/env python3
"""Independent check of the hub's FHIR R4 NDJSON export (crates/intake-hub/src/export/fhir.rs).

Usage: validate.py DIR

Every line of every *.ndjson file in DIR must be one FHIR R4 (4.0.1) resource that the `fhir.resources`
package (6.1.0, pydantic 1) parses by its resourceType. On top of that structural check, the rules the
parser does not know:
- US Core race and ethnicity on every Patient: each extension has exactly one `text`; ombCategory codes come
  from the OMB lists (race: the five categories; ethnicity: Hispanic or Latino / Not Hispanic or Latino;
  either: ASKU or UNK from v3-NullFlavor); an ASKU or UNK is the only ombCategory and has no `detailed`
  beside it; ethnicity has at most one ombCategory; `detailed` codes are CDC Race and Ethnicity codes.
- every Observation has a value[x] or a dataAbsentReason, never both (a multi-select answer's components,
  each with its value, count as its value; SDOH Clinical Care's multi-select pattern);
- codes with a required binding that the parser takes as any code: Observation.status,
  QuestionnaireResponse.status, data-absent-reason codes (dataAbsentReason and the extension);
- every resource has an id, unique per resource type; an Observation's derivedFrom QuestionnaireResponse is in the export.

Prints `validated N resources` and exits 0, or prints each problem as `file:line: message` and exits 1.
Written without the exporter's code or constants, so a shared misunderstanding cannot pass unnoticed.
"""

import json
import sys
from pathlib import Path

from fhir.resources import get_fhir_model_class

US_CORE_RACE = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-race"
US_CORE_ETHNICITY = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-ethnicity"
CDC = "urn:oid:2.16.840.1.113883.6.238"
NULL_FLAVOR = "http://terminology.hl7.org/CodeSystem/v3-NullFlavor"
NULLS = {"ASKU", "UNK"}
OMB_RACE = {"1002-5", "2028-9", "2054-5", "2076-8", "2106-3"}
OMB_ETHNICITY = {"2135-2", "2186-5"}
# Required bindings of FHIR 4.0.1 that fhir.resources does not enforce (it checks `code` syntax only).
OBSERVATION_STATUS = {"registered", "preliminary", "final", "amended", "corrected", "cancelled", "entered-in-error", "unknown"}
QR_STATUS = {"in-progress", "completed", "amended", "entered-in-error", "stopped"}
DATA_ABSENT_REASON = "http://terminology.hl7.org/CodeSystem/data-absent-reason"
DATA_ABSENT_REASON_EXTENSION = "http://hl7.org/fhir/StructureDefinition/data-absent-reason"
DATA_ABSENT_REASONS = {
    "unknown", "asked-unknown", "temp-unknown", "not-asked", "asked-declined", "masked", "not-applicable",
    "unsupported", "as-text", "error", "not-a-number", "negative-infinity", "positive-infinity", "not-performed",
    "not-permitted",
}


def check_omb(ext, allowed, single):
    """Problems with one us-core-race or us-core-ethnicity extension."""
    problems = []
    parts = ext.get("extension", [])
    texts = [p for p in parts if p.get("url") == "text"]
    if len(texts) != 1 or not isinstance(texts[0].get("valueString"), str) or not texts[0]["valueString"].strip():
        problems.append("needs exactly one non-empty text sub-extension")
    omb = [p.get("valueCoding", {}) for p in parts if p.get("url") == "ombCategory"]
    detailed = [p.get("valueCoding", {}) for p in parts if p.get("url") == "detailed"]
    unknown = [p.get("url") for p in parts if p.get("url") not in ("ombCategory", "detailed", "text")]
    if unknown:
        problems.append(f"unexpected sub-extensions {unknown}")
    codes = [c.get("code") for c in omb]
    nulls = [c for c in omb if c.get("code") in NULLS]
    for c in omb:
        code, system = c.get("code"), c.get("system")
        if code in NULLS:
            if system != NULL_FLAVOR:
                problems.append(f"ombCategory {code} must use {NULL_FLAVOR}")
        elif code not in allowed or system != CDC:
            problems.append(f"ombCategory {system}|{code} is not an OMB category")
    if nulls and (len(omb) > 1 or detailed):
        problems.append(f"a null flavor must be the only ombCategory, with no detailed (ombCategory {codes}, {len(detailed)} detailed)")
    if len(codes) != len(set(codes)):
        problems.append(f"repeated ombCategory {codes}")
    if single and len(omb) > 1:
        problems.append(f"at most one ombCategory, found {codes}")
    for c in detailed:
        if c.get("system") != CDC or not c.get("code"):
            problems.append(f"detailed {c.get('system')}|{c.get('code')} is not a CDC Race and Ethnicity code")
    return problems


def check_patient(obj):
    problems = []
    for url, allowed, single in ((US_CORE_RACE, OMB_RACE, False), (US_CORE_ETHNICITY, OMB_ETHNICITY, True)):
        exts = [e for e in obj.get("extension", []) if e.get("url") == url]
        if len(exts) > 1:
            problems.append(f"{url.rsplit('/', 1)[1]} appears {len(exts)} times")
        for e in exts:
            problems += [f"{url.rsplit('/', 1)[1]}: {p}" for p in check_omb(e, allowed, single)]
    return problems


def has_value(obj):
    return any(k.startswith("value") for k in obj)


def check_observation(obj):
    problems = []
    if obj.get("status") not in OBSERVATION_STATUS:
        problems.append(f"status {obj.get('status')!r} is not an ObservationStatus")
    for c in obj.get("dataAbsentReason", {}).get("coding", []):
        if c.get("system") == DATA_ABSENT_REASON and c.get("code") not in DATA_ABSENT_REASONS:
            problems.append(f"dataAbsentReason {c.get('code')!r} is not a DataAbsentReason code")
    components = obj.get("component", [])
    valued = has_value(obj) or (bool(components) and all(has_value(c) for c in components))
    absent = "dataAbsentReason" in obj
    if valued and absent:
        problems.append("has both a value and a dataAbsentReason")
    if not valued and not absent:
        problems.append("has neither a value nor a dataAbsentReason")
    return problems


def check_questionnaire_response(obj):
    problems = []
    if obj.get("status") not in QR_STATUS:
        problems.append(f"status {obj.get('status')!r} is not a QuestionnaireResponseStatus")
    items = list(obj.get("item", []))
    while items:
        item = items.pop()
        items += item.get("item", [])
        for e in item.get("extension", []):
            if e.get("url") == DATA_ABSENT_REASON_EXTENSION and e.get("valueCode") not in DATA_ABSENT_REASONS:
                problems.append(f"item {item.get('linkId')}: {e.get('valueCode')!r} is not a DataAbsentReason code")
    return problems


def main(argv):
    if len(argv) != 2:
        print("usage: validate.py DIR", file=sys.stderr)
        return 2
    directory = Path(argv[1])
    files = sorted(directory.glob("*.ndjson"))
    if not files:
        print(f"{directory}: no *.ndjson files")
        return 1
    problems = []
    seen = {}
    derived_from = []
    count = 0
    for path in files:
        with path.open(encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                where = f"{path.name}:{number}"
                if not line.strip():
                    problems.append(f"{where}: empty line")
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as e:
                    problems.append(f"{where}: not JSON: {e}")
                    continue
                rt = obj.get("resourceType") if isinstance(obj, dict) else None
                if not rt:
                    problems.append(f"{where}: no resourceType")
                    continue
                try:
                    get_fhir_model_class(rt).parse_obj(obj)
                except Exception as e:  # pydantic's ValidationError, or an unknown resourceType
                    message = " ".join(str(e).split())
                    problems.append(f"{where}: not a valid FHIR R4 {rt}: {message}")
                ids = seen.setdefault(rt, set())
                if not obj.get("id"):
                    problems.append(f"{where}: {rt} without an id")
                elif obj.get("id") in ids:
                    problems.append(f"{where}: duplicate {rt} id {obj.get('id')}")
                ids.add(obj.get("id"))
                if rt == "Patient":
                    problems += [f"{where}: {p}" for p in check_patient(obj)]
                elif rt == "Observation":
                    problems += [f"{where}: {p}" for p in check_observation(obj)]
                    derived_from += [(where, d.get("reference", "")) for d in obj.get("derivedFrom", [])]
                elif rt == "QuestionnaireResponse":
                    problems += [f"{where}: {p}" for p in check_questionnaire_response(obj)]
                count += 1
    responses = seen.get("QuestionnaireResponse", set())
    for where, ref in derived_from:
        kind, _, rid = ref.partition("/")
        if kind == "QuestionnaireResponse" and rid not in responses:
            problems.append(f"{where}: derivedFrom {ref} is not in the export")
    for p in problems:
        print(p)
    if problems:
        return 1
    print(f"validated {count} resources")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
