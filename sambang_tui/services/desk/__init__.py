"""The desk officer's own place: the F2 Beranda dashboard (``home``) and forms
kept while typed (``drafts``)."""
