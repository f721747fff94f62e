"""Importing officers, areas and contacts from CSV: ``read`` turns a file into
checked rows, ``batches`` and ``kinds`` what a batch of each kind does to the
database, ``run`` the import with its batches sized to the desk's patience."""
