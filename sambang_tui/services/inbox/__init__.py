"""Kotak masuk: the Bhabins' WhatsApp group export in, a queue of reports
out. ``importer.import_export`` reads an export into inbox items;
``queue`` lists, opens, ignores and saves them."""
