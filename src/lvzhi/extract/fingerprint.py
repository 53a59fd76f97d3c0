"""A fingerprint of the extractor: its code and its vocabularies. Same fingerprint, same text →
same rows; the validation uses it to tell a real regression from an intended change."""
from __future__ import annotations

import hashlib
from pathlib import Path

from .vocab import reference_dir


def extractor_fingerprint() -> str:
    digest = hashlib.sha256()
    files = sorted(Path(__file__).parent.glob("*.py")) + sorted(reference_dir().glob("*.csv"))
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
