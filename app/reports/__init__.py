"""Documents and statistics (Qt-free): reportlab PDFs, CSV/XLSX exports.

Entry points for the desktop app and the CLI live in `app.reports.api`; the numbers
come from `app.core.services.statistics` and `app.core.services.workstats`; the
pseudonymised export from `app.core.pseudonymise`.
"""
