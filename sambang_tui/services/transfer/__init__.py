"""A Polsek's rows carried between databases (``sambang export station`` /
``sambang import station``): the rows as the file holds them (``rows``),
writing the file (``export``) and taking it in (``load`` decides row by row,
``write`` writes)."""
