"""Documents and exports: the reports page and the save-then-open flow."""
