"""Sample data that several test modules print or check."""

# The field story of tests/reports/conftest.py: names with accents and ñ the documents print.
MOTHER = "Rosa Elena Muñoz Peñafiel"
NEIGHBOUR = "Ángel Quishpe Ñauñay"
INFORMANT = "Josefina Yucailla Toalombo"
FACTS = "La niña presentó moretones en los brazos después de una discusión en casa."

# A closed case of sexual violence as plain data, the way a server holding documents sees it.
CASE = {"id": "c1", "code": "PIL-2026-0001", "parish": "PIL", "affected_person_ids": ["p1"],
        "violation_types": ["abuso_sexual"], "facts": "Hechos", "risk_level": "alto",
        "reporter_anonymous": True, "status": "closed", "opened_on": "2026-11-01"}
