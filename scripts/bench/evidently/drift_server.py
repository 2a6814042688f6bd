"""Evidently 0.7's DataDriftPreset on data model-gate's drift-calibration bench wrote.

Reads one JSON request per line on stdin:
  {"dir": ..., "rows": {"reference": n, "current": m},
   "columns": [{"name": ..., "kind": "numerical" | "categorical", "file": ...}, ...]}
Each column's files are <dir>/<file>.reference.bin and .current.bin: float64 values (numerical) or int32
category codes (categorical, labelled "c<code>"), little-endian. Writes one JSON line per request:
  {"columns": {name: {"method": ..., "threshold": ..., "score": ..., "drifted": bool}},
   "datasetDrift": bool}
with Evidently's own decision per column (a p-value below its threshold, a distance at or above it) and its
dataset drift (drifted share >= drift_share 0.5). The first line written is {"versions": {...}}.
"""
import json
import re
import sys
import warnings

import numpy as np
import pandas as pd
import evidently
import scipy
from evidently import DataDefinition, Dataset, Report
from evidently.presets import DataDriftPreset

warnings.filterwarnings("ignore")

METRIC = re.compile(r"^ValueDrift\(column=(?P<column>.*),method=(?P<method>.*),threshold=(?P<threshold>[^,]*)\)$")


def frame(request, side):
    data = {}
    for c in request["columns"]:
        path = f"{request['dir']}/{c['file']}.{side}.bin"
        if c["kind"] == "numerical":
            data[c["name"]] = np.fromfile(path, dtype="<f8")
        else:
            codes = np.fromfile(path, dtype="<i4")
            data[c["name"]] = pd.Categorical.from_codes(codes, [f"c{i}" for i in range(codes.max() + 1)]).astype(str)
    return pd.DataFrame(data)


def run(request):
    numerical = [c["name"] for c in request["columns"] if c["kind"] == "numerical"]
    categorical = [c["name"] for c in request["columns"] if c["kind"] == "categorical"]
    definition = DataDefinition(numerical_columns=numerical, categorical_columns=categorical)
    reference = Dataset.from_pandas(frame(request, "reference"), data_definition=definition)
    current = Dataset.from_pandas(frame(request, "current"), data_definition=definition)
    snapshot = Report([DataDriftPreset()]).run(current, reference)
    columns = {}
    share = 0.5
    for m in snapshot.dict()["metrics"]:
        name = m["metric_name"]
        if name.startswith("DriftedColumnsCount"):
            share = float(m["config"].get("drift_share", 0.5))
            continue
        hit = METRIC.match(name)
        if not hit:
            continue
        method = hit["method"]
        threshold = float(hit["threshold"])
        score = float(m["value"])
        p_value = "p_value" in method
        drifted = score < threshold if p_value else score >= threshold
        columns[hit["column"]] = {"method": method, "threshold": threshold, "score": score, "drifted": drifted}
    drifted = sum(1 for c in columns.values() if c["drifted"])
    return {"columns": columns, "datasetDrift": len(columns) > 0 and drifted / len(columns) >= share}


def main():
    versions = {"evidently": evidently.__version__, "pandas": pd.__version__, "numpy": np.__version__,
                "scipy": scipy.__version__, "python": sys.version.split()[0]}
    print(json.dumps({"versions": versions}), flush=True)
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            out = run(json.loads(line))
        except Exception as e:  # reported to the bench, which stops with the message
            out = {"error": f"{type(e).__name__}: {e}"}
        print(json.dumps(out), flush=True)


if __name__ == "__main__":
    main()
