"""Cases: list, wizard, case page (and the Junta's read-only view), notes and status."""
