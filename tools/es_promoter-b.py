"""Spanish pairs added on branch promoter-b (issue 10, §1 items 4-7 and §5), for
re-applying after a merge of the .ts files:
  .venv/bin/python tools/fill_translations.py tools/es_promoter-b.py
  .venv/bin/python tools/fill_ui_translations.py tools/es_promoter-b.py
"""

ES = {
    # core
    "For {types} the risk level is at least {risk}.":
        "Para {types} el nivel de riesgo es al menos {risk}.",
}
