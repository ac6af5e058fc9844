"""The `qari` command line: one module per group of commands, each with a `register` function."""
