"""chm's tests: one folder per package (see README.md)."""
