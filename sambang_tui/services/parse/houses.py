"""Houses as places: whose they are decides whether the house or its
street is where it happened (read by ``places``)."""

from __future__ import annotations

import re

# houses named by no owner ("rumah warga", "rumah-rumah warga di Jl. X", "rmh wrg jl X", "rmh jl
# X"): the street is the place
HOUSES = re.compile(
    r"rumah\s+warga\b|(?:permukiman|pemukiman)\s+warga\s+di\b"
    r"|(?:rumah|rmh)(?:-rumah|-rmh|2)?(?:\s+(?:warga|wrg|penduduk))?\s*(?:\bdi\b\s*|,\s*)?"
    r"(?=(?:jl|jln|jalan|gg|gang)\b)",
    re.I,
)


def ownerless(venue: str) -> bool:
    """``venue`` is only houses, whose no one says ("rmh wrg", "rumah-rumah")."""
    m = HOUSES.match(f"{venue.strip()} jl")
    return m is not None and m.end() >= len(venue.strip())


# a residence named by its owner ("di kediaman Hj. X, Jl. …", "ke rmh pak rt", "sambang ke
# kediaman Bpk. Y, Jl. …") is the place with its street; not the house a dispute was mediated
# in, nor one only visited ("menyambangi kediaman Bpk. Z, …": whom; the street tells where)
RESIDENCE = re.compile(r"(?:kediaman|rmh)\b", re.I)
NOT_THERE = re.compile(
    r"(?:\b(?:di)?mediasi\s+di|\b(?:menyambangi|mengunjungi|mendatangi)(?:\s+ke)?)\s+$", re.I
)
