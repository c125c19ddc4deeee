"""The plan matrix the Consejo and the defensorías keep in spreadsheets: reading its
months column, importing its rows as plan actions (exporting is app/reports/plan_matrix.py)."""
