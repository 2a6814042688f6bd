"""Runs model-gate's profile SQL on a local Spark (issue 13): `python3 scripts/spark_profile.py QUERY.sql OUT.jsonl`.

The query comes from `model-gate profile --sql spark --table 'parquet.`FOLDER`' --reference-profile REF.json`;
the rows it returns (feature, part, idx, value, label) are written as JSON Lines, which
`model-gate profile --rows OUT.jsonl --engine-name spark` assembles. pyspark (pinned) is installed from PyPI
into scripts/.venv-spark on first use (scripts/peer_venv.py); it needs a Java runtime
(apt-get install -y default-jre-headless). Spark runs as local[2], the CI runner's two cores.
"""
import json
import math
import sys

from peer_venv import run_in

PINS = ['pyspark==3.5.3']

if __name__ == '__main__':
    run_in('.venv-spark', PINS, __file__)
    import pyspark
    from pyspark.sql import SparkSession

    query = open(sys.argv[1], encoding='utf-8').read()
    spark = (
        SparkSession.builder.master('local[2]')
        .appName('model-gate-profile')
        .config('spark.ui.enabled', 'false')
        .config('spark.sql.shuffle.partitions', '4')
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel('ERROR')
    rows = spark.sql(query).collect()
    with open(sys.argv[2], 'w', encoding='utf-8') as out:
        for r in rows:
            value = r['value']
            if value is not None and not math.isfinite(value):
                value = None
            out.write(json.dumps({'feature': r['feature'], 'part': r['part'], 'idx': r['idx'],
                                  'value': value, 'label': r['label']}) + '\n')
    print(f'spark {pyspark.__version__}: {len(rows)} rows')
    spark.stop()
