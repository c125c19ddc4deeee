"""Who owns a work plan and which years one may have: plain values, importable without
the records or the store (the command line reads them before opening anything)."""

# A plan's owner is a parish's defensoría (its PTA) or, with no parish, the canton's
# Consejo (its POA): the server reads `parish` as the plan's scope like any record's.
CANTON = ""
FIRST_YEAR, LAST_YEAR = 2000, 2100
