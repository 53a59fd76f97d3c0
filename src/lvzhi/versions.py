"""A fingerprint of everything that shapes the published warehouse from the raw text: the extractor
and its vocabularies, the dbt project, the expectations and the pipeline code. A run whose inputs
and fingerprint match the published run's has nothing to rebuild."""
from __future__ import annotations

import hashlib
from pathlib import Path

from .extract.fingerprint import extractor_fingerprint

REPO = Path(__file__).resolve().parents[2]
SHAPING = [("dbt_project", ("*.sql", "*.yml", "*.csv")), ("expectations", ("*.json", "*.csv", "*.yml")),
           ("src/lvzhi", ("*.py",)), ("flows", ("*.py",)),
           ("seeds/reference", ("*.yml",))]  # the seeds' column types (their CSVs: the extractor's)


def pipeline_fingerprint() -> str:
    digest = hashlib.sha256(extractor_fingerprint().encode())
    for folder, patterns in SHAPING:
        root = REPO / folder
        files = sorted({p for pattern in patterns for p in root.rglob(pattern)
                        if "target" not in p.relative_to(root).parts and "logs" not in p.relative_to(root).parts})
        for path in files:
            digest.update(str(path.relative_to(REPO)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
